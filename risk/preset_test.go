package risk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// presetCells are OS2compliance's four matrices as its ScaleService
// computes them (release 2.4.0), transcribed cell by cell: rows are
// consequence 1 to 4, columns probability 1 to 4; G green = low, LG light
// green = below medium, Y yellow = medium, O orange = above medium, R red =
// high.
var presetCells = []struct {
	matrix func() risk.Matrix
	scale  string
	name   string
	rows   [4]string
}{
	{risk.OS2Standard, "SCALE_1_4", "4x4 Standard", [4]string{
		"G G G Y",
		"G G Y Y",
		"G Y Y R",
		"Y Y R R",
	}},
	{risk.OS2KL, "SCALE_1_4_KL", "4x4 KL", [4]string{
		"G G G LG",
		"G LG LG Y",
		"G LG Y O",
		"LG Y O R",
	}},
	{risk.OS2Herning, "SCALE_1_4_HERNING", "4x4 Herning", [4]string{
		"G G LG Y",
		"G LG Y O",
		"LG Y O R",
		"Y O R R",
	}},
	// OS2compliance paints (1,1), (1,2) and (2,1) light green but computes
	// and stores green: the grid is what counts.
	{risk.OS2Datatilsynet, "SCALE_1_4_DATATILSYNET", "4x4 Datatilsynet", [4]string{
		"G G Y O",
		"G Y O O",
		"Y O O R",
		"O R R R",
	}},
}

var colourBands = map[string]risk.Band{
	"G": risk.Low, "GREEN": risk.Low,
	"LG": risk.BelowMedium, "LIGHT_GREEN": risk.BelowMedium,
	"Y": risk.Medium, "YELLOW": risk.Medium,
	"O": risk.AboveMedium, "ORANGE": risk.AboveMedium,
	"R": risk.High, "RED": risk.High,
}

// Every cell of every preset.
func TestPresetsEveryCell(t *testing.T) {
	require.Len(t, risk.Presets(), len(presetCells))
	for i, pc := range presetCells {
		t.Run(pc.name, func(t *testing.T) {
			m := pc.matrix()
			assert.Equal(t, pc.name, m.Name())
			assert.Equal(t, m, risk.Presets()[i], "Presets order")
			byName, err := risk.OS2Preset(pc.scale)
			require.NoError(t, err)
			assert.Equal(t, m, byName)
			for c, row := range pc.rows {
				for p, colour := range strings.Fields(row) {
					r, err := m.Rate(risk.Consequence(c+1), risk.Probability(p+1))
					require.NoError(t, err)
					assert.Equal(t, colourBands[colour], r.Band, "cell %d,%d", c+1, p+1)
					assert.Equal(t, (c+1)*(p+1), r.Score)
				}
			}
			// Each preset passes the constructor's checks.
			again, err := risk.NewMatrix(m.Spec())
			require.NoError(t, err)
			assert.Equal(t, m, again)
		})
	}
	// The issue: Standard uses three of the bands, Datatilsynet four.
	assert.Equal(t, []risk.Band{risk.Low, risk.Medium, risk.High}, risk.OS2Standard().Bands())
	assert.Equal(t, []risk.Band{risk.Low, risk.Medium, risk.AboveMedium, risk.High}, risk.OS2Datatilsynet().Bands())
	assert.Len(t, risk.OS2KL().Bands(), 5)
	assert.Len(t, risk.OS2Herning().Bands(), 5)
	// "4x4 KL" is the template's grid; the template's matrix names its
	// steps as its scale tables do.
	assert.Equal(t, risk.OS2KL().Spec().Bands, risk.DefaultMatrix().Spec().Bands)
	assert.Equal(t, risk.OS2KL().Name(), risk.DefaultMatrix().Name())
	// Datatilsynet's grid is not symmetric: K4 S2 is high, K2 S4 above medium.
	a, _ := risk.OS2Datatilsynet().Rate(4, 2)
	b, _ := risk.OS2Datatilsynet().Rate(2, 4)
	assert.Equal(t, risk.High, a.Band)
	assert.Equal(t, risk.AboveMedium, b.Band)
	assert.Equal(t, a.Score, b.Score, "same score, different band")

	_, err := risk.OS2Preset("SCALE_1_5")
	assert.ErrorIs(t, err, risk.ErrUnknownCode)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
}

// os2Data is the shape of ../shared/data/os2compliance/risk_matrices.json.
type os2Data struct {
	DefaultPreset string `json:"defaultPreset"`
	Presets       map[string]struct {
		DisplayName        string            `json:"displayName"`
		AssessmentBandGrid map[string]string `json:"assessmentBandGrid"`
		ProbabilityLabels  []string          `json:"probabilityLabels"`
		ConsequenceLabels  []string          `json:"consequenceLabels"`
	} `json:"presets"`
}

// The presets match the transcription of OS2compliance's matrices kept in
// ../shared (MPL-2.0, not part of this module). TestPresetsEveryCell covers
// every cell on its own; this test proves the two transcriptions agree
// when the data is there.
func TestPresetsMatchOS2complianceData(t *testing.T) {
	path := filepath.Join(moduleRoot(t), "..", "shared", "data", "os2compliance", "risk_matrices.json")
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("OS2compliance data not found at %s: the presets are NOT cross-checked against it here "+
			"(TestPresetsEveryCell still checks every cell from the test's own transcription)", path)
	}
	require.NoError(t, err)
	var data os2Data
	require.NoError(t, json.Unmarshal(raw, &data))
	assert.Equal(t, "SCALE_1_4", data.DefaultPreset)
	require.Len(t, data.Presets, len(presetCells))
	for _, pc := range presetCells {
		p, ok := data.Presets[pc.scale]
		require.True(t, ok, pc.scale)
		m, err := risk.OS2Preset(pc.scale)
		require.NoError(t, err)
		assert.Equal(t, p.DisplayName, m.Name())
		require.Len(t, p.AssessmentBandGrid, 16, pc.scale)
		for key, colour := range p.AssessmentBandGrid {
			cs, ps, ok := strings.Cut(key, ",")
			require.True(t, ok, key)
			c, err := strconv.Atoi(cs)
			require.NoError(t, err)
			pr, err := strconv.Atoi(ps)
			require.NoError(t, err)
			want, ok := colourBands[colour]
			require.True(t, ok, "unknown colour %s", colour)
			r, err := m.Rate(risk.Consequence(c), risk.Probability(pr))
			require.NoError(t, err)
			assert.Equal(t, want, r.Band, "%s cell %s", pc.scale, key)
		}
		for i, l := range p.ConsequenceLabels {
			assert.Equal(t, l, m.ConsequenceLabel(risk.Consequence(i+1), language.Danish), "%s consequence label %d", pc.scale, i+1)
		}
		for i, l := range p.ProbabilityLabels {
			assert.Equal(t, l, m.ProbabilityLabel(risk.Probability(i+1), language.Danish), "%s probability label %d", pc.scale, i+1)
		}
	}
}

// moduleRoot finds the directory of go.mod above the test's directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "go.mod not found")
		dir = parent
	}
}
