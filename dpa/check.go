package dpa

import (
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
)

// Check returns the compliance gaps of a on the day of now in
// Europe/Copenhagen, as findings with rule ids, legal references, field
// paths and Danish and English text (see [Rules] for the catalogue). It
// checks, in this order:
//
//   - the agreement is signed (dpa.not_signed) and sets out subject
//     matter, duration, nature, purpose, data types and data subjects
//     (dpa.content_missing, art. 28(3));
//   - each clause of art. 28(3)(a)-(h) and the duty to flag unlawful
//     instructions is present (dpa.clause_missing);
//   - whether the processor uses data for its own purposes is known, and
//     if it does, on what basis (dpa.own_use_unknown,
//     dpa.own_use_basis_missing; seed 001);
//   - sub-processors are authorised, with a notice period under general
//     authorisation (dpa.authorisation_missing, dpa.notice_period_missing)
//     and each one in use is covered by the agreement
//     (dpa.sub_processor_not_covered: the processor acts outside its
//     instructions, seed 001);
//   - every place the data reaches, by any kind of access, has a known
//     country and, outside the EEA, a valid transfer basis on the day
//     (dpa.location_unknown, dpa.transfer_basis_missing,
//     dpa.adequacy_not_in_force, dpa.adequacy_out_of_scope,
//     dpa.tia_missing, dpa.tia_negative, dpa.scc_module_mismatch,
//     dpa.derogation_not_available,
//     dpa.derogation_public_powers_unstated; see [AssessTransfer]);
//   - the agreement has not expired while processing goes on
//     (dpa.agreement_expired);
//   - there is a supervision plan, the next supervision is not overdue,
//     and no follow-up action is past its due date
//     (dpa.supervision_plan_missing, dpa.supervision_overdue,
//     dpa.follow_up_overdue);
//   - each change of sub-processors respected the notice period or had
//     the controller's approval, and none took effect over a pending
//     objection made within the objection window (dpa.change_notice_short,
//     dpa.change_not_approved, dpa.change_despite_objection).
//
// An agreement whose processing ended on or before the day has no
// findings; supervision is not due before the processing starts. A
// sub-processor added by a recorded change that has taken effect is
// covered (the change's own findings say what was wrong with it). Check
// does not validate: run [Agreement.Validate] first; on invalid input it
// does not panic, and its findings are as good as the input. Whether the
// records the agreement serves process data it does not list is
// [Agreement.CheckData]'s question.
func (a Agreement) Check(now time.Time) []gdpr.Finding {
	k := checker{day: gdpr.DateOf(now)}
	k.agreement(&a)
	return k.out
}

// CheckData compares the data the records the agreement serves actually
// process (from package ropa, by [Agreement.Records]) with the data types
// the agreement lists. Each confidential, sensitive or criminal-offence
// type that is processed but not listed is a finding dpa.data_not_listed:
// the agreement must say which personal data is processed and whether it
// is confidential or sensitive, which also decides the supervision and
// measures it needs (seed 001; GDPR art. 28(3)).
func (a Agreement) CheckData(processed []gdpr.DataType) []gdpr.Finding {
	var out []gdpr.Finding
	for i, t := range processed {
		if t.Category() < gdpr.Confidential || contains(a.DataTypes, t) || contains(processed[:i], t) {
			continue
		}
		f := ruleTable[ruleDataNotListed].Finding("dataTypes")
		addDetail(&f, "Ikke nævnt: "+t.Label(daTag)+" ("+t.Category().Label(daTag)+").",
			"Not listed: "+t.Label(enTag)+" ("+t.Category().Label(enTag)+").")
		out = append(out, f)
	}
	return out
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// addDetail appends a sentence to the text of f.
func addDetail(f *gdpr.Finding, da, en string) {
	f.Text = gdpr.Text{Da: f.Text.Da + " " + da, En: f.Text.En + " " + en}
}

// checker holds the state of one check: the day, the findings so far, the
// field path of the value being checked, and the transfer judgements made
// so far, which a register check shares between agreements.
type checker struct {
	day   gdpr.Date
	out   []gdpr.Finding
	path  []byte
	cache map[judgeKey][]gdpr.Finding
}

// judgeKey is everything a transfer judgement depends on besides the day,
// which is the same for the whole check.
type judgeKey struct {
	country    gdpr.Country
	recipient  gdpr.TransferRecipient
	mechanism  Mechanism
	module     SCCModule
	derogation Derogation
	tiaDone    bool
	conclusion TIAConclusion
	public     bool
}

// judge returns the findings, without paths, of data reaching l with the
// controller's status public. Findings are shared between calls; callers
// copy them before setting a path.
func (k *checker) judge(l *Location, public bool) []gdpr.Finding {
	b := &l.Basis
	key := judgeKey{l.Country, b.Recipient, b.Mechanism, b.Module, b.Derogation, b.TIA.done(k.day), b.TIA.Conclusion, public}
	if fs, ok := k.cache[key]; ok {
		return fs
	}
	var fs []gdpr.Finding
	if !l.Country.InEEA() {
		t := gdpr.TransferToRecipient(l.Country, k.day, b.Recipient)
		_, fs = judgeTransfer(t, *b, k.day, public, !public, nil)
	}
	if k.cache == nil {
		k.cache = make(map[judgeKey][]gdpr.Finding)
	}
	k.cache[key] = fs
	return fs
}

// push appends the path segment name[i] (or name when i < 0) and returns
// the length to pop back to.
func (k *checker) push(name string, i int) int {
	mark := len(k.path)
	if mark > 0 {
		k.path = append(k.path, '.')
	}
	k.path = append(k.path, name...)
	if i >= 0 {
		k.path = append(k.path, '[')
		k.path = strconv.AppendInt(k.path, int64(i), 10)
		k.path = append(k.path, ']')
	}
	return mark
}

func (k *checker) pop(mark int) { k.path = k.path[:mark] }

// emit appends a finding of rule r at the current path joined with field,
// and returns it for details to be added before the next emit.
func (k *checker) emit(r int, field string) *gdpr.Finding {
	mark := len(k.path)
	if field != "" {
		k.push(field, -1)
	}
	k.out = append(k.out, ruleTable[r].Finding(string(k.path)))
	k.pop(mark)
	return &k.out[len(k.out)-1]
}

// contentItems are the descriptions art. 28(3) requires besides the
// clauses, with the field that holds each.
var contentItems = [...]struct {
	field string
	text  gdpr.Text
}{
	{"subjectMatter", gdpr.Text{Da: "Mangler: genstanden for behandlingen.", En: "Missing: the subject matter of the processing."}},
	{"start", gdpr.Text{Da: "Mangler: behandlingens varighed (startdato).", En: "Missing: the duration of the processing (start date)."}},
	{"end", gdpr.Text{Da: "Mangler: behandlingens varighed (slutdato, eller at aftalen er tidsubegrænset).", En: "Missing: the duration of the processing (end date, or that the agreement is indefinite)."}},
	{"nature", gdpr.Text{Da: "Mangler: behandlingens karakter.", En: "Missing: the nature of the processing."}},
	{"purpose", gdpr.Text{Da: "Mangler: formålet med behandlingen.", En: "Missing: the purpose of the processing."}},
	{"dataTypes", gdpr.Text{Da: "Mangler: typen af personoplysninger.", En: "Missing: the type of personal data."}},
	{"subjects", gdpr.Text{Da: "Mangler: kategorierne af registrerede.", En: "Missing: the categories of data subjects."}},
}

func (k *checker) agreement(a *Agreement) {
	day := k.day
	if a.ended(day) {
		return
	}
	if a.Signed.IsZero() || a.Signed.After(day) {
		k.emit(ruleNotSigned, "signed")
	}
	missing := [len(contentItems)]bool{
		blank(a.SubjectMatter), a.Start.IsZero(), a.End.IsZero() && !a.Indefinite,
		blank(a.Nature), blank(a.Purpose), len(a.DataTypes) == 0, len(a.Subjects) == 0,
	}
	for i, m := range missing {
		if m {
			f := k.emit(ruleContentMissing, contentItems[i].field)
			addDetail(f, contentItems[i].text.Da, contentItems[i].text.En)
		}
	}
	for c := Clause(1); c.Valid(); c++ {
		if !a.Clauses[c] {
			f := k.emit(ruleClauseMissing, "clauses."+c.String())
			f.Reference = gdpr.Cite(c.Reference())
			addDetail(f, "Mangler: "+c.Label(daTag)+".", "Missing: "+c.Label(enTag)+".")
		}
	}
	switch {
	case a.OwnUse.Uses == 0:
		k.emit(ruleOwnUseUnknown, "ownUse.uses")
	case a.OwnUse.Uses == Yes && (blank(a.OwnUse.Purpose) || !a.OwnUse.Basis.Valid()):
		k.emit(ruleOwnUseBasisMissing, "ownUse")
	}
	switch {
	case len(a.SubProcessors) > 0 && !a.Authorisation.Kind.Valid():
		k.emit(ruleAuthorisationMissing, "authorisation.kind")
	case a.Authorisation.Kind == GeneralAuthorisation && a.Authorisation.NoticeDays <= 0:
		k.emit(ruleNoticePeriodMissing, "authorisation.noticeDays")
	}

	// Where the processor itself has the data.
	pa := a.Controller.PublicAuthority
	if len(a.Locations) == 0 {
		k.location(&Location{Country: a.Processor.Country}, "processor.country", pa)
	}
	for i := range a.Locations {
		mark := k.push("locations", i)
		k.location(&a.Locations[i], "", pa)
		k.pop(mark)
	}
	k.subProcessors(a, a.SubProcessors, 1)

	if !a.End.IsZero() && a.End.Before(day) {
		f := k.emit(ruleExpired, "end")
		addDetail(f, "Udløbet: "+formatDate(a.End)+".", "Expired: "+formatDate(a.End)+".")
	}
	if a.started(day) {
		switch due := a.nextSupervision(day); {
		case !a.Plan.complete():
			k.emit(rulePlanMissing, "plan")
		case !due.IsZero() && due.Before(day):
			f := k.emit(ruleSupervisionOverdue, "plan")
			addDetail(f, "Tilsynet forfaldt "+formatDate(due)+".", "Supervision was due on "+formatDate(due)+".")
		}
		for i := range a.Supervisions {
			for j, act := range a.Supervisions[i].Actions {
				if act.overdue(day) {
					m := k.push("supervisions", i)
					f := k.emit(ruleFollowUpOverdue, "actions["+strconv.Itoa(j)+"]")
					k.pop(m)
					addDetail(f, "Frist: "+formatDate(act.Due)+".", "Due: "+formatDate(act.Due)+".")
				}
			}
		}
	}
	for i := range a.Changes {
		k.change(a, &a.Changes[i], i)
	}
}

func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// subProcessors checks list, the sub-processors at depth, and their
// subtrees.
func (k *checker) subProcessors(a *Agreement, list []SubProcessor, depth int) {
	pa := a.Controller.PublicAuthority
	for i := range list {
		s := &list[i]
		mark := k.push("subProcessors", i)
		if !s.Listed && !a.coveredByChange(s.ID, k.day) {
			f := k.emit(ruleNotCovered, "listed")
			addDetail(f, "Underdatabehandler: "+s.Name+".", "Sub-processor: "+s.Name+".")
		}
		if len(s.Locations) == 0 {
			k.location(&Location{Country: s.Country}, "country", pa)
		}
		for j := range s.Locations {
			m := k.push("locations", j)
			k.location(&s.Locations[j], "", pa)
			k.pop(m)
		}
		if depth < MaxDepth {
			k.subProcessors(a, s.SubProcessors, depth+1)
		}
		k.pop(mark)
	}
}

// location checks one place the data reaches. field is the path of the
// country of a place of establishment relative to the current path, or ""
// when l is an element of a Locations list at the current path; findings
// on the transfer then point at its basis.
func (k *checker) location(l *Location, field string, publicAuthority bool) {
	if l.Country.IsZero() {
		if field == "" {
			field = "country"
		}
		k.emit(ruleLocationUnknown, field)
		return
	}
	fs := k.judge(l, publicAuthority)
	if len(fs) == 0 {
		return
	}
	if field == "" {
		field = "basis"
	}
	mark := k.push(field, -1)
	path := string(k.path)
	k.pop(mark)
	for _, f := range fs {
		f.Path = path
		k.out = append(k.out, f)
	}
}

// coveredByChange reports whether a recorded change that has taken effect
// on day, and was not withdrawn or answered by terminating the agreement,
// adds the sub-processor id.
func (a Agreement) coveredByChange(id string, day gdpr.Date) bool {
	for i := range a.Changes {
		c := &a.Changes[i]
		if c.SubProcessor != id || c.Effective.IsZero() || c.Effective.After(day) {
			continue
		}
		switch c.Objection.Outcome {
		case ChangeWithdrawn, AgreementTerminated:
			continue
		}
		return true
	}
	return false
}

// objectionInTime reports whether the objection to c came within the
// agreement's objection window: ObjectionDays from the announcement, or,
// when the agreement sets none, before the change took effect. A late
// objection does not hold the change back. Days are whole calendar days,
// not moved off weekends or holidays: the windows are terms of the
// agreement, not procedural time limits.
func (a Agreement) objectionInTime(c *Change) bool {
	d := c.Objection.Date
	if d.IsZero() {
		return true // invalid input; Validate reports it
	}
	if n := a.Authorisation.ObjectionDays; a.Authorisation.Kind == GeneralAuthorisation && n > 0 {
		return !d.After(c.Announced.AddDays(n))
	}
	return d.Before(c.Effective)
}

// change checks one change of sub-processors against the agreement's
// terms (GDPR art. 28(2); rules.md §8).
func (k *checker) change(a *Agreement, c *Change, i int) {
	if c.Announced.IsZero() || c.Effective.IsZero() || !c.Announced.Valid() || !c.Effective.Valid() {
		return // invalid input; Validate reports it
	}
	mark := k.push("changes", i)
	defer k.pop(mark)
	withdrawn := c.Objection.Outcome == ChangeWithdrawn
	inEffect := !c.Effective.After(k.day) && !withdrawn
	switch a.Authorisation.Kind {
	case GeneralAuthorisation:
		// The notice must come before the change takes effect: at least
		// the agreed days, and at least one day when the agreement sets
		// none, or the controller has no opportunity to object.
		notice := max(a.Authorisation.NoticeDays, 1)
		if days := c.Effective.DaysSince(c.Announced); days < notice && !withdrawn {
			f := k.emit(ruleNoticeShort, "effective")
			n := strconv.Itoa(notice)
			d := strconv.Itoa(days)
			addDetail(f, "Varslet "+formatDate(c.Announced)+", i kraft "+formatDate(c.Effective)+": "+d+" dage; aftalen kræver "+n+".",
				"Announced "+formatDate(c.Announced)+", effective "+formatDate(c.Effective)+": "+d+" days; the agreement requires "+n+".")
		}
	case SpecificAuthorisation:
		if inEffect && (c.Approved.IsZero() || c.Approved.After(c.Effective)) {
			k.emit(ruleChangeNotApproved, "approved")
		}
	}
	if inEffect && c.Objection.Outcome == ObjectionPending && a.objectionInTime(c) {
		k.emit(ruleChangeObjected, "objection.outcome")
	}
}
