package overview

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"golang.org/x/text/language"
)

// DashboardOptions are the choices of a dashboard of a report
// ([Report.WriteHTML], [Report.WriteText]). The zero value is a Danish
// dashboard with the default lengths.
type DashboardOptions struct {
	// Lang is the language of every text: Danish unless English
	// (gdpr.English); the two are never mixed.
	Lang language.Tag
	// Note is a line under the title, in both languages ("Syntetiske data
	// ..."); the zero Text shows none.
	Note gdpr.Text
	// Top is the number of findings listed, the most serious first
	// (default 20, at most 1,000).
	Top int
	// Items is the number of items the HTML dashboard lists per kind of
	// what falls due, the rest counted (default 200, at most 10,000); the
	// text dashboard lists the first 10 of each section.
	Items int
	// HeatMap is the number of the highest residual risks placed on the
	// heat map and explained in its legend (default 12, at most 99).
	HeatMap int
	// Width is the width of the text dashboard in columns (default 110,
	// at least 60).
	Width int
}

// The defaults and bounds of DashboardOptions.
const (
	defaultTop      = 20
	maxTop          = 1000
	defaultItems    = 200
	maxItems        = 10_000
	defaultHeatMap  = 12
	maxHeatMap      = 99
	defaultWidth    = 110
	minWidth        = 60
	textItems       = 10
	topPerRuleRound = 2
)

// normalised returns o with every length within its bounds.
func (o DashboardOptions) normalised() DashboardOptions {
	bound := func(n, def, hi int) int {
		if n <= 0 {
			return def
		}
		return min(n, hi)
	}
	o.Top = bound(o.Top, defaultTop, maxTop)
	o.Items = bound(o.Items, defaultItems, maxItems)
	o.HeatMap = bound(o.HeatMap, defaultHeatMap, maxHeatMap)
	if o.Width <= 0 {
		o.Width = defaultWidth
	}
	o.Width = max(o.Width, minWidth)
	return o
}

// dashboard is what both the text and the HTML dashboard show, with every
// text already in the chosen language. The two renderings differ only in
// how much of each list they show.
type dashboard struct {
	tag      language.Tag
	Lang     string // "da" or "en", for the HTML lang attribute
	Title    string
	Subtitle string
	Note     string

	Sizes     []sizeRow
	Severity  []string // the column heads: area, the severities from critical, total
	Areas     []areaRow
	Total     areaRow
	Links     []linkRow
	TopTitle  string
	Top       []findingRow
	Overdue   dueSection
	Upcoming  dueSection
	Risk      riskSection
	Requests  []sizeRow
	Headings  headings
	Generated string
}

// headings are the section headings and the words the renderings need.
type headings struct {
	Contents, Sizes, Findings, Links, Overdue, Upcoming, Risk, Requests                     string
	Rule, Count, Severity, Area, ID, Path, Text, Kind, Day, DaysLeft, Oldest, Soonest, More string
	Before, After, Band, HeatMap, Legend, Threat, Record, No, Status, Residual, None        string
}

// sizeRow is a label and a number; Sub marks a row that details the one
// above it.
type sizeRow struct {
	Label, N string
	Sub      bool
}

type areaRow struct {
	Label  string
	Counts []string // critical, error, warning, info, total
}

type linkRow struct {
	N, Severity, SevCode, Rule, Text string
}

type findingRow struct {
	Severity, SevCode, Area, ID, Rule, Path, Text string
}

// dueSection is a list of what falls due: a count per kind, and the items.
type dueSection struct {
	ID        string // the HTML id of the section
	Title     string
	FirstHead string // the head of the column of each kind's first day
	N         string
	Count     int // the number of items
	Kinds     []kindRow
	Items     []dueRow // the first items, the earliest first
}

type kindRow struct {
	ID, Kind, N string
	First       string   // "ældste frist: 2026-02-27"
	FirstDay    string   // "2026-02-27"
	Count       int      // the number of items of the kind
	Items       []dueRow // the first items of the kind
}

type dueRow struct {
	Day, DaysLeft, Kind, ID, Path string
}

// riskSection sums up the risks and places the highest in a heat map.
type riskSection struct {
	Summary []string
	Bands   []bandRow
	SVG     []byte // risk.HeatMap.SVG: the risk package escapes all text in it
	Text    string // risk.HeatMap.Text
	Legend  []legendRow
}

type bandRow struct {
	Band, Colour, Before, After string
}

type legendRow struct {
	Label, Assessment, Record, Threat, Residual string
}

// number formats an integer with the language's thousands separator:
// 1.234 in Danish, 1,234 in English.
func number(n int, tag language.Tag) string {
	u := uint64(n)
	if n < 0 {
		u = -u // also right for math.MinInt
	}
	s := strconv.FormatUint(u, 10)
	sep := "."
	if gdpr.English(tag) {
		sep = ","
	}
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// newDashboard builds the dashboard of report r on municipality m.
func newDashboard(m *Municipality, r *Report, o DashboardOptions) *dashboard {
	tag := o.Lang
	tr := func(da, en string) string { return gdpr.Text{Da: da, En: en}.In(tag) }
	num := func(n int) string { return number(n, tag) }
	d := &dashboard{tag: tag, Lang: "da"}
	if gdpr.English(tag) {
		d.Lang = "en"
	}
	horizon := strconv.Itoa(r.Horizon)
	d.Headings = headings{
		Contents: tr("Indhold", "Contents"),
		Sizes:    tr("Omfang", "Scope"),
		Findings: tr("Fund pr. område og alvor", "Findings by area and severity"),
		Links:    tr("Krydshenvisninger, der er brudte eller mangler", "Cross-references broken or missing"),
		Overdue:  tr("Overskredet", "Overdue"),
		Upcoming: tr("Forfalder inden for "+horizon+" dage", "Due within "+horizon+" days"),
		Risk:     tr("Risici", "Risks"),
		Requests: tr("Anmodninger fra registrerede", "Data-subject requests"),
		Rule:     tr("Regel", "Rule"), Count: tr("Antal", "Count"), Severity: tr("Alvor", "Severity"),
		Area: tr("Område", "Area"), ID: "Id", Path: tr("Felt", "Field"), Text: tr("Beskrivelse", "Description"),
		Kind: tr("Hvad", "What"), Day: tr("Frist", "Due"), DaysLeft: tr("Dage", "Days"),
		Oldest: tr("ældste frist", "oldest due"), Soonest: tr("første frist", "soonest due"), More: tr("flere", "more"),
		Before: tr("Før foranstaltninger", "Before measures"), After: tr("Efter foranstaltninger", "After measures"),
		Band: tr("Bånd", "Band"), HeatMap: tr("Risikomatrix", "Risk matrix"), Legend: tr("Forklaring", "Legend"),
		Threat: tr("Trussel", "Threat"), Record: tr("Behandling", "Processing"), No: tr("Nr.", "No."),
		Status: "Status", Residual: tr("Restrisiko", "Residual risk"), None: tr("Ingen.", "None."),
	}
	if m.Name != "" {
		name := plain(m.Name)
		d.Title = tr(name+" – overblik over databeskyttelse", name+" – data protection overview")
	} else {
		d.Title = tr("Overblik over databeskyttelse", "Data protection overview")
	}
	loc := r.Today.Start().Location()
	at := r.Now.In(loc).Format("15:04")
	d.Subtitle = tr(
		fmt.Sprintf("Opgjort %s kl. %s · frister til og med %s (%d dage)", r.Today, at, r.Until, r.Horizon),
		fmt.Sprintf("As of %s at %s · deadlines up to %s (%d days)", r.Today, at, r.Until, r.Horizon))
	d.Note = plain(o.Note.In(tag))
	d.Generated = r.Now.In(loc).Format(time.RFC3339)

	sizes := map[Area]int{
		Records: len(m.Records), Consents: len(m.Consents), Agreements: len(m.Agreements),
		Screenings: len(m.Screenings), DPIAs: len(m.DPIAs), Risks: len(m.Risks),
		Breaches: len(m.Breaches), Requests: len(m.Requests),
	}
	risks := 0
	for i := range m.Risks {
		risks += len(m.Risks[i].Assessments)
	}
	for _, a := range Areas() {
		d.Sizes = append(d.Sizes, sizeRow{Label: a.Label(tag), N: num(sizes[a])})
		if a == Risks {
			d.Sizes = append(d.Sizes, sizeRow{Label: tr("risici i dem", "risks in them"), N: num(risks), Sub: true})
		}
	}

	severities := []gdpr.Severity{gdpr.Critical, gdpr.Error, gdpr.Warning, gdpr.Info}
	d.Severity = []string{d.Headings.Area}
	for _, s := range severities {
		d.Severity = append(d.Severity, s.Label(tag))
	}
	d.Severity = append(d.Severity, tr("I alt", "Total"))
	for _, a := range append(Areas(), 0) {
		row := areaRow{Label: a.Label(tag)}
		if a == 0 {
			row.Label = tr("I alt", "Total")
		}
		for _, s := range severities {
			row.Counts = append(row.Counts, num(r.Count(a, s)))
		}
		row.Counts = append(row.Counts, num(r.Count(a, 0)))
		if a == 0 {
			d.Total = row
		} else {
			d.Areas = append(d.Areas, row)
		}
	}

	// The overview's own rules, the most serious and most frequent first.
	texts := map[string]gdpr.Text{}
	for _, rule := range Rules() {
		texts[rule.ID] = rule.Text
	}
	var links []RuleCount
	for _, rc := range r.Rules {
		if own(rc.Rule) {
			links = append(links, rc)
		}
	}
	slices.SortStableFunc(links, func(a, b RuleCount) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(b.N, a.N))
	})
	for _, rc := range links {
		d.Links = append(d.Links, linkRow{N: num(rc.N), Severity: rc.Severity.Label(tag), SevCode: rc.Severity.String(),
			Rule: rc.Rule, Text: texts[rc.Rule].In(tag)})
	}

	top := diverseTop(r, o.Top, topPerRuleRound)
	d.TopTitle = tr(fmt.Sprintf("De alvorligste fund (%s af %s)", num(len(top)), num(len(r.Findings))),
		fmt.Sprintf("The most serious findings (%s of %s)", num(len(top)), num(len(r.Findings))))
	for _, f := range top {
		d.Top = append(d.Top, findingRow{Severity: f.Severity.Label(tag), SevCode: f.Severity.String(), Area: f.Area.Label(tag),
			ID: plain(f.ID), Rule: plain(f.Rule), Path: plain(f.Path), Text: plain(f.Text.In(tag))})
	}

	d.Overdue = newDueSection("overdue", d.Headings.Overdue, r.Overdue, tag, d.Headings.Oldest, o.Items)
	d.Upcoming = newDueSection("upcoming", d.Headings.Upcoming, r.Upcoming, tag, d.Headings.Soonest, o.Items)
	d.Risk = newRiskSection(m, r, tag, o.HeatMap)

	for _, s := range rights.Statuses() {
		n := 0
		for _, c := range r.Requests {
			if c.Status == s {
				n += c.N
			}
		}
		if n > 0 {
			d.Requests = append(d.Requests, sizeRow{Label: s.Label(tag), N: num(n)})
		}
	}
	return d
}

// plain returns s with every control character (C0, DEL and C1, line
// breaks and tabs too) as a space: user text in a table cell or on a
// terminal line, where a control character has no place and an escape
// sequence could change the terminal.
func plain(s string) string {
	if !strings.ContainsFunc(s, control) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if control(r) {
			return ' '
		}
		return r
	}, s)
}

// control reports whether r is a control character.
func control(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// newDueSection groups what falls due by kind, with the first perKind
// items of each kind and the first textItems of the whole section: only
// the items a dashboard shows are described.
func newDueSection(id, title string, ds []Due, tag language.Tag, first string, perKind int) dueSection {
	sec := dueSection{ID: id, Title: title, N: number(len(ds), tag), Count: len(ds), FirstHead: upperFirst(first)}
	byKind := map[DueKind]*kindRow{}
	for _, d := range ds {
		row := byKind[d.Kind]
		if row == nil {
			row = &kindRow{}
			byKind[d.Kind] = row
		}
		row.Count++
		if row.Count == 1 || len(row.Items) < perKind {
			item := newDueRow(d, tag)
			if row.Count == 1 {
				row.First, row.FirstDay = first+": "+item.Day, item.Day
			}
			if len(row.Items) < perKind {
				row.Items = append(row.Items, item)
			}
		}
	}
	for _, k := range DueKinds() {
		row := byKind[k]
		if row == nil {
			continue
		}
		row.ID = id + "-" + k.String()
		row.Kind, row.N = k.Label(tag), number(row.Count, tag)
		sec.Kinds = append(sec.Kinds, *row)
	}
	for _, d := range ds[:min(textItems, len(ds))] {
		sec.Items = append(sec.Items, newDueRow(d, tag))
	}
	return sec
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// newDueRow describes one thing that falls due: its day, with the time
// when the deadline is an instant within the day (the 72 hours of a breach,
// a consent's expiry), and the days left.
func newDueRow(d Due, tag language.Tag) dueRow {
	row := dueRow{Day: d.Day.String(), DaysLeft: strconv.Itoa(d.DaysLeft), Kind: d.Kind.Label(tag), ID: plain(d.ID), Path: plain(d.Path)}
	switch {
	case d.Day.IsZero():
		row.Day, row.DaysLeft = gdpr.Text{Da: "aldrig gennemgået", En: "never reviewed"}.In(tag), ""
	case !d.Expires.Equal(d.Day.End()):
		row.Day += " " + d.Expires.In(d.Day.Start().Location()).Format("15:04")
	}
	return row
}

// newRiskSection sums up the risks and draws the n highest residual risks
// in a heat map.
func newRiskSection(m *Municipality, r *Report, tag language.Tag, n int) riskSection {
	tr := func(da, en string) string { return gdpr.Text{Da: da, En: en}.In(tag) }
	s := r.Risk
	sec := riskSection{Summary: []string{
		tr(fmt.Sprintf("%s risikovurderinger med %s risici; %s kunne ikke vurderes.", number(s.Assessments, tag), number(s.Risks, tag), number(s.Unrated, tag)),
			fmt.Sprintf("%s risk assessments with %s risks; %s could not be rated.", number(s.Assessments, tag), number(s.Risks, tag), number(s.Unrated, tag))),
		tr(fmt.Sprintf("%s høje risici venter på foranstaltninger, der ikke er gennemført.", number(s.PendingHigh, tag)),
			fmt.Sprintf("%s high risks wait for measures not yet implemented.", number(s.PendingHigh, tag))),
		tr(fmt.Sprintf("%s risikovurderinger har en høj restrisiko: forudgående høring af Datatilsynet (GDPR art. 36).", number(s.PriorConsultation, tag)),
			fmt.Sprintf("%s risk assessments keep a high residual risk: prior consultation of Datatilsynet (GDPR art. 36).", number(s.PriorConsultation, tag))),
	}}
	for _, b := range risk.Bands() {
		sec.Bands = append(sec.Bands, bandRow{Band: b.Label(tag), Colour: b.Colour(),
			Before: number(s.Inherent.Of(b), tag), After: number(s.Residual.Of(b), tag)})
	}

	// The highest residual risks on the template's matrix, labelled 1, 2,
	// ... in the heat map and explained in the legend.
	type placed struct {
		set, row int
		rating   risk.Rating
	}
	matrix := risk.DefaultMatrix()
	var all []placed
	recordOf := map[string]string{}
	for i := range m.Records {
		if id := m.Records[i].RiskAssessmentID; id != "" {
			if _, ok := recordOf[id]; !ok {
				recordOf[id] = m.Records[i].Name
			}
		}
	}
	for i := range m.Risks {
		if !m.Risks[i].Matrix.IsZero() && m.Risks[i].Matrix != matrix {
			continue
		}
		for j, a := range m.Risks[i].Assessments {
			e := a.Residual
			if e.IsZero() {
				e = a.Inherent
			}
			if rt, err := matrix.RateEstimate(e); err == nil {
				all = append(all, placed{i, j, rt})
			}
		}
	}
	slices.SortStableFunc(all, func(a, b placed) int { return b.rating.Compare(a.rating) })
	var shown []risk.Assessment
	for k, p := range all[:min(n, len(all))] {
		a := m.Risks[p.set].Assessments[p.row]
		a.ID = strconv.Itoa(k + 1)
		shown = append(shown, a)
		residual := p.rating.Label(tag)
		if a.Residual.IsZero() {
			residual += tr(" (restrisiko ikke vurderet)", " (residual risk not assessed)")
		}
		sec.Legend = append(sec.Legend, legendRow{Label: a.ID, Assessment: plain(m.Risks[p.set].ID),
			Record: plain(recordOf[m.Risks[p.set].ID]), Threat: a.Threat.Label(tag), Residual: residual})
	}
	h := risk.HeatMap{Matrix: matrix, Assessments: shown, Lang: tag,
		Title: tr(fmt.Sprintf("Risikomatrix: de %d højeste restrisici", len(shown)), fmt.Sprintf("Risk matrix: the %d highest residual risks", len(shown)))}
	sec.SVG = h.SVG()
	sec.Text = h.Text()
	return sec
}

// diverseTop picks up to n findings, the most serious first, and of each
// severity at most perRule of a rule before the next rule gets its turn, so
// that one frequent gap does not fill the list. Within a rule the findings
// keep the report's order.
func diverseTop(r *Report, n, perRule int) []Finding {
	var out []Finding
	for s := gdpr.Critical; s >= gdpr.Info && len(out) < n; s-- {
		var rules []string
		byRule := map[string][]Finding{}
		for _, f := range r.Findings {
			if f.Severity != s {
				continue
			}
			if _, ok := byRule[f.Rule]; !ok {
				rules = append(rules, f.Rule)
			}
			if len(byRule[f.Rule]) < n {
				byRule[f.Rule] = append(byRule[f.Rule], f)
			}
		}
		for round := 0; len(out) < n; round++ {
			added := false
			for _, id := range rules {
				fs := byRule[id]
				for k := round * perRule; k < min((round+1)*perRule, len(fs)) && len(out) < n; k++ {
					out = append(out, fs[k])
					added = true
				}
			}
			if !added {
				break
			}
		}
	}
	return out
}
