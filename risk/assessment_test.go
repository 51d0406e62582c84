package risk_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// phishing is a complete assessment in the shape of the template's risk
// table: threat 6, inherent K4 S3 (above medium), reduced to K4 S1 (below
// medium) by two further measures.
func phishing() risk.Assessment {
	return risk.Assessment{
		ID:              "6.1",
		Threat:          risk.ITAttack,
		Description:     gdpr.NewPersonal("Phishing-mail giver en angriber adgang til sagsbehandlerens konto."),
		Consequences:    gdpr.NewPersonal("Oplysninger om borgernes helbred kan blive offentliggjort."),
		CurrentMeasures: gdpr.NewPersonal("Spamfilter og årlig awareness-træning."),
		Inherent:        risk.Estimate{Consequence: risk.Severe, Probability: risk.Likely},
		Measures: []risk.Measure{
			{Description: gdpr.NewPersonal("Tofaktorlogin for alle brugere"), Status: risk.Implemented, Owner: gdpr.NewPersonal("IT-afdelingen"), Due: gdpr.MustParseDate("2026-01-15")},
			{Description: gdpr.NewPersonal("Phishing-test hvert kvartal"), Status: risk.Planned, Owner: gdpr.NewPersonal("Informationssikkerhed"), Due: gdpr.MustParseDate("2026-06-01")},
		},
		Residual: risk.Estimate{Consequence: risk.Severe, Probability: risk.Unlikely},
	}
}

// problemsOf returns the path and code of each problem of err.
func problemsOf(t *testing.T, err error) []gdpr.Problem {
	t.Helper()
	if err == nil {
		return nil
	}
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps), "want gdpr.Problems, got %T", err)
	out := make([]gdpr.Problem, len(ps))
	for i, p := range ps {
		require.NotEmpty(t, p.Message, p.Path)
		out[i] = gdpr.Problem{Path: p.Path, Code: p.Code}
	}
	return out
}

func TestAssessmentValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(a *risk.Assessment)
		probs []gdpr.Problem
	}{
		{"complete assessment", func(*risk.Assessment) {}, nil},
		{"residual not assessed is allowed", func(a *risk.Assessment) { a.Residual = risk.Estimate{} }, nil},
		{"no measures, no residual, no id", func(a *risk.Assessment) { a.Measures, a.Residual, a.ID = nil, risk.Estimate{}, "" }, nil},
		{"custom threat", func(a *risk.Assessment) { a.Threat = risk.CustomThreat("Fejl i AI-model") }, nil},
		{"threat missing", func(a *risk.Assessment) { a.Threat = "" },
			[]gdpr.Problem{{Path: "threat", Code: gdpr.CodeRequired}}},
		{"unknown threat", func(a *risk.Assessment) { a.Threat = "hacking" },
			[]gdpr.Problem{{Path: "threat", Code: gdpr.CodeUnknown}}},
		{"description blank", func(a *risk.Assessment) { a.Description = gdpr.NewPersonal(" \n") },
			[]gdpr.Problem{{Path: "description", Code: gdpr.CodeRequired}}},
		{"id too long", func(a *risk.Assessment) { a.ID = strings.Repeat("1", 17) },
			[]gdpr.Problem{{Path: "id", Code: gdpr.CodeOutOfRange}}},
		{"id with a line break", func(a *risk.Assessment) { a.ID = "6.\n1" },
			[]gdpr.Problem{{Path: "id", Code: gdpr.CodeMalformed}}},
		{"inherent not assessed", func(a *risk.Assessment) { a.Inherent = risk.Estimate{} },
			[]gdpr.Problem{{Path: "inherent.consequence", Code: gdpr.CodeRequired}, {Path: "inherent.probability", Code: gdpr.CodeRequired}}},
		// The municipal DPIA template's "1-5" header is an error; 5 is off the scale.
		{"inherent consequence 5", func(a *risk.Assessment) { a.Inherent.Consequence = 5 },
			[]gdpr.Problem{{Path: "inherent.consequence", Code: gdpr.CodeOutOfRange}}},
		{"inherent probability 255", func(a *risk.Assessment) { a.Inherent.Probability = 255 },
			[]gdpr.Problem{{Path: "inherent.probability", Code: gdpr.CodeOutOfRange}}},
		{"residual with only a consequence", func(a *risk.Assessment) { a.Residual = risk.Estimate{Consequence: risk.Minor} },
			[]gdpr.Problem{{Path: "residual.probability", Code: gdpr.CodeRequired}}},
		{"residual with only a probability", func(a *risk.Assessment) { a.Residual = risk.Estimate{Probability: risk.Unlikely} },
			[]gdpr.Problem{{Path: "residual.consequence", Code: gdpr.CodeRequired}}},
		{"residual worse than inherent without a reason", func(a *risk.Assessment) { a.Residual.Probability = risk.Expected },
			[]gdpr.Problem{{Path: "residual", Code: gdpr.CodeConflict}}},
		{"residual worse than inherent, explained", func(a *risk.Assessment) {
			a.Residual.Probability = risk.Expected
			a.ResidualReason = gdpr.NewPersonal("Den nye integration øger eksponeringen.")
		}, nil},
		{"residual equal to inherent", func(a *risk.Assessment) { a.Residual = a.Inherent }, nil},
		{"consequence per dimension only", func(a *risk.Assessment) {
			a.Inherent = risk.Estimate{Probability: risk.Likely, Dimensions: risk.Dimensions{Confidentiality: risk.Severe, Availability: risk.Minor}}
		}, nil},
		{"consequence equal to the highest dimension", func(a *risk.Assessment) {
			a.Inherent.Dimensions = risk.Dimensions{Confidentiality: risk.Severe, Integrity: risk.Serious}
		}, nil},
		{"consequence not the highest dimension", func(a *risk.Assessment) {
			a.Inherent.Dimensions = risk.Dimensions{Integrity: risk.Serious}
		}, []gdpr.Problem{{Path: "inherent.consequence", Code: gdpr.CodeConflict}}},
		{"dimension off the scale", func(a *risk.Assessment) {
			a.Residual = risk.Estimate{Probability: risk.Unlikely, Dimensions: risk.Dimensions{Availability: 5}}
		}, []gdpr.Problem{{Path: "residual.dimensions.availability", Code: gdpr.CodeOutOfRange}}},
		{"measure problems carry their index", func(a *risk.Assessment) {
			a.Measures[1] = risk.Measure{Status: 9, Owner: gdpr.NewPersonal("a\tb"), Due: gdpr.Date{Year: 2026, Month: time.February, Day: 30}}
		}, []gdpr.Problem{
			{Path: "measures[1].description", Code: gdpr.CodeRequired},
			{Path: "measures[1].status", Code: gdpr.CodeUnknown},
			{Path: "measures[1].owner", Code: gdpr.CodeMalformed},
			{Path: "measures[1].due", Code: gdpr.CodeMalformed},
		}},
		{"measure without status", func(a *risk.Assessment) { a.Measures[0].Status = 0 },
			[]gdpr.Problem{{Path: "measures[0].status", Code: gdpr.CodeRequired}}},
		{"every problem at once", func(a *risk.Assessment) {
			*a = risk.Assessment{Residual: risk.Estimate{Consequence: 7}, Measures: []risk.Measure{{}}}
		}, []gdpr.Problem{
			{Path: "threat", Code: gdpr.CodeRequired},
			{Path: "description", Code: gdpr.CodeRequired},
			{Path: "inherent.consequence", Code: gdpr.CodeRequired},
			{Path: "inherent.probability", Code: gdpr.CodeRequired},
			{Path: "residual.consequence", Code: gdpr.CodeOutOfRange},
			{Path: "residual.probability", Code: gdpr.CodeRequired},
			{Path: "measures[0].description", Code: gdpr.CodeRequired},
			{Path: "measures[0].status", Code: gdpr.CodeRequired},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := phishing()
			tt.edit(&a)
			assert.Equal(t, tt.probs, problemsOf(t, a.Validate()))
			assert.Equal(t, tt.probs, problemsOf(t, a.ValidateOn(risk.DefaultMatrix())), "Validate is ValidateOn the default matrix")
		})
	}
}

// A caller's 5x5 matrix accepts step 5, which the template's scale rejects.
func TestAssessmentValidateOnLargerMatrix(t *testing.T) {
	L, M, H := risk.Low, risk.Medium, risk.High
	m, err := risk.NewMatrix(risk.MatrixSpec{Bands: [][]risk.Band{
		{L, L, L, M, M}, {L, L, M, M, H}, {L, M, M, H, H}, {M, M, H, H, H}, {M, H, H, H, H},
	}})
	require.NoError(t, err)
	a := phishing()
	a.Inherent = risk.Estimate{Consequence: 5, Probability: 5}
	assert.NoError(t, a.ValidateOn(m))
	assert.Equal(t, []gdpr.Problem{
		{Path: "inherent.consequence", Code: gdpr.CodeOutOfRange},
		{Path: "inherent.probability", Code: gdpr.CodeOutOfRange},
	}, problemsOf(t, a.Validate()))
	ev, err := m.Evaluate(a)
	require.NoError(t, err)
	assert.Equal(t, 25, ev.Inherent.Score)
	assert.Equal(t, H, ev.Inherent.Band)
}

func TestEvaluate(t *testing.T) {
	m := risk.DefaultMatrix()
	tests := []struct {
		name string
		edit func(a *risk.Assessment)
		want risk.Evaluation
	}{
		// WP248 rev.01 III.C: K4 x S3 is a high risk under the default
		// reading; the planned measure that brings it to K4 x S1 must be in
		// place first.
		{"measures lower the risk", func(*risk.Assessment) {}, risk.Evaluation{
			Inherent:         risk.Rating{Consequence: 4, Probability: 3, Score: 12, Band: risk.AboveMedium},
			Residual:         risk.Rating{Consequence: 4, Probability: 1, Score: 4, Band: risk.BelowMedium},
			ResidualAssessed: true, Pending: true, PendingHigh: true,
		}},
		{"residual not assessed counts as the inherent", func(a *risk.Assessment) { a.Residual = risk.Estimate{} }, risk.Evaluation{
			Inherent: risk.Rating{Consequence: 4, Probability: 3, Score: 12, Band: risk.AboveMedium},
			Residual: risk.Rating{Consequence: 4, Probability: 3, Score: 12, Band: risk.AboveMedium},
			Pending:  true, HighRisk: true,
		}},
		{"residual worse", func(a *risk.Assessment) { a.Residual.Probability = risk.Expected }, risk.Evaluation{
			Inherent:         risk.Rating{Consequence: 4, Probability: 3, Score: 12, Band: risk.AboveMedium},
			Residual:         risk.Rating{Consequence: 4, Probability: 4, Score: 16, Band: risk.High},
			ResidualAssessed: true, Worse: true, Pending: true, HighRisk: true,
		}},
		// The municipal DPIA template, "Tids- og handlingsplan": measures that bring down a high
		// risk must be in place before the processing starts.
		{"high risk brought down by a planned measure", func(a *risk.Assessment) { a.Inherent.Probability = risk.Expected }, risk.Evaluation{
			Inherent:         risk.Rating{Consequence: 4, Probability: 4, Score: 16, Band: risk.High},
			Residual:         risk.Rating{Consequence: 4, Probability: 1, Score: 4, Band: risk.BelowMedium},
			ResidualAssessed: true, Pending: true, PendingHigh: true,
		}},
		{"high risk brought down by implemented measures", func(a *risk.Assessment) {
			a.Inherent.Probability = risk.Expected
			a.Measures[1].Status = risk.Implemented
		}, risk.Evaluation{
			Inherent:         risk.Rating{Consequence: 4, Probability: 4, Score: 16, Band: risk.High},
			Residual:         risk.Rating{Consequence: 4, Probability: 1, Score: 4, Band: risk.BelowMedium},
			ResidualAssessed: true,
		}},
		{"high risk that stays high is not pending but high", func(a *risk.Assessment) {
			a.Inherent.Probability = risk.Expected
			a.Residual.Probability = risk.Expected
		}, risk.Evaluation{
			Inherent:         risk.Rating{Consequence: 4, Probability: 4, Score: 16, Band: risk.High},
			Residual:         risk.Rating{Consequence: 4, Probability: 4, Score: 16, Band: risk.High},
			ResidualAssessed: true, Pending: true, HighRisk: true,
		}},
		// OS2compliance rates the highest of the three dimensions.
		{"the highest dimension is rated", func(a *risk.Assessment) {
			a.Inherent = risk.Estimate{Probability: risk.Likely, Dimensions: risk.Dimensions{Confidentiality: risk.Minor, Integrity: risk.Serious, Availability: risk.Insignificant}}
			a.Residual = risk.Estimate{}
			a.Measures = nil
		}, risk.Evaluation{
			Inherent: risk.Rating{Consequence: 3, Probability: 3, Score: 9, Band: risk.Medium},
			Residual: risk.Rating{Consequence: 3, Probability: 3, Score: 9, Band: risk.Medium},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := phishing()
			tt.edit(&a)
			ev, err := m.Evaluate(a)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ev)
		})
	}
	a := phishing()
	a.Residual.Probability = 5
	_, err := m.Evaluate(a)
	assert.Equal(t, []gdpr.Problem{{Path: "residual.probability", Code: gdpr.CodeOutOfRange}}, problemsOf(t, err))
	r, err := m.RateEstimate(risk.Estimate{Consequence: risk.Minor, Dimensions: risk.Dimensions{Integrity: risk.Serious}, Probability: risk.Expected})
	require.NoError(t, err)
	assert.Equal(t, 12, r.Score, "the higher of consequence and dimensions")
}

func TestAssessmentJSON(t *testing.T) {
	a := phishing()
	a.Inherent.Dimensions = risk.Dimensions{Confidentiality: risk.Severe, Integrity: risk.Minor}
	j, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	golden(t, "assessment.json", append(j, '\n'))
	var back risk.Assessment
	require.NoError(t, json.Unmarshal(j, &back))
	assert.Equal(t, a, back)

	minimal := risk.Assessment{Threat: risk.Logging, Description: gdpr.NewPersonal("x"), Inherent: risk.Estimate{Consequence: 1, Probability: 1}}
	j, err = json.Marshal(minimal)
	require.NoError(t, err)
	assert.JSONEq(t, `{"threat":"logging","description":"x","inherent":{"consequence":"insignificant","probability":"unlikely"}}`, string(j),
		"a residual that is not assessed is left out")

	// Digits decode too; the codes are what is written.
	var digits risk.Assessment
	require.NoError(t, json.Unmarshal([]byte(`{"threat":"logging","description":"x","inherent":{"consequence":"3","probability":"2"}}`), &digits))
	assert.Equal(t, risk.Estimate{Consequence: risk.Serious, Probability: risk.LessLikely}, digits.Inherent)

	bad := []struct{ name, in, field string }{
		{"unknown threat", `{"threat":"hacking"}`, "threat"},
		{"unknown consequence", `{"inherent":{"consequence":"huge"}}`, "consequence"},
		{"probability as a number", `{"inherent":{"probability":3}}`, "probability"},
		{"unknown status", `{"measures":[{"status":"done"}]}`, "status"},
		{"impossible date", `{"measures":[{"due":"2026-02-30"}]}`, "date"},
	}
	for _, tt := range bad {
		var a risk.Assessment
		err := json.Unmarshal([]byte(tt.in), &a)
		require.Error(t, err, tt.name)
		assert.Contains(t, err.Error(), tt.field, "%s: the error names the field", tt.name)
	}
}
