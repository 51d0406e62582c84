package breach

import (
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Log is the controller's breach log (fortegnelse over brud på
// persondatasikkerheden): every breach, notified or not, is documented
// (GDPR art. 33(5)). It answers which are overdue now, which
// were notified late and why, and counts over a period. A Log is a plain
// slice; JSON is an array of incidents.
type Log []Incident

// Row points at one incident of a log: its index, its ID and its clock.
type Row struct {
	// Index is the incident's position in the log.
	Index int `json:"index"`
	// ID is the incident's ID.
	ID string `json:"id,omitempty"`
	// State is its 72-hour clock: at now in [Policy.Overdue], at the
	// first notification in [Log.Late].
	State State `json:"state"`
	// DelayReasons are the reasons the first notification gave for its
	// delay (only in [Log.Late]); redacted like
	// [Notification.DelayReasons].
	DelayReasons gdpr.Personal `json:"delayReasons,omitzero"`
}

// Validate validates every incident, with paths prefixed by its index
// ("[3].awareAt"), and reports IDs used twice.
func (l Log) Validate() error {
	var ps gdpr.Problems
	seen := make(map[string]int, len(l))
	for i, inc := range l {
		p := "[" + strconv.Itoa(i) + "]"
		ps.Merge(p, inc.Validate())
		if inc.ID == "" {
			continue
		}
		if j, ok := seen[inc.ID]; ok {
			ps.Add(p+".id", gdpr.CodeDuplicate, "id "+enum.Quote(inc.ID)+" is also used by ["+strconv.Itoa(j)+"]")
		} else {
			seen[inc.ID] = i
		}
	}
	return ps.Err()
}

// Check returns the compliance gaps of every incident of the log at now
// under the default policy: [Policy.CheckLog] of the zero Policy.
func (l Log) Check(now time.Time) []gdpr.Finding { return Policy{}.CheckLog(l, now) }

// CheckLog returns the compliance gaps of every incident of l at now under
// p ([Policy.Check]), their paths prefixed by the incident's index
// ("[3].notifications"), and an id used twice as a finding of rule
// breach.invalid. It never returns nil.
func (p Policy) CheckLog(l Log, now time.Time) []gdpr.Finding {
	out := make([]gdpr.Finding, 0, len(l))
	if err := p.Validate(); err != nil {
		out = appendInvalid(out, "policy", err)
		p = Policy{}
	}
	seen := make(map[string]int, len(l))
	for i := range l {
		prefix := "[" + strconv.Itoa(i) + "]"
		for _, f := range p.Check(l[i], now) {
			f.Path = gdpr.JoinPath(prefix, f.Path)
			out = append(out, f)
		}
		if id := l[i].ID; id != "" {
			if j, ok := seen[id]; ok {
				out = appendInvalid(out, prefix, gdpr.Problems{{Path: "id", Code: gdpr.CodeDuplicate, Message: "the id is also used by [" + strconv.Itoa(j) + "]"}})
			} else {
				seen[id] = i
			}
		}
	}
	return out
}

// Overdue returns the incidents that must be notified to Datatilsynet
// under the default policy and are not notified although 72 hours have
// passed at now: [Policy.Overdue] of the zero Policy.
func (l Log) Overdue(now time.Time) []Row {
	rows, _ := Policy{}.Overdue(l, now) // the zero Policy is valid
	return rows
}

// Overdue returns the incidents of l that must be notified to Datatilsynet
// under p and are not notified although 72 hours have passed at now, in
// log order; a notification recorded after now does not count. The error
// is only for an invalid policy.
func (p Policy) Overdue(l Log, now time.Time) ([]Row, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var out []Row
	for i := range l {
		inc := &l[i] // incidents are large: no copies in the loop
		if inc.AwareAt.IsZero() || !inc.AwareAt.Add(NotificationWindow).Before(now) {
			continue
		}
		if _, notified := firstAt(inc, now); notified {
			continue
		}
		if r, _, _ := p.quickRisk(inc); r < RiskLikely {
			continue
		}
		out = append(out, Row{Index: i, ID: inc.ID, State: inc.State(now)})
	}
	return out, nil
}

// Late returns the incidents whose first notification came after the
// 72-hour deadline, with the reasons given for the delay, in log order.
func (l Log) Late() []Row {
	var out []Row
	for i := range l {
		inc := &l[i]
		at, ok := firstAt(inc, maxTime)
		if !ok || inc.AwareAt.IsZero() || !at.After(inc.AwareAt.Add(NotificationWindow)) {
			continue
		}
		first, _ := inc.FirstNotification()
		out = append(out, Row{Index: i, ID: inc.ID, State: inc.State(at), DelayReasons: first.DelayReasons})
	}
	return out
}

// Summary counts the incidents of a log that the controller became aware
// of in a period.
type Summary struct {
	// From and To bound the period by AwareAt: From inclusive, To
	// exclusive; a zero bound is open.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Total is the number of incidents in the period.
	Total int `json:"total"`
	// ByNature counts per nature; an incident of two natures counts in
	// both.
	ByNature map[Nature]int `json:"byNature"`
	// ByCategory counts per highest category of the data concerned;
	// Uncategorised counts those with no data type recorded.
	ByCategory    map[gdpr.DataCategory]int `json:"byCategory"`
	Uncategorised int                       `json:"uncategorised"`
	// ByLevel counts per ENISA severity level; Unassessed counts those
	// whose severity cannot be computed.
	ByLevel    map[Level]int `json:"byLevel"`
	Unassessed int           `json:"unassessed"`
	// Notifiable counts those that must be notified under the policy;
	// DocumentedOnly those that need not (art. 33(5)).
	Notifiable     int `json:"notifiable"`
	DocumentedOnly int `json:"documentedOnly"`
	// Notified, NotifiedLate and Overdue count by the 72-hour clock at the
	// instant given to [Log.Summarize]; Overdue only among the notifiable.
	Notified     int `json:"notified"`
	NotifiedLate int `json:"notifiedLate"`
	Overdue      int `json:"overdue"`
	// SubjectsTold counts those where the data subjects were told or a
	// public communication was made.
	SubjectsTold int `json:"subjectsTold"`
}

// Summarize counts the incidents of the log under the default policy:
// [Policy.Summarize] of the zero Policy.
func (l Log) Summarize(from, to, now time.Time) Summary {
	s, _ := Policy{}.Summarize(l, from, to, now) // the zero Policy is valid
	return s
}

// Summarize counts the incidents of l with AwareAt in [from, to) (a zero
// bound is open) per nature, category and severity level, and by their
// notifications at now under p; notifications and communications recorded
// after now do not count. Incidents without AwareAt are counted only when
// both bounds are open. The error is only for an invalid policy.
func (p Policy) Summarize(l Log, from, to, now time.Time) (Summary, error) {
	if err := p.Validate(); err != nil {
		return Summary{}, err
	}
	var (
		natures    [AvailabilityBreach + 1]int
		categories [gdpr.Criminal + 1]int
		levels     [VeryHigh + 1]int
	)
	s := Summary{From: from, To: to}
	for i := range l {
		inc := &l[i] // incidents are large: no copies in the loop
		if !inPeriod(inc.AwareAt, from, to) {
			continue
		}
		s.Total++
		if inc.Confidentiality != 0 {
			natures[ConfidentialityBreach]++
		}
		if inc.Integrity != 0 {
			natures[IntegrityBreach]++
		}
		if inc.Availability != 0 {
			natures[AvailabilityBreach]++
		}
		if c := gdpr.HighestCategory(inc.DataTypes...); c.Valid() {
			categories[c]++
		} else {
			s.Uncategorised++
		}
		r, level, ok := p.quickRisk(inc)
		if ok {
			levels[level]++
		} else {
			s.Unassessed++
		}
		if r >= RiskLikely {
			s.Notifiable++
		} else {
			s.DocumentedOnly++
		}
		deadline := inc.AwareAt.Add(NotificationWindow)
		if at, notified := firstAt(inc, now); notified {
			s.Notified++
			if !inc.AwareAt.IsZero() && at.After(deadline) {
				s.NotifiedLate++
			}
		} else if r >= RiskLikely && !inc.AwareAt.IsZero() && deadline.Before(now) {
			s.Overdue++
		}
		if told(inc, now) {
			s.SubjectsTold++
		}
	}
	s.ByNature = make(map[Nature]int, 3)
	for n, c := range natures {
		if c > 0 {
			s.ByNature[Nature(n)] = c
		}
	}
	s.ByCategory = make(map[gdpr.DataCategory]int, 4)
	for n, c := range categories {
		if c > 0 {
			s.ByCategory[gdpr.DataCategory(n)] = c
		}
	}
	s.ByLevel = make(map[Level]int, 4)
	for n, c := range levels {
		if c > 0 {
			s.ByLevel[Level(n)] = c
		}
	}
	return s, nil
}

// maxTime is later than any instant a record holds.
var maxTime = time.Unix(1<<62, 0)

// firstAt returns the instant of the earliest notification to
// Datatilsynet made at or before now, like [Incident.FirstNotification]
// without copying.
func firstAt(inc *Incident, now time.Time) (time.Time, bool) {
	var first time.Time
	for i := range inc.Notifications {
		if at := inc.Notifications[i].At; !at.IsZero() && !at.After(now) && (first.IsZero() || at.Before(first)) {
			first = at
		}
	}
	return first, !first.IsZero()
}

// told reports whether the data subjects were told at or before now.
func told(inc *Incident, now time.Time) bool {
	for i := range inc.SubjectNotices {
		if !inc.SubjectNotices[i].At.After(now) {
			return true
		}
	}
	return false
}

func inPeriod(t, from, to time.Time) bool {
	if t.IsZero() {
		return from.IsZero() && to.IsZero()
	}
	return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to))
}

// quickRisk is the risk of [Policy.Decide] without the decimal score and
// the reasons: the risk, ENISA's level and whether it could be computed.
func (p Policy) quickRisk(inc *Incident) (Risk, Level, bool) {
	l, ok := levelOf(inc)
	r, _ := p.evaluate(inc, l, ok)
	if inc.Risk.Valid() {
		r = inc.Risk
	}
	return r, l, ok
}
