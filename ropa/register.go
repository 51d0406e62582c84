package ropa

import (
	"bytes"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Register is an authority's register of records of processing activities
// (the whole "fortegnelse") and its register of consents (GDPR art. 7(1):
// the controller can demonstrate consent: a complete overview of the consents with their expiry). It
// is a plain struct that hosts store; its methods query it without
// changing it and are safe for concurrent use. The records its queries
// return (Get, Select, AffectedBy, ByName) are deep copies that share no
// memory with it: a caller may edit them, from several goroutines at once.
type Register struct {
	Records  []Record  `json:"records"`
	Consents []Consent `json:"consents,omitempty"`
}

// LogValue implements slog.LogValuer: the numbers of records and consents,
// so that no handler writes a consent's subject.
func (reg Register) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("records", len(reg.Records)), slog.Int("consents", len(reg.Consents)))
}

// Validate reports every malformed value in the register at once: each
// record's and each consent's problems with paths such as
// "records[3].purposes[0].legalBases[1]", a record ID used twice, and a
// consent that refers to a record or purpose the register does not have.
func (reg Register) Validate() error {
	var ps gdpr.Problems
	ids := make(map[string]int, len(reg.Records))
	bases, types := known[gdpr.LegalBasis]{}, known[gdpr.DataType]{}
	for i := range reg.Records {
		r := &reg.Records[i]
		var rp gdpr.Problems
		r.validate(&rp, bases, types)
		if len(rp) > 0 {
			ps.Merge(index("records", i), rp)
		}
		if r.ID == "" {
			continue
		}
		if j, dup := ids[r.ID]; dup {
			ps.Add(index("records", i)+".id", gdpr.CodeDuplicate, "record id "+enum.Quote(r.ID)+" is also used by records["+strconv.Itoa(j)+"]")
			continue
		}
		ids[r.ID] = i
	}
	consentIDs := make(map[string]bool, len(reg.Consents))
	for i, c := range reg.Consents {
		path := index("consents", i)
		ps.Merge(path, c.Validate())
		if c.ID != "" {
			if consentIDs[c.ID] {
				ps.Add(path+".id", gdpr.CodeDuplicate, "consent id "+enum.Quote(c.ID)+" is used twice")
			}
			consentIDs[c.ID] = true
		}
		if c.RecordID == "" {
			continue
		}
		j, ok := ids[c.RecordID]
		switch {
		case !ok:
			ps.Add(path+".recordId", gdpr.CodeUnknown, "no record with id "+enum.Quote(c.RecordID))
		case c.PurposeID != "" && reg.Records[j].purposeIndex(c.PurposeID) < 0:
			ps.Add(path+".purposeId", gdpr.CodeUnknown, "the record has no purpose with id "+enum.Quote(c.PurposeID))
		}
	}
	return ps.Err()
}

func (r Record) purposeIndex(id string) int {
	for i, p := range r.Purposes {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// Validate reports every malformed value of the consent at once: a missing
// id, record, purpose, subject or instant of giving, and instants in an
// impossible order (expiry, withdrawal or stop before the consent was
// given), and an instant encoding/json cannot write (an offset of ±24:00
// or more, a year outside 0000-9999), however the consent was made.
func (c Consent) Validate() error {
	var ps gdpr.Problems
	requiredLine(&ps, at("id"), c.ID)
	requiredLine(&ps, at("recordId"), c.RecordID)
	requiredLine(&ps, at("purposeId"), c.PurposeID)
	if c.Subject.IsZero() {
		ps.Add("subject", gdpr.CodeRequired, "a consent needs its data subject")
	}
	ps.AddUnstorable("given", c.Given)
	if c.Given.IsZero() {
		ps.Add("given", gdpr.CodeRequired, "a consent needs the instant it was given")
		return ps.Err()
	}
	for _, t := range [...]struct {
		path string
		at   time.Time
	}{{"expires", c.Expires}, {"withdrawn", c.Withdrawn}, {"stopped", c.Stopped}} {
		ps.AddUnstorable(t.path, t.at)
		if !t.at.IsZero() && t.at.Before(c.Given) {
			ps.Add(t.path, gdpr.CodeOrder, "before the consent was given")
		}
	}
	return ps.Err()
}

// Check returns the consent's findings at the instant now against rec,
// the record it covers: an expired or withdrawn consent whose processing
// has not stopped while the purpose is still active (GDPR art. 7(3)), and
// a consent without an expiry date (an overview of the consents with their
// expiry, Datatilsynet's guidance on consent). A malformed consent (what
// [Consent.Validate] reports) is a finding ropa.invalid per problem. A
// consent with no findings gives an empty, non-nil slice.
func (c Consent) Check(now time.Time, rec Record) []gdpr.Finding {
	out := []gdpr.Finding{}
	s := sink{out: &out, record: -1}
	if ps, ok := c.Validate().(gdpr.Problems); ok {
		s.invalid(ps)
	}
	c.check(&s, "", &rec, now, gdpr.DateOf(now))
	return out
}

func (c Consent) check(s *sink, path string, rec *Record, now time.Time, today gdpr.Date) {
	status := c.status(now)
	stopped := !c.Stopped.IsZero() && !now.Before(c.Stopped)
	if (status == ConsentExpired || status == ConsentWithdrawn) && !stopped && rec.PurposeActive(rec.purposeIndex(c.PurposeID), today) {
		f := ruleConsentLapsed.Finding(path)
		why := consentReasons[status]
		f.Text.Da += " " + why.Da
		f.Text.En += " " + why.En
		s.addFinding(f)
	}
	if c.Expires.IsZero() && c.Withdrawn.IsZero() && !stopped {
		s.add(&ruleConsentExpiryMissing, gdpr.JoinPath(path, "expires"))
	}
}

// Check returns the findings of every record ([Record.Check]) but the
// templates (see [Register.CheckTemplates]) and of every consent
// ([Consent.Check]) at the instant now, with paths such as
// "records[3].transfers[0].safeguard" and "consents[12]". What
// [Register.Validate] reports (a malformed value, a record id used twice, a
// consent of a record the register does not have) comes first, as findings
// ropa.invalid at the problems' paths. The reaches of the data processing
// agreements (package dpa's Register.Reaches), when given, are compared
// with each record they concern, as [Record.Check] does. A clean register
// gives an empty, non-nil slice.
func (reg Register) Check(now time.Time, reach ...gdpr.Reach) []gdpr.Finding {
	today := gdpr.DateOf(now)
	out := make([]gdpr.Finding, 0, 4*len(reg.Records))
	s := sink{out: &out, record: -1}
	if ps, ok := reg.Validate().(gdpr.Problems); ok {
		s.invalid(ps)
	}
	// The reaches of each record: by the records an agreement lists, and
	// by the agreements a record's processors name.
	var byRecord, byAgreement map[string][]int
	if len(reach) > 0 {
		byRecord, byAgreement = map[string][]int{}, map[string][]int{}
		for i := range reach {
			for _, id := range reach[i].Records {
				byRecord[id] = append(byRecord[id], i)
			}
			byAgreement[reach[i].Agreement] = append(byAgreement[reach[i].Agreement], i)
		}
	}
	var mine []gdpr.Reach
	var picked []int
	for i := range reg.Records {
		s.record = i
		r := &reg.Records[i]
		if r.Status == Template {
			continue // CheckTemplates
		}
		r.check(&s, today)
		if byRecord == nil {
			continue
		}
		picked = append(picked[:0], byRecord[r.ID]...)
		for _, p := range r.Processors {
			if p.AgreementID != "" {
				picked = append(picked, byAgreement[p.AgreementID]...)
			}
		}
		slices.Sort(picked)
		picked = slices.Compact(picked)
		mine = mine[:0]
		for _, k := range picked {
			mine = append(mine, reach[k])
		}
		r.checkReach(&s, mine)
	}
	if len(reg.Consents) == 0 {
		return out
	}
	ids := make(map[string]int, len(reg.Records))
	for i, r := range reg.Records {
		if _, dup := ids[r.ID]; !dup {
			ids[r.ID] = i
		}
	}
	s.record = -1
	for i, c := range reg.Consents {
		if j, ok := ids[c.RecordID]; ok {
			c.check(&s, index("consents", i), &reg.Records[j], now, today)
		}
	}
	return out
}

// CheckTemplates returns the findings of the register's template records
// (status [Template]: standard records, such as KL's, not yet adopted) at
// the instant now, with paths such as "records[3].retention", which
// [Register.Check] leaves out: a template is no record of the authority's
// processing until adopted, and its gaps are the work of adopting it. A
// register without templates, or whose templates have no findings, gives
// an empty, non-nil slice.
func (reg Register) CheckTemplates(now time.Time) []gdpr.Finding {
	today := gdpr.DateOf(now)
	out := []gdpr.Finding{}
	s := sink{out: &out}
	for i := range reg.Records {
		if reg.Records[i].Status == Template {
			s.record = i
			reg.Records[i].check(&s, today)
		}
	}
	return out
}

// Get returns a deep copy of the record with the given id ([Record.Clone]):
// editing it leaves the register as it was.
func (reg Register) Get(id string) (Record, bool) {
	for i := range reg.Records {
		if reg.Records[i].ID == id {
			return reg.Records[i].Clone(), true
		}
	}
	return Record{}, false
}

// Query selects records. Every field that is set must match; the zero
// Query matches every record.
type Query struct {
	// Category matches records that process data of this tier.
	Category gdpr.DataCategory
	// MinCategory matches records whose highest tier is at least this one
	// (gdpr.Sensitive finds sensitive and criminal-offence data).
	MinCategory gdpr.DataCategory
	// DataType matches records that process this data type.
	DataType gdpr.DataType
	// Processor matches records that use this processor or sub-processor,
	// given by name (ignoring case), CVR number or agreement id.
	Processor string
	// Country matches records whose data go to or are accessed from this
	// country (transfers, processors, recipients).
	Country gdpr.Country
	// KLE matches records with a KLE number that lies within it or that it
	// lies within: "27" finds "27.24.00", and "27.24.00" finds "27.24".
	KLE gdpr.KLE
	// LegalBasis matches records with a purpose on this basis.
	LegalBasis gdpr.LegalBasis
	// Vulnerable, when true, matches records about vulnerable data subjects.
	Vulnerable bool
	// Status matches records with this status (zero status counts as
	// active).
	Status Status
}

// Select returns deep copies of the records that match q ([Record.Clone]),
// in register order: editing them leaves the register as it was, and
// several goroutines may edit their results at once.
func (reg Register) Select(q Query) []Record {
	var out []Record
	for i := range reg.Records {
		if q.matches(&reg.Records[i]) {
			out = append(out, reg.Records[i].Clone())
		}
	}
	return out
}

func (q *Query) matches(r *Record) bool {
	switch {
	case q.Category != 0 && !r.processesCategory(q.Category),
		q.MinCategory != 0 && r.highestCategory() < q.MinCategory,
		q.DataType != "" && !r.processes(q.DataType),
		q.Processor != "" && !r.usesProcessor(q.Processor),
		!q.Country.IsZero() && !r.sendsTo(q.Country),
		!q.KLE.IsZero() && !r.overlapsKLE(q.KLE),
		q.LegalBasis != "" && !r.hasBasis(q.LegalBasis),
		q.Vulnerable && !r.vulnerable(),
		q.Status == Active && !(r.Status == 0 || r.Status == Active),
		q.Status != 0 && q.Status != Active && r.Status != q.Status:
		return false
	}
	return true
}

// AffectedBy returns deep copies of the records that would be affected if the given
// processor failed (went bankrupt, was breached, stopped its service): the
// records that name it as a processor or a sub-processor, by name
// (ignoring case), CVR number or agreement id.
func (reg Register) AffectedBy(processor string) []Record {
	return reg.Select(Query{Processor: processor})
}

func (r *Record) usesProcessor(key string) bool {
	key = strings.TrimSpace(key)
	for _, p := range r.Processors {
		if sameName(p.Name, key) || (!p.CVR.IsZero() && p.CVR.String() == key) || (p.AgreementID != "" && p.AgreementID == key) {
			return true
		}
	}
	return false
}

func (r *Record) sendsTo(c gdpr.Country) bool {
	for _, t := range r.Transfers {
		if t.Country == c {
			return true
		}
	}
	for _, p := range r.Processors {
		if slices.Contains(p.Countries, c) {
			return true
		}
	}
	for _, x := range r.Recipients {
		if x.Country == c {
			return true
		}
	}
	return false
}

func (r *Record) overlapsKLE(k gdpr.KLE) bool {
	for _, p := range r.Purposes {
		for _, o := range p.KLE {
			if k.Contains(o) || o.Contains(k) {
				return true
			}
		}
	}
	return false
}

func (r *Record) hasBasis(b gdpr.LegalBasis) bool {
	for _, p := range r.Purposes {
		if slices.Contains(p.LegalBases, b) {
			return true
		}
	}
	return false
}

// ByName returns deep copies of the register's records ([Record.Clone])
// sorted by name in Danish alphabetical order, in a fresh slice; see
// [SortByName]. Editing them leaves the register as it was.
func (reg Register) ByName() []Record {
	idx := nameOrder(reg.Records)
	out := make([]Record, len(idx))
	for i, j := range idx {
		out[i] = reg.Records[j].Clone()
	}
	return out
}

// SortByName sorts records by name in Danish alphabetical order
// (golang.org/x/text/collate with the Danish tailoring): æ, ø and å come
// after z, and "aa" sorts as "å", so Aabenraa and Ålborg come after Øster.
// Records with names that collate equal keep their order by ID. It makes
// its own collator for each call, so it is safe for concurrent use (a
// collate.Collator is not).
func SortByName(records []Record) {
	idx := nameOrder(records)
	sorted := make([]Record, len(records))
	for i, j := range idx {
		sorted[i] = records[j]
	}
	copy(records, sorted)
}

// nameOrder returns the indexes of records in Danish order of their names,
// ties by ID.
func nameOrder(records []Record) []int {
	keys := nameKeys(records)
	idx := make([]int, len(records))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := bytes.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return strings.Compare(records[a].ID, records[b].ID)
	})
	return idx
}

// nameKeys returns the Danish collation key of each record's name.
func nameKeys(records []Record) [][]byte {
	c := collate.New(language.Danish)
	var buf collate.Buffer
	keys := make([][]byte, len(records))
	for i := range records {
		keys[i] = c.KeyFromString(&buf, records[i].Name)
	}
	return keys
}
