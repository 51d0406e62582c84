package overview

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// WriteText writes the dashboard of the report r on the municipality m it
// was built from, for a terminal: the same sections as [Report.WriteHTML],
// each line at most o.Width columns (cut with "…"), the first ten items of
// what is overdue and what falls due, and the heat map as text
// (risk.HeatMap.Text). Control characters in user text become spaces, so
// no text can move the cursor or change the terminal.
//
// The output depends only on r, m and o. WriteText returns only the
// writer's error.
func (r Report) WriteText(w io.Writer, m Municipality, o DashboardOptions) error {
	o = o.normalised()
	d := newDashboard(&m, &r, o)
	return d.writeText(w, o.Width)
}

// writeText writes the dashboard for a terminal, in at most width columns.
func (d *dashboard) writeText(w io.Writer, width int) error {
	p := &printer{w: w, width: width}
	// Every text of the data went through plain: no control character
	// reaches the terminal.
	p.line(d.Title)
	p.line(d.Subtitle)
	if d.Note != "" {
		p.line(d.Note)
	}

	p.heading(d.Headings.Sizes)
	for _, s := range d.Sizes {
		label := s.Label
		if s.Sub {
			label = "  – " + label
		}
		p.line(fmt.Sprintf("  %-32s %10s", label, s.N))
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
		for _, it := range sec.Items {
			p.line(fmt.Sprintf("  %-17s %6s  %-40s %-18s %s", it.Day, it.DaysLeft, clip(it.Kind, 40), clip(it.ID, 18), it.Path))
		}
		if n := sec.Count - len(sec.Items); n > 0 {
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
