package risk

import (
	"log/slog"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// HeatMap is a picture of a matrix with assessments placed in its cells:
// each risk's inherent rating as an outlined marker and its residual rating
// as a filled marker with the same label, so a reader can follow each risk
// from before to after the further measures. It renders as SVG
// ([HeatMap.SVG]) for browsers and print, and as plain text
// ([HeatMap.Text]) for terminals and logs. Output is deterministic.
type HeatMap struct {
	// Matrix is the matrix to draw; the zero Matrix draws [DefaultMatrix].
	Matrix Matrix
	// Assessments are placed by their ratings; a risk is labelled with its
	// ID, else its position in the list from 1. Risks that cannot be rated
	// are counted in the text alternative and left out of the cells.
	Assessments []Assessment
	// Lang is the language of labels: Danish unless English.
	Lang language.Tag
	// Title overrides the default title ("Risikomatrix: 4x4 KL").
	Title string
}

// LogValue implements slog.LogValuer: the heat map's fields with the free
// texts of its assessments redacted.
func (h HeatMap) LogValue() slog.Value { return gdpr.LogValueOf(h) }

// maxMarkers is the most markers of one kind a cell shows; more are
// summed up as "+n".
const maxMarkers = 4

// maxMarkerRunes is the longest marker label; longer IDs are cut.
const maxMarkerRunes = 5

// layout is a heat map's assessments placed in cells.
type layout struct {
	m        Matrix
	en       bool // English labels, else Danish
	title    string
	clabels  [MaxLevels + 1]string // cleaned step labels, by step
	plabels  [MaxLevels + 1]string
	evs      []Evaluation
	rated    []bool
	unrated  int
	inherent [MaxLevels][MaxLevels][]int
	residual [MaxLevels][MaxLevels][]int
}

func (h HeatMap) layout() *layout {
	l := &layout{m: h.Matrix.orDefault(), en: gdpr.English(h.Lang), title: clean(h.Title)}
	tag := language.Danish
	if l.en {
		tag = language.English
	}
	for c := 1; c <= int(l.m.nc); c++ {
		l.clabels[c] = clean(l.m.ConsequenceLabel(Consequence(c), tag))
	}
	for p := 1; p <= int(l.m.np); p++ {
		l.plabels[p] = clean(l.m.ProbabilityLabel(Probability(p), tag))
	}
	if l.title == "" {
		l.title = l.tr("Risikomatrix", "Risk matrix")
		if name := l.m.Name(); name != "" {
			l.title += ": " + clean(name)
		}
	}
	l.evs = make([]Evaluation, len(h.Assessments))
	l.rated = make([]bool, len(h.Assessments))
	for i := range h.Assessments {
		ev, ok := l.m.evaluate(&h.Assessments[i])
		if !ok {
			l.unrated++
			continue
		}
		l.evs[i], l.rated[i] = ev, true
		r := ev.Inherent
		l.inherent[r.Consequence-1][r.Probability-1] = append(l.inherent[r.Consequence-1][r.Probability-1], i)
		if ev.ResidualAssessed {
			r = ev.Residual
			l.residual[r.Consequence-1][r.Probability-1] = append(l.residual[r.Consequence-1][r.Probability-1], i)
		}
	}
	return l
}

func (l *layout) tr(da, en string) string {
	if l.en {
		return en
	}
	return da
}

// text picks the layout's language of t.
func (l *layout) text(t gdpr.Text) string { return l.tr(t.Da, t.En) }

// band is the label of a valid band.
func (l *layout) band(b Band) string {
	if l.en {
		return b.Label(language.English)
	}
	return b.Label(language.Danish)
}

// threat is a threat's label, cleaned.
func (l *layout) threat(t Threat) string {
	if n := t.Number(); n > 0 {
		return l.text(threatTable[n-1].label)
	}
	return clean(t.Label(language.Danish))
}

// markerLabel is the label of assessment i, cut to maxMarkerRunes.
func markerLabel(as []Assessment, i int) string {
	s := clean(as[i].label(i))
	if utf8.RuneCountInString(s) <= maxMarkerRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxMarkerRunes-1]) + "…"
}

// clean makes user text safe to print: control characters become spaces,
// invalid UTF-8 becomes U+FFFD, surrounding space is trimmed.
func clean(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for _, r := range s {
			if unicode.IsControl(r) || !validXMLRune(r) {
				ok = false
				break
			}
		}
	}
	if ok {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if unicode.IsControl(r) || !validXMLRune(r) {
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// validXMLRune reports whether r may appear in an XML 1.0 document.
func validXMLRune(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// wrap splits s into lines of at most width runes at spaces (a longer word
// stands alone), at most maxLines lines; the last line ends in "…" when
// text is left over.
func wrap(s string, width, maxLines int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	words := strings.Fields(s)
	for _, w := range words {
		wn := utf8.RuneCountInString(w)
		if n > 0 && n+1+wn > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
			if len(lines) == maxLines {
				last := lines[maxLines-1]
				lines[maxLines-1] = strings.TrimRight(last, " ") + "…"
				return lines
			}
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wn
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// stepLabel is a step's number and label ("3 Høj"), or just the number when
// the label is the number.
func stepLabel(n int, label string) string {
	digit := strconv.Itoa(n)
	if label == digit {
		return digit
	}
	return digit + " " + label
}
