package risk_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// municipalRisks is a small risk assessment of a case system, one risk per
// kind of result: reduced, pending, not assessed, staying high.
func municipalRisks() []risk.Assessment {
	return []risk.Assessment{
		{ID: "1.1", Threat: risk.AccessControl, Description: gdpr.NewPersonal("Medarbejdere har adgang til sager uden for deres område."),
			Inherent: risk.Estimate{Consequence: risk.Serious, Probability: risk.Likely},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Rollebaseret adgang"), Status: risk.Implemented}},
			Residual: risk.Estimate{Consequence: risk.Serious, Probability: risk.Unlikely}},
		{ID: "6.1", Threat: risk.ITAttack, Description: gdpr.NewPersonal("Phishing giver adgang til en konto."),
			Inherent: risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Tofaktorlogin"), Status: risk.Planned, Due: gdpr.MustParseDate("2026-05-01")}},
			Residual: risk.Estimate{Consequence: risk.Severe, Probability: risk.LessLikely}},
		{ID: "8.1", Threat: risk.MissingDeletion, Description: gdpr.NewPersonal("Sager slettes ikke efter slettefristen."),
			Inherent: risk.Estimate{Consequence: risk.Minor, Probability: risk.Expected}},
		{ID: "14.1", Threat: risk.ThirdCountryTransfer, Description: gdpr.NewPersonal("Leverandørens support i et tredjeland kan se data."),
			Inherent: risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected},
			Residual: risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected}},
	}
}

func TestHeatMapGolden(t *testing.T) {
	L, B, M, A, H := risk.Low, risk.BelowMedium, risk.Medium, risk.AboveMedium, risk.High
	five, err := risk.NewMatrix(risk.MatrixSpec{
		Name:  "5x5 <egen>",
		Bands: [][]risk.Band{{L, L, L, B, B}, {L, L, B, M, M}, {L, B, M, A, A}, {B, M, A, H, H}, {B, M, A, H, H}},
	})
	require.NoError(t, err)
	crowded := make([]risk.Assessment, 9)
	for i := range crowded {
		crowded[i] = rated(3, 3, 2, 2) // more markers than a cell shows
	}
	crowded = append(crowded, rated(0, 0, 0, 0), risk.Assessment{ID: "x&y", Threat: risk.CustomThreat(`<script>"alert"</script>`), Description: gdpr.NewPersonal("x"),
		Inherent: risk.Estimate{Consequence: 1, Probability: 4}})
	tests := []struct {
		name string
		h    risk.HeatMap
	}{
		{"default_da", risk.HeatMap{Matrix: risk.DefaultMatrix(), Assessments: municipalRisks()}},
		{"default_en", risk.HeatMap{Assessments: municipalRisks(), Lang: language.English}},
		{"datatilsynet", risk.HeatMap{Matrix: risk.OS2Datatilsynet(), Assessments: municipalRisks(), Title: "Sagssystem & risici"}},
		{"five_by_five", risk.HeatMap{Matrix: five, Assessments: []risk.Assessment{rated(5, 5, 5, 2), rated(2, 3, 1, 1)}}},
		{"crowded_and_hostile", risk.HeatMap{Assessments: crowded}},
		{"empty", risk.HeatMap{Matrix: risk.OS2Standard()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svg := tt.h.SVG()
			golden(t, "heatmap_"+tt.name+".svg", svg)
			assert.Equal(t, svg, tt.h.SVG(), "deterministic")
			checkSVG(t, svg)
			text := tt.h.Text()
			golden(t, "heatmap_"+tt.name+".txt", []byte(text))
			assert.Equal(t, text, tt.h.Text(), "deterministic")
		})
	}
}

// checkSVG parses the document and checks what a reader and a screen
// reader need: well-formed XML, a <title> and <desc> first, a number in
// every cell, and a contrast of at least 4.5:1 (WCAG 2 AA) between every
// text and what it is drawn on.
func checkSVG(t *testing.T, svg []byte) {
	t.Helper()
	type rect struct {
		x, y, w, h float64
		fill       string
	}
	var rects []rect
	var first []string
	d := xml.NewDecoder(bytes.NewReader(svg))
	depth, texts := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "well-formed XML")
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && len(first) < 2 {
				first = append(first, el.Name.Local)
			}
			attr := map[string]string{}
			for _, a := range el.Attr {
				attr[a.Name.Local] = a.Value
			}
			switch el.Name.Local {
			case "svg":
				assert.Equal(t, "img", attr["role"])
			case "rect":
				r := rect{fill: attr["fill"]}
				if attr["width"] == "100%" {
					r.w, r.h = math.Inf(1), math.Inf(1)
				} else {
					r.x, r.y, r.w, r.h = num(t, attr["x"]), num(t, attr["y"]), num(t, attr["width"]), num(t, attr["height"])
				}
				rects = append(rects, r)
			case "text":
				texts++
				if attr["transform"] != "" {
					continue // the rotated axis title, on the white background
				}
				x, y := num(t, attr["x"]), num(t, attr["y"])-4
				switch attr["text-anchor"] {
				case "end":
					x -= 2
				case "middle":
				default:
					x += 2
				}
				bg := ""
				for i := len(rects) - 1; i >= 0; i-- {
					r := rects[i]
					if x >= r.x && x <= r.x+r.w && y >= r.y && y <= r.y+r.h {
						bg = r.fill
						break
					}
				}
				require.NotEmpty(t, bg, "text at %v,%v is on no background", x, y)
				fg := attr["fill"]
				if fg == "" {
					fg = "#000000"
				}
				assert.GreaterOrEqual(t, contrast(t, fg, bg), 4.5, "text %s on %s", fg, bg)
			}
		case xml.EndElement:
			depth--
		}
	}
	assert.Equal(t, []string{"title", "desc"}, first, "the text alternative comes first")
	assert.Positive(t, texts)
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return f
}

// contrast is the WCAG 2 contrast ratio of two "#RRGGBB" colours.
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	la, lb := luminance(t, a), luminance(t, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	require.Len(t, hex, 7, hex)
	var rgb [3]float64
	for i := range rgb {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		require.NoError(t, err, hex)
		c := float64(v) / 255
		if c <= 0.03928 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
}

// Every band colour carries black text at 4.5:1 or more.
func TestBandColourContrast(t *testing.T) {
	for _, b := range risk.Bands() {
		c := contrast(t, "#000000", b.Colour())
		assert.GreaterOrEqual(t, c, 4.5, "%s %s: %.2f", b, b.Colour(), c)
	}
	assert.Equal(t, "#FFFFFF", risk.Band(0).Colour())
	seen := map[string]bool{}
	for _, b := range risk.Bands() {
		assert.False(t, seen[b.Colour()], "bands have distinct colours")
		seen[b.Colour()] = true
	}
}

func TestHeatMapEscapesUserText(t *testing.T) {
	h := risk.HeatMap{
		Title: `Risici <b>&"'`,
		Assessments: []risk.Assessment{{
			ID: "<i>", Threat: risk.Threat("custom:</desc><script>alert(1)</script>"), Description: gdpr.NewPersonal("x"),
			Inherent: risk.Estimate{Consequence: 2, Probability: 2},
		}, {
			ID: "a\x00b\x1b[31m", Threat: risk.Threat("\xff\xfe"), Description: gdpr.NewPersonal("x"),
			Inherent: risk.Estimate{Consequence: 1, Probability: 1},
		}},
	}
	svg := string(h.SVG())
	assert.NotContains(t, svg, "<script")
	assert.NotContains(t, svg, "<b>")
	assert.NotContains(t, svg, "<i>")
	assert.Contains(t, svg, "&lt;/desc&gt;&lt;script&gt;")
	assert.Contains(t, svg, "Risici &lt;b&gt;&amp;&quot;&#39;")
	assert.NotContains(t, svg, "\x00")
	assert.NotContains(t, svg, "\x1b")
	checkSVG(t, []byte(svg))
	text := h.Text()
	assert.NotContains(t, text, "\x00")
	assert.NotContains(t, text, "\x1b", "no terminal escapes")
	assert.Contains(t, text, "\uFFFD", "invalid UTF-8 is replaced")
}

// Every cell shows its score as a number.
func TestHeatMapNumbersInCells(t *testing.T) {
	for _, m := range risk.Presets() {
		svg := string(risk.HeatMap{Matrix: m}.SVG())
		text := risk.HeatMap{Matrix: m}.Text()
		for c := 1; c <= 4; c++ {
			for p := 1; p <= 4; p++ {
				r, err := m.Rate(risk.Consequence(c), risk.Probability(p))
				require.NoError(t, err)
				assert.Contains(t, svg, fmt.Sprintf(`font-size="20" font-weight="bold">%d</text>`, r.Score))
				assert.Contains(t, svg, fmt.Sprintf(`fill="%s"`, r.Band.Colour()))
				assert.Contains(t, text, fmt.Sprintf("%d %s", r.Score, r.Band.Label(language.Danish)))
			}
		}
	}
}

func TestHeatMapManyRisks(t *testing.T) {
	as := manyAssessments(100)
	h := risk.HeatMap{Assessments: as}
	svg := h.SVG()
	checkSVG(t, svg)
	desc := string(svg[bytes.Index(svg, []byte("<desc")):bytes.Index(svg, []byte("</desc>"))])
	assert.Equal(t, 100, strings.Count(desc, "\n")-1, "the text alternative lists every risk")
	_, list, ok := strings.Cut(h.Text(), "Risici:\n")
	require.True(t, ok)
	assert.Equal(t, 100, strings.Count(list, "\n"), "one line per risk")
}
