package risk_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// seedMatrix is the template's "Risikomatrix" (the municipal DPIA template) as it is printed:
// the top row is the highest consequence ("Meget høj"), columns go from
// "Usandsynligt" to "Forventet"; each cell is the band label and R.
var seedMatrix = [4][4]struct {
	label string
	r     int
}{
	{{"Under middel", 4}, {"Middel", 8}, {"Over middel", 12}, {"Høj", 16}}, // Meget høj
	{{"Lav", 3}, {"Under middel", 6}, {"Middel", 9}, {"Over middel", 12}},  // Høj
	{{"Lav", 2}, {"Under middel", 4}, {"Under middel", 6}, {"Middel", 8}},  // Medium
	{{"Lav", 1}, {"Lav", 2}, {"Lav", 3}, {"Under middel", 4}},              // Lav
}

// Every cell of the default matrix against the template's printed matrix.
func TestDefaultMatrixEveryCell(t *testing.T) {
	m := risk.DefaultMatrix()
	nc, np := m.Size()
	require.Equal(t, 4, nc)
	require.Equal(t, 4, np)
	for row, cells := range seedMatrix {
		c := risk.Consequence(4 - row)
		for col, want := range cells {
			p := risk.Probability(col + 1)
			r, err := m.Rate(c, p)
			require.NoError(t, err)
			assert.Equal(t, want.r, r.Score, "K%d S%d score", c, p)
			assert.Equal(t, want.label, r.Band.Label(language.Danish), "K%d S%d band", c, p)
			assert.Equal(t, c, r.Consequence)
			assert.Equal(t, p, r.Probability)
		}
	}
}

// On the template's matrix the band follows the score with
// these boundaries: 1-3 low, 4 and 6 below medium, 8 and 9 medium, 12 above
// medium, 16 high. Both sides of every boundary are cells of the matrix.
func TestDefaultMatrixBandBoundaries(t *testing.T) {
	byScore := map[int]risk.Band{
		1: risk.Low, 2: risk.Low, 3: risk.Low, // upper boundary of low: 3
		4: risk.BelowMedium, 6: risk.BelowMedium, // 4 is the first below medium, 6 the last
		8: risk.Medium, 9: risk.Medium, // 8 the first medium, 9 the last
		12: risk.AboveMedium, // the only above medium
		16: risk.High,        // the only high
	}
	m := risk.DefaultMatrix()
	seen := map[int]bool{}
	for _, c := range risk.Consequences() {
		for _, p := range risk.Probabilities() {
			r, err := m.Rate(c, p)
			require.NoError(t, err)
			want, ok := byScore[r.Score]
			require.True(t, ok, "score %d is not a product of the scale", r.Score)
			assert.Equal(t, want, r.Band, "score %d", r.Score)
			seen[r.Score] = true
		}
	}
	assert.Len(t, seen, len(byScore), "every score of the table occurs")
}

func TestRateOffScale(t *testing.T) {
	m := risk.DefaultMatrix()
	tests := []struct {
		name string
		c    risk.Consequence
		p    risk.Probability
		msg  string
	}{
		{"consequence not assessed", 0, risk.Likely, "consequence 0, want 1-4"},
		{"probability not assessed", risk.Minor, 0, "probability 0, want 1-4"},
		{"consequence 5: the template's 1-5 header is an error", 5, risk.Likely, "consequence 5, want 1-4"},
		{"probability 5: the template's 1-5 header is an error", risk.Minor, 5, "probability 5, want 1-4"},
		{"consequence 255", 255, risk.Likely, "consequence 255"},
		{"probability 255", risk.Severe, 255, "probability 255"},
		{"both off: the consequence is reported", 9, 9, "consequence 9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := m.Rate(tt.c, tt.p)
			require.Error(t, err)
			assert.True(t, r.IsZero(), "no rating with an error")
			assert.ErrorIs(t, err, risk.ErrInvalidScale)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Contains(t, err.Error(), tt.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "risk: "), err.Error())
		})
	}
	_, err := risk.Matrix{}.Rate(risk.Minor, risk.Likely)
	assert.ErrorIs(t, err, risk.ErrInvalidScale, "the zero matrix rates nothing")
	assert.Contains(t, err.Error(), "zero matrix")
	assert.True(t, risk.Matrix{}.IsZero())
	assert.False(t, m.IsZero())
}

func TestRating(t *testing.T) {
	r, err := risk.DefaultMatrix().Rate(risk.Serious, risk.Expected)
	require.NoError(t, err)
	assert.Equal(t, risk.Rating{Consequence: risk.Serious, Probability: risk.Expected, Score: 12, Band: risk.AboveMedium}, r)
	assert.Equal(t, "K3 S4 R12 above_medium", r.String())
	assert.Equal(t, "Over middel (12)", r.Label(language.Danish))
	assert.Equal(t, "Above medium (12)", r.Label(language.English))
	j, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"consequence":"serious","probability":"expected","score":12,"band":"above_medium"}`, string(j))

	low := risk.Rating{Score: 4, Band: risk.BelowMedium}
	tests := []struct {
		name string
		a, b risk.Rating
		want int
	}{
		{"higher band wins over a higher score", risk.Rating{Score: 3, Band: risk.Medium}, risk.Rating{Score: 4, Band: risk.Low}, 1},
		{"same band: higher score", risk.Rating{Score: 6, Band: risk.BelowMedium}, low, 1},
		{"same band and score", low, low, 0},
		{"lower band", low, risk.Rating{Score: 16, Band: risk.High}, -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.a.Compare(tt.b), tt.name)
		assert.Equal(t, -tt.want, tt.b.Compare(tt.a), tt.name+" (reversed)")
	}
}

func TestNewMatrixValid(t *testing.T) {
	L, B, M, A, H := risk.Low, risk.BelowMedium, risk.Medium, risk.AboveMedium, risk.High
	tests := []struct {
		name  string
		spec  risk.MatrixSpec
		c     risk.Consequence
		p     risk.Probability
		score int
		band  risk.Band
		bands []risk.Band
	}{
		{
			name: "3x3 with three bands",
			spec: risk.MatrixSpec{Name: "3x3", Bands: [][]risk.Band{{L, L, M}, {L, M, H}, {M, H, H}}},
			c:    3, p: 2, score: 6, band: H, bands: []risk.Band{L, M, H},
		},
		{
			name: "5x5: a level beyond the template's scale",
			spec: risk.MatrixSpec{Bands: [][]risk.Band{
				{L, L, L, B, B}, {L, L, B, M, M}, {L, B, M, A, A}, {B, M, A, H, H}, {B, M, A, H, H},
			}},
			c: 5, p: 5, score: 25, band: H, bands: []risk.Band{L, B, M, A, H},
		},
		{
			name: "asymmetric 3x6: consequence weighs more than probability",
			spec: risk.MatrixSpec{Bands: [][]risk.Band{{L, L, L, L, M, M}, {L, L, M, M, A, A}, {A, A, H, H, H, H}}},
			c:    3, p: 1, score: 3, band: A, bands: []risk.Band{L, M, A, H},
		},
		{
			name: "a single band everywhere",
			spec: risk.MatrixSpec{Bands: [][]risk.Band{{M, M, M}, {M, M, M}, {M, M, M}}},
			c:    2, p: 2, score: 4, band: M, bands: []risk.Band{M},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := risk.NewMatrix(tt.spec)
			require.NoError(t, err)
			r, err := m.Rate(tt.c, tt.p)
			require.NoError(t, err)
			assert.Equal(t, tt.score, r.Score)
			assert.Equal(t, tt.band, r.Band)
			assert.Equal(t, tt.bands, m.Bands())
			nc, np := m.Size()
			_, err = m.Rate(risk.Consequence(nc+1), 1)
			assert.ErrorIs(t, err, risk.ErrInvalidScale, "one past the last row")
			_, err = m.Rate(1, risk.Probability(np+1))
			assert.ErrorIs(t, err, risk.ErrInvalidScale, "one past the last column")
			// Every cell as given.
			for c, row := range tt.spec.Bands {
				for p, want := range row {
					r, err := m.Rate(risk.Consequence(c+1), risk.Probability(p+1))
					require.NoError(t, err)
					assert.Equal(t, want, r.Band)
				}
			}
			again, err := risk.NewMatrix(m.Spec())
			require.NoError(t, err)
			assert.Equal(t, m, again, "Spec gives back the matrix")
		})
	}
}

func TestNewMatrixInvalid(t *testing.T) {
	L, M, H := risk.Low, risk.Medium, risk.High
	ok := [][]risk.Band{{L, L, M}, {L, M, H}, {M, H, H}}
	tests := []struct {
		name  string
		spec  risk.MatrixSpec
		probs []gdpr.Problem // path and code of each problem, in order
	}{
		{"no grid", risk.MatrixSpec{}, []gdpr.Problem{{Path: "bands", Code: gdpr.CodeOutOfRange}}},
		{"one row", risk.MatrixSpec{Bands: [][]risk.Band{{L, M}}}, []gdpr.Problem{{Path: "bands", Code: gdpr.CodeOutOfRange}}},
		{"2x2 is below 3x3", risk.MatrixSpec{Bands: [][]risk.Band{{L, M}, {M, H}}}, []gdpr.Problem{{Path: "bands", Code: gdpr.CodeOutOfRange}}},
		{"two columns", risk.MatrixSpec{Bands: [][]risk.Band{{L, M}, {M, H}, {H, H}}}, []gdpr.Problem{{Path: "bands[0]", Code: gdpr.CodeOutOfRange}}},
		{"seven rows", risk.MatrixSpec{Bands: [][]risk.Band{{L, L}, {L, L}, {L, L}, {L, L}, {L, L}, {L, L}, {L, L}}},
			[]gdpr.Problem{{Path: "bands", Code: gdpr.CodeOutOfRange}}},
		{"one column", risk.MatrixSpec{Bands: [][]risk.Band{{L}, {M}, {H}}}, []gdpr.Problem{{Path: "bands[0]", Code: gdpr.CodeOutOfRange}}},
		{"seven columns", risk.MatrixSpec{Bands: [][]risk.Band{{L, L, L, L, L, L, L}, {L, L, L, L, L, L, L}, {L, L, L, L, L, L, L}}},
			[]gdpr.Problem{{Path: "bands[0]", Code: gdpr.CodeOutOfRange}}},
		{"ragged rows", risk.MatrixSpec{Bands: [][]risk.Band{{L, M, M}, {M, H, H, H}, {H}}},
			[]gdpr.Problem{{Path: "bands[1]", Code: gdpr.CodeMalformed}, {Path: "bands[2]", Code: gdpr.CodeMalformed}}},
		{"a cell not set", risk.MatrixSpec{Bands: [][]risk.Band{{L, 0, M}, {M, H, H}, {H, H, H}}},
			[]gdpr.Problem{{Path: "bands[0][1]", Code: gdpr.CodeRequired}}},
		{"a band that does not exist", risk.MatrixSpec{Bands: [][]risk.Band{{L, M, M}, {M, 9, H}, {H, H, H}}},
			[]gdpr.Problem{{Path: "bands[1][1]", Code: gdpr.CodeRequired}}},
		{"band falls as consequence grows", risk.MatrixSpec{Bands: [][]risk.Band{{M, H, H}, {L, H, H}, {H, H, H}}},
			[]gdpr.Problem{{Path: "bands[1][0]", Code: gdpr.CodeOrder}}},
		{"band falls as probability grows", risk.MatrixSpec{Bands: [][]risk.Band{{L, L, L}, {H, M, H}, {H, H, H}}},
			[]gdpr.Problem{{Path: "bands[1][1]", Code: gdpr.CodeOrder}}},
		{"too few consequence labels", risk.MatrixSpec{Bands: ok, ConsequenceLabels: []gdpr.Text{{Da: "Lav"}}},
			[]gdpr.Problem{{Path: "consequenceLabels", Code: gdpr.CodeMalformed}}},
		{"a probability label without Danish", risk.MatrixSpec{Bands: ok, ProbabilityLabels: []gdpr.Text{{Da: "Lav"}, {En: "High"}, {Da: "Høj"}}},
			[]gdpr.Problem{{Path: "probabilityLabels[1].da", Code: gdpr.CodeRequired}}},
		{"a label with a control character", risk.MatrixSpec{Bands: ok, ProbabilityLabels: []gdpr.Text{{Da: "Lav\x00"}, {Da: "Høj", En: "Hi\ngh"}, {Da: "Meget høj"}}},
			[]gdpr.Problem{{Path: "probabilityLabels[0].da", Code: gdpr.CodeMalformed}, {Path: "probabilityLabels[1].en", Code: gdpr.CodeMalformed}}},
		{"a name with a line break", risk.MatrixSpec{Name: "a\nb", Bands: ok}, []gdpr.Problem{{Path: "name", Code: gdpr.CodeMalformed}}},
		{"every problem at once", risk.MatrixSpec{Name: " x", Bands: [][]risk.Band{{L, 0, L}, {L, L, L}, {L, L, L}}, ConsequenceLabels: []gdpr.Text{{}}},
			[]gdpr.Problem{{Path: "name", Code: gdpr.CodeMalformed}, {Path: "bands[0][1]", Code: gdpr.CodeRequired}, {Path: "consequenceLabels", Code: gdpr.CodeMalformed}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := risk.NewMatrix(tt.spec)
			require.Error(t, err)
			assert.True(t, m.IsZero())
			assert.ErrorIs(t, err, risk.ErrInvalidMatrix)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.True(t, errors.As(err, &ps), "the reasons are a gdpr.Problems")
			got := make([]gdpr.Problem, len(ps))
			for i, p := range ps {
				assert.NotEmpty(t, p.Message)
				got[i] = gdpr.Problem{Path: p.Path, Code: p.Code}
			}
			assert.Equal(t, tt.probs, got)
		})
	}
}

func TestMatrixLabels(t *testing.T) {
	m := risk.OS2KL()
	assert.Equal(t, "Meget høj", m.ConsequenceLabel(risk.Severe, language.Danish), "OS2compliance's axis labels")
	assert.Equal(t, "Very high", m.ConsequenceLabel(risk.Severe, language.English))
	assert.Equal(t, "Usandsynligt", m.ProbabilityLabel(risk.Unlikely, language.Danish))
	assert.Equal(t, "Expected", m.ProbabilityLabel(risk.Expected, language.English))
	assert.Equal(t, "5", m.ConsequenceLabel(5, language.Danish), "off the scale")
	assert.Equal(t, "Probability(0)", m.ProbabilityLabel(0, language.Danish))

	L, H := risk.Low, risk.High
	plain, err := risk.NewMatrix(risk.MatrixSpec{Bands: [][]risk.Band{{L, L, L, H}, {L, L, H, H}, {L, H, H, H}, {H, H, H, H}}})
	require.NoError(t, err)
	assert.Equal(t, "Meget alvorlig", plain.ConsequenceLabel(risk.Serious, language.Danish), "a 4-step matrix without labels uses the template's names")
	assert.Equal(t, "Likely", plain.ProbabilityLabel(risk.Likely, language.English))
	three, err := risk.NewMatrix(risk.MatrixSpec{Bands: [][]risk.Band{{L, L, H}, {L, H, H}, {H, H, H}}})
	require.NoError(t, err)
	assert.Equal(t, "3", three.ConsequenceLabel(3, language.Danish), "other sizes without labels use digits")
	labelled, err := risk.NewMatrix(risk.MatrixSpec{
		Bands:             [][]risk.Band{{L, H, H}, {H, H, H}, {H, H, H}},
		ConsequenceLabels: []gdpr.Text{{Da: "Lille", En: "Small"}, {Da: "Stor"}, {Da: "Enorm", En: "Huge"}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Small", labelled.ConsequenceLabel(1, language.English))
	assert.Equal(t, "Stor", labelled.ConsequenceLabel(2, language.English), "English falls back to Danish")
	assert.Equal(t, "Lille", labelled.ConsequenceLabel(1, language.Danish))
	assert.Equal(t, "1", labelled.ProbabilityLabel(1, language.Danish))
}

// A matrix is an immutable value: nothing a caller gets from it, or gave
// to it, changes it.
func TestMatrixImmutable(t *testing.T) {
	spec := risk.OS2KL().Spec()
	m, err := risk.NewMatrix(spec)
	require.NoError(t, err)
	assert.True(t, m == risk.OS2KL(), "matrices compare with ==")
	d, err := risk.NewMatrix(risk.DefaultMatrix().Spec())
	require.NoError(t, err)
	assert.True(t, d == risk.DefaultMatrix())

	spec.Bands[0][0] = risk.High
	spec.ConsequenceLabels[0].Da = "changed"
	r, err := m.Rate(1, 1)
	require.NoError(t, err)
	assert.Equal(t, risk.Low, r.Band, "changing the spec after NewMatrix does not change the matrix")
	assert.Equal(t, "Lav", m.ConsequenceLabel(1, language.Danish))

	got := risk.OS2KL().Spec()
	got.Bands[3][3] = risk.Low
	r, _ = risk.OS2KL().Rate(4, 4)
	assert.Equal(t, risk.High, r.Band, "changing a Spec does not change the preset")

	ps := risk.Presets()
	ps[1] = risk.Matrix{}
	assert.False(t, risk.Presets()[1].IsZero(), "Presets returns a fresh slice")
	bands := risk.DefaultMatrix().Bands()
	bands[0] = risk.High
	assert.Equal(t, risk.Low, risk.DefaultMatrix().Bands()[0])
}

func TestMatrixJSON(t *testing.T) {
	j, err := json.MarshalIndent(risk.DefaultMatrix(), "", "  ")
	require.NoError(t, err)
	golden(t, "matrix_default.json", append(j, '\n'))

	var m risk.Matrix
	require.NoError(t, json.Unmarshal(j, &m))
	assert.Equal(t, risk.DefaultMatrix(), m)

	for _, p := range risk.Presets() {
		j, err := json.Marshal(p)
		require.NoError(t, err)
		var back risk.Matrix
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, p, back, p.Name())
	}

	var zero risk.Matrix
	j, err = json.Marshal(zero)
	require.NoError(t, err)
	assert.Equal(t, "null", string(j))
	require.NoError(t, json.Unmarshal([]byte("null"), &zero))
	assert.True(t, zero.IsZero())

	tests := []struct {
		name, in string
	}{
		{"decoding validates like NewMatrix", `{"bands":[["high","low"],["high","high"]]}`},
		{"unknown band code", `{"bands":[["low","purple"],["high","high"]]}`},
		{"not an object", `[1,2]`},
		{"empty object", `{}`},
	}
	for _, tt := range tests {
		var m risk.Matrix
		err := json.Unmarshal([]byte(tt.in), &m)
		assert.Error(t, err, tt.name)
		assert.ErrorIs(t, err, gdpr.ErrInvalid, tt.name)
		assert.True(t, m.IsZero(), tt.name)
	}
}

func isJSONSyntaxOrType(err error) bool {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	return errors.As(err, &se) || errors.As(err, &te)
}

// TestOneSetOfScaleNames: a report shows the template's scale table
// ("Metodik for risikovurderingerne") and a heat map of the template's
// matrix; both name the steps alike, with the scale table's names, not the
// other names the template's matrix figure prints on its axes.
func TestOneSetOfScaleNames(t *testing.T) {
	m := risk.DefaultMatrix()
	for _, tag := range []language.Tag{language.Danish, language.English} {
		for _, c := range risk.Consequences() {
			assert.Equal(t, c.Label(tag), m.ConsequenceLabel(c, tag), "%s %s", c, tag)
		}
		for _, p := range risk.Probabilities() {
			assert.Equal(t, p.Label(tag), m.ProbabilityLabel(p, tag), "%s %s", p, tag)
		}
	}
	text := risk.HeatMap{Matrix: m}.Text()
	assert.Contains(t, text, "Graverende / ødelæggende")
	assert.Contains(t, text, "Usandsynlig ")
	assert.NotContains(t, text, "Meget høj")
	svg := string(risk.HeatMap{}.SVG())
	assert.Contains(t, svg, "Graverende / ødelæggende", "the zero Matrix draws the template's")
	assert.NotContains(t, svg, "Meget høj")
}

// TestMatrixSizes: a matrix is data of any size from 3x3 to 6x6 (other
// authorities use 3x3 and 5x5 grids; OS2compliance has added a 5x5), and
// nothing outside it.
func TestMatrixSizes(t *testing.T) {
	grid := func(nc, np int) [][]risk.Band {
		g := make([][]risk.Band, nc)
		for c := range g {
			g[c] = make([]risk.Band, np)
			for p := range g[c] {
				g[c][p] = risk.Band(min(1+(c+p)*4/max(nc+np-2, 1), int(risk.High)))
			}
		}
		return g
	}
	for nc := 1; nc <= 7; nc++ {
		for np := 1; np <= 7; np++ {
			m, err := risk.NewMatrix(risk.MatrixSpec{Bands: grid(nc, np)})
			inside := nc >= risk.MinLevels && nc <= risk.MaxLevels && np >= risk.MinLevels && np <= risk.MaxLevels
			if !inside {
				assert.ErrorIs(t, err, risk.ErrInvalidMatrix, "%dx%d", nc, np)
				continue
			}
			require.NoError(t, err, "%dx%d", nc, np)
			c, p := m.Size()
			assert.Equal(t, [2]int{nc, np}, [2]int{c, p})
			j, err := json.Marshal(m)
			require.NoError(t, err)
			back, err := risk.ParseJSON[risk.Matrix](j)
			require.NoError(t, err, "%dx%d as JSON", nc, np)
			assert.Equal(t, m, back)
		}
	}
}
