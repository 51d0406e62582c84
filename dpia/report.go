package dpia

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// ReportOptions set up a report of an assessment.
type ReportOptions struct {
	// Lang is the language of the report: Danish (the template's wording)
	// unless English.
	Lang language.Tag
	// Agreements are the data processing agreements the assessment refers
	// to, for sections 7.1-7.4 (processors, sub-processors, supervision and
	// transfers); the report lists what it finds in them.
	Agreements []dpa.Agreement
	// Now, when not zero, adds a last section with the findings of
	// [Assessment.Check] at that instant. The zero value leaves it out, so
	// that the report of a decided assessment does not change with the day
	// it is printed.
	Now time.Time
	// Policy is the authority's policy the decisions apply; the zero
	// Policy is the default. The report states the reading of the
	// measures before the start it applies. An invalid policy is an error.
	Policy Policy
}

// WriteMarkdown writes the whole assessment as Markdown (CommonMark with
// tables) in the template's order and wording: every section and every
// question, answered or not. Everything user-entered is escaped, so it
// cannot add headings, links or HTML. The output is the same for the same
// input. An assessment that does not validate is an error (as from
// [Assessment.Validate]) and nothing is written.
func (a Assessment) WriteMarkdown(w io.Writer, o ReportOptions) error {
	d, err := a.document(o)
	if err != nil {
		return err
	}
	_, err = w.Write(d.markdown())
	return err
}

// WriteHTML writes the whole assessment as one self-contained HTML document
// in the template's order and wording: inline CSS that prints cleanly on A4,
// the risk heat map as inline SVG, no scripts and no external resources (a
// Content-Security-Policy forbids them), so a municipality can journalise the
// file as it is. Everything user-entered is escaped. The output is the same
// for the same input. An assessment that does not validate is an error and
// nothing is written.
func (a Assessment) WriteHTML(w io.Writer, o ReportOptions) error {
	d, err := a.document(o)
	if err != nil {
		return err
	}
	_, err = w.Write(d.html())
	return err
}

// The report is built once as a list of blocks, and written as Markdown or
// HTML from them, so both have the same content in the same order. Text in
// blocks is plain text; the writers escape it.

type blockKind uint8

const (
	bHeading blockKind = iota + 1
	bPara
	bTable
	bList
	bHeatMap
)

type block struct {
	kind  blockKind
	level int    // heading level
	id    string // heading anchor
	text  string // heading and paragraph text; may hold line breaks
	note  bool   // a paragraph that is a template's instruction or the library's note
	table *table
	items []string // list items
	svg   []byte   // heat map as SVG
	plain string   // heat map as text
}

type table struct {
	head    []string
	rows    []row
	numeric []bool // right-aligned columns
	// widths, when set, are the columns' shares of the page width in
	// percent, for a table too wide to size itself: the HTML lays it out
	// fixed to the page's width.
	widths []int
}

type row struct {
	cells []string
	group bool // a heading row spanning the table
	span  bool // the second cell spans the rest of the row
}

type document struct {
	lang   language.Tag
	title  string
	blocks []block
}

// builder adds blocks in the language of the report.
type builder struct {
	d   *document
	tag language.Tag
}

func (b *builder) tr(da, en string) string { return gdpr.Text{Da: da, En: en}.In(b.tag) }

// number formats a whole number as Danish writes it, with a full stop
// between thousands ("250.000"), or English, with a comma ("250,000").
func (b *builder) number(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := b.tr(".", ",")
	var out strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out.WriteString(sep)
		}
		out.WriteRune(c)
	}
	if neg {
		return "-" + out.String()
	}
	return out.String()
}

// decimal formats a number with two decimals as Danish writes it, with a
// decimal comma ("7,83"), or English, with a point ("7.83").
func (b *builder) decimal(d decimal.Decimal) string {
	s := d.StringFixed(2)
	whole, frac, _ := strings.Cut(s, ".")
	n, err := strconv.Atoi(whole)
	if err != nil {
		return s
	}
	w := b.number(n)
	if n == 0 && strings.HasPrefix(whole, "-") {
		w = "-0"
	}
	return w + b.tr(",", ".") + frac
}

func (b *builder) h(level int, id, text string) {
	b.d.blocks = append(b.d.blocks, block{kind: bHeading, level: level, id: id, text: text})
}

func (b *builder) p(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	b.d.blocks = append(b.d.blocks, block{kind: bPara, text: text})
}

func (b *builder) note(text string) {
	b.d.blocks = append(b.d.blocks, block{kind: bPara, text: text, note: true})
}

// pOr writes text, or a note that nothing is filled in.
func (b *builder) pOr(text string) {
	if strings.TrimSpace(text) == "" {
		b.note(b.empty())
		return
	}
	b.p(text)
}

func (b *builder) empty() string { return b.tr("Ikke udfyldt.", "Not filled in.") }

func (b *builder) list(items []string) {
	if len(items) > 0 {
		b.d.blocks = append(b.d.blocks, block{kind: bList, items: items})
	}
}

func (b *builder) table(t *table) { b.d.blocks = append(b.d.blocks, block{kind: bTable, table: t}) }

// document builds the report.
func (a *Assessment) document(o ReportOptions) (*document, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if err := o.Policy.Validate(); err != nil {
		return nil, err
	}
	tag := language.Danish
	if gdpr.English(o.Lang) {
		tag = language.English
	}
	d := &document{lang: tag}
	b := &builder{d: d, tag: tag}
	d.title = b.tr("Konsekvensanalyse af ", "Data protection impact assessment of ") + a.title()
	decisions := o.Policy.decide(a)
	agreements := a.referredAgreements(o.Agreements)

	a.front(b)
	a.screeningSection(b)
	a.summarySection(b, &decisions)
	a.introduction(b)
	a.scopeSection(b)
	a.processingSection(b, agreements)
	a.risksSection(b, &decisions, &o.Policy)
	a.planSection(b)
	a.lawfulnessSection(b)
	a.viewsSection(b)
	a.consultationSection(b, &decisions)
	a.monitoringSection(b, &decisions)
	a.dpoSection(b)
	b.h(2, "konklusion", b.tr("Konklusion", "Conclusion"))
	b.pOr(a.Conclusion)
	a.approvalSection(b, &decisions, &o.Policy)
	a.annexSection(b)
	if !o.Now.IsZero() {
		a.findingsSection(b, o)
	}
	return d, nil
}

// referredAgreements returns the agreements given that the assessment
// refers to, in the order referred to.
func (a *Assessment) referredAgreements(given []dpa.Agreement) []*dpa.Agreement {
	var ids []string
	if a.Record != nil {
		ids = a.Record.AgreementIDs()
	}
	for _, id := range a.AgreementIDs {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	var out []*dpa.Agreement
	for _, id := range ids {
		for i := range given {
			if given[i].ID == id {
				out = append(out, &given[i])
				break
			}
		}
	}
	return out
}

func (a *Assessment) front(b *builder) {
	b.h(1, "top", b.d.title)
	t := &table{head: []string{b.tr("Identifikation", "Identification"), ""}}
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			t.rows = append(t.rows, row{cells: []string{k, v}})
		}
	}
	add(b.tr("Konsekvensanalyse (ID)", "Impact assessment (ID)"), a.ID)
	rec := a.RecordID
	if a.Record != nil && a.Record.Name != "" {
		rec = a.Record.Name + " (" + a.RecordID + ")"
	}
	add(b.tr("Fortegnelse over behandlingen", "Record of processing"), rec)
	controller := a.Controller
	if controller == "" && a.Record != nil {
		controller = a.Record.Controller.Name
	}
	add(b.tr("Dataansvarlig", "Controller"), controller)
	add(b.tr("Status", "Status"), a.status().Label(b.tag))
	if n := len(a.Revisions); n > 0 {
		add(b.tr("Version", "Version"), a.Revisions[n-1].Version+" ("+a.Revisions[n-1].Date.String()+")")
	}
	b.table(t)
	b.h(3, "revisionshistorik", b.tr("Revisionshistorik", "Revision history"))
	if len(a.Revisions) == 0 {
		b.note(b.tr("Ingen revisioner registreret.", "No revisions recorded."))
		return
	}
	rt := &table{head: []string{b.tr("Version", "Version"), b.tr("Dato", "Date"), b.tr("Udarbejdet af", "Author"), b.tr("Ændringer", "Changes")}}
	for _, r := range a.Revisions {
		rt.rows = append(rt.rows, row{cells: []string{r.Version, r.Date.String(), r.Author.Reveal(), r.Changes}})
	}
	b.table(rt)
}

func (a *Assessment) screeningSection(b *builder) {
	b.h(2, "screening", b.tr("Behovet for udarbejdelse af konsekvensanalyser", "The need for an impact assessment"))
	// The template's introduction, word for word: the criteria are not
	// exhaustive, and two or more met is a presumption, not a rule.
	b.note(b.tr("Ifølge General Data Protection Regulation (databeskyttelsesforordningen) (”GDPR”) artikel 35 skal der gennemføres en konsekvensanalyse vedrørende databeskyttelse, når en aktivitet, der involverer behandling af personoplysninger, sandsynligvis vil indebære en høj risiko for fysiske personers rettigheder og frihedsrettigheder.",
		"Under article 35 of the General Data Protection Regulation (\"GDPR\") a data protection impact assessment must be carried out where an activity that involves the processing of personal data is likely to result in a high risk to the rights and freedoms of natural persons."))
	b.note(b.tr("Når det skal vurderes, om en konsekvensanalyse skal gennemføres, kan nedenstående ni kriterier ifølge Artikel 29-Gruppen og Databeskyttelsesrådet overvejes med henblik på at vurdere, om en behandlingsaktivitet sandsynligvis indebærer en høj risiko. Disse kriterier er ikke udtømmende, og andre momenter kan indgå i vurderingen. Ifølge databeskyttelsesmyndighederne kan en dataansvarlig dog i langt de fleste tilfælde gå ud fra, at en behandling, der opfylder to kriterier eller mere i nedenstående skema, skal underlægges en forudgående konsekvensanalyse.",
		"When judging whether an impact assessment must be carried out, the nine criteria below, from the Article 29 Working Party and the European Data Protection Board, can be considered to judge whether a processing activity is likely to result in a high risk. These criteria are not exhaustive, and other factors can be part of the assessment. According to the data protection authorities, a controller can, however, in most cases presume that a processing that meets two or more criteria in the table below must be subject to a prior impact assessment."))
	s := a.Screening
	if s == nil {
		b.note(b.tr("Screeningen er ikke gennemført.", "The screening has not been carried out."))
		return
	}
	t := &table{head: []string{"#", b.tr("Kriterier", "Criteria"), b.tr("Er kriteriet opfyldt?", "Is the criterion met?"), b.tr("Begrundelse", "Justification")}, numeric: []bool{true}}
	for _, c := range s.Criteria() {
		ans, just := b.tr("Ikke besvaret", "Not answered"), ""
		if x, ok := s.Answer(c); ok {
			ans, just = x.Answer.Label(b.tag), x.Justification.Reveal()
			if x.Suggested {
				ans += b.tr(" (forslag, ikke bekræftet)", " (suggested, not confirmed)")
			}
		}
		t.rows = append(t.rows, row{cells: []string{strconv.Itoa(c.Number()), c.Label(b.tag) + "\n" + c.Help(b.tag), ans, just}})
	}
	b.table(t)
	if len(s.Triggers) > 0 {
		tt := &table{head: []string{b.tr("Tilfælde, hvor en konsekvensanalyse altid kræves", "Cases that always require an impact assessment"), b.tr("Svar", "Answer"), b.tr("Begrundelse", "Justification")}}
		for _, x := range s.Triggers {
			tt.rows = append(tt.rows, row{cells: []string{x.Trigger.Label(b.tag) + " (" + x.Trigger.Reference().In(b.tag) + ")", x.Answer.Label(b.tag), x.Justification.Reveal()}})
		}
		b.table(tt)
	}
	b.h(3, "screening-konklusion", b.tr("Konklusion", "Conclusion"))
	r, err := screening.Assess(*s)
	if err != nil {
		b.note(b.tr("Screeningen er ikke fuldstændig, så den kan ikke konkluderes.", "The screening is not complete, so it cannot conclude."))
		return
	}
	b.p(r.Conclusion.In(b.tag))
	items := []string{b.tr("Resultat: ", "Outcome: ") + r.Outcome.Label(b.tag) + " (" + r.RuleSet.String() + ")"}
	for _, x := range r.Reasons {
		items = append(items, x.Text.In(b.tag)+" ("+x.Reference.In(b.tag)+")")
	}
	if s.Decision.Valid() {
		items = append(items, b.tr("Beslutning: ", "Decision: ")+s.Decision.Label(b.tag))
	}
	if !s.DecisionReason.IsZero() {
		items = append(items, b.tr("Begrundelse for beslutningen: ", "Reasons for the decision: ")+s.DecisionReason.Reveal())
	}
	b.list(items)
}

// answerLabel prints an answer, or that there is none.
func (b *builder) answerLabel(a Answer) string {
	if a == 0 {
		return b.tr("Ikke besvaret", "Not answered")
	}
	return a.Label(b.tag)
}

func (a *Assessment) summarySection(b *builder, d *Decisions) {
	b.h(2, "sammenfatning", b.tr("Sammenfatning af konsekvensanalysen", "Summary of the impact assessment"))
	t := &table{head: []string{"#", b.tr("Væsentligste spørgsmål i konsekvensanalysen", "Key questions of the impact assessment"), b.tr("Svar", "Answer"), b.tr("Begrundelse / uddybning", "Reasons / elaboration")}, numeric: []bool{true}}
	for _, k := range d.KeyAnswers {
		var why []string
		for _, r := range k.Reasons {
			why = append(why, r.Text.In(b.tag))
		}
		if k.Note != "" {
			why = append(why, k.Note)
		}
		t.rows = append(t.rows, row{cells: []string{strconv.Itoa(int(k.Question)), k.Question.Label(b.tag), b.answerLabel(k.Answer), strings.Join(why, "\n")}})
	}
	b.table(t)
}

func (a *Assessment) introduction(b *builder) {
	b.h(2, "indledning", b.tr("Indledning", "Introduction"))
	b.h(3, "formaal", b.tr("Formål", "Purpose"))
	b.note(b.tr("Overholdelse af GDPR. En konsekvensanalyse vedrørende databeskyttelse indeholder en vurdering af konsekvenser for personers privatliv, rettigheder, frihedsrettigheder og potentialet for væsentlige sociale eller økonomiske ulemper som følge af den påtænkte behandling af personoplysninger. Konsekvensanalysen hjælper med at identificere og begrænse den risiko for de registrerede, der er forbundet med en given behandlingsaktivitet. Den er udformet med henblik på at opfylde kravene i GDPR artikel 35 og tager udgangspunkt i Artikel 29-gruppens vejledning om konsekvensanalyser, som er anerkendt af Det Europæiske Databeskyttelsesråd (EDPB), standarden ISO/IEC 29134 og Datatilsynets standard for udarbejdelse af konsekvensanalyser.",
		"Compliance with the GDPR. A data protection impact assessment assesses the consequences for people's privacy, rights and freedoms and the potential for significant social or economic disadvantage of the intended processing of personal data. It helps identify and limit the risk to the data subjects of a processing activity. It is designed to meet the requirements of GDPR article 35 and builds on the Article 29 Working Party's guidelines on DPIAs, endorsed by the European Data Protection Board (EDPB), the standard ISO/IEC 29134 and Datatilsynet's standard for impact assessments."))
	b.p(a.Introduction.Purpose)
	b.h(3, "applikationen", b.tr("Vurdering af applikationen", "The application"))
	b.pOr(a.Introduction.Application)
	b.h(3, "behandlingen", b.tr("Behandlingen", "The processing"))
	text := a.Introduction.Processing
	if text == "" && a.Record != nil {
		text = a.Record.Description
	}
	b.pOr(text)
}

func (a *Assessment) scopeSection(b *builder) {
	b.h(2, "afgraensning", b.tr("Afgrænsning af konsekvensanalysen", "Scope of the impact assessment"))
	t := &table{head: []string{b.tr("Afgrænsning af konsekvensanalysens omfang", "What the impact assessment covers"), b.tr("Omfattet af konsekvensanalysen?", "Covered by the impact assessment?"), b.tr("Uddyb konsekvensanalysens omfang og fokusområder", "Scope and focus")}}
	for _, k := range ScopeKinds() {
		var item ScopeItem
		for _, s := range a.Scope {
			if s.Kind == k {
				item = s
			}
		}
		t.rows = append(t.rows, row{cells: []string{k.Label(b.tag), b.answerLabel(item.Included), item.Description}})
	}
	b.table(t)
}

// checkboxes lists every option of q, ticked where chosen.
func (b *builder) checkboxes(q *Question, chosen []string) string {
	var s strings.Builder
	for i, o := range q.Options {
		if i > 0 {
			s.WriteByte('\n')
		}
		if slices.Contains(chosen, o.Code) {
			s.WriteString("☒ ")
		} else {
			s.WriteString("☐ ")
		}
		s.WriteString(o.Text.In(b.tag))
	}
	return s.String()
}

// questionTable writes the table of one section of a part.
func (a *Assessment) questionTable(b *builder, entries []Entry, section int, agreements []*dpa.Agreement) {
	t := &table{head: []string{"#", b.tr("Spørgsmål", "Question"), b.tr("Svar", "Answer"), b.tr("Eventuelle kommentarer", "Comments")}, numeric: []bool{true}}
	for i := range entries {
		e := &entries[i]
		if e.Question.Section != section {
			continue
		}
		q := &e.Question
		question := q.Text.In(b.tag)
		if note := q.Note.In(b.tag); note != "" {
			question += "\n(" + note + ")"
		}
		t.rows = append(t.rows, row{cells: []string{q.Number, question, a.answerCell(b, e, agreements), a.commentCell(b, e)}})
	}
	b.table(t)
}

// answerCell renders the effective answer of an entry.
func (a *Assessment) answerCell(b *builder, e *Entry, agreements []*dpa.Agreement) string {
	q := &e.Question
	var lines []string
	switch q.Kind {
	case YesNo, YesNoNotRelevant:
		lines = append(lines, b.answerLabel(e.Answer))
		if e.Text != "" {
			lines = append(lines, e.Text)
		}
		if len(q.Options) > 0 && e.Answer != No {
			lines = append(lines, b.checkboxes(q, e.Choices))
		}
	case MultipleChoice, SingleChoice:
		lines = append(lines, b.checkboxes(q, e.Choices))
	case Number:
		if e.Answered {
			lines = append(lines, b.tr("Antal: ", "Number: ")+b.number(e.Number))
		} else {
			lines = append(lines, b.answerLabel(0))
		}
	case FreeText:
		if e.Answered {
			lines = append(lines, e.Text)
		} else {
			lines = append(lines, b.answerLabel(0))
		}
	case DataSubjects:
		lines = append(lines, a.subjectsCell(b)...)
	case LegalBasis:
		lines = append(lines, a.basesCell(b)...)
	}
	if a.Record != nil {
		lines = append(lines, a.recordDetails(b, q)...)
	}
	lines = append(lines, a.agreementDetails(b, q, agreements)...)
	if e.FromRecord {
		lines = append(lines, b.tr("(Svaret er hentet fra fortegnelsen.)", "(Answer taken from the record of processing.)"))
	}
	return strings.Join(lines, "\n")
}

// commentCell renders the elaboration and the attachments of an entry.
func (a *Assessment) commentCell(b *builder, e *Entry) string {
	s := e.Comment
	for _, id := range e.Attachments {
		for _, x := range a.Annexes {
			if x.ID == id {
				if s != "" {
					s += "\n"
				}
				s += b.tr("Bilag ", "Annex ") + x.ID + ": " + x.Title
			}
		}
	}
	return s
}

// subjectsCell renders question 1.1 from the record as the template's
// form: per category of data subjects, the box for a vulnerable group and
// every box of data types, ticked or not, so that a box left empty reads as
// an answer ("no health data").
func (a *Assessment) subjectsCell(b *builder) []string {
	if a.Record == nil || len(a.Record.Subjects) == 0 {
		return []string{b.answerLabel(0)}
	}
	var lines []string
	for i, s := range a.Record.Subjects {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, s.Category.Label(b.tag), b.vulnerableBox(s.Category))
		lines = append(lines, b.dataTypeBoxes(s.DataTypes, "")...)
	}
	return lines
}

// basesCell renders lawfulness question 1.1 from the record: each purpose
// with its categories of data subjects and its legal bases by tier.
func (a *Assessment) basesCell(b *builder) []string {
	if a.Record == nil || len(a.Record.Purposes) == 0 {
		return []string{b.answerLabel(0)}
	}
	rec := a.Record
	var subjects []string
	for _, s := range rec.Subjects {
		subjects = append(subjects, s.Category.Label(b.tag))
	}
	var lines []string
	for _, p := range rec.Purposes {
		lines = append(lines, b.tr("Formål: ", "Purpose: ")+p.Description)
		if len(subjects) > 0 {
			lines = append(lines, "  "+b.tr("Kategorier af de registrerede: ", "Categories of data subjects: ")+strings.Join(subjects, ", "))
		}
		var ordinary, sensitive, other []string
		for _, lb := range p.LegalBases {
			switch {
			case lb.Article6():
				ordinary = append(ordinary, lb.Label(b.tag))
			case lb.Article9() || lb == gdpr.DBL7:
				sensitive = append(sensitive, lb.Label(b.tag))
			default:
				other = append(other, lb.Label(b.tag))
			}
		}
		if len(ordinary) > 0 {
			lines = append(lines, "  "+gdpr.Ordinary.Label(b.tag)+": "+strings.Join(ordinary, "; "))
		}
		if len(sensitive) > 0 || rec.ProcessesCategory(gdpr.Sensitive) {
			v := strings.Join(sensitive, "; ")
			if v == "" {
				v = b.tr("intet retsgrundlag angivet", "no legal basis given")
			}
			lines = append(lines, "  "+gdpr.Sensitive.Label(b.tag)+": "+v)
		}
		if len(other) > 0 {
			lines = append(lines, "  "+b.tr("Øvrige hjemler", "Other bases")+": "+strings.Join(other, "; "))
		}
	}
	for _, r := range rec.Recipients {
		if len(r.LegalBases) == 0 {
			continue
		}
		var bases []string
		for _, lb := range r.LegalBases {
			bases = append(bases, lb.Label(b.tag))
		}
		lines = append(lines, b.tr("Videregivelse til ", "Disclosure to ")+recipientName(r, b.tag)+": "+strings.Join(bases, "; "))
	}
	return lines
}

func recipientName(r ropa.Recipient, tag language.Tag) string {
	if r.Name != "" {
		return r.Name
	}
	return r.Category.Label(tag)
}

// recordDetails adds what the record says beyond the answer itself.
func (a *Assessment) recordDetails(b *builder, q *Question) []string {
	rec := a.Record
	var lines []string
	switch {
	case q.Part == Processing && q.Number == "5.1":
		for _, p := range rec.Purposes {
			line := p.Description
			var kle []string
			for _, k := range p.KLE {
				kle = append(kle, k.String())
			}
			if len(kle) > 0 {
				line += " (KLE " + strings.Join(kle, ", ") + ")"
			}
			lines = append(lines, line)
		}
	case q.Part == Processing && q.Number == "6.1":
		for _, p := range rec.JointControllers {
			lines = append(lines, b.tr("Fælles dataansvarlig: ", "Joint controller: ")+p.Name)
		}
		for _, r := range rec.Recipients {
			line := recipientName(r, b.tag)
			if !r.Country.IsZero() {
				line += ", " + r.Country.Label(b.tag)
			}
			if r.Description != "" {
				line += ": " + r.Description
			}
			lines = append(lines, line)
		}
	case q.Part == Processing && (q.Number == "7.1" || q.Number == "7.2"):
		sub := q.Number == "7.2"
		for _, p := range rec.Processors {
			if p.SubProcessor() != sub {
				continue
			}
			line := b.tr("Databehandler: ", "Processor: ")
			if sub {
				line = b.tr("Underdatabehandler: ", "Sub-processor: ")
			}
			line += p.Name
			if !p.CVR.IsZero() {
				line += ", CVR " + p.CVR.String()
			}
			if p.Under != "" {
				line += b.tr(", underdatabehandler for ", ", sub-processor of ") + p.Under
			}
			if p.Service != "" {
				line += ": " + p.Service
			}
			if len(p.Countries) > 0 {
				line += " (" + countries(p.Countries) + ")"
			}
			if p.AgreementID != "" {
				line += b.tr("; databehandleraftale ", "; agreement ") + p.AgreementID
			}
			lines = append(lines, line)
			lines = append(lines, a.sharingLines(b, p)...)
		}
	case q.Part == Processing && q.Number == "7.4":
		for _, t := range rec.Transfers {
			line := t.Country.Label(b.tag)
			if t.Recipient != "" {
				line += ", " + t.Recipient
			}
			if t.Safeguard.Valid() {
				line += ": " + t.Safeguard.Label(b.tag)
			}
			if t.TIA != "" {
				line += " (TIA " + t.TIA + ")"
			}
			lines = append(lines, line)
		}
	case q.Part == Processing && q.Number == "8.2" && rec.Security != "":
		lines = append(lines, b.tr("Fortegnelsens beskrivelse af sikkerhedsforanstaltningerne: ", "The record's description of the security measures: ")+rec.Security)
	}
	return lines
}

// agreementDetails adds what the agreements say to questions 7.1-7.4.
func (a *Assessment) agreementDetails(b *builder, q *Question, agreements []*dpa.Agreement) []string {
	if q.Part != Processing || len(agreements) == 0 {
		return nil
	}
	var lines []string
	for _, ag := range agreements {
		switch q.Number {
		case "7.1":
			line := ag.Processor.Name
			if !ag.Processor.CVR.IsZero() {
				line += ", CVR " + ag.Processor.CVR.String()
			} else if ag.Processor.CompanyNumber != "" {
				line += ", " + ag.Processor.CompanyNumber
			}
			if ag.Processor.Address != "" {
				line += ", " + ag.Processor.Address
			}
			lines = append(lines, line+b.tr(" (databehandleraftale ", " (agreement ")+ag.ID+")")
		case "7.2":
			walkSubs(ag.SubProcessors, 1, func(s *dpa.SubProcessor, depth int) {
				line := strings.Repeat("  ", depth-1) + s.Name
				if !s.Country.IsZero() {
					line += ", " + s.Country.Label(b.tag)
				}
				if s.Service != "" {
					line += ": " + s.Service
				}
				if depth > 1 {
					line += b.tr(" (under-underdatabehandler)", " (sub-sub-processor)")
				}
				lines = append(lines, line)
			})
		case "7.3":
			line := ag.ID + ": "
			if ag.Plan.IsZero() {
				line += b.tr("ingen tilsynsplan", "no supervision plan")
			} else {
				if ag.Plan.IntervalMonths > 0 {
					line += b.tr("tilsyn hver ", "supervision every ") + strconv.Itoa(ag.Plan.IntervalMonths) + b.tr(". måned", " months")
				}
				if ag.Plan.Method.Valid() {
					line += " (" + ag.Plan.Method.Label(b.tag) + ")"
				}
			}
			if last, ok := ag.LastSupervision(); ok {
				line += b.tr("; seneste tilsyn ", "; last supervision ") + last.Date.String()
			}
			lines = append(lines, line)
		case "7.4":
			for _, r := range ag.Routes() {
				if r.Country.IsZero() || r.Country.InEEA() {
					continue
				}
				line := r.Country.Label(b.tag) + ": " + strings.Join(r.Path, " → ") + " (" + r.Access.Label(b.tag)
				if r.Mechanism.Valid() {
					line += "; " + r.Mechanism.Label(b.tag)
				}
				lines = append(lines, line+")")
			}
		}
	}
	return lines
}

func walkSubs(subs []dpa.SubProcessor, depth int, f func(*dpa.SubProcessor, int)) {
	if depth > dpa.MaxDepth+1 {
		return
	}
	for i := range subs {
		f(&subs[i], depth)
		walkSubs(subs[i].SubProcessors, depth+1, f)
	}
}

func (a *Assessment) processingSection(b *builder, agreements []*dpa.Agreement) {
	b.h(2, "behandling", a.title()+": "+Processing.Label(b.tag))
	if a.Record != nil {
		b.note(b.tr("Beskrivelsen bygger på fortegnelsen over behandlingen ", "The description builds on the record of processing ") + a.Record.Name + " (" + a.RecordID + ").")
	} else {
		b.note(b.tr("Fortegnelsen over behandlingen (", "The record of processing (") + a.RecordID + b.tr(") er ikke indlejret; spørgsmål, som fortegnelsen besvarer, står ubesvarede.", ") is not embedded; questions the record answers stand unanswered."))
	}
	entries := a.Entries(Processing)
	for _, s := range Sections(Processing) {
		b.h(3, "behandling-"+strconv.Itoa(s.Number), strconv.Itoa(s.Number)+". "+s.Title.In(b.tag))
		a.questionTable(b, entries, s.Number, agreements)
	}
}

func (a *Assessment) lawfulnessSection(b *builder) {
	b.h(2, "lovlighed", Lawfulness.Label(b.tag))
	b.note(b.tr("I dette afsnit indgår vurderingen af, om behandlingsaktiviteterne er nødvendige og lovlige. Desuden beskrives foranstaltninger, der bidrager til de registreredes rettigheder samt behandlingens lovlighed.",
		"This section assesses whether the processing activities are necessary and lawful, and describes the measures that support the data subjects' rights and the lawfulness of the processing."))
	entries := a.Entries(Lawfulness)
	for _, s := range Sections(Lawfulness) {
		b.h(3, "lovlighed-"+strconv.Itoa(s.Number), strconv.Itoa(s.Number)+". "+s.Title.In(b.tag))
		a.questionTable(b, entries, s.Number, nil)
	}
}

// ratingCells renders K, S and R of an estimate.
func ratingCells(m risk.Matrix, e risk.Estimate, tag language.Tag) []string {
	if e.IsZero() {
		return []string{"-", "-", "-"}
	}
	r, err := m.RateEstimate(e)
	if err != nil {
		return []string{"-", "-", "-"}
	}
	return []string{strconv.Itoa(int(r.Consequence)), strconv.Itoa(int(r.Probability)), strconv.Itoa(r.Score) + " " + r.Band.Label(tag)}
}

// riskOrder returns the indexes of the risks in the order of the template's
// table: by threat category, custom threats last, each in the order given.
func (a *Assessment) riskOrder() []int {
	idx := make([]int, len(a.Risks))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		return threatOrder(a.Risks[x].Threat) - threatOrder(a.Risks[y].Threat)
	})
	return idx
}

func (a *Assessment) risksSection(b *builder, d *Decisions, p *Policy) {
	m := a.matrix()
	b.h(2, "risici", b.tr("Risici og mitigerende foranstaltninger", "Risks and mitigating measures"))
	b.h(3, "risikovurderinger", b.tr("Risikovurdering(er)", "Risk assessment(s)"))
	b.pOr(a.RiskBasis)
	b.note(b.tr("Eventuelle foranstaltninger, der er beskrevet under \"Mitigerende sikkerhedsforanstaltninger\", men som endnu ikke er implementeret, angives i afsnittet \"Tids- og handlingsplan for implementering af mitigerende foranstaltninger\".",
		"Measures described under \"Mitigating security measures\" that are not yet implemented are listed in the section \"Time and action plan for implementing mitigating measures\"."))

	b.h(3, "metodik", b.tr("Metodik for risikovurderingerne", "Methodology of the risk assessments"))
	b.note(b.tr("For hver problemstilling anføres værdier for konsekvens (K), nuværende sandsynlighed med inddragelse af allerede eksisterende implementerede foranstaltninger (S) og risiko (R), beregnet som K ganget med S. Herefter beskrives yderligere tekniske og organisatoriske foranstaltninger og restrisikoen, når de er gennemført.",
		"Each issue is given values for consequence (K), current probability with the measures already in place (S) and risk (R), computed as K times S. Further technical and organisational measures are then described, with the residual risk once they are in place."))
	nc, np := m.Size()
	kt := &table{head: []string{b.tr("Nr.", "No."), b.tr("Konsekvens (K)", "Consequence (K)")}, numeric: []bool{true}}
	for c := 1; c <= nc; c++ {
		// The matrix's own step names, as on the heat map's axis: one
		// set of names for the scale table and the heat map.
		text := m.ConsequenceLabel(risk.Consequence(c), b.tag)
		if desc := risk.Consequence(c).Description(b.tag); desc != "" && nc == 4 {
			text += ": " + desc
		}
		kt.rows = append(kt.rows, row{cells: []string{strconv.Itoa(c), text}})
	}
	b.table(kt)
	st := &table{head: []string{b.tr("Nr.", "No."), b.tr("Sandsynlighed (S)", "Probability (S)")}, numeric: []bool{true}}
	for p := 1; p <= np; p++ {
		text := m.ProbabilityLabel(risk.Probability(p), b.tag)
		if desc := risk.Probability(p).Description(b.tag); desc != "" && np == 4 {
			text += ": " + desc
		}
		st.rows = append(st.rows, row{cells: []string{strconv.Itoa(p), text}})
	}
	b.table(st)

	b.h(3, "risikomatrix", b.tr("Risikomatrix", "Risk matrix"))
	hm := risk.HeatMap{Matrix: m, Assessments: a.Risks, Lang: b.tag}
	b.d.blocks = append(b.d.blocks, block{kind: bHeatMap, svg: hm.SVG(), plain: hm.Text()})
	var guidance []string
	for _, band := range m.Bands() {
		guidance = append(guidance, band.Label(b.tag)+": "+band.Guidance(b.tag))
	}
	b.list(guidance)

	b.h(3, "risikotabel", b.tr("Identifikation af risiko, konsekvenser og nuværende sikkerhed", "Risks, consequences and current security"))
	t := &table{head: []string{"#", b.tr("Beskrivelse af risikoen", "Description of the risk"), b.tr("Konsekvenser", "Consequences"),
		// A soft hyphen lets the long Danish compound break where Danish
		// breaks it, in a column a tenth of the page wide.
		b.tr("Nuværende sikkerheds\u00adforanstaltninger", "Current security measures"), "K", "S", "R",
		b.tr("Yderligere sikkerheds\u00adforanstaltninger", "Further security measures"), "K", "S", "R"},
		numeric: []bool{false, false, false, false, true, true, false, false, true, true, false},
		// Eleven columns: fixed to the page so the table never runs off it
		// on screen or on A4.
		widths: []int{6, 16, 13, 15, 4, 4, 9, 16, 4, 4, 9}}
	order := a.riskOrder()
	next := 0
	groups := append(risk.Threats(), "")
	for _, th := range groups {
		var rows []row
		for next < len(order) && (th == "" || a.Risks[order[next]].Threat == th) {
			i := order[next]
			r := &a.Risks[i]
			if th == "" {
				rows = append(rows, row{group: true, cells: []string{r.Threat.Label(b.tag)}})
			}
			var measures []string
			for _, ms := range r.Measures {
				measures = append(measures, ms.Description.Reveal()+" ("+ms.Status.Label(b.tag)+")")
			}
			cells := []string{riskLabel(r, i), r.Description.Reveal(), r.Consequences.Reveal(), r.CurrentMeasures.Reveal()}
			cells = append(cells, ratingCells(m, r.Inherent, b.tag)...)
			cells = append(cells, strings.Join(measures, "\n"))
			if r.Residual.IsZero() {
				// Not assessed: the template's residual columns are left
				// marked, not filled with the inherent values.
				cells = append(cells, "–", "–", b.tr("ikke vurderet", "not assessed"))
			} else {
				cells = append(cells, ratingCells(m, r.Residual, b.tag)...)
			}
			rows = append(rows, row{cells: cells})
			next++
		}
		if th == "" {
			t.rows = append(t.rows, rows...)
			continue
		}
		t.rows = append(t.rows, row{group: true, cells: []string{strconv.Itoa(th.Number()) + ". " + th.Label(b.tag)}})
		for _, n := range a.NotRelevant {
			if n.Threat == th {
				rows = append(rows, row{span: true, cells: []string{"", b.tr("Ikke relevant: ", "Not relevant: ") + n.Reason}})
			}
		}
		if len(rows) == 0 {
			rows = append(rows, row{span: true, cells: []string{"", b.tr("Ikke vurderet.", "Not assessed.")}})
		}
		t.rows = append(t.rows, rows...)
	}
	b.table(t)

	s := &d.Risks
	b.h(3, "samlet-risiko", b.tr("Samlet risiko", "Total risk"))
	defer a.riskPolicySection(b, p)
	if s.Assessments == 0 {
		b.note(b.tr("Der er ikke vurderet nogen risici.", "No risks have been assessed."))
		return
	}
	b.list([]string{
		b.tr("Højeste oprindelige risiko: ", "Highest inherent risk: ") + s.HighestInherent.Label(b.tag) +
			b.tr("; højeste restrisiko: ", "; highest residual risk: ") + s.HighestResidual.Label(b.tag),
		b.tr("Gennemsnitlig risikoscore før og efter yderligere foranstaltninger: ", "Mean risk score before and after further measures: ") +
			b.decimal(s.MeanInherent) + " / " + b.decimal(s.MeanResidual),
		b.tr("Antal risici pr. restrisiko: ", "Risks per residual band: ") + bandCounts(m, s.Residual, b.tag),
	})
	b.note(b.tr("Skabelonen definerer ikke den samlede risiko; her angives den højeste risiko, antallet pr. risikobånd og den gennemsnitlige score (afrundet til to decimaler).",
		"The template does not define the total risk; the report gives the highest band, the number per band and the mean score (rounded to two decimals)."))
}

// riskPolicySection states the risk policy the decisions apply: per band
// of the matrix the action and whether an exception needs top management,
// and the reading of a high residual risk with its source.
func (a *Assessment) riskPolicySection(b *builder, p *Policy) {
	b.h(3, "risikopolitik", b.tr("Risikopolitik", "Risk policy"))
	if p.Risk == (risk.Policy{}) || p.Risk == risk.DefaultPolicy() {
		b.p(b.tr("Beslutningerne anvender standardrisikopolitikken: skabelonens tekster til risikomatrixen, og en høj restrisiko, der ikke kan nedbringes, stopper behandlingen.",
			"The decisions apply the default risk policy: the template's texts for the risk matrix, and a high residual risk that cannot be reduced stops the processing."))
	} else {
		b.p(b.tr("Beslutningerne anvender myndighedens egen risikopolitik.", "The decisions apply the authority's own risk policy."))
	}
	var items []string
	for _, band := range a.matrix().Bands() {
		t := p.Risk.For(band)
		item := band.Label(b.tag) + ": " + t.Action.Label(b.tag)
		if t.TopManagementApproval {
			item += b.tr("; en undtagelse kræver topledelsens godkendelse", "; an exception needs top management's approval")
		}
		items = append(items, item)
	}
	h := p.highRisk()
	items = append(items, b.tr("Høj restrisiko (forudgående høring af Datatilsynet efter databeskyttelsesforordningens artikel 36, stk. 1, og høj risiko efter risikopolitikken): ",
		"High residual risk (prior consultation of Datatilsynet, GDPR Article 36(1), and a high risk under the risk policy): ")+
		h.Label(b.tag)+highRiskNote(h, b))
	b.list(items)
}

// highRiskNote gives the source of a reading of a high residual risk.
func highRiskNote(h risk.HighRisk, b *builder) string {
	switch h {
	case risk.HighBandOrSevereLikely:
		return b.tr(" (standard; WP248 rev.01 III.C: betydelige eller endog uoprettelige konsekvenser, og/eller når det synes åbenlyst, at risikoen vil indtræffe; her K4 x S3 såvel som K4 x S4).",
			" (the default; WP248 rev.01 III.C: significant or even irreversible consequences, and/or when it seems obvious that the risk will occur; here K4 x S3 as well as K4 x S4).")
	case risk.HighBandOrSevere:
		return b.tr(" (WP248 rev.01 III.C læst bogstaveligt: den højeste konsekvens ved enhver sandsynlighed).",
			" (WP248 rev.01 III.C read literally: the highest consequence at any probability).")
	}
	return b.tr(" (kun det højeste risikoniveau).", " (the highest band only).")
}

func bandCounts(m risk.Matrix, c risk.BandCounts, tag language.Tag) string {
	var parts []string
	for _, band := range m.Bands() {
		parts = append(parts, band.Label(tag)+" "+strconv.Itoa(c.Of(band)))
	}
	return strings.Join(parts, ", ")
}

func (a *Assessment) planSection(b *builder) {
	b.h(2, "handlingsplan", b.tr("Tids- og handlingsplan for implementering af mitigerende foranstaltninger", "Time and action plan for implementing mitigating measures"))
	b.note(b.tr("I de tilfælde, hvor de mitigerende foranstaltninger endnu ikke er blevet implementeret, skal der udarbejdes en tids- og handlingsplan for implementering heraf. De mitigerende foranstaltninger, der nedbringer en høj risiko, skal være implementeret, før behandlingen af personoplysninger kan påbegyndes.",
		"Where the mitigating measures are not yet implemented, a time and action plan for implementing them is drawn up. The mitigating measures that bring a high risk down must be implemented before the processing of personal data can start."))
	m := a.matrix()
	t := &table{head: []string{b.tr("Risikonr.", "Risk no."), b.tr("Beskrivelse af mitigerende foranstaltning", "Mitigating measure"), b.tr("Tidspunkt for implementering", "Due"),
		b.tr("Plan for implementering", "Implementation plan"), b.tr("Ansvarlig", "Owner"), b.tr("Status", "Status")}}
	var lastThreat risk.Threat
	for _, i := range a.riskOrder() {
		r := &a.Risks[i]
		if len(r.Measures) == 0 {
			continue
		}
		if r.Threat != lastThreat {
			label := r.Threat.Label(b.tag)
			if n := r.Threat.Number(); n > 0 {
				label = strconv.Itoa(n) + ". " + label
			}
			t.rows = append(t.rows, row{group: true, cells: []string{label}})
			lastThreat = r.Threat
		}
		ev, err := m.Evaluate(*r)
		for j, ms := range r.Measures {
			how := ""
			for _, s := range a.ActionPlan {
				if s.Risk == i && s.Measure == j {
					how = s.How
				}
			}
			status := ms.Status.Label(b.tag)
			if err == nil && ev.PendingHigh && ms.Status != risk.Implemented {
				status += b.tr(" (nedbringer en høj risiko: skal være implementeret før start)", " (brings a high risk down: must be in place before the start)")
			}
			t.rows = append(t.rows, row{cells: []string{riskLabel(r, i), ms.Description.Reveal(), ms.Due.String(), how, ms.Owner.Reveal(), status}})
		}
	}
	if len(t.rows) == 0 {
		b.note(b.tr("Der er ikke beskrevet yderligere foranstaltninger.", "No further measures are described."))
		return
	}
	b.table(t)
}

func (a *Assessment) viewsSection(b *builder) {
	v := &a.Views
	b.h(2, "synspunkter", b.tr("De registreredes synspunkter", "The data subjects' views"))
	b.note(b.tr("Som led i konsekvensanalysen skal den dataansvarlige indhente de registreredes eller deres repræsentanters synspunkter, hvis det er relevant (GDPR artikel 35, stk. 9). Som det klare udgangspunkt skal de registrerede eller deres repræsentanter inddrages.",
		"As part of the impact assessment the controller seeks the views of the data subjects or their representatives where appropriate (GDPR article 35(9)). As a clear rule the data subjects or their representatives are involved."))
	var how, why []string
	for _, m := range ViewMethods() {
		mark := "☐ "
		if slices.Contains(v.Methods, m) {
			mark = "☒ "
		}
		how = append(how, mark+m.Label(b.tag))
	}
	if v.Description != "" {
		how = append(how, v.Description)
	}
	for _, r := range NoViewReasons() {
		mark := "☐ "
		if slices.Contains(v.Reasons, r) {
			mark = "☒ "
		}
		why = append(why, mark+r.Label(b.tag))
	}
	if v.Explanation != "" {
		why = append(why, v.Explanation)
	}
	t := &table{head: []string{b.tr("Spørgsmål", "Question"), b.tr("Svar", "Answer"), b.tr("Hvis JA: Hvordan?", "If YES: how?"), b.tr("Hvis NEJ: Hvorfor?", "If NO: why not?")}}
	t.rows = append(t.rows, row{cells: []string{
		b.tr("Er det muligt at indhente de registreredes eller deres repræsentanters synspunkter til den påtænkte behandling af deres personoplysninger?",
			"Is it possible to seek the views of the data subjects or their representatives on the intended processing of their personal data?"),
		b.answerLabel(v.Sought), strings.Join(how, "\n"), strings.Join(why, "\n")}})
	b.table(t)
}

func (a *Assessment) consultationSection(b *builder, d *Decisions) {
	c := &a.Consultation
	pc := &d.PriorConsultation
	b.h(2, "forudgaaende-hoering", b.tr("Behov for forudgående høring af Datatilsynet", "Need for prior consultation of Datatilsynet"))
	verdict := b.tr("Forudgående høring af Datatilsynet er ikke påkrævet.", "Prior consultation of Datatilsynet is not required.")
	if pc.Needed {
		verdict = b.tr("Forudgående høring af Datatilsynet er påkrævet (GDPR artikel 36, stk. 1).", "Prior consultation of Datatilsynet is required (GDPR article 36(1)).")
	}
	b.p(verdict)
	b.list(reasonTexts(pc.Reasons, b.tag))
	b.p(c.Assessment)
	var items []string
	if !c.Submitted.IsZero() {
		items = append(items, b.tr("Anmodning sendt: ", "Request sent: ")+c.Submitted.String())
		items = append(items, b.tr("Datatilsynets svar senest: ", "Datatilsynet's answer due: ")+pc.AnswerDue.String())
	}
	if !c.Extended.IsZero() {
		items = append(items, b.tr("Fristen forlænget med seks uger den ", "Period extended by six weeks on ")+c.Extended.String())
	}
	if !c.Answered.IsZero() {
		items = append(items, b.tr("Svar modtaget: ", "Answer received: ")+c.Answered.String())
		outcome := b.tr("ikke registreret", "not recorded")
		if c.Outcome.Valid() {
			outcome = c.Outcome.Label(b.tag) + " (" + c.Outcome.Reference().In(b.tag) + ")"
		}
		items = append(items, b.tr("Udfald: ", "Outcome: ")+outcome)
	}
	for _, x := range c.Conditions {
		state := b.tr("ikke opfyldt", "not met")
		if !x.Met.IsZero() {
			state = b.tr("opfyldt den ", "met on ") + x.Met.String()
		}
		items = append(items, b.tr("Betingelse: ", "Condition: ")+x.Text+" ("+state+")")
	}
	if c.Response != "" {
		items = append(items, b.tr("Datatilsynets udtalelse: ", "Datatilsynet's advice: ")+c.Response)
	}
	b.list(items)
	if c.Answered.IsZero() && pc.Needed {
		return
	}
	if !pc.Allows {
		b.p(b.tr("Datatilsynets svar tillader ikke, at behandlingen påbegyndes.", "Datatilsynet's answer does not allow the processing to start."))
	}
}

func reasonTexts(rs []gdpr.Reason, tag language.Tag) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.Text.In(tag)+" ("+r.Reference.In(tag)+")")
	}
	return out
}

func (a *Assessment) monitoringSection(b *builder, d *Decisions) {
	mo := &a.Monitoring
	b.h(2, "monitorering", b.tr("Monitorering og opdatering", "Monitoring and updating"))
	b.note(b.tr("Den dataansvarlige skal regelmæssigt gennemgå konsekvensanalysen og de behandlingsaktiviteter, som vurderes i den, jf. GDPR artikel 35, stk. 11, og som minimum, når der sker en ændring af risikoen ved behandlingen. Det dokumenteres, hvem der er ansvarlig for at revidere og ajourføre konsekvensanalysen, og hvilken kontrol og ajourføring der er sket. Databeskyttelsesrådgiveren bør også involveres i ajourføringen.",
		"The controller reviews the impact assessment and the processing it assesses regularly, GDPR article 35(11), and at least when the risk of the processing changes. Who is responsible for revising and updating the assessment, and which checks and updates were made, is documented. The data protection officer should take part in the updates."))
	interval := b.tr("[intet interval angivet]", "[no interval recorded]")
	if !mo.Interval.IsZero() {
		interval = mo.Interval.Label(b.tag)
	}
	b.p(b.tr("Den dataansvarlige har valgt, at konsekvensanalysen monitoreres med et interval på ", "The controller has chosen to monitor the impact assessment at an interval of ") + interval +
		b.tr(" med henblik på at vurdere, om der kan være ændringer af betydning for de behandlingsaktiviteter, der er omfattet af konsekvensanalysen. Løbende ændringer fremgår af revisionshistorikken.",
			" to assess whether there are changes of importance to the processing activities it covers. Changes are listed in the revision history."))
	owner := mo.Owner
	if owner == "" {
		owner = b.tr("ikke angivet", "not recorded")
	}
	b.list(append([]string{b.tr("Ansvarlig for revision og ajourføring: ", "Responsible for revision and updating: ") + owner},
		reasonTexts(d.Review.Reasons, b.tag)...))
	if len(mo.Reviews) > 0 {
		t := &table{head: []string{b.tr("Dato", "Date"), b.tr("Gennemgået af", "Reviewed by"), b.tr("Kontrol og ajourføring", "Checks and updates")}}
		for _, r := range mo.Reviews {
			t.rows = append(t.rows, row{cells: []string{r.Date.String(), r.By.Reveal(), r.Note}})
		}
		b.table(t)
	}
	if len(mo.Changes) > 0 {
		t := &table{head: []string{b.tr("Dato", "Date"), b.tr("Ændring", "Change"), b.tr("Beskrivelse", "Description")}}
		for _, c := range mo.Changes {
			t.rows = append(t.rows, row{cells: []string{c.Date.String(), c.Kind.Label(b.tag), c.Description}})
		}
		b.table(t)
	}
}

func (a *Assessment) dpoSection(b *builder) {
	dp := &a.DPO
	b.h(2, "dpo", b.tr("Databeskyttelsesrådgiverens anbefalinger og involvering", "The data protection officer's recommendations and involvement"))
	b.h(3, "dpo-anbefalinger", b.tr("Databeskyttelsesrådgiverens anbefalinger", "The data protection officer's recommendations"))
	respondent := dp.Respondent.Reveal()
	if respondent == "" {
		respondent = b.tr("den dataansvarlige", "the controller")
	}
	if len(dp.Recommendations) == 0 {
		b.note(b.tr("Ingen anbefalinger registreret.", "No recommendations recorded."))
	} else {
		t := &table{head: []string{"#", b.tr("Emne", "Topic"), b.tr("Anbefaling", "Recommendation"), b.tr("Svar fra ", "Response from ") + respondent}, numeric: []bool{true}}
		for i, r := range dp.Recommendations {
			t.rows = append(t.rows, row{cells: []string{strconv.Itoa(i + 1), r.Topic, r.Recommendation, r.Response}})
		}
		b.table(t)
	}
	b.h(3, "dpo-konklusion", b.tr("Konklusion fra databeskyttelsesrådgiveren", "The data protection officer's conclusion"))
	b.pOr(dp.Conclusion)
	b.h(3, "dpo-involvering", b.tr("Databeskyttelsesrådgiverens involvering", "The data protection officer's involvement"))
	if len(dp.Involvement) == 0 {
		b.note(b.tr("Databeskyttelsesrådgiverens involvering er ikke registreret.", "The data protection officer's involvement is not recorded."))
		return
	}
	t := &table{head: []string{"#", b.tr("Beskriv databeskyttelsesrådgiverens involvering", "The data protection officer's involvement"), b.tr("Dato", "Date")}, numeric: []bool{true}}
	for i, inv := range dp.Involvement {
		t.rows = append(t.rows, row{cells: []string{strconv.Itoa(i + 1), inv.Description, inv.Date.String()}})
	}
	b.table(t)
}

func (a *Assessment) approvalSection(b *builder, d *Decisions, p *Policy) {
	ap := &a.Approval
	b.h(2, "godkendelse", b.tr("Godkendelse", "Approval"))
	t := &table{head: []string{b.tr("Beslutning (sæt kryds)", "Decision (tick one)"), b.tr("Beskrivelse", "Description"), b.tr("Navn og titel", "Name and title"), b.tr("Dato", "Date")}}
	descriptions := map[Verdict]gdpr.Text{
		Approved:              {Da: "Behandlingen kan påbegyndes, hvis de mitigerende foranstaltninger implementeres.", En: "The processing can start if the mitigating measures are implemented."},
		ConditionallyApproved: {Da: "Behandlingen kan alene påbegyndes, såfremt nærmere beskrevne ændringer foretages. Der skal fremlægges en revideret konsekvensanalyse med henblik på endelig godkendelse.", En: "The processing can start only once the changes described are made. A revised impact assessment is submitted for final approval."},
		NotApproved:           {Da: "Behandlingen kan ikke påbegyndes.", En: "The processing cannot start."},
	}
	for _, v := range Verdicts() {
		mark, by, date, desc := "☐", "", "", descriptions[v].In(b.tag)
		if ap.Verdict == v {
			mark, by, date = "☒", ap.By.Reveal(), ap.Date.String()
			if v == ConditionallyApproved && ap.Conditions != "" {
				desc += "\n" + ap.Conditions
			}
		}
		t.rows = append(t.rows, row{cells: []string{v.Label(b.tag) + " " + mark, desc, by, date}})
	}
	b.table(t)
	if ex := &ap.Exception; !ex.IsZero() {
		text := b.tr("Topledelsens godkendelse af en undtagelse fra risikopolitikken: ", "Top management's approval of an exception from the risk policy: ") +
			ex.By.Reveal() + ", " + ex.Date.String()
		if ex.Reason != "" {
			text += ". " + ex.Reason
		}
		b.p(text)
	}
	start := b.tr("Behandlingen må påbegyndes: ", "The processing may start: ")
	if d.Start.Allowed {
		start += b.tr("ja.", "yes.")
	} else {
		start += b.tr("nej.", "no.")
	}
	b.p(start)
	b.list(reasonTexts(d.Start.Reasons, b.tag))
	b.note(b.tr("Politik for mitigerende foranstaltninger før start: ", "Policy on mitigating measures before the start: ") +
		p.measures().Label(b.tag) + policyNote(p.measures(), b))
}

// policyNote says where the template gives the reading of the measures
// before the start that the report applies.
func policyNote(m MeasuresBeforeStart, b *builder) string {
	if m == HighRiskMeasures {
		return b.tr(" (skabelonens tids- og handlingsplan).", " (the template's time and action plan).")
	}
	return b.tr(" (skabelonens \"Godkendt\" og databeskyttelsesrådgiverens modelkonklusion; den strengeste læsning, da skabelonens tids- og handlingsplan kun nævner foranstaltninger, der nedbringer en høj risiko).",
		" (the template's \"Approved\" box and the data protection officer's model conclusion; the stricter reading, as the template's time and action plan names only the measures that bring a high risk down).")
}

func (a *Assessment) annexSection(b *builder) {
	b.h(2, "bilag", b.tr("Bilag", "Annexes"))
	if len(a.Annexes) == 0 {
		b.note(b.tr("Ingen bilag.", "No annexes."))
		return
	}
	var items []string
	for _, x := range a.Annexes {
		item := b.tr("Bilag ", "Annex ") + x.ID + ": " + x.Title
		if x.Reference != "" {
			item += " (" + x.Reference + ")"
		}
		items = append(items, item)
	}
	b.list(items)
}

func (a *Assessment) findingsSection(b *builder, o ReportOptions) {
	b.h(2, "fund", b.tr("Mangler og fund pr. ", "Gaps and findings on ")+gdpr.DateOf(o.Now).String())
	fs := o.Policy.Check(*a, o.Now, o.Agreements...)
	if len(fs) == 0 {
		b.note(b.tr("Ingen fund.", "No findings."))
		return
	}
	t := &table{head: []string{b.tr("Alvor", "Severity"), b.tr("Regel", "Rule"), b.tr("Sted", "Where"), b.tr("Beskrivelse", "Description"), b.tr("Hjemmel", "Reference")}}
	for _, f := range fs {
		t.rows = append(t.rows, row{cells: []string{f.Severity.Label(b.tag), f.Rule, f.Path, f.Text.In(b.tag), f.Reference.In(b.tag)}})
	}
	b.table(t)
}

// citeIn renders a legal reference of the screening package in the
// report's language: a bilingual gdpr.Text in the report's language, a
// plain citation as it is written.
func citeIn(ref any, tag language.Tag) string {
	switch r := ref.(type) {
	case gdpr.Text:
		return r.In(tag)
	case string:
		return r
	}
	return ""
}
