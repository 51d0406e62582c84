// Package deadlinebench sets the module's one-month deadline (GDPR art.
// 12(3) under Regulation 1182/71, Danish public holidays, Europe/Copenhagen)
// beside the same computation built on github.com/rickar/cal/v2, to check
// that the two agree and to compare their cost.
//
// The rickar-based computation is the straightforward one: take the day of
// receipt in Copenhagen with time.Time.In, add a month with time.Date
// (clamped to the month's last day, Regulation 1182/71 art. 3(2)(c)), step
// forward while rickar's business calendar says the day is not a workday
// (art. 3(4)), and take 00:00 of the next day in Copenhagen with time.Date
// as the expiry (art. 3(2)).
package deadlinebench

import (
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/dk"
)

// NewRickarCalendar returns rickar's Danish business calendar: Monday to
// Friday are workdays, and the holidays of package dk are closed. Without
// constitutionDay it leaves out Grundlovsdag (5 June), which dk lists but
// which is not a public holiday for periods under Regulation 1182/71.
func NewRickarCalendar(constitutionDay bool) *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	for _, h := range dk.Holidays {
		if h == dk.Grundlovsdag && !constitutionDay {
			continue
		}
		c.AddHoliday(h)
	}
	return c
}

// Rickar computes the one-month deadline with a rickar business calendar.
type Rickar struct {
	Cal *cal.BusinessCalendar
	Loc *time.Location // Europe/Copenhagen
}

// OneMonth returns the last day of the month from receipt at received
// (moved off closed days), as midnight of that day in Copenhagen, and the
// instant the deadline expires: 00:00 of the next day in Copenhagen.
func (r Rickar) OneMonth(received time.Time) (day, expires time.Time) {
	y, m, d := received.In(r.Loc).Date()
	// One month later, or the last day of that month (art. 3(2)(c)).
	last := time.Date(y, m+2, 0, 0, 0, 0, 0, r.Loc).Day()
	day = time.Date(y, m+1, min(d, last), 0, 0, 0, 0, r.Loc)
	for !r.Cal.IsWorkday(day) { // art. 3(4)
		day = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, r.Loc)
	}
	return day, time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, r.Loc)
}
