package ropa

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
)

// Check returns the record's compliance gaps at the instant now (the day
// is taken in Europe/Copenhagen), as findings with rule id, severity, legal
// reference, field path and Danish and English text. See [Rules] for every
// rule. It checks:
//
//   - the mandatory content of GDPR art. 30(1): controller and DPO contact,
//     purposes, categories of data subjects and of data, security measures;
//   - an erasure time limit for every data type (art. 30(1)(f)), each with
//     what starts it;
//   - the legal bases with [gdpr.CheckBases]: an art. 6(1) basis for each
//     purpose; for the record's data, an art. 9(2) condition for sensitive
//     data, art. 10 / databeskyttelsesloven § 8 for criminal offences and
//     § 11 for CPR numbers;
//   - consent where the purpose is also a legal obligation, a public task or
//     special legislation (Datatilsynet's guidance on consent);
//   - confidential or sensitive data sent over the internet unencrypted
//     (Datatilsynet's guidance on encryption);
//   - transfers: a third country or an international organisation without
//     adequacy and without a safeguard, a derogation a public authority
//     cannot use (art. 49(3)), an art. 46 tool without a transfer impact
//     assessment, and a processor or recipient outside the EEA with no
//     transfer recorded;
//   - reconciliation with the data processing agreements, when their
//     reaches are given (package dpa's Agreement.Reaches): every country
//     or international organisation outside the EEA that a processor or
//     sub-processor reaches the data from, read access included, is among
//     the transfers (art. 30(1)(e), 44), and the processor of every
//     agreement that lists the record is named (art. 30(1)(d), 4(9)). A
//     reach concerns the record when its agreement lists the record's id
//     or one of the record's processors names the agreement; the others
//     are ignored, so the caller may pass every reach it has;
//   - a processor without a reference to its agreement, a disclosure
//     without a legal basis;
//   - the annual review ("årshjul", GDPR art. 24(1)): never reviewed, or
//     overdue at now; no owner; no risk assessment;
//   - KLE numbers: none, or only whole main groups (records per
//     fine-grained KLE area, art. 30(1)(b), 5(2));
//   - data collected beyond what is necessary (art. 5(1)(c); the municipal
//     DPIA template, question 5.2).
//
// Review findings are not raised for an ended record. A malformed value
// (what [Record.Validate] reports) is a finding ropa.invalid at its path,
// one per problem, before the others; the other findings are then as good
// as the input. The findings come in a stable order, and a record without
// findings gives an empty, non-nil slice.
func (r Record) Check(now time.Time, reach ...gdpr.Reach) []gdpr.Finding {
	out := []gdpr.Finding{}
	s := sink{out: &out, record: -1}
	var ps gdpr.Problems
	r.validate(&ps, nil, nil)
	s.invalid(ps)
	r.check(&s, gdpr.DateOf(now))
	r.checkReach(&s, reach)
	return out
}

// sink collects findings, their paths prefixed with prefix, or with
// "records[n]" when record is n >= 0. It builds a path only for a finding,
// in one allocation, so a clean record costs none.
type sink struct {
	out    *[]gdpr.Finding
	prefix string
	record int

	// transfers caches the status of a transfer and the text of
	// ruleTransferUnsafeguarded with its explanation, by destination,
	// recipient facts and day: a register has many records with the same
	// cloud provider.
	transfers map[transferKey]*transferVerdict

	// overdue caches the text of ruleReviewOverdue by the day the review
	// was due: a register's records are reviewed in a few rounds.
	overdue map[gdpr.Date]gdpr.Text
}

type transferKey struct {
	country gdpr.Country
	org     gdpr.InternationalOrganisation
	facts   gdpr.TransferRecipient
	day     gdpr.Date
}

// transferVerdict is the status of a transfer and, once asked for, the
// text of ruleTransferUnsafeguarded for it.
type transferVerdict struct {
	status  gdpr.Transfer
	text    gdpr.Text
	hasText bool
}

// transferStatus returns the status of t on the day today.
func (s *sink) transferStatus(t *Transfer, today gdpr.Date) *transferVerdict {
	key := transferKey{t.Country, t.Organisation, t.RecipientFacts, today}
	if v, ok := s.transfers[key]; ok {
		return v
	}
	v := &transferVerdict{status: t.status(today)}
	if s.transfers == nil {
		s.transfers = make(map[transferKey]*transferVerdict)
	}
	s.transfers[key] = v
	return v
}

// unsafeguardedText returns the rule's text followed by the explanation
// of the transfer's status.
func (s *sink) unsafeguardedText(v *transferVerdict) gdpr.Text {
	if !v.hasText {
		v.text = ruleTransferUnsafeguarded.Text
		if why := v.status.Explanation(); why.Da != "" {
			v.text.Da += " " + why.Da
			v.text.En += " " + why.En
		}
		v.hasText = true
	}
	return v.text
}

// overdueText returns the text of ruleReviewOverdue with the day the
// review was due.
func (s *sink) overdueText(due gdpr.Date) gdpr.Text {
	if t, ok := s.overdue[due]; ok {
		return t
	}
	day := due.String()
	t := ruleReviewOverdue.Text
	t.Da += " Den skulle være gennemgået senest " + day + "."
	t.En += " It was due for review by " + day + "."
	if s.overdue == nil {
		s.overdue = make(map[gdpr.Date]gdpr.Text)
	}
	s.overdue[due] = t
	return t
}

// appendBase appends the prefix of the paths to b: "records[n]" or
// prefix.
func (s *sink) appendBase(b []byte) []byte {
	if s.record < 0 {
		return append(b, s.prefix...)
	}
	b = append(b, "records["...)
	b = strconv.AppendInt(b, int64(s.record), 10)
	return append(b, ']')
}

// full returns path with the sink's prefix, joined as gdpr.JoinPath joins
// them, in at most one allocation.
func (s *sink) full(path string) string {
	if s.record < 0 {
		return gdpr.JoinPath(s.prefix, path)
	}
	var buf [96]byte
	b := s.appendBase(buf[:0])
	if path != "" && path[0] != '[' {
		b = append(b, '.')
	}
	return string(append(b, path...))
}

// elem returns the path name[i]suffix, or name[i]suffix[j] when j >= 0,
// with the sink's prefix, in one allocation.
func (s *sink) elem(name string, i int, suffix string, j int) string {
	var buf [96]byte
	b := s.appendBase(buf[:0])
	if len(b) > 0 {
		b = append(b, '.')
	}
	b = append(b, name...)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, ']')
	b = append(b, suffix...)
	if j >= 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(j), 10)
		b = append(b, ']')
	}
	return string(b)
}

// add appends a finding of rule at path.
func (s *sink) add(rule *gdpr.Rule, path string) { s.addFinding(rule.Finding(path)) }

// addAt appends a finding of rule at name[i]suffix.
func (s *sink) addAt(rule *gdpr.Rule, name string, i int, suffix string) {
	s.addAt2(rule, name, i, suffix, -1)
}

// addAt2 appends a finding of rule at name[i]suffix[j].
func (s *sink) addAt2(rule *gdpr.Rule, name string, i int, suffix string, j int) {
	f := rule.Finding("")
	f.Path = s.elem(name, i, suffix, j)
	*s.out = append(*s.out, f)
}

// invalid appends a finding ropa.invalid for each problem of ps.
func (s *sink) invalid(ps gdpr.Problems) {
	for _, p := range ps {
		s.add(&ruleInvalid, p.Path)
	}
}

// addFinding appends f, prefixing its path.
func (s *sink) addFinding(f gdpr.Finding) {
	f.Path = s.full(f.Path)
	*s.out = append(*s.out, f)
}

// check appends the record's findings to s.
func (r *Record) check(s *sink, today gdpr.Date) {
	// Art. 30(1)(a).
	if blank(r.Controller.Name) || !r.Controller.hasContact() {
		s.add(&ruleControllerMissing, "controller")
	}
	if !r.DPO.hasContact() {
		s.add(&ruleDPOMissing, "dpo")
	}
	for i := range r.JointControllers {
		if p := &r.JointControllers[i]; blank(p.Name) || !p.hasContact() {
			s.addAt(&ruleJointControllerContactMissing, "jointControllers", i, "")
		}
	}
	if !r.Representative.IsZero() && (blank(r.Representative.Name) || !r.Representative.hasContact()) {
		s.add(&ruleRepresentativeContactMissing, "representative")
	}

	// Art. 30(1)(b) and the legal bases (gdpr.CheckBases): an art. 6 basis
	// for each purpose, the other conditions over all purposes.
	var typeBuf [5]gdpr.DataType
	types, highest := r.basisTypes(&typeBuf)
	if len(r.Purposes) == 0 {
		s.add(&rulePurposeMissing, "purposes")
	}
	var basisBuf [16]gdpr.LegalBasis
	bases := basisBuf[:0]
	for i := range r.Purposes {
		p := &r.Purposes[i]
		bases = append(bases, p.LegalBases...)
		if len(types) > 0 && !slices.ContainsFunc(p.LegalBases, gdpr.LegalBasis.Article6) {
			s.addAt(&ruleArt6Missing, "purposes", i, ".legalBases")
		}
		switch {
		case p.BasesPooled:
			s.addAt(&rulePurposeBasesPooled, "purposes", i, ".legalBases")
		case consentWithOtherBasis(p.LegalBases):
			s.addAt(&ruleConsentWithOtherBasis, "purposes", i, ".legalBases")
		}
	}
	for _, f := range gdpr.CheckBases("purposes", types, bases) {
		if f.Rule != ruleArt6Missing.ID {
			s.addFinding(f)
		}
	}
	if r.BeyondNecessary == gdpr.Yes {
		s.add(&ruleDataMinimisation, "beyondNecessary")
	}

	// Art. 30(1)(c).
	if len(r.Subjects) == 0 {
		s.add(&ruleSubjectsMissing, "subjects")
	}
	for i := range r.Subjects {
		if len(r.Subjects[i].DataTypes) == 0 {
			s.addAt(&ruleDataTypesMissing, "subjects", i, ".dataTypes")
		}
	}

	// Art. 30(1)(f).
	r.checkRetention(s)

	// Art. 30(1)(g) and encryption in transit.
	if blank(r.Security) {
		s.add(&ruleSecurityMissing, "security")
	}
	if len(r.Channels) > 0 && highest.NeedsEncryptionInTransit() {
		for i, c := range r.Channels {
			if c.Kind.Internet() && !c.Encrypted && !c.Kind.EncryptedByDesign() {
				s.addAt(&ruleUnencryptedChannel, "channels", i, ".encrypted")
			}
		}
	}

	// Art. 30(1)(d), (e); chapter V.
	if len(r.Recipients) == 0 && !r.NoRecipients {
		s.add(&ruleRecipientsUnstated, "recipients")
	}
	if len(r.Transfers) == 0 && !r.NoTransfers {
		s.add(&ruleTransfersUnstated, "transfers")
	}
	r.checkTransfers(s, today)
	for i := range r.Recipients {
		if len(r.Recipients[i].LegalBases) == 0 {
			s.addAt(&ruleDisclosureBasisMissing, "recipients", i, ".legalBases")
		}
	}
	for i := range r.Processors {
		if p := &r.Processors[i]; p.Under == "" && blank(p.AgreementID) {
			s.addAt(&ruleProcessorAgreementMissing, "processors", i, ".agreementId")
		}
	}

	// The annual cycle (GDPR art. 24(1)).
	if r.Status != Ended {
		interval := r.ReviewInterval
		if interval.IsZero() {
			interval = DefaultReviewInterval()
		}
		switch {
		case r.LastReview.IsZero():
			s.add(&ruleReviewMissing, "lastReview")
		case r.LastReview.Valid() && interval.Valid():
			if next := interval.End(r.LastReview); today.After(next) {
				f := ruleReviewOverdue.Finding("lastReview")
				f.Text = s.overdueText(next)
				s.addFinding(f)
			}
		}
	}
	if blankPersonal(r.Owner) {
		s.add(&ruleOwnerMissing, "owner")
	}
	if blank(r.RiskAssessmentID) {
		s.add(&ruleRiskAssessmentMissing, "riskAssessmentId")
	}

	// KLE (local policy).
	var anyKLE, finer bool
	for i := range r.Purposes {
		for _, k := range r.Purposes[i].KLE {
			if k.IsZero() {
				continue
			}
			anyKLE = true
			if k.Level() != gdpr.KLEMainGroup {
				finer = true
			}
		}
	}
	switch {
	case !anyKLE:
		s.add(&ruleKLEMissing, "purposes")
	case !finer:
		s.add(&ruleKLECoarse, "purposes")
	}
}

// ruleArt6Missing is gdpr's rule that a processing needs an art. 6(1)
// basis, which Check applies to each purpose: the one finding
// gdpr.CheckBases gives for ordinary data without any basis. Read-only.
var ruleArt6Missing = func() gdpr.Rule {
	var r gdpr.Rule
	for _, f := range gdpr.CheckBases("", []gdpr.DataType{gdpr.PersonName}, nil) {
		r = gdpr.Rule{ID: f.Rule, Severity: f.Severity, Reference: f.Reference, Text: f.Text}
	}
	return r
}()

// basisTypes returns, in buf, the record's data types that decide what
// gdpr.CheckBases asks for: the first data type, the first sensitive and
// the first criminal-offence type, and the CPR number, each if present.
// CheckBases looks at nothing else, and this needs no allocation. It also
// returns the record's highest category ([Record.HighestCategory]), from
// the same look-ups.
func (r *Record) basisTypes(buf *[5]gdpr.DataType) ([]gdpr.DataType, gdpr.DataCategory) {
	out := buf[:0]
	var highest gdpr.DataCategory
	var sensitive, criminal, cpr bool
	for i := range r.Subjects {
		for _, t := range r.Subjects[i].DataTypes {
			if t == "" {
				continue
			}
			if len(out) == 0 {
				out = append(out, t)
			}
			c := t.Category()
			highest = max(highest, c)
			switch {
			case c == gdpr.Sensitive && !sensitive:
				sensitive = true
				out = append(out, t)
			case c == gdpr.Criminal && !criminal:
				criminal = true
				out = append(out, t)
			case t == gdpr.CPRNumber && !cpr:
				cpr = true
				out = append(out, t)
			}
		}
	}
	return out, highest
}

// hasContact reports whether p has a way to be contacted.
func (p *Party) hasContact() bool {
	return !blank(p.Address) || !blankPersonal(p.Email) || !blankPersonal(p.Phone)
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// blankPersonal reports whether p is empty or white space; only a text
// that is not empty is unmasked.
func blankPersonal(p gdpr.Personal) bool { return p.Blank() }

// consentWithOtherBasis reports consent next to a legal obligation, a
// public task or special legislation (Datatilsynet's guidance on consent).
func consentWithOtherBasis(bases []gdpr.LegalBasis) bool {
	var consent, other bool
	for _, b := range bases {
		if b.IsConsent() {
			consent = true
		}
		if _, law := b.Law(); law || b == gdpr.Art6LegalObligation || b == gdpr.Art6PublicTask {
			other = true
		}
	}
	return consent && other
}

func (r *Record) checkRetention(s *sink) {
	def := -1 // the default entry
	for i := range r.Retention {
		e := &r.Retention[i]
		if len(e.DataTypes) == 0 && def < 0 {
			def = i
		}
		if e.Period.Valid() && e.Trigger == 0 {
			s.addAt(&ruleRetentionIncomplete, "retention", i, ".trigger")
		}
	}
	// Each data type is judged where it first appears: a long list of
	// types is put in a set, a short one is searched in place.
	var seen *uniq[gdpr.DataType]
	if r.dataTypeCount() > uniqScanMax {
		seen = &uniq[gdpr.DataType]{}
	}
	lookup := r.retentionIndexer()
	for i := range r.Subjects {
		for j, t := range r.Subjects[i].DataTypes {
			if t == "" || seen != nil && !seen.add(t) || seen == nil && r.typeBefore(t, i, j) {
				continue
			}
			k := lookup.find(t)
			if k < 0 {
				k = def
			}
			if k < 0 || !r.Retention[k].Period.Valid() {
				s.addAt2(&ruleRetentionMissing, "subjects", i, ".dataTypes", j)
			}
		}
	}
}

// dataTypeCount returns the number of data types over all categories of
// data subjects.
func (r *Record) dataTypeCount() int {
	n := 0
	for i := range r.Subjects {
		n += len(r.Subjects[i].DataTypes)
	}
	return n
}

// typeBefore reports whether t is listed before the data type j of the
// category of data subjects i.
func (r *Record) typeBefore(t gdpr.DataType, i, j int) bool {
	for k := range r.Subjects[:i] {
		if slices.Contains(r.Subjects[k].DataTypes, t) {
			return true
		}
	}
	return slices.Contains(r.Subjects[i].DataTypes[:j], t)
}

// destination is a country or an international organisation.
type destination struct {
	country gdpr.Country
	org     gdpr.InternationalOrganisation
}

func (r *Record) checkTransfers(s *sink, today gdpr.Date) {
	recorded := r.transferIndex()
	for i := range r.Transfers {
		t := &r.Transfers[i]
		if t.Country.IsZero() && t.Organisation == 0 {
			continue
		}
		verdict := s.transferStatus(t, today)
		if !verdict.status.NeedsTransferTool() {
			continue
		}
		switch {
		case t.Safeguard == 0:
			f := ruleTransferUnsafeguarded.Finding(s.elem("transfers", i, ".safeguard", -1))
			f.Text = s.unsafeguardedText(verdict)
			*s.out = append(*s.out, f)
		case t.Safeguard.ExcludedForPublicAuthorities() && r.PublicPowers == gdpr.Yes:
			s.addAt(&ruleTransferDerogation, "transfers", i, ".safeguard")
		case t.Safeguard.ExcludedForPublicAuthorities() && r.PublicPowers == 0:
			s.addAt(&ruleDerogationPowersUnstated, "transfers", i, ".safeguard")
		case t.Safeguard.Article46() && blank(t.TIA):
			s.addAt(&ruleTransferTIAMissing, "transfers", i, ".tia")
		}
		if t.Safeguard == DerogationCompellingInterests && blank(t.SuitableSafeguards) {
			s.addAt(&ruleSuitableSafeguardsMissing, "transfers", i, ".suitableSafeguards")
		}
	}
	for i := range r.Processors {
		for j, c := range r.Processors[i].Countries {
			if !c.IsZero() && !recorded.has(destination{country: c}) && !c.InEEA() {
				s.addAt2(&ruleTransferNotRecorded, "processors", i, ".countries", j)
			}
		}
		for j, o := range r.Processors[i].Organisations {
			if o != 0 && !recorded.has(destination{org: o}) {
				s.addAt2(&ruleTransferNotRecorded, "processors", i, ".organisations", j)
			}
		}
	}
	for i := range r.Recipients {
		x := &r.Recipients[i]
		switch {
		case x.Organisation != 0 && !recorded.has(destination{org: x.Organisation}):
			s.addAt(&ruleTransferNotRecorded, "recipients", i, ".organisation")
		case !x.Country.IsZero() && !x.Country.InEEA() && !recorded.has(destination{country: x.Country}):
			s.addAt(&ruleTransferNotRecorded, "recipients", i, ".country")
		}
	}
}

// transferIndex returns a test of whether the record lists a transfer to
// a destination; a long list is put in a set first.
func (r *Record) transferIndex() transferSet {
	x := transferSet{r: r}
	if len(r.Transfers) > uniqScanMax {
		x.many = &uniq[destination]{}
		for i := range r.Transfers {
			x.many.add(destination{r.Transfers[i].Country, r.Transfers[i].Organisation})
		}
	}
	return x
}

// transferSet tells whether a record lists a transfer to a destination.
type transferSet struct {
	r    *Record
	many *uniq[destination] // nil for a short list, searched in place
}

// has reports whether the record lists a transfer to d.
func (x transferSet) has(d destination) bool {
	if x.many != nil {
		return x.many.has(d)
	}
	for i := range x.r.Transfers {
		if x.r.Transfers[i].Country == d.country && x.r.Transfers[i].Organisation == d.org {
			return true
		}
	}
	return false
}

// servedBy reports whether the reach x concerns the record: the agreement
// lists the record, or the record names the agreement for a processor.
func (r *Record) servedBy(x *gdpr.Reach) bool {
	return slices.Contains(x.Records, r.ID) || r.namesAgreement(x.Agreement)
}

// namesAgreement reports whether one of the record's processors refers to
// the agreement id.
func (r *Record) namesAgreement(id string) bool {
	if id == "" {
		return false
	}
	for i := range r.Processors {
		if r.Processors[i].AgreementID == id {
			return true
		}
	}
	return false
}

// checkReach compares the record with the places its processors and
// sub-processors reach its data from, as their agreements record them
// (GDPR art. 30(1)(d), (e), 44): each transfer among them that the record
// does not list, and each agreement that lists the record whose processor
// the record does not name. Only the reaches that concern the record
// count.
func (r *Record) checkReach(s *sink, reach []gdpr.Reach) {
	if len(reach) == 0 {
		return
	}
	recorded := r.transferIndex()
	type seenKey struct {
		agreement, sub string
		dest           destination
	}
	var seen []seenKey
	var unnamed []string // agreements whose processor the record does not name
	for i := range reach {
		x := &reach[i]
		if !r.servedBy(x) {
			continue
		}
		if !r.namesAgreement(x.Agreement) && !slices.Contains(unnamed, x.Agreement) {
			unnamed = append(unnamed, x.Agreement)
			f := ruleAgreementProcessorNotRecorded.Finding("processors")
			processor := ""
			if len(x.Path) > 0 {
				processor = x.Path[0]
			}
			f.Text.Da += " Fortegnelse " + r.ID + ", aftale " + x.Agreement + ", databehandler " + processor + "."
			f.Text.En += " Record " + r.ID + ", agreement " + x.Agreement + ", processor " + processor + "."
			s.addFinding(f)
		}
		d := destination{x.Country, x.Organisation}
		if !x.Transfer() || recorded.has(d) {
			continue
		}
		key := seenKey{x.Agreement, x.SubProcessor, d}
		if slices.Contains(seen, key) {
			continue
		}
		seen = append(seen, key)
		f := ruleAgreementTransferNotRecorded.Finding("transfers")
		where := x.Destination()
		chain := strings.Join(x.Path, " › ")
		role := gdpr.Text{Da: "underdatabehandler", En: "sub-processor"}
		if x.SubProcessor == "" {
			role = gdpr.Text{Da: "databehandler", En: "processor"}
		}
		f.Text.Da += " Fortegnelse " + r.ID + ", aftale " + x.Agreement + ": " + role.Da + " " + x.Party() +
			" (" + chain + ") har adgang til oplysningerne fra " + where.Da + "."
		f.Text.En += " Record " + r.ID + ", agreement " + x.Agreement + ": " + role.En + " " + x.Party() +
			" (" + chain + ") reaches the data from " + where.En + "."
		s.addFinding(f)
	}
}
