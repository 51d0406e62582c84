package overview

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// MaxHorizon bounds the number of days [Build] looks ahead: ten years.
// A larger horizon is taken as MaxHorizon, a negative one as 0.
const MaxHorizon = 3660

// Build checks a whole municipality at the instant now and reports what it
// finds, with what falls due within days days after the day of now (in
// Europe/Copenhagen). It runs each package's own checks on each piece,
// under the municipality's policy:
//
//   - records: ropa.Record.Validate and ropa.Record.Check, with the reaches
//     (dpa.Agreement.Reaches) of every agreement that lists the record or
//     that one of its processors names, so that a processor's or
//     sub-processor's access from a third country that the record does not
//     list as a transfer is a finding on each record the agreement serves
//     (GDPR art. 30(1)(e), 44). The findings of a template record
//     (ropa.Template, not yet adopted) go to Report.Templates, as
//     ropa.Register.CheckTemplates reports them, and are not counted;
//   - consents: ropa.Consent.Validate and ropa.Consent.Check against their
//     record;
//   - agreements: dpa.Agreement.Validate, dpa.Agreement.Check and
//     dpa.Agreement.CheckData with the data types of the records the
//     agreement serves;
//   - screenings: screening.Assess (its problems and the result's findings);
//   - impact assessments: dpia.Assessment.Validate and dpia.Policy.Check,
//     on the record the assessment names when it embeds no snapshot, and
//     with every agreement it refers to that exists (so a reference to one
//     that does not is dpia.agreement_missing);
//   - risk assessments: risk.Assessment.ValidateOn and risk.Set.Check;
//   - breaches: breach.Incident.Validate and breach.Policy.Check;
//   - requests: rights.Request.Validate and rights.Request.CheckUnder;
//
// and reports each problem of a Validate as a finding of rule
// overview.invalid. It then checks the references between the pieces with the
// overview's own rules (see [Rules]): ids used twice in an area; references
// to records, agreements, screenings, DPIAs, risk assessments and purposes
// that do not exist; a record with sensitive or criminal-offence data and no
// screening; a screening that requires a DPIA, or a high risk, and no DPIA;
// a record that names the DPIA of another record, and a DPIA whose record
// does not name it;
// an agreement that does not list a record that names it; agreements,
// screenings and risk assessments that nothing refers to; an open breach at
// a processor whose agreement lacks the assistance clause of GDPR art.
// 28(3)(f), and a breach at a processor with no agreement found.
//
// What falls due comes from the packages too: the answers to requests
// (rights.ReviewSeq), the 72-hour notification of breaches that must be
// notified (breach.Policy.Decide, breach.Incident.Status), the reviews of
// records (ropa.Record.NextReview), the supervisions of processors
// (dpa.Register.SupervisionDue, for the agreements that validate), the
// consents that run out and those that ran out while the processing goes on
// (rule ropa.consent_lapsed), the further measures of the risk assessments
// not yet implemented, and the reviews of impact assessments
// (dpia.Assessment.NextReview).
//
// Build reads m and never changes it. Its work is linear in the size of the
// municipality: each list is indexed by id once, and every reference is looked
// up in an index. An invalid policy is the only error: it wraps
// ErrInvalidPolicy. Build is safe for concurrent use.
func Build(m Municipality, now time.Time, days int) (Report, error) {
	if err := m.Policy.Validate(); err != nil {
		return Report{}, err
	}
	days = min(max(days, 0), MaxHorizon)
	b := newBuilder(&m, now, days)
	b.prepare()
	b.records()
	b.consents()
	b.agreements()
	b.screenings()
	b.dpias()
	b.risks()
	b.breaches()
	b.requests()
	return b.finish(), nil
}

// builder holds the indexes and the report while Build works.
type builder struct {
	m     *Municipality
	now   time.Time
	today gdpr.Date
	until gdpr.Date
	r     Report

	// Indexes by id: the position of the first object with the id, and
	// which positions repeat an earlier id.
	recordIdx, agreementIdx, screeningIdx, dpiaIdx, riskIdx map[string]int
	recordDup, agreementDup, screeningDup, dpiaDup, riskDup []bool
	// listed holds each pair of an agreement's position and a record id
	// the agreement lists; lists holds, per record id, the positions of
	// the agreements that list it.
	listed map[listing]struct{}
	lists  map[string][]int
	// reaches caches each agreement's dpa.Agreement.Reaches, by position,
	// made on first use; reach and picked are scratch space for records.
	reaches [][]gdpr.Reach
	reached []bool
	reach   []gdpr.Reach
	picked  []int
	// Whether a record refers to the agreement, screening or risk
	// assessment at a position.
	agreementUsed, screeningUsed, dpiaUsed, riskUsed []bool
	// The results of the pieces that later checks need.
	screened  []screened
	summaries []risk.Summary
	// recordTypes caches the data types of each record, for CheckData.
	recordTypes [][]gdpr.DataType

	// findings are kept in chunks of chunkSize and copied once into the
	// report's slice, rather than copied each time one slice grows.
	findings [][]Finding
	counts   [numAreas + 1][gdpr.Critical + 1]int
	rules    map[string]int // rule id -> position in r.Rules
}

// chunkSize is the number of findings per chunk: 1024 findings are about
// 150 KB.
const chunkSize = 1024

// listing is an agreement (by position) listing a record (by id).
type listing struct {
	agreement int
	record    string
}

// screened is the outcome of screening.Assess for one screening.
type screened struct {
	result screening.Result
	err    error
}

func newBuilder(m *Municipality, now time.Time, days int) *builder {
	today := gdpr.DateOf(now)
	return &builder{
		m: m, now: now, today: today, until: today.AddDays(days),
		r:     Report{Now: now, Today: today, Horizon: days, Until: today.AddDays(days)},
		rules: make(map[string]int, 64),
	}
}

// index maps each id to the position of its first object, and marks the
// positions whose id an earlier object has; empty ids are left out.
func index(n int, id func(int) string) (map[string]int, []bool) {
	idx := make(map[string]int, n)
	var dup []bool
	for i := range n {
		k := id(i)
		if k == "" {
			continue
		}
		if _, seen := idx[k]; !seen {
			idx[k] = i
			continue
		}
		if dup == nil {
			dup = make([]bool, n)
		}
		dup[i] = true
	}
	return idx, dup
}

// prepare builds the indexes and the results that the checks of other
// pieces need: screenings assessed, risk assessments summed up, and the
// records each agreement lists.
func (b *builder) prepare() {
	m := b.m
	b.recordIdx, b.recordDup = index(len(m.Records), func(i int) string { return m.Records[i].ID })
	b.agreementIdx, b.agreementDup = index(len(m.Agreements), func(i int) string { return m.Agreements[i].ID })
	b.screeningIdx, b.screeningDup = index(len(m.Screenings), func(i int) string { return m.Screenings[i].ID })
	b.dpiaIdx, b.dpiaDup = index(len(m.DPIAs), func(i int) string { return m.DPIAs[i].ID })
	b.riskIdx, b.riskDup = index(len(m.Risks), func(i int) string { return m.Risks[i].ID })
	b.agreementUsed = make([]bool, len(m.Agreements))
	b.screeningUsed = make([]bool, len(m.Screenings))
	b.dpiaUsed = make([]bool, len(m.DPIAs))
	b.riskUsed = make([]bool, len(m.Risks))
	b.recordTypes = make([][]gdpr.DataType, len(m.Records))

	n := 0
	for i := range m.Agreements {
		n += len(m.Agreements[i].Records)
	}
	b.listed = make(map[listing]struct{}, n)
	b.lists = make(map[string][]int, n)
	for i := range m.Agreements {
		for _, id := range m.Agreements[i].Records {
			if _, dup := b.listed[listing{i, id}]; !dup {
				b.lists[id] = append(b.lists[id], i)
			}
			b.listed[listing{i, id}] = struct{}{}
		}
	}
	b.reaches = make([][]gdpr.Reach, len(m.Agreements))
	b.reached = make([]bool, len(m.Agreements))

	b.screened = make([]screened, len(m.Screenings))
	for i := range m.Screenings {
		res, err := screening.Assess(m.Screenings[i].Screening)
		b.screened[i] = screened{res, err}
	}
	b.summaries = make([]risk.Summary, len(m.Risks))
	for i := range m.Risks {
		ra := &m.Risks[i]
		s := ra.Matrix.Summarize(ra.Assessments)
		b.summaries[i] = s
		rs := &b.r.Risk
		rs.Assessments++
		rs.Risks += s.Assessments
		rs.Unrated += s.Unrated
		addBands(&rs.Inherent, s.Inherent)
		addBands(&rs.Residual, s.Residual)
		rs.PendingHigh += s.PendingHigh
		if s.PriorConsultation {
			rs.PriorConsultation++
		}
	}
}

func addBands(to *risk.BandCounts, c risk.BandCounts) {
	to.Low += c.Low
	to.BelowMedium += c.BelowMedium
	to.Medium += c.Medium
	to.AboveMedium += c.AboveMedium
	to.High += c.High
}

// object names the object findings are added for: its area, id, position
// and the field of a wrapper that holds the package's value
// ("breaches[3].incident").
type object struct {
	area     Area
	template bool // a template record, whose findings are reported apart
	id       string
	index    int
	inner    string // the field of a wrapper that holds the package's value
	base     string // the object's path, made on first use
}

// path returns the object's path from the municipality ("records[3]").
func (o *object) path() string {
	if o.base == "" {
		o.base = elementPath(o.area.field(), o.index, "", "")
	}
	return o.base
}

// at returns the path of a finding at path relative to the object
// ("breaches[3].recordIds[0]"), as gdpr.JoinPath(o.path(), path).
func (o *object) at(path string) string {
	if o.base != "" {
		return gdpr.JoinPath(o.base, path)
	}
	return elementPath(o.area.field(), o.index, "", path)
}

// valueAt returns the path of a finding at path relative to the package's
// value inside the object ("breaches[3].incident.notifications"), as
// gdpr.JoinPath(gdpr.JoinPath(o.path(), o.inner), path).
func (o *object) valueAt(path string) string {
	return elementPath(o.area.field(), o.index, o.inner, path)
}

// elementPath returns field[index] with inner and then rest joined to it
// as gdpr.JoinPath joins them, in one allocation: a report holds a path
// for each finding, and most objects have one or two.
func elementPath(field string, index int, inner, rest string) string {
	var buf [80]byte
	s := append(buf[:0], field...)
	s = append(s, '[')
	s = strconv.AppendInt(s, int64(index), 10)
	s = append(s, ']')
	for _, p := range [2]string{inner, rest} {
		switch {
		case p == "":
		case p[0] == '[':
			s = append(s, p...)
		default:
			s = append(s, '.')
			s = append(s, p...)
		}
	}
	return string(s)
}

// add adds a finding about o at path, the whole path from the municipality.
func (b *builder) add(o *object, f gdpr.Finding, path string) {
	f.Path = path
	if o.template {
		b.r.Templates = append(b.r.Templates, Finding{Area: o.area, ID: o.id, Index: o.index, Finding: f})
		return
	}
	if n := len(b.findings); n == 0 || len(b.findings[n-1]) == chunkSize {
		b.findings = append(b.findings, make([]Finding, 0, chunkSize))
	}
	last := &b.findings[len(b.findings)-1]
	*last = append(*last, Finding{Area: o.area, ID: o.id, Index: o.index, Finding: f})
	if f.Severity.Valid() {
		b.counts[o.area][f.Severity]++
	}
	if j, ok := b.rules[f.Rule]; ok {
		b.r.Rules[j].N++
	} else {
		b.rules[f.Rule] = len(b.r.Rules)
		b.r.Rules = append(b.r.Rules, RuleCount{Rule: f.Rule, Severity: f.Severity, N: 1})
	}
}

// addAll adds the findings of o's package, whose paths are relative to the
// package's value inside o. A package's own report of invalid input
// ("dpia.invalid") is left out: the overview reports every problem of the
// piece's Validate once, as overview.invalid.
func (b *builder) addAll(o *object, fs []gdpr.Finding) {
	for _, f := range fs {
		if strings.HasSuffix(f.Rule, invalidSuffix) {
			continue
		}
		b.add(o, f, o.valueAt(f.Path))
	}
}

// reportsInvalid reports whether a package's findings fs include its rule
// for invalid input. Each package's Check validates its input itself and
// reports every problem as a finding of that rule, so a piece whose check
// reports none validates: Build then need not validate it again to report
// its problems as overview.invalid. The packages' checks validate with the
// same Validate Build would call (ropa.Record.Validate,
// dpa.Agreement.Validate, rights.Request.Validate, breach.Incident.Validate,
// risk.Assessment.ValidateOn on the set's matrix); TestInvalidAsValidate
// holds them to it.
func reportsInvalid(fs []gdpr.Finding, rule string) bool {
	return slices.ContainsFunc(fs, func(f gdpr.Finding) bool { return f.Rule == rule })
}

// invalidSuffix ends the id of a package's rule for invalid input.
const invalidSuffix = ".invalid"

// rule adds a finding of one of the overview's rules at path (relative to
// the object).
func (b *builder) rule(o *object, r *gdpr.Rule, path string) {
	b.add(o, r.Finding(""), o.at(path))
}

// invalid adds one finding of rule overview.invalid per problem of err,
// whose paths are relative to prefix inside o.
func (b *builder) invalid(o *object, prefix string, err error) {
	if err == nil {
		return
	}
	var ps gdpr.Problems
	if !errors.As(err, &ps) {
		ps = gdpr.Problems{{Code: gdpr.CodeMalformed, Message: err.Error()}}
	}
	for _, p := range ps {
		b.add(o, invalidFinding(p), gdpr.JoinPath(o.path(), gdpr.JoinPath(prefix, p.Path)))
	}
}

// invalidFinding is the finding of overview.invalid for problem p, at its
// path. The Danish text names the problem's code, the English one also its
// message, which is English.
func invalidFinding(p gdpr.Problem) gdpr.Finding {
	f := ruleInvalid.Finding(p.Path)
	f.Text.Da += " (" + p.Code + ")"
	f.Text.En += " (" + p.Code + ": " + p.Message + ")"
	return f
}

// duplicate adds overview.duplicate_id when the object's id belongs to an
// earlier object of the area (dup from index).
func (b *builder) duplicate(o *object, dup []bool, path string) {
	if dup != nil && dup[o.index] {
		b.rule(o, &ruleDuplicateID, path)
	}
}

// due adds what falls due, to Overdue or Upcoming, or leaves it out when it
// falls due after the horizon.
func (b *builder) due(d Due) {
	if d.Reference == (gdpr.Text{}) {
		d.Reference = d.Kind.Reference()
	}
	if !d.Day.IsZero() {
		if d.Expires.IsZero() {
			d.Expires = d.Day.End()
		}
		d.DaysLeft = d.Day.DaysSince(b.today)
	}
	d.Overdue = d.Day.IsZero() || !b.now.Before(d.Expires)
	switch {
	case d.Overdue:
		b.r.Overdue = append(b.r.Overdue, d)
	case !d.Day.After(b.until):
		b.r.Upcoming = append(b.r.Upcoming, d)
	}
}

func (b *builder) records() {
	m := b.m
	for i := range m.Records {
		rec := &m.Records[i]
		o := &object{area: Records, id: rec.ID, index: i, template: rec.Status == ropa.Template}
		fs := rec.Check(b.now, b.recordReaches(rec)...)
		if reportsInvalid(fs, "ropa.invalid") {
			b.invalid(o, "", rec.Validate())
		}
		b.duplicate(o, b.recordDup, "id")
		b.addAll(o, fs)
		b.recordLinks(o, rec)
		if rec.Status != ropa.Ended && !o.template {
			b.due(Due{Kind: RecordReview, Area: Records, ID: rec.ID, Index: i, Path: o.path(), Day: rec.NextReview()})
		}
	}
}

// recordReaches returns the reaches of the agreements that serve rec: those
// that list its id and those its processors name (GDPR art. 30(1)(d), (e)),
// each agreement once, in the order of the municipality's agreements. The
// result is scratch space, valid until the next call.
func (b *builder) recordReaches(rec *ropa.Record) []gdpr.Reach {
	b.picked = append(b.picked[:0], b.lists[rec.ID]...)
	for j := range rec.Processors {
		if ai, ok := b.agreementIdx[rec.Processors[j].AgreementID]; ok {
			b.picked = append(b.picked, ai)
		}
	}
	if len(b.picked) == 0 {
		return nil
	}
	slices.Sort(b.picked)
	b.picked = slices.Compact(b.picked)
	b.reach = b.reach[:0]
	for _, ai := range b.picked {
		if !b.reached[ai] {
			b.reaches[ai] = b.m.Agreements[ai].Reaches()
			b.reached[ai] = true
		}
		b.reach = append(b.reach, b.reaches[ai]...)
	}
	return b.reach
}

// recordLinks checks what a record refers to: its processors' agreements,
// its screening, its DPIA and its risk assessment.
func (b *builder) recordLinks(o *object, rec *ropa.Record) {
	for j := range rec.Processors {
		p := &rec.Processors[j]
		if p.AgreementID == "" {
			continue // ropa.processor_agreement_missing
		}
		path := "processors[" + strconv.Itoa(j) + "].agreementId"
		ai, ok := b.agreementIdx[p.AgreementID]
		switch {
		case !ok:
			b.rule(o, &ruleAgreementUnknown, path)
			continue
		case p.SubProcessor():
			// A sub-processor's agreement is with its processor.
		default:
			if _, listed := b.listed[listing{ai, rec.ID}]; !listed && rec.ID != "" {
				b.rule(o, &ruleAgreementRecordUnlisted, path)
			}
		}
		b.agreementUsed[ai] = true
	}

	going := rec.Status != ropa.Ended
	if rec.ScreeningID == "" {
		// An impact assessment holds its own screening: a record with one
		// has been screened.
		if going && rec.DPIAID == "" && rec.HighestCategory() >= gdpr.Sensitive {
			b.rule(o, &ruleScreeningMissing, "screeningId")
		}
	} else if si, ok := b.screeningIdx[rec.ScreeningID]; !ok {
		b.rule(o, &ruleScreeningUnknown, "screeningId")
	} else {
		b.screeningUsed[si] = true
		if s := &b.screened[si]; going && s.err == nil && rec.DPIAID == "" &&
			needsDPIA(s.result, b.m.Screenings[si].Screening.Decision) {
			b.rule(o, &ruleDPIAMissing, "dpiaId")
		}
	}

	if rec.RiskAssessmentID != "" {
		if ri, ok := b.riskIdx[rec.RiskAssessmentID]; !ok {
			b.rule(o, &ruleRiskUnknown, "riskAssessmentId")
		} else {
			b.riskUsed[ri] = true
			if going && rec.DPIAID == "" && b.summaries[ri].HighestInherent >= risk.High {
				b.rule(o, &ruleHighRiskNoDPIA, "riskAssessmentId")
			}
		}
	}
	b.recordDPIA(o, rec)
}

// needsDPIA reports whether a screening's result calls for a DPIA: the
// controller decided to carry one out, or it is required (two or more criteria of WP248 rev.01 III.B.a) and
// not declined, or mandatory by law, which cannot be declined (GDPR art.
// 35(3), 35(4)).
func needsDPIA(r screening.Result, d screening.Decision) bool {
	switch {
	case d == screening.Perform:
		return true
	case r.Outcome != screening.Required:
		return false
	}
	return r.Mandatory || d != screening.Decline
}

func (b *builder) consents() {
	m := b.m
	_, consentDup := index(len(m.Consents), func(i int) string { return m.Consents[i].ID })
	for i := range m.Consents {
		c := &m.Consents[i]
		o := &object{area: Consents, id: c.ID, index: i}
		b.invalid(o, "", c.Validate())
		b.duplicate(o, consentDup, "id")
		if c.RecordID == "" {
			continue // Validate's
		}
		ri, ok := b.recordIdx[c.RecordID]
		if !ok {
			b.rule(o, &ruleRecordUnknown, "recordId")
			continue
		}
		rec := &m.Records[ri]
		if c.PurposeID != "" && !slices.ContainsFunc(rec.Purposes, func(p ropa.Purpose) bool { return p.ID == c.PurposeID }) {
			b.rule(o, &rulePurposeUnknown, "purposeId")
		}
		fs := c.Check(b.now, *rec)
		b.addAll(o, fs)
		switch {
		case slices.ContainsFunc(fs, func(f gdpr.Finding) bool { return f.Rule == "ropa.consent_lapsed" }):
			// It ran out while the processing goes on: stop it now.
			end := c.Withdrawn
			if end.IsZero() || (!c.Expires.IsZero() && c.Expires.Before(end)) {
				end = c.Expires
			}
			b.due(Due{Kind: ConsentExpiry, Area: Consents, ID: c.ID, Index: i, Path: o.path(),
				Day: gdpr.DateOf(end), Expires: end})
		case !c.Expires.IsZero() && c.State(b.now).Status == ropa.ConsentValid:
			b.due(Due{Kind: ConsentExpiry, Area: Consents, ID: c.ID, Index: i, Path: o.path(),
				Day: gdpr.DateOf(c.Expires), Expires: c.Expires})
		}
	}
}

func (b *builder) agreements() {
	m := b.m
	for i := range m.Agreements {
		a := &m.Agreements[i]
		o := &object{area: Agreements, id: a.ID, index: i}
		fs := a.Check(b.now)
		if reportsInvalid(fs, "dpa.invalid") {
			b.invalid(o, "", a.Validate())
		}
		b.duplicate(o, b.agreementDup, "id")
		b.addAll(o, fs)

		var processed []gdpr.DataType
		found := false
		for k, id := range a.Records {
			ri, ok := b.recordIdx[id]
			if !ok {
				b.rule(o, &ruleRecordUnknown, "records["+strconv.Itoa(k)+"]")
				continue
			}
			found = true
			for _, t := range b.dataTypes(ri) {
				if !slices.Contains(processed, t) {
					processed = append(processed, t)
				}
			}
		}
		if found {
			b.addAll(o, a.CheckData(processed))
		}
		ended := !a.ProcessingEnded.IsZero() && !a.ProcessingEnded.After(b.today)
		if len(a.Records) == 0 && !b.agreementUsed[i] && !ended {
			b.rule(o, &ruleAgreementUnused, "records")
		}
		if !ended {
			b.supervision(o, a)
		}
	}
}

// dataTypes returns the data types of the record at position i, computed
// once.
func (b *builder) dataTypes(i int) []gdpr.DataType {
	if b.recordTypes[i] == nil {
		b.recordTypes[i] = b.m.Records[i].DataTypes()
		if b.recordTypes[i] == nil {
			b.recordTypes[i] = []gdpr.DataType{}
		}
	}
	return b.recordTypes[i]
}

// supervision adds the next supervision of an agreement whose processing
// goes on, as dpa.Register.SupervisionDue gives it: dpa.Agreement.
// NextSupervision counting the supervisions dated on or before the day of
// the report. Unlike a dpa.Register, it needs no valid agreement: like
// dpa.Agreement.Check, its answer is as good as the input.
func (b *builder) supervision(o *object, a *dpa.Agreement) {
	if a.Plan.IntervalMonths <= 0 {
		return
	}
	c := *a
	if slices.ContainsFunc(a.Supervisions, func(s dpa.Supervision) bool { return s.Date.After(b.today) }) {
		c.Supervisions = slices.DeleteFunc(slices.Clone(a.Supervisions),
			func(s dpa.Supervision) bool { return s.Date.After(b.today) })
	}
	if due := c.NextSupervision(); !due.IsZero() {
		b.due(Due{Kind: Supervision, Area: Agreements, ID: a.ID, Index: o.index, Path: o.path(), Day: due})
	}
}

func (b *builder) screenings() {
	m := b.m
	for i := range m.Screenings {
		s := &m.Screenings[i]
		o := &object{area: Screenings, id: s.ID, index: i, inner: "screening"}
		var ps gdpr.Problems
		requiredID(&ps, "id", s.ID)
		b.invalid(o, "", ps.Err())
		b.invalid(o, "screening", b.screened[i].err)
		b.duplicate(o, b.screeningDup, "id")
		b.addAll(o, b.screened[i].result.Findings)
		if !b.screeningUsed[i] && s.ID != "" {
			b.rule(o, &ruleScreeningUnused, "id")
		}
	}
}

func (b *builder) risks() {
	m := b.m
	for i := range m.Risks {
		ra := &m.Risks[i]
		o := &object{area: Risks, id: ra.ID, index: i, inner: "assessments"}
		fs := (risk.Set{Matrix: ra.Matrix, Assessments: ra.Assessments}).Check(b.now)
		b.invalid(o, "", ra.validate(reportsInvalid(fs, "risk.invalid")))
		b.duplicate(o, b.riskDup, "id")
		for _, f := range fs {
			if f.Rule == "risk.invalid" {
				continue // reported above as overview.invalid
			}
			f.Path = strings.TrimPrefix(f.Path, "assessments")
			b.add(o, f, o.valueAt(f.Path))
		}
		if !b.riskUsed[i] && ra.ID != "" {
			b.rule(o, &ruleRiskUnused, "id")
		}
		for j := range ra.Assessments {
			for k, ms := range ra.Assessments[j].Measures {
				if ms.Status == risk.Implemented || ms.Due.IsZero() {
					continue
				}
				b.due(Due{Kind: MeasureDue, Area: Risks, ID: ra.ID, Index: i,
					Path: o.path() + ".assessments[" + strconv.Itoa(j) + "].measures[" + strconv.Itoa(k) + "]", Day: ms.Due})
			}
		}
	}
}

func (b *builder) breaches() {
	m := b.m
	_, breachDup := index(len(m.Breaches), func(i int) string { return m.Breaches[i].Incident.ID })
	p := m.Policy.Breach
	for i := range m.Breaches {
		br := &m.Breaches[i]
		inc := &br.Incident
		o := &object{area: Breaches, id: inc.ID, index: i, inner: "incident"}
		fs := p.Check(*inc, b.now)
		var invalid error
		if reportsInvalid(fs, "breach.invalid") {
			invalid = inc.Validate()
		}
		b.invalid(o, "", br.validate(invalid))
		b.duplicate(o, breachDup, "incident.id")
		b.addAll(o, fs)

		if len(br.RecordIDs) == 0 {
			b.rule(o, &ruleBreachRecordsMissing, "recordIds")
		}
		for k, id := range br.RecordIDs {
			if _, ok := b.recordIdx[id]; !ok && id != "" {
				b.rule(o, &ruleRecordUnknown, "recordIds["+strconv.Itoa(k)+"]")
			}
		}
		b.breachAgreements(o, br, len(fs) > 0)

		// The deadline runs only while the notification is pending: ask
		// for the decision, which builds its reasons' texts, only then.
		if !inc.AwareAt.IsZero() {
			if st := inc.State(b.now); st.Status == breach.Running || st.Status == breach.Overdue {
				if d, err := p.Decide(*inc); err == nil && d.NotifyAuthority {
					b.due(Due{Kind: BreachNotification, Area: Breaches, ID: inc.ID, Index: i, Path: o.path(),
						Day: gdpr.DateOf(st.Deadline), Expires: st.Deadline})
				}
			}
		}
	}
}

// breachAgreements finds the agreements a breach at a processor falls under
// (those given, or else those of the records concerned whose processor is
// named in the processor chain) and checks them for the assistance clause
// of GDPR art. 28(3)(f) while the breach is open: while its checks still
// find something to do.
func (b *builder) breachAgreements(o *object, br *Breach, open bool) {
	type found struct {
		index int
		path  string
	}
	var agreements []found
	for k, id := range br.AgreementIDs {
		path := "agreementIds[" + strconv.Itoa(k) + "]"
		if ai, ok := b.agreementIdx[id]; ok {
			agreements = append(agreements, found{ai, path})
		} else if id != "" {
			b.rule(o, &ruleAgreementUnknown, path)
		}
	}
	chain := br.Incident.Processors
	if len(br.AgreementIDs) == 0 && len(chain) > 0 {
		for _, id := range br.RecordIDs {
			ri, ok := b.recordIdx[id]
			if !ok {
				continue
			}
			for _, p := range b.m.Records[ri].Processors {
				ai, ok := b.agreementIdx[p.AgreementID]
				if !ok || !slices.ContainsFunc(chain, func(n breach.ProcessorNotice) bool { return sameName(n.Name, p.Name) }) {
					continue
				}
				if !slices.ContainsFunc(agreements, func(f found) bool { return f.index == ai }) {
					agreements = append(agreements, found{ai, "incident.processors"})
				}
			}
		}
		if len(agreements) == 0 {
			b.rule(o, &ruleBreachProcessorUnlinked, "incident.processors")
		}
	}
	if !open {
		return
	}
	for _, f := range agreements {
		if !b.m.Agreements[f.index].Clauses[dpa.AssistanceClause] {
			b.rule(o, &ruleBreachAssistanceMissing, f.path)
		}
	}
}

// sameName reports whether two names of an organisation are the same,
// ignoring case and surrounding space.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) && strings.TrimSpace(a) != ""
}

func (b *builder) requests() {
	m := b.m
	_, requestDup := index(len(m.Requests), func(i int) string { return m.Requests[i].Request.ID })
	p := m.Policy.Rights
	for i := range m.Requests {
		rq := &m.Requests[i]
		o := &object{area: Requests, id: rq.Request.ID, index: i, inner: "request"}
		fs := p.Check(rq.Request, b.now)
		var invalid error
		if reportsInvalid(fs, "rights.invalid") {
			invalid = rq.Request.Validate()
		}
		b.invalid(o, "", rq.validate(invalid))
		b.duplicate(o, requestDup, "request.id")
		b.addAll(o, fs)
		for k, id := range rq.RecordIDs {
			if _, ok := b.recordIdx[id]; !ok && id != "" {
				b.rule(o, &ruleRecordUnknown, "recordIds["+strconv.Itoa(k)+"]")
			}
		}
	}

	// rights.Review looks ahead in working days: count those up to the
	// horizon's last day, on which every deadline falls (deadlines are
	// moved off closed days under the same policy).
	var within int
	if len(p.ClosedDays) == 0 && len(p.ClosedDates) == 0 {
		within = gdpr.WorkingDays(b.today, b.until) // constant time
	} else {
		// The authority's own closed days: a walk over the horizon, which
		// MaxHorizon bounds whatever the age of the data.
		for d := b.today.AddDays(1); !d.After(b.until); d = d.AddDays(1) {
			if p.IsWorkingDay(d) {
				within++
			}
		}
	}
	seq := func(yield func(*rights.Request) bool) {
		for i := range m.Requests {
			if !yield(&m.Requests[i].Request) {
				return
			}
		}
	}
	ov := p.ReviewSeq(seq, b.now, within)
	// Room for the requests' deadlines at once, rather than by doubling:
	// there can be tens of thousands of them.
	b.r.Overdue = slices.Grow(b.r.Overdue, len(ov.Overdue))
	b.r.Upcoming = slices.Grow(b.r.Upcoming, len(ov.DueSoon))
	for _, list := range [...][]rights.Item{ov.Overdue, ov.DueSoon} {
		for _, it := range list {
			b.due(Due{Kind: RequestAnswer, Area: Requests, ID: it.Request.ID, Index: it.Index,
				Path: elementPath(Requests.field(), it.Index, "", ""),
				Day:  it.State.Deadline.Day, Expires: it.State.Deadline.Expires})
		}
	}
	b.r.Requests = ov.Counts()
}

// finish orders what falls due and counts the findings.
func (b *builder) finish() Report {
	r := b.r
	n := 0
	for _, c := range b.findings {
		n += len(c)
	}
	r.Findings = make([]Finding, 0, n)
	for _, c := range b.findings {
		r.Findings = append(r.Findings, c...)
	}
	sortDue(r.Overdue)
	sortDue(r.Upcoming)
	slices.SortFunc(r.Rules, func(x, y RuleCount) int { return cmp.Compare(x.Rule, y.Rule) })
	for a := Area(1); int(a) <= numAreas; a++ {
		for s := gdpr.Critical; s >= gdpr.Info; s-- {
			if n := b.counts[a][s]; n > 0 {
				r.Counts = append(r.Counts, Count{Area: a, Severity: s, N: n})
			}
		}
	}
	for _, l := range [...]*[]Due{&r.Overdue, &r.Upcoming} {
		if *l == nil {
			*l = []Due{}
		}
	}
	if r.Templates == nil {
		r.Templates = []Finding{}
	}
	if r.Counts == nil {
		r.Counts = []Count{}
	}
	if r.Rules == nil {
		r.Rules = []RuleCount{}
	}
	return r
}

// sortDue sorts what falls due by compareDue. It sorts positions rather
// than the large Due values, then puts the values in place.
func sortDue(ds []Due) {
	order := make([]int32, len(ds))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int { return compareDue(&ds[i], &ds[j]) })
	sorted := make([]Due, len(ds))
	for i, j := range order {
		sorted[i] = ds[j]
	}
	copy(ds, sorted)
}
