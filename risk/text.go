package risk

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxTextLabel is the widest step label in the text rendering.
const maxTextLabel = 30

// Text renders the heat map as plain text for terminals and logs: the grid
// with the highest consequence at the top, each cell's score and band and
// the risks' markers (○ inherent, ● residual), then one line per risk from
// before to after the further measures. Control characters in user text
// become spaces. The output is the same for the same input.
func (h HeatMap) Text() string {
	l := h.layout()
	nc, np := l.m.Size()

	// Columns: the step labels, then one per probability step.
	cols := make([][]string, np+1) // every line of every column, top to bottom
	cols[0] = append(cols[0], "K \\ S")
	for p := 1; p <= np; p++ {
		cols[p] = append(cols[p], cut(stepLabel(p, l.plabels[p]), maxTextLabel))
	}
	for c := nc; c >= 1; c-- {
		cols[0] = append(cols[0], cut(stepLabel(c, l.clabels[c]), maxTextLabel), "")
		for p := 1; p <= np; p++ {
			r, _ := l.m.Rate(Consequence(c), Probability(p))
			var marks strings.Builder
			writeMarks(&marks, h.Assessments, "○", l.inherent[c-1][p-1])
			writeMarks(&marks, h.Assessments, "●", l.residual[c-1][p-1])
			cols[p] = append(cols[p], strconv.Itoa(r.Score)+" "+l.band(r.Band), marks.String())
		}
	}
	widths := make([]int, len(cols))
	for i, col := range cols {
		for _, s := range col {
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}

	var sb strings.Builder
	sb.WriteString(l.title)
	sb.WriteString("\n")
	sb.WriteString(l.tr("Konsekvens (K) lodret, sandsynlighed (S) vandret; R = K × S. ○ oprindelig risiko, ● restrisiko.",
		"Consequence (K) down, probability (S) across; R = K × S. ○ inherent risk, ● residual risk."))
	sb.WriteString("\n\n")
	rule := func() {
		for i, w := range widths {
			if i > 0 {
				sb.WriteString("-+-")
			}
			sb.WriteString(strings.Repeat("-", w))
		}
		sb.WriteString("\n")
	}
	line := func(row int) {
		var b strings.Builder
		for i, col := range cols {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(col[row])
			if i < len(cols)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(col[row])))
			}
		}
		sb.WriteString(strings.TrimRight(b.String(), " "))
		sb.WriteString("\n")
	}
	line(0)
	for row := 1; row < len(cols[0]); row += 2 {
		rule()
		line(row)
		line(row + 1)
	}

	sb.WriteString("\n")
	sb.WriteString(l.tr("Risici:", "Risks:"))
	sb.WriteString("\n")
	width := 0
	for i := range h.Assessments {
		width = max(width, utf8.RuneCountInString(clean(h.Assessments[i].label(i))))
	}
	for i := range h.Assessments {
		a := &h.Assessments[i]
		id := clean(a.label(i))
		sb.WriteString("  ")
		sb.WriteString(id)
		sb.WriteString(strings.Repeat(" ", width-utf8.RuneCountInString(id)+2))
		sb.WriteString(l.threat(a.Threat))
		sb.WriteString(": ")
		if !l.rated[i] {
			sb.WriteString(l.tr("kan ikke vurderes på matrixens skala", "cannot be rated on the matrix's scale"))
			sb.WriteString("\n")
			continue
		}
		ev := l.evs[i]
		writeRating(&sb, ev.Inherent, l)
		if ev.ResidualAssessed {
			sb.WriteString(" -> ")
			writeRating(&sb, ev.Residual, l)
		} else {
			sb.WriteString(l.tr(" (restrisiko ikke vurderet)", " (residual risk not assessed)"))
		}
		sb.WriteString("\n")
	}
	if len(h.Assessments) == 0 {
		sb.WriteString(l.tr("  (ingen)\n", "  (none)\n"))
	}
	return sb.String()
}

// writeMarks writes up to maxMarkers markers, then "+n".
func writeMarks(sb *strings.Builder, as []Assessment, mark string, idx []int) {
	shown := idx
	if len(idx) > maxMarkers {
		shown = idx[:maxMarkers-1]
	}
	for _, i := range shown {
		if sb.Len() > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(mark)
		sb.WriteString(markerLabel(as, i))
	}
	if len(shown) < len(idx) {
		sb.WriteString(" ")
		sb.WriteString(mark)
		sb.WriteString("+")
		sb.WriteString(strconv.Itoa(len(idx) - len(shown)))
	}
}

// cut shortens s to n runes, ending in "…" when cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
