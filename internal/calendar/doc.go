// Package calendar computes the deadlines of periods in days, weeks, months
// and years for Danish public authorities, under Council Regulation (EEC,
// Euratom) No 1182/71 determining the rules applicable to periods, dates and
// time limits, with the Danish public holidays and the Europe/Copenhagen time
// zone. It imports nothing else of this module and only the standard library.
//
// # Days and instants
//
// A [Date] is a civil day (year, month, day) with no zone; it has the same
// fields as the module's gdpr.Date and converts to it with a type
// conversion. Every day is a day in Europe/Copenhagen: [DateOf] gives the
// Copenhagen day of an instant, whatever the instant's own location, and
// [Date.Start] and [Date.End] give the instants the day begins and ends.
// The zone is loaded by [Copenhagen] from tzdata embedded in the package
// (tzdata/Europe_Copenhagen), so a host without zoneinfo files gets the same
// answers; the package does not import time/tzdata.
//
// # Periods (Regulation 1182/71)
//
//   - The day of the event from which a period runs is not counted
//     (art. 3(1)). Receipt late at night or on a weekend counts from that
//     day.
//   - A period in days or weeks ends n or 7n days later; a period in months
//     or years ends on the same date in the last month, or on that month's
//     last day when the date does not exist there: 31 January plus one month
//     is 28 February, or 29 February in a leap year (art. 3(2)(c)). See
//     [EndDay].
//   - If the last day is a Saturday, Sunday or public holiday, the period
//     ends on the next working day (art. 3(4)). This does not apply to
//     periods in hours, which this package leaves to time.Duration.
//   - A period of two days or more includes at least two working days
//     (art. 3(5)), counted after the event's day up to the last day as
//     moved: two days from Wednesday 1 April 2026 end on Good Friday,
//     moved to Tuesday 7 April, and then on Wednesday 8 April.
//   - The period ends with the expiry of the last hour of its last day, in
//     Europe/Copenhagen: [Deadline.Expires] is 00:00 of the following day,
//     and an act at or after it is late.
//
// [Calendar.Period] applies all of these; [Calendar.Extended] computes an
// extended period (one month plus two further months, GDPR art. 12(3)),
// counting the extension from the unmoved last day of the first period.
// Zero or negative lengths give the event's own day, moved to a working day.
//
// # Public holidays
//
// [Holidays], [IsHoliday] and [Easter] give the Danish public holidays that
// count for the regulation: 1 January, Maundy Thursday, Good Friday, Easter
// Sunday, Easter Monday, Ascension Day (Easter + 39), Whit Sunday (+ 49),
// Whit Monday (+ 50), 25 and 26 December, and Store Bededag (Easter + 26)
// up to and including 2023 only. Easter follows the Gregorian computus.
// 5 June (Grundlovsdag), 24 December, 31 December and 1 May are not public
// holidays: a deadline on them is not moved.
//
// # Local closed days
//
// The zero [Calendar] is the official calendar above. An authority may, as
// a local policy, also treat some days as closed, which only ever gives
// later deadlines: the [OptionalDays] (5 June, 24 and 31 December, 1 May,
// the Friday after Ascension Day) and specific dates, both given to [New].
//
//	cal := calendar.New(calendar.ChristmasEve | calendar.NewYearsEve)
//	dl := cal.Period(received, 1, calendar.Months)
//	if !dl.InTime(answered) {
//		// the answer was late
//	}
//
// # Working days
//
// [Calendar.WorkingDays] counts the working days between two dates in
// constant time for the years 1900 to 2200, from a bit per day and a
// running count per 64 days, built once per set of optional days; extra
// closed dates are a correction by binary search. The same table gives
// the next working day, and one bit per day gives the offset of each
// Copenhagen midnight, so a deadline is integer arithmetic on day numbers.
//
// Everything in the package is a value or a read-only table: it is safe
// for concurrent use, and nothing reads the clock.
package calendar
