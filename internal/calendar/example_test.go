package calendar_test

import (
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
)

func ExampleCalendar_Period() {
	cph := calendar.Copenhagen()

	// A request received late on 20 March 2025: one month ends on Easter
	// Sunday, 20 April, and moves past Easter Monday.
	received := time.Date(2025, time.March, 20, 23, 15, 0, 0, cph)
	dl := calendar.Calendar{}.Period(received, 1, calendar.Months)
	fmt.Println(dl.Day, dl.Expires.Format(time.RFC3339))

	// An authority that closes on Christmas Eve gets a later deadline.
	local := calendar.New(calendar.ChristmasEve)
	received = time.Date(2025, time.November, 24, 10, 0, 0, 0, cph)
	fmt.Println(calendar.Calendar{}.Period(received, 1, calendar.Months).Day)
	fmt.Println(local.Period(received, 1, calendar.Months).Day)

	// Answered at 23:59:59 on the last day: in time.
	fmt.Println(dl.InTime(time.Date(2025, time.April, 22, 23, 59, 59, 0, cph)))
	// Output:
	// 2025-04-22 2025-04-23T00:00:00+02:00
	// 2025-12-24
	// 2025-12-29
	// true
}

func ExampleCalendar_Extended() {
	// GDPR art. 12(3): one month, extended by two further months.
	received := time.Date(2025, time.January, 31, 9, 0, 0, 0, calendar.Copenhagen())
	fmt.Println(calendar.Calendar{}.Extended(received, 1, calendar.Months, 2, calendar.Months).Day)
	// Output: 2025-04-28
}

func ExampleHolidays() {
	for _, h := range calendar.Holidays(2025) {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 2025-01-01 Nytårsdag
	// 2025-04-17 Skærtorsdag
	// 2025-04-18 Langfredag
	// 2025-04-20 Påskedag
	// 2025-04-21 2. påskedag
	// 2025-05-29 Kristi himmelfartsdag
	// 2025-06-08 Pinsedag
	// 2025-06-09 2. pinsedag
	// 2025-12-25 Juledag
	// 2025-12-26 2. juledag
}
