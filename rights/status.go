package rights

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Status is where a request stands at an instant (see [Request.State]). The
// zero value means "not computed".
type Status uint8

// The statuses.
const (
	// Open: not yet answered, and the deadline in force has not expired.
	Open Status = iota + 1
	// Paused: a documented pause is running (see [Pause]); the deadline moves
	// by the days it lasts.
	Paused
	// Overdue: not answered, and the deadline in force has expired (GDPR
	// art. 12(3)).
	Overdue
	// ExtensionNoticeOverdue: not answered and the one-month deadline has
	// expired, and the extension on record was notified after the first
	// month, so it is invalid and did not move the deadline (GDPR art. 12(3),
	// second and third sentences). A special case of overdue.
	ExtensionNoticeOverdue
	// AnsweredInTime: granted in full or in part by the deadline in force.
	AnsweredInTime
	// AnsweredLate: granted in full or in part after the deadline.
	AnsweredLate
	// RefusedInTime: refused in full within one month of receipt. A
	// refusal is due "at the latest within one month of receipt" (GDPR
	// art. 12(4)); an extension under art. 12(3) does not move it.
	RefusedInTime
	// RefusedLate: refused in full after the first month.
	RefusedLate
	// Withdrawn: the requester withdrew the request before it was answered.
	Withdrawn
)

var statusDef = enum.Def[Status]{
	Type: "Status",
	Kind: "rights: status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Open:                   {Code: "open", Da: "Åben", En: "Open"},
		Paused:                 {Code: "paused", Da: "Sat i bero", En: "Paused"},
		Overdue:                {Code: "overdue", Da: "Fristen er overskredet", En: "Overdue"},
		ExtensionNoticeOverdue: {Code: "extension_notice_overdue", Da: "Fristen er overskredet (fristforlængelse meddelt for sent)", En: "Overdue (extension notified too late)"},
		AnsweredInTime:         {Code: "answered_in_time", Da: "Besvaret rettidigt", En: "Answered in time"},
		AnsweredLate:           {Code: "answered_late", Da: "Besvaret for sent", En: "Answered late"},
		RefusedInTime:          {Code: "refused_in_time", Da: "Afvist rettidigt", En: "Refused in time"},
		RefusedLate:            {Code: "refused_late", Da: "Afvist for sent", En: "Refused late"},
		Withdrawn:              {Code: "withdrawn", Da: "Trukket tilbage", En: "Withdrawn"},
	},
}

// numStatuses is the number of defined statuses plus one (index 0 is "not
// computed").
const numStatuses = int(Withdrawn) + 1

// Statuses returns every status, in the order of the constants.
func Statuses() []Status {
	return []Status{Open, Paused, Overdue, ExtensionNoticeOverdue, AnsweredInTime, AnsweredLate, RefusedInTime, RefusedLate, Withdrawn}
}

// Closed reports whether the request is finished: answered, refused or
// withdrawn.
func (s Status) Closed() bool { return s >= AnsweredInTime && s <= Withdrawn }

// Late reports whether the deadline was missed: the request is overdue, or
// it was answered or refused after the deadline.
func (s Status) Late() bool {
	return s == Overdue || s == ExtensionNoticeOverdue || s == AnsweredLate || s == RefusedLate
}
