package rights

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
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

var statusCodes = [...]string{"", "open", "paused", "overdue", "extension_notice_overdue", "answered_in_time",
	"answered_late", "refused_in_time", "refused_late", "withdrawn"}

// numStatuses is the number of defined statuses plus one (index 0 is "not
// computed").
const numStatuses = len(statusCodes)

var statusLabels = [...]gdpr.Text{
	{},
	{Da: "Åben", En: "Open"},
	{Da: "Sat i bero", En: "Paused"},
	{Da: "Fristen er overskredet", En: "Overdue"},
	{Da: "Fristen er overskredet (fristforlængelse meddelt for sent)", En: "Overdue (extension notified too late)"},
	{Da: "Besvaret rettidigt", En: "Answered in time"},
	{Da: "Besvaret for sent", En: "Answered late"},
	{Da: "Afvist rettidigt", En: "Refused in time"},
	{Da: "Afvist for sent", En: "Refused late"},
	{Da: "Trukket tilbage", En: "Withdrawn"},
}

// Statuses returns every status, in the order of the constants.
func Statuses() []Status {
	return []Status{Open, Paused, Overdue, ExtensionNoticeOverdue, AnsweredInTime, AnsweredLate, RefusedInTime, RefusedLate, Withdrawn}
}

// Valid reports whether s is one of the defined statuses.
func (s Status) Valid() bool { return enum.Valid(s, statusCodes[:]) }

// Closed reports whether the request is finished: answered, refused or
// withdrawn.
func (s Status) Closed() bool { return s >= AnsweredInTime && s <= Withdrawn }

// Late reports whether the deadline was missed: the request is overdue, or
// it was answered or refused after the deadline.
func (s Status) Late() bool {
	return s == Overdue || s == ExtensionNoticeOverdue || s == AnsweredLate || s == RefusedLate
}

// String returns the stable code ("answered_in_time"), or "Status(12)".
func (s Status) String() string { return enum.String(s, "Status", statusCodes[:]) }

// Label returns the Danish name of s, or the English one for an English tag.
func (s Status) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return statusLabels[s].In(tag)
}

// ParseStatus parses a status code; "" gives the zero value and an unknown
// code is an error wrapping [ErrUnknownCode].
func ParseStatus(code string) (Status, error) {
	return enum.Parse[Status](code, "rights: status", statusCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s Status) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "rights: Status", statusCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (s *Status) UnmarshalText(b []byte) (err error) {
	*s, err = ParseStatus(string(b))
	return err
}

// Scan implements sql.Scanner.
func (s *Status) Scan(src any) error {
	return enum.Scan(s, src, "rights: status", statusCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (s Status) Value() (driver.Value, error) {
	return enum.Value(s, "rights: Status", statusCodes[:], ErrUnknownCode)
}
