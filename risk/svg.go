package risk

import (
	"strconv"
	"strings"
)

// Geometry of the SVG heat map, in user units (pixels at 100 %).
const (
	svgPad      = 16
	svgAxisW    = 28  // the rotated consequence axis title
	svgLabelW   = 176 // the consequence step labels
	svgCellW    = 150
	svgCellH    = 84
	svgGridTop  = 60
	svgPillW    = 32
	svgPillH    = 18
	svgPillGap  = 3
	svgLegendW  = 132 // one band in the legend
	svgFontSize = 12
)

// SVG renders the heat map as a standalone SVG document: a grid with the
// highest consequence at the top and the highest probability to the right,
// each cell filled with its band's colour ([Band.Colour]; black text on
// every fill has a contrast of at least 4.5:1) and showing its score and
// band, the risks' markers in their cells, axis labels, a legend, and a
// <title> and <desc> that describe the whole picture in words. User text is
// escaped. The output is the same for the same input.
func (h HeatMap) SVG() []byte {
	l := h.layout()
	nc, np := l.m.Size()
	x0 := svgPad + svgAxisW + svgLabelW
	gridW, gridH := np*svgCellW, nc*svgCellH
	gridBottom := svgGridTop + gridH
	legendY := gridBottom + 78
	bands := l.m.Bands()
	width := max(x0+gridW+svgPad, 2*svgPad+len(bands)*svgLegendW, 2*svgPad+2*260)
	height := legendY + 56

	b := make([]byte, 0, 8192+len(h.Assessments)*320)
	b = append(b, `<svg xmlns="http://www.w3.org/2000/svg" width="`...)
	b = strconv.AppendInt(b, int64(width), 10)
	b = append(b, `" height="`...)
	b = strconv.AppendInt(b, int64(height), 10)
	b = append(b, `" viewBox="0 0 `...)
	b = strconv.AppendInt(b, int64(width), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(height), 10)
	b = append(b, `" role="img" aria-labelledby="risk-title risk-desc" xml:lang="`...)
	b = append(b, l.tr("da", "en")...)
	b = append(b, `" font-family="Arial, Helvetica, sans-serif" font-size="`...)
	b = strconv.AppendInt(b, svgFontSize, 10)
	b = append(b, "\">\n<title id=\"risk-title\">"...)
	b = appendEscaped(b, l.title)
	b = append(b, "</title>\n<desc id=\"risk-desc\">"...)
	b = appendEscaped(b, l.describe(h.Assessments))
	b = append(b, "</desc>\n"...)
	b = append(b, `<rect width="100%" height="100%" fill="#FFFFFF"/>`+"\n"...)
	b = textAt(b, svgPad, svgPad+20, "start", `font-size="18" font-weight="bold"`, l.title)

	// Axis titles.
	b = append(b, `<text transform="translate(`...)
	b = strconv.AppendInt(b, int64(svgPad+svgAxisW/2+4), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(svgGridTop+gridH/2), 10)
	b = append(b, `) rotate(-90)" text-anchor="middle" font-weight="bold">`...)
	b = appendEscaped(b, l.tr("Konsekvens (K)", "Consequence (K)"))
	b = append(b, "</text>\n"...)
	b = textAt(b, x0+gridW/2, gridBottom+60, "middle", `font-weight="bold"`, l.tr("Sandsynlighed (S)", "Probability (S)"))

	// Consequence labels, highest at the top.
	for c := nc; c >= 1; c-- {
		y := svgGridTop + (nc-c)*svgCellH
		lines := wrap(stepLabel(c, l.clabels[c]), 26, 3)
		top := y + svgCellH/2 - (len(lines)-1)*8 + 4
		for i, line := range lines {
			b = textAt(b, x0-8, top+i*16, "end", "", line)
		}
	}
	// Probability labels.
	for p := 1; p <= np; p++ {
		x := x0 + (p-1)*svgCellW + svgCellW/2
		lines := wrap(stepLabel(p, l.plabels[p]), 22, 2)
		for i, line := range lines {
			b = textAt(b, x, gridBottom+18+i*15, "middle", "", line)
		}
	}

	// Cells.
	for c := nc; c >= 1; c-- {
		for p := 1; p <= np; p++ {
			b = l.appendCell(b, h.Assessments, Consequence(c), Probability(p), x0+(p-1)*svgCellW, svgGridTop+(nc-c)*svgCellH)
		}
	}

	// Legend: the bands, then the markers.
	for i, band := range bands {
		x := svgPad + i*svgLegendW
		b = append(b, `<rect x="`...)
		b = strconv.AppendInt(b, int64(x), 10)
		b = append(b, `" y="`...)
		b = strconv.AppendInt(b, int64(legendY), 10)
		b = append(b, `" width="16" height="16" fill="`...)
		b = append(b, band.Colour()...)
		b = append(b, `" stroke="#000000"/>`+"\n"...)
		b = textAt(b, x+22, legendY+13, "start", "", l.band(band))
	}
	my := legendY + 26
	b = appendPill(b, svgPad, my, false, "1")
	b = textAt(b, svgPad+svgPillW+6, my+13, "start", "", l.tr("Oprindelig risiko", "Inherent risk"))
	b = appendPill(b, svgPad+260, my, true, "1")
	b = textAt(b, svgPad+260+svgPillW+6, my+13, "start", "", l.tr("Restrisiko efter yderligere foranstaltninger", "Residual risk after further measures"))
	b = append(b, "</svg>\n"...)
	return b
}

// appendCell draws the cell of consequence c and probability p at (x, y).
func (l *layout) appendCell(b []byte, as []Assessment, c Consequence, p Probability, x, y int) []byte {
	r, _ := l.m.Rate(c, p)
	inh, res := l.inherent[c-1][p-1], l.residual[c-1][p-1]
	b = append(b, "<g>\n<title>"...)
	b = appendEscaped(b, l.cellText(as, r, inh, res))
	b = append(b, "</title>\n"...)
	b = append(b, `<rect x="`...)
	b = strconv.AppendInt(b, int64(x), 10)
	b = append(b, `" y="`...)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, `" width="`...)
	b = strconv.AppendInt(b, svgCellW, 10)
	b = append(b, `" height="`...)
	b = strconv.AppendInt(b, svgCellH, 10)
	b = append(b, `" fill="`...)
	b = append(b, r.Band.Colour()...)
	b = append(b, `" stroke="#000000"/>`+"\n"...)
	b = textAt(b, x+8, y+24, "start", `font-size="20" font-weight="bold"`, strconv.Itoa(r.Score))
	b = textAt(b, x+svgCellW-8, y+22, "end", "", l.band(r.Band))
	b = appendMarkers(b, as, inh, false, x+8, y+32)
	b = appendMarkers(b, as, res, true, x+8, y+57)
	return append(b, "</g>\n"...)
}

// appendMarkers draws a row of markers; more than maxMarkers are summed up
// as "+n" in the last slot.
func appendMarkers(b []byte, as []Assessment, idx []int, filled bool, x, y int) []byte {
	shown := idx
	if len(idx) > maxMarkers {
		shown = idx[:maxMarkers-1]
	}
	for k, i := range shown {
		b = appendPill(b, x+k*(svgPillW+svgPillGap), y, filled, markerLabel(as, i))
	}
	if len(shown) < len(idx) {
		b = textAt(b, x+len(shown)*(svgPillW+svgPillGap)+2, y+13, "start", `font-weight="bold"`, "+"+strconv.Itoa(len(idx)-len(shown)))
	}
	return b
}

// appendPill draws one marker: outlined for the inherent risk, filled for
// the residual.
func appendPill(b []byte, x, y int, filled bool, label string) []byte {
	fill, ink := "#FFFFFF", "#000000"
	if filled {
		fill, ink = "#000000", "#FFFFFF"
	}
	b = append(b, `<rect x="`...)
	b = strconv.AppendInt(b, int64(x), 10)
	b = append(b, `" y="`...)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, `" width="`...)
	b = strconv.AppendInt(b, svgPillW, 10)
	b = append(b, `" height="`...)
	b = strconv.AppendInt(b, svgPillH, 10)
	b = append(b, `" rx="9" fill="`...)
	b = append(b, fill...)
	b = append(b, `" stroke="#000000" stroke-width="1.5"/>`+"\n"...)
	return textAt(b, x+svgPillW/2, y+13, "middle", `font-size="10" fill="`+ink+`"`, label)
}

// textAt appends a <text> element; attrs are trusted literals, s is
// escaped.
func textAt(b []byte, x, y int, anchor, attrs, s string) []byte {
	b = append(b, `<text x="`...)
	b = strconv.AppendInt(b, int64(x), 10)
	b = append(b, `" y="`...)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '"')
	if anchor != "start" {
		b = append(b, ` text-anchor="`...)
		b = append(b, anchor...)
		b = append(b, '"')
	}
	if attrs != "" {
		b = append(b, ' ')
		b = append(b, attrs...)
	}
	b = append(b, '>')
	b = appendEscaped(b, s)
	return append(b, "</text>\n"...)
}

// appendEscaped appends s escaped for XML text and attribute values; s has
// been cleaned of characters XML does not allow.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; ch {
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '"':
			b = append(b, "&quot;"...)
		case '\'':
			b = append(b, "&#39;"...)
		default:
			b = append(b, ch)
		}
	}
	return b
}

// cellText is a cell's tooltip: where it is, its rating and its risks.
func (l *layout) cellText(as []Assessment, r Rating, inh, res []int) string {
	var sb strings.Builder
	sb.WriteString("K")
	sb.WriteString(strconv.Itoa(int(r.Consequence)))
	sb.WriteString(" ")
	sb.WriteString(l.clabels[r.Consequence])
	sb.WriteString(", S")
	sb.WriteString(strconv.Itoa(int(r.Probability)))
	sb.WriteString(" ")
	sb.WriteString(l.plabels[r.Probability])
	sb.WriteString(": ")
	l.writeRatingLabel(&sb, r)
	sb.WriteString(".")
	l.writeList(&sb, as, l.tr(" Oprindelig risiko: ", " Inherent risk: "), inh)
	l.writeList(&sb, as, l.tr(" Restrisiko: ", " Residual risk: "), res)
	return sb.String()
}

func (l *layout) writeList(sb *strings.Builder, as []Assessment, head string, idx []int) {
	if len(idx) == 0 {
		return
	}
	sb.WriteString(head)
	for k, i := range idx {
		if k > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(clean(as[i].label(i)))
	}
	sb.WriteString(".")
}

// describe is the text alternative of the whole picture.
func (l *layout) describe(as []Assessment) string {
	nc, np := l.m.Size()
	var sb strings.Builder
	sb.Grow(1024 + 160*len(as))
	sb.WriteString(l.tr("Risikomatrix med ", "Risk matrix with "))
	sb.WriteString(strconv.Itoa(nc))
	sb.WriteString(l.tr(" trin for konsekvens (K) og ", " steps of consequence (K) and "))
	sb.WriteString(strconv.Itoa(np))
	sb.WriteString(l.tr(" for sandsynlighed (S). Hver celle viser risikoscoren R = K × S og risikobåndet: ",
		" of probability (S). Each cell shows the risk score R = K × S and the risk band: "))
	for c := 1; c <= nc; c++ {
		for p := 1; p <= np; p++ {
			r, _ := l.m.Rate(Consequence(c), Probability(p))
			if c > 1 || p > 1 {
				sb.WriteString("; ")
			}
			sb.WriteString("K")
			sb.WriteString(strconv.Itoa(c))
			sb.WriteString(" S")
			sb.WriteString(strconv.Itoa(p))
			sb.WriteString(" ")
			l.writeRatingLabel(&sb, r)
		}
	}
	sb.WriteString(".\n")
	rated := len(as) - l.unrated
	sb.WriteString(strconv.Itoa(rated))
	sb.WriteString(l.tr(" risici er placeret; omridsede mærker viser den oprindelige risiko, udfyldte restrisikoen efter yderligere foranstaltninger.",
		" risks are placed; outlined markers show the inherent risk, filled markers the residual risk after further measures."))
	for i := range as {
		if !l.rated[i] {
			continue
		}
		ev := l.evs[i]
		sb.WriteString("\n")
		sb.WriteString(clean(as[i].label(i)))
		sb.WriteString(" (")
		sb.WriteString(l.threat(as[i].Threat))
		sb.WriteString(l.tr("): oprindelig ", "): inherent "))
		writeRating(&sb, ev.Inherent, l)
		if ev.ResidualAssessed {
			sb.WriteString(l.tr(", rest ", ", residual "))
			writeRating(&sb, ev.Residual, l)
		} else {
			sb.WriteString(l.tr(", restrisiko ikke vurderet", ", residual risk not assessed"))
		}
		sb.WriteString(".")
	}
	if l.unrated > 0 {
		sb.WriteString("\n")
		sb.WriteString(strconv.Itoa(l.unrated))
		sb.WriteString(l.tr(" risici mangler konsekvens eller sandsynlighed på matrixens skala og er ikke placeret.",
			" risks lack a consequence or probability on the matrix's scale and are not placed."))
	}
	return sb.String()
}

func writeRating(sb *strings.Builder, r Rating, l *layout) {
	sb.WriteString("K")
	sb.WriteString(strconv.Itoa(int(r.Consequence)))
	sb.WriteString(" S")
	sb.WriteString(strconv.Itoa(int(r.Probability)))
	sb.WriteString(" ")
	l.writeRatingLabel(sb, r)
}

// writeRatingLabel writes "Over middel (12)".
func (l *layout) writeRatingLabel(sb *strings.Builder, r Rating) {
	sb.WriteString(l.band(r.Band))
	sb.WriteString(" (")
	sb.WriteString(strconv.Itoa(r.Score))
	sb.WriteString(")")
}
