package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"golang.org/x/text/language"
)

// dashboard is what both the terminal and the HTML dashboard show, with
// every text already in the chosen language. The two renderings differ
// only in how much of each list they show.
type dashboard struct {
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
	Sizes, Findings, Links, Overdue, Upcoming, Risk, Requests                               string
	Rule, Count, Severity, Area, ID, Path, Text, Kind, Day, DaysLeft, Oldest, Soonest, More string
	Before, After, Band, HeatMap, Legend, Threat, Record                                    string
}

type sizeRow struct{ Label, N string }

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
	Title string
	N     string
	Kinds []kindRow
	Items []dueRow // every item, the earliest first
}

type kindRow struct {
	Kind, N, First string
	Items          []dueRow
	More           string // "... og 12 flere", or ""
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

// numbers formats integers with the language's thousands separator.
func number(n int, tag language.Tag) string {
	s := strconv.Itoa(max(n, -n))
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

// newDashboard builds the dashboard of a report on a municipality.
func newDashboard(m *overview.Municipality, r *overview.Report, seed uint64, tag language.Tag) *dashboard {
	tr := func(da, en string) string { return gdpr.Text{Da: da, En: en}.In(tag) }
	num := func(n int) string { return number(n, tag) }
	d := &dashboard{Lang: "da"}
	if gdpr.English(tag) {
		d.Lang = "en"
	}
	d.Headings = headings{
		Sizes:    tr("Omfang", "Scope"),
		Findings: tr("Fund pr. område og alvor", "Findings by area and severity"),
		Links:    tr("Krydshenvisninger, der er brudte eller mangler", "Cross-references broken or missing"),
		Overdue:  tr("Overskredet", "Overdue"),
		Upcoming: tr("Forfalder inden for "+strconv.Itoa(r.Horizon)+" dage", "Due within "+strconv.Itoa(r.Horizon)+" days"),
		Risk:     tr("Risici", "Risks"),
		Requests: tr("Anmodninger fra registrerede", "Data-subject requests"),
		Rule:     tr("Regel", "Rule"), Count: tr("Antal", "Count"), Severity: tr("Alvor", "Severity"),
		Area: tr("Område", "Area"), ID: "Id", Path: tr("Felt", "Field"), Text: tr("Beskrivelse", "Description"),
		Kind: tr("Hvad", "What"), Day: tr("Frist", "Due"), DaysLeft: tr("Dage", "Days"),
		Oldest: tr("ældste frist", "oldest"), Soonest: tr("første frist", "soonest"), More: tr("flere", "more"),
		Before: tr("Før foranstaltninger", "Before measures"), After: tr("Efter foranstaltninger", "After measures"),
		Band: tr("Bånd", "Band"), HeatMap: tr("Risikomatrix", "Risk matrix"), Legend: tr("Forklaring", "Legend"),
		Threat: tr("Trussel", "Threat"), Record: tr("Behandling", "Processing"),
	}
	d.Title = tr(m.Name+" – overblik over databeskyttelse", m.Name+" – data protection overview")
	loc := r.Today.Start().Location()
	d.Subtitle = tr(
		fmt.Sprintf("Opgjort %s kl. %s · frister til og med %s (%d dage)", r.Today, r.Now.In(loc).Format("15:04"), r.Until, r.Horizon),
		fmt.Sprintf("As of %s at %s · deadlines up to %s (%d days)", r.Today, r.Now.In(loc).Format("15:04"), r.Until, r.Horizon))
	d.Note = tr(fmt.Sprintf("Syntetiske data genereret med frø %d. Alle navne er opdigtede.", seed),
		fmt.Sprintf("Synthetic data generated with seed %d. Every name is made up.", seed))
	d.Generated = r.Now.In(loc).Format(time.RFC3339)

	sizes := map[overview.Area]int{
		overview.Records: len(m.Records), overview.Consents: len(m.Consents), overview.Agreements: len(m.Agreements),
		overview.Screenings: len(m.Screenings), overview.DPIAs: dpiaCount(m), overview.Risks: len(m.Risks),
		overview.Breaches: len(m.Breaches), overview.Requests: len(m.Requests),
	}
	risks := 0
	for i := range m.Risks {
		risks += len(m.Risks[i].Assessments)
	}
	for _, a := range overview.Areas() {
		d.Sizes = append(d.Sizes, sizeRow{Label: a.Label(tag), N: num(sizes[a])})
		if a == overview.Risks {
			d.Sizes = append(d.Sizes, sizeRow{Label: tr("  – risici i dem", "  – risks in them"), N: num(risks)})
		}
	}

	severities := []gdpr.Severity{gdpr.Critical, gdpr.Error, gdpr.Warning, gdpr.Info}
	d.Severity = []string{d.Headings.Area}
	for _, s := range severities {
		d.Severity = append(d.Severity, s.Label(tag))
	}
	d.Severity = append(d.Severity, tr("I alt", "Total"))
	for _, a := range append(overview.Areas(), 0) {
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

	// The overview's own rules, the most frequent first.
	texts := map[string]gdpr.Text{}
	for _, rule := range overview.Rules() {
		texts[rule.ID] = rule.Text
	}
	var links []overview.RuleCount
	for _, rc := range r.Rules {
		if strings.HasPrefix(rc.Rule, "overview.") {
			links = append(links, rc)
		}
	}
	slices.SortStableFunc(links, func(a, b overview.RuleCount) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(b.N, a.N))
	})
	for _, rc := range links {
		d.Links = append(d.Links, linkRow{N: num(rc.N), Severity: rc.Severity.Label(tag), SevCode: rc.Severity.String(),
			Rule: rc.Rule, Text: texts[rc.Rule].In(tag)})
	}

	top := diverseTop(r, 20, 2)
	d.TopTitle = tr(fmt.Sprintf("De alvorligste fund (%s af %s)", num(len(top)), num(len(r.Findings))),
		fmt.Sprintf("The most serious findings (%s of %s)", num(len(top)), num(len(r.Findings))))
	for _, f := range top {
		d.Top = append(d.Top, findingRow{Severity: f.Severity.Label(tag), SevCode: f.Severity.String(), Area: f.Area.Label(tag),
			ID: f.ID, Rule: f.Rule, Path: f.Path, Text: f.Text.In(tag)})
	}

	d.Overdue = newDueSection(d.Headings.Overdue, r.Overdue, tag, d.Headings.Oldest)
	d.Upcoming = newDueSection(d.Headings.Upcoming, r.Upcoming, tag, d.Headings.Soonest)
	d.Risk = newRiskSection(m, r, tag)

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

// newDueSection groups what falls due by kind.
func newDueSection(title string, ds []overview.Due, tag language.Tag, first string) dueSection {
	sec := dueSection{Title: title, N: number(len(ds), tag)}
	for _, k := range overview.DueKinds() {
		var row kindRow
		for _, d := range ds {
			if d.Kind != k {
				continue
			}
			item := newDueRow(d, tag)
			day := item.Day
			if len(row.Items) == 0 {
				row.First = first + ": " + day
			}
			row.Items = append(row.Items, item)
		}
		if len(row.Items) == 0 {
			continue
		}
		row.Kind, row.N = k.Label(tag), number(len(row.Items), tag)
		sec.Kinds = append(sec.Kinds, row)
	}
	for _, d := range ds {
		sec.Items = append(sec.Items, newDueRow(d, tag))
	}
	return sec
}

// newDueRow describes one thing that falls due: its day, with the time
// when the deadline is an instant within the day (the 72 hours of a breach,
// a consent's expiry), and the days left.
func newDueRow(d overview.Due, tag language.Tag) dueRow {
	row := dueRow{Day: d.Day.String(), DaysLeft: strconv.Itoa(d.DaysLeft), Kind: d.Kind.Label(tag), ID: d.ID, Path: d.Path}
	switch {
	case d.Day.IsZero():
		row.Day, row.DaysLeft = gdpr.Text{Da: "aldrig gennemgået", En: "never reviewed"}.In(tag), ""
	case !d.Expires.Equal(d.Day.End()):
		row.Day += " " + d.Expires.In(d.Day.Start().Location()).Format("15:04")
	}
	return row
}

// heatMapSize is the number of risks the heat map places: the highest
// residual risks of the municipality.
const heatMapSize = 12

// newRiskSection sums up the risks and draws the highest in a heat map.
func newRiskSection(m *overview.Municipality, r *overview.Report, tag language.Tag) riskSection {
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
	for k, p := range all[:min(heatMapSize, len(all))] {
		a := m.Risks[p.set].Assessments[p.row]
		a.ID = strconv.Itoa(k + 1)
		shown = append(shown, a)
		residual := p.rating.Label(tag)
		if a.Residual.IsZero() {
			residual += tr(" (restrisiko ikke vurderet)", " (residual risk not assessed)")
		}
		sec.Legend = append(sec.Legend, legendRow{Label: a.ID, Assessment: m.Risks[p.set].ID,
			Record: recordOf[m.Risks[p.set].ID], Threat: a.Threat.Label(tag), Residual: residual})
	}
	h := risk.HeatMap{Matrix: matrix, Assessments: shown, Lang: tag,
		Title: tr(fmt.Sprintf("Risikomatrix: de %d højeste restrisici", len(shown)), fmt.Sprintf("Risk matrix: the %d highest residual risks", len(shown)))}
	sec.SVG = h.SVG()
	sec.Text = h.Text()
	return sec
}

// writeText writes the dashboard for a terminal, in at most width columns.
func (d *dashboard) writeText(w io.Writer, width int) error {
	p := &printer{w: w, width: width}
	p.line(d.Title)
	p.line(d.Subtitle)
	p.line(d.Note)

	p.heading(d.Headings.Sizes)
	for _, s := range d.Sizes {
		p.line(fmt.Sprintf("  %-32s %10s", s.Label, s.N))
	}

	p.heading(d.Headings.Findings)
	p.line(fmt.Sprintf("  %-30s %9s %9s %9s %11s %9s", d.Severity[0], d.Severity[1], d.Severity[2], d.Severity[3], d.Severity[4], d.Severity[5]))
	for _, a := range append(d.Areas, d.Total) {
		p.line(fmt.Sprintf("  %-30s %9s %9s %9s %11s %9s", clip(a.Label, 30), a.Counts[0], a.Counts[1], a.Counts[2], a.Counts[3], a.Counts[4]))
	}

	p.heading(d.Headings.Links)
	for _, l := range d.Links {
		p.line(fmt.Sprintf("  %7s  %-11s %-36s %s", l.N, l.Severity, l.Rule, l.Text))
	}

	p.heading(d.TopTitle)
	for _, f := range d.Top {
		p.line(fmt.Sprintf("  %-9s %-30s %-16s %s", f.Severity, clip(f.Area, 30), clip(f.ID, 16), f.Rule))
		p.line(fmt.Sprintf("            %s: %s", f.Path, f.Text))
	}

	for _, sec := range []dueSection{d.Overdue, d.Upcoming} {
		p.heading(sec.Title + " (" + sec.N + ")")
		for _, k := range sec.Kinds {
			p.line(fmt.Sprintf("  %-42s %8s   %s", k.Kind, k.N, k.First))
		}
		if len(sec.Items) > 0 {
			p.line("")
		}
		for _, it := range sec.Items[:min(10, len(sec.Items))] {
			p.line(fmt.Sprintf("  %-17s %6s  %-40s %-18s %s", it.Day, it.DaysLeft, clip(it.Kind, 40), clip(it.ID, 18), it.Path))
		}
		if n := len(sec.Items) - 10; n > 0 {
			p.line(fmt.Sprintf("  ... %d %s", n, d.Headings.More))
		}
	}

	p.heading(d.Headings.Risk)
	for _, s := range d.Risk.Summary {
		p.line("  " + s)
	}
	p.line(fmt.Sprintf("  %-14s %20s %22s", d.Headings.Band, d.Headings.Before, d.Headings.After))
	for _, b := range d.Risk.Bands {
		p.line(fmt.Sprintf("  %-14s %20s %22s", b.Band, b.Before, b.After))
	}
	p.line("")
	for _, l := range strings.Split(strings.TrimRight(d.Risk.Text, "\n"), "\n") {
		p.line("  " + l)
	}
	p.line("")
	p.line(fmt.Sprintf("  %3s  %-10s %-40s %s", "#", d.Headings.ID, d.Headings.Record, d.Headings.Threat))
	for _, l := range d.Risk.Legend {
		p.line(fmt.Sprintf("  %3s  %-10s %-40s %s", l.Label, l.Assessment, clip(l.Record, 40), l.Threat))
	}

	p.heading(d.Headings.Requests)
	for _, s := range d.Requests {
		p.line(fmt.Sprintf("  %-32s %10s", s.Label, s.N))
	}
	return p.err
}

// printer writes lines clipped to a width and keeps the first error.
type printer struct {
	w     io.Writer
	width int
	err   error
}

func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, strings.TrimRight(clip(s, p.width), " ")+"\n")
	}
}

func (p *printer) heading(s string) {
	p.line("")
	p.line(strings.ToUpper(s))
	p.line(strings.Repeat("─", min(utf8.RuneCountInString(s), p.width)))
}

// clip cuts s to n runes, ending with "…" when it cuts.
func clip(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// diverseTop picks up to n findings, the most serious first, and of each
// severity at most perRule of a rule before the next rule gets its turn, so
// that one frequent gap does not fill the list. Within a rule the findings
// keep the report's order.
func diverseTop(r *overview.Report, n, perRule int) []overview.Finding {
	var out []overview.Finding
	for s := gdpr.Critical; s >= gdpr.Info && len(out) < n; s-- {
		var rules []string
		byRule := map[string][]overview.Finding{}
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
