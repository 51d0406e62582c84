package risk

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// DefaultMatrix returns the risk matrix of the municipal DPIA template
// ("Risikomatrix"): four consequence and four probability steps, R = K × S,
// and the bands
//
//	R 1, 2, 3   Lav (low)
//	R 4, 6      Under middel (below medium)
//	R 8, 9      Middel (medium)
//	R 12        Over middel (above medium)
//	R 16        Høj (high)
//
// Its grid and name are those of OS2compliance's "4x4 KL" ([OS2KL]). Its
// steps are named as the template's scale tables name them ("Ubetydelig"
// ... "Graverende / ødelæggende", "Usandsynlig" ... "Forventet"; see
// [Consequence.Label]), not with the other names the template's matrix
// figure prints on its axes ("Lav" ... "Meget høj"), so the scale table
// and the heat map of a report use one set of names.
func DefaultMatrix() Matrix { return presetTemplate }

// OS2Standard returns OS2compliance's "4x4 Standard" matrix (scale
// SCALE_1_4, its default): three bands, low, medium and high (green, yellow,
// red).
func OS2Standard() Matrix { return presetStandard }

// OS2KL returns OS2compliance's "4x4 KL" matrix (scale SCALE_1_4_KL): the
// template's grid with OS2compliance's axis labels ("Lav", "Medium", "Høj",
// "Meget høj"); [DefaultMatrix] has the same grid with the template's
// scale names.
func OS2KL() Matrix { return presetKL }

// OS2Herning returns OS2compliance's "4x4 Herning" matrix (scale
// SCALE_1_4_HERNING): all five bands, stricter than the template's.
func OS2Herning() Matrix { return presetHerning }

// OS2Datatilsynet returns OS2compliance's "4x4 Datatilsynet" matrix (scale
// SCALE_1_4_DATATILSYNET): four bands, low, medium, above medium and high.
//
// OS2compliance paints the cells (1,1), (1,2) and (2,1) light green on
// screen but stores and exports them as green (low); this matrix gives what
// OS2compliance computes and stores, low.
func OS2Datatilsynet() Matrix { return presetDatatilsynet }

// Presets returns OS2compliance's four matrices in its order: Standard, KL,
// Herning, Datatilsynet.
func Presets() []Matrix {
	return []Matrix{presetStandard, presetKL, presetHerning, presetDatatilsynet}
}

// os2Scales are OS2compliance's names of its scales, as stored in its
// settings, in the order of Presets.
var os2Scales = [...]string{"SCALE_1_4", "SCALE_1_4_KL", "SCALE_1_4_HERNING", "SCALE_1_4_DATATILSYNET"}

// OS2Preset returns the preset for an OS2compliance scale name as its
// settings store it ("SCALE_1_4_KL"), so a municipality moving from
// OS2compliance gets the same bands. An unknown name is an error wrapping
// [ErrUnknownCode].
func OS2Preset(scale string) (Matrix, error) {
	for i, s := range os2Scales {
		if s == scale {
			return Presets()[i], nil
		}
	}
	return Matrix{}, &enum.Error{Msg: "risk: unknown OS2compliance scale " + enum.Quote(scale), Code: gdpr.CodeUnknown, Err: ErrUnknownCode}
}

// The presets' grids are transcribed from OS2compliance 2.4.0
// (ScaleService.java, the grid it computes and stores with; see
// OS2compliance's public repository, MPL-2.0). Rows are consequence 1
// to 4, columns probability 1 to 4. Colours map to bands as GREEN low,
// LIGHT_GREEN below medium, YELLOW medium, ORANGE above medium, RED high.
var (
	presetStandard = preset("4x4 Standard", [4][4]Band{
		{Low, Low, Low, Medium},
		{Low, Low, Medium, Medium},
		{Low, Medium, Medium, High},
		{Medium, Medium, High, High},
	}, [4]gdpr.Text{
		{Da: "Ubetydelig", En: "Insignificant"},
		{Da: "Mindre alvorlig", En: "Minor"},
		{Da: "Meget alvorlig", En: "Serious"},
		{Da: "Graverende/ødelæggende", En: "Severe/devastating"},
	}, os2Probabilities)

	// presetTemplate is the template's matrix: the KL grid, no labels of its
	// own, so the steps take the scales' names.
	presetTemplate = func() Matrix {
		m := presetKL
		m.meta = makeMeta(m.Name(), "", "")
		return m
	}()

	presetKL = preset("4x4 KL", [4][4]Band{
		{Low, Low, Low, BelowMedium},
		{Low, BelowMedium, BelowMedium, Medium},
		{Low, BelowMedium, Medium, AboveMedium},
		{BelowMedium, Medium, AboveMedium, High},
	}, [4]gdpr.Text{
		{Da: "Lav", En: "Low"},
		{Da: "Medium", En: "Medium"},
		{Da: "Høj", En: "High"},
		{Da: "Meget høj", En: "Very high"},
	}, os2Probabilities)

	presetHerning = preset("4x4 Herning", [4][4]Band{
		{Low, Low, BelowMedium, Medium},
		{Low, BelowMedium, Medium, AboveMedium},
		{BelowMedium, Medium, AboveMedium, High},
		{Medium, AboveMedium, High, High},
	}, [4]gdpr.Text{
		{Da: "Ubetydelig", En: "Insignificant"},
		{Da: "Mindre alvorlig", En: "Minor"},
		{Da: "Meget alvorlig", En: "Serious"},
		{Da: "Ødelæggende", En: "Devastating"},
	}, os2Probabilities)

	presetDatatilsynet = preset("4x4 Datatilsynet", [4][4]Band{
		{Low, Low, Medium, AboveMedium},
		{Low, Medium, AboveMedium, AboveMedium},
		{Medium, AboveMedium, AboveMedium, High},
		{AboveMedium, High, High, High},
	}, [4]gdpr.Text{
		{Da: "Lav (Ubetydelig, uvæsentlig)", En: "Low (insignificant, immaterial)"},
		{Da: "Medium (Mindre alvorlig, generende)", En: "Medium (minor, inconvenient)"},
		{Da: "Høj (Alvorlig, kritisk)", En: "High (serious, critical)"},
		{Da: "Meget høj (Graverende, meget kritisk)", En: "Very high (severe, very critical)"},
	}, [4]gdpr.Text{
		{Da: "Lav (Usandsynligt)", En: "Low (unlikely)"},
		{Da: "Medium (Mindre sandsynligt)", En: "Medium (less likely)"},
		{Da: "Høj (Sandsynligt)", En: "High (likely)"},
		{Da: "Meget høj (Forventet)", En: "Very high (expected)"},
	})
)

var os2Probabilities = [4]gdpr.Text{
	{Da: "Usandsynligt", En: "Unlikely"},
	{Da: "Mindre sandsynligt", En: "Less likely"},
	{Da: "Sandsynligt", En: "Likely"},
	{Da: "Forventet", En: "Expected"},
}

// preset builds a 4x4 matrix from literals. The tests prove every preset
// passes NewMatrix.
func preset(name string, grid [4][4]Band, clabels, plabels [4]gdpr.Text) Matrix {
	m := Matrix{nc: 4, np: 4}
	for c := range grid {
		copy(m.grid[c][:], grid[c][:])
	}
	var ps gdpr.Problems
	m.meta = makeMeta(name,
		packLabels(clabels[:], 4, "consequenceLabels", &ps),
		packLabels(plabels[:], 4, "probabilityLabels", &ps))
	return m
}
