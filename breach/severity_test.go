package breach_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ctx(k breach.DataKind, adj ...breach.Adjustment) breach.DataContext {
	return breach.DataContext{Kind: k, Adjustments: adj}
}

func TestSeverityBands(t *testing.T) {
	// GDPR art. 33: SE = DPC × EI + CB; SE < 2 low, 2 <= SE < 3 medium,
	// 3 <= SE < 4 high, SE >= 4 very high (lower bounds inclusive).
	tests := []struct {
		name            string
		a               breach.Assessment
		dpc, ei, cb, se string
		level           breach.Level
	}{
		{
			name: "minimum: simple data, negligible identification, nothing else",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SimpleData)}, Identification: breach.Negligible, Confidentiality: breach.ConfidentialityExposed},
			dpc:  "1", ei: "0.25", cb: "0", se: "0.25", level: breach.Low,
		},
		{
			name: "just below 2: simple data, temporary unavailability, malicious (ransomware with backup)",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SimpleData)}, Identification: breach.Maximum, Availability: breach.AvailabilityTemporary, Malicious: true},
			dpc:  "1", ei: "1", cb: "0.75", se: "1.75", level: breach.Low,
		},
		{
			name: "exactly 2 is medium: simple data, permanent loss, malicious (ransomware without backup)",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SimpleData)}, Identification: breach.Maximum, Availability: breach.AvailabilityPermanent, Malicious: true},
			dpc:  "1", ei: "1", cb: "1", se: "2", level: breach.Medium,
		},
		{
			name: "just below 3: DPC 2, limited known recipients, integrity recoverable, temporary",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.BehaviouralData)}, Identification: breach.Maximum, Confidentiality: breach.ConfidentialityKnownRecipients, Integrity: breach.IntegrityRecoverable, Availability: breach.AvailabilityTemporary},
			dpc:  "2", ei: "1", cb: "0.75", se: "2.75", level: breach.Medium,
		},
		{
			name: "exactly 3 is high: financial data, maximum identification, exposed without evidence",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.FinancialData)}, Identification: breach.Maximum, Confidentiality: breach.ConfidentialityExposed},
			dpc:  "3", ei: "1", cb: "0", se: "3", level: breach.High,
		},
		{
			name: "exactly 3 from a quarter-step product: DPC 4 × 0.75",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SensitiveData)}, Identification: breach.Significant, Integrity: breach.IntegrityAltered},
			dpc:  "4", ei: "0.75", cb: "0", se: "3", level: breach.High,
		},
		{
			name: "just below 4: DPC 3 × 0.75 + 1.5",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.FinancialData)}, Identification: breach.Significant, Confidentiality: breach.ConfidentialityUnknownRecipients, Integrity: breach.IntegrityUnrecoverable, Malicious: true},
			dpc:  "3", ei: "0.75", cb: "1.5", se: "3.75", level: breach.High,
		},
		{
			name: "exactly 4 is very high: sensitive data, maximum identification",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SensitiveData)}, Identification: breach.Maximum, Confidentiality: breach.ConfidentialityExposed},
			dpc:  "4", ei: "1", cb: "0", se: "4", level: breach.VeryHigh,
		},
		{
			name: "exactly 4 from CB: DPC 2 × 1 + 2 (every circumstance at its worst)",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.BehaviouralData)}, Identification: breach.Maximum, Confidentiality: breach.ConfidentialityUnknownRecipients, Integrity: breach.IntegrityUnrecoverable, Availability: breach.AvailabilityPermanent, Malicious: true},
			dpc:  "2", ei: "1", cb: "2", se: "4", level: breach.VeryHigh,
		},
		{
			name: "maximum: 4 × 1 + 2 = 6",
			a:    breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SensitiveData)}, Identification: breach.Maximum, Confidentiality: breach.ConfidentialityUnknownRecipients, Integrity: breach.IntegrityUnrecoverable, Availability: breach.AvailabilityPermanent, Malicious: true},
			dpc:  "4", ei: "1", cb: "2", se: "6", level: breach.VeryHigh,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := tc.a.Score()
			require.NoError(t, err)
			assert.True(t, s.DPC.Equal(dec(tc.dpc)), "DPC: got %s, want %s", s.DPC, tc.dpc)
			assert.True(t, s.EI.Equal(dec(tc.ei)), "EI: got %s, want %s", s.EI, tc.ei)
			assert.True(t, s.CB.Equal(dec(tc.cb)), "CB: got %s, want %s", s.CB, tc.cb)
			assert.True(t, s.SE.Equal(dec(tc.se)), "SE: got %s, want %s", s.SE, tc.se)
			assert.True(t, s.CB.Equal(s.Confidentiality.Add(s.Integrity).Add(s.Availability).Add(s.Malice)), "CB is the sum of its parts")
			assert.Equal(t, tc.level, s.Level, "got %s, want %s", s.Level, tc.level)
			assert.Equal(t, tc.level, breach.LevelOf(dec(tc.se)))
		})
	}
}

func TestLevelOfEveryQuarter(t *testing.T) {
	// Every reachable SE, 0 to 6 in steps of 0.25, and the bounds exactly.
	for q := int64(0); q <= 24; q++ {
		se := decimal.New(q*25, -2)
		want := breach.Low
		switch {
		case q >= 16:
			want = breach.VeryHigh
		case q >= 12:
			want = breach.High
		case q >= 8:
			want = breach.Medium
		}
		assert.Equal(t, want, breach.LevelOf(se), "SE %s", se)
	}
	assert.Equal(t, breach.Medium, breach.LevelOf(dec("2.0000")), "the exponent does not matter")
	assert.Equal(t, breach.Low, breach.LevelOf(dec("1.9999")))
	assert.Equal(t, breach.High, breach.LevelOf(dec("3.00")))
	assert.Equal(t, breach.High, breach.LevelOf(dec("3.99999")))
	assert.Equal(t, breach.VeryHigh, breach.LevelOf(dec("4")))
}

func TestScoreParts(t *testing.T) {
	a := breach.Assessment{
		Contexts: []breach.DataContext{
			ctx(breach.SimpleData),
			ctx(breach.FinancialData, breach.Adjustment{Factor: breach.DataNature, Steps: -1}),
		},
		Identification:  breach.Maximum,
		Confidentiality: breach.ConfidentialityKnownRecipients,
	}
	s, err := a.Score()
	require.NoError(t, err)
	assert.Equal(t, 1, s.Highest, "the financial context gives the DPC")
	assert.True(t, s.Confidentiality.Equal(dec("0.25")))
	assert.True(t, s.Integrity.IsZero())
	assert.True(t, s.Availability.IsZero())
	assert.True(t, s.Malice.IsZero())
	assert.Equal(t, "SE = 2 × 1 + 0.25 = 2.25 (medium)", s.String())
	assert.Equal(t, "SE not assessed", breach.Score{}.String())
	assert.Equal(t, []string{
		"Databehandlingskontekst (DPC) 2, den højeste af: Simple oplysninger 1; Økonomiske oplysninger 3 − 1 (oplysningernes karakter) = 2",
		"Identificerbarhed (EI) 1: maksimal",
		"Omstændigheder (CB) 0,25: fortrolighed 0,25 (videregivet til et begrænset antal kendte modtagere)",
		"Alvorlighed (SE) = 2 × 1 + 0,25 = 2,25: middel",
	}, s.Explain(language.Danish))
	assert.Equal(t, []string{
		"Data processing context (DPC) 2, the highest of: Simple data 1; Financial data 3 − 1 (nature of the data) = 2",
		"Ease of identification (EI) 1: maximum",
		"Circumstances of the breach (CB) 0.25: confidentiality 0.25 (disclosed to a limited number of known recipients)",
		"Severity (SE) = 2 × 1 + 0.25 = 2.25: medium",
	}, s.Explain(language.English))
	assert.Equal(t, []string{"The severity is not assessed."}, breach.Score{}.Explain(language.English))
}

func TestScoreExplainClampAndMalice(t *testing.T) {
	a := breach.Assessment{
		Contexts:       []breach.DataContext{ctx(breach.SensitiveData, breach.Adjustment{Factor: breach.Volume, Steps: 2})},
		Identification: breach.Limited,
		Integrity:      breach.IntegrityAltered, Availability: breach.AvailabilityRestored, Malicious: true,
	}
	s, err := a.Score()
	require.NoError(t, err)
	lines := s.Explain(language.English)
	assert.Equal(t, "Data processing context (DPC) 4, the highest of: Sensitive data 4 + 2 (volume of data) = 6, clamped to 4", lines[0])
	assert.Equal(t, "Circumstances of the breach (CB) 0.5: integrity 0 (altered, with no sign of harmful use), availability 0 (recoverable without difficulty), malicious intent 0.5", lines[2])
	assert.Equal(t, "Severity (SE) = 4 × 0.5 + 0.5 = 2.5: medium", lines[3])
}

func TestDataContextScore(t *testing.T) {
	adj := func(f breach.Factor, n int) breach.Adjustment { return breach.Adjustment{Factor: f, Steps: n} }
	tests := []struct {
		name     string
		c        breach.DataContext
		raw, got int
	}{
		{name: "simple data, basic score", c: ctx(breach.SimpleData), raw: 1, got: 1},
		{name: "behavioural data, basic score", c: ctx(breach.BehaviouralData), raw: 2, got: 2},
		{name: "financial data, basic score", c: ctx(breach.FinancialData), raw: 3, got: 3},
		{name: "sensitive data, basic score", c: ctx(breach.SensitiveData), raw: 4, got: 4},
		{name: "ENISA: a secret address is critical for a vulnerable person's safety (simple + 3)", c: ctx(breach.SimpleData, adj(breach.IndividualCharacteristics, 3)), raw: 4, got: 4},
		{name: "ENISA: the controller reveals health (simple + 2)", c: ctx(breach.SimpleData, adj(breach.ControllerCharacteristics, 2)), raw: 3, got: 3},
		{name: "ENISA: a generic test without results (sensitive - 3)", c: ctx(breach.SensitiveData, adj(breach.DataNature, -3)), raw: 1, got: 1},
		{name: "raised beyond 4 is clamped to 4", c: ctx(breach.FinancialData, adj(breach.Volume, 1), adj(breach.IndividualCharacteristics, 2)), raw: 6, got: 4},
		{name: "lowered below 1 is clamped to 1", c: ctx(breach.FinancialData, adj(breach.Invalidity, -3), adj(breach.PublicAvailability, -2)), raw: -2, got: 1},
		{name: "lowered to exactly 0 is clamped to 1", c: ctx(breach.SimpleData, adj(breach.PublicAvailability, -1)), raw: 0, got: 1},
		{name: "steps off the scale count as none", c: ctx(breach.SimpleData, adj(breach.Volume, 9)), raw: 1, got: 1},
		{name: "no kind: no score", c: breach.DataContext{}, raw: 0, got: 0},
		{name: "unknown kind: no score", c: ctx(breach.DataKind(9)), raw: 0, got: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.raw, tc.c.Raw())
			assert.Equal(t, tc.got, tc.c.Score())
		})
	}
}

func TestAdjustmentValidateEveryFactorAndStep(t *testing.T) {
	// ENISA 2013 annex 2: volume, the controller and the individuals raise
	// the score; invalidity and public availability lower it; the nature of
	// the data does either. Steps are -3..3 without 0.
	for _, f := range append(breach.Factors(), 0, 7) {
		for steps := -4; steps <= 4; steps++ {
			err := breach.Adjustment{Factor: f, Steps: steps}.Validate()
			okFactor := f.Valid()
			okSteps := steps != 0 && steps >= -3 && steps <= 3
			okDir := !f.Valid() || (steps > 0 && f.Raises()) || (steps < 0 && f.Lowers())
			if okFactor && okSteps && okDir {
				assert.NoError(t, err, "%s %d", f, steps)
				continue
			}
			require.Error(t, err, "%s %d", f, steps)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
		}
	}
	assert.True(t, breach.Volume.Raises())
	assert.False(t, breach.Volume.Lowers())
	assert.True(t, breach.Invalidity.Lowers())
	assert.False(t, breach.PublicAvailability.Raises())
	assert.True(t, breach.DataNature.Raises() && breach.DataNature.Lowers())
	assert.False(t, breach.Factor(0).Raises() || breach.Factor(0).Lowers())
}

func TestKindOfEveryDataType(t *testing.T) {
	want := map[gdpr.DataType]breach.DataKind{
		gdpr.PersonName: breach.SimpleData, gdpr.ContactDetails: breach.SimpleData, gdpr.PositionEducation: breach.SimpleData,
		gdpr.Workplace: breach.SimpleData, gdpr.Credentials: breach.SimpleData, gdpr.Recordings: breach.BehaviouralData,
		gdpr.CPRNumber: breach.FinancialData, gdpr.SocialConditions: breach.FinancialData,
		gdpr.Race: breach.SensitiveData, gdpr.Ethnicity: breach.SensitiveData, gdpr.PoliticalOpinion: breach.SensitiveData,
		gdpr.Belief: breach.SensitiveData, gdpr.TradeUnion: breach.SensitiveData, gdpr.SexLife: breach.SensitiveData,
		gdpr.Health: breach.SensitiveData, gdpr.Genetic: breach.SensitiveData, gdpr.Biometric: breach.SensitiveData,
		gdpr.CriminalOffences: breach.SensitiveData,
	}
	for _, dt := range gdpr.DataTypes() {
		k, ok := want[dt]
		require.True(t, ok, "a new data type %s needs a kind", dt)
		assert.Equal(t, k, breach.KindOf(dt), "data type %s", dt)
	}
	assert.Equal(t, breach.SimpleData, breach.KindOf(gdpr.CustomDataType("Skolekarakterer", gdpr.Ordinary)))
	assert.Equal(t, breach.FinancialData, breach.KindOf(gdpr.CustomDataType("Gældsoplysninger", gdpr.Confidential)))
	assert.Equal(t, breach.SensitiveData, breach.KindOf(gdpr.CustomDataType("Misbrugsbehandling", gdpr.Sensitive)))
	assert.Equal(t, breach.SensitiveData, breach.KindOf(gdpr.CustomDataType("Sigtelser", gdpr.Criminal)))
	assert.Equal(t, breach.DataKind(0), breach.KindOf("no_such_type"))
	assert.Equal(t, breach.DataKind(0), breach.KindOf(""))
}

func TestSuggestContexts(t *testing.T) {
	cprOnly := []breach.Adjustment{{Factor: breach.DataNature, Steps: -1, Note: gdpr.NewPersonal("CPR-nummer uden yderligere økonomiske oplysninger")}}
	tests := []struct {
		name  string
		types []gdpr.DataType
		want  []breach.DataContext
		dpc   int
	}{
		{name: "nothing", types: nil, want: nil, dpc: 0},
		{name: "only invalid types", types: []gdpr.DataType{"x"}, want: nil, dpc: 0},
		{
			name:  "name and CPR number: the CPR number is financial data one step down (DPC 2)",
			types: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
			want: []breach.DataContext{
				{Kind: breach.SimpleData, Types: []gdpr.DataType{gdpr.PersonName}},
				{Kind: breach.FinancialData, Types: []gdpr.DataType{gdpr.CPRNumber}, Adjustments: cprOnly},
			},
			dpc: 2,
		},
		{
			name:  "CPR number with social conditions: financial data at its basic score",
			types: []gdpr.DataType{gdpr.CPRNumber, gdpr.SocialConditions},
			want:  []breach.DataContext{{Kind: breach.FinancialData, Types: []gdpr.DataType{gdpr.CPRNumber, gdpr.SocialConditions}}},
			dpc:   3,
		},
		{
			name:  "contexts come in kind order whatever the order of the types",
			types: []gdpr.DataType{gdpr.Health, gdpr.Recordings, gdpr.ContactDetails, gdpr.PersonName},
			want: []breach.DataContext{
				{Kind: breach.SimpleData, Types: []gdpr.DataType{gdpr.ContactDetails, gdpr.PersonName}},
				{Kind: breach.BehaviouralData, Types: []gdpr.DataType{gdpr.Recordings}},
				{Kind: breach.SensitiveData, Types: []gdpr.DataType{gdpr.Health}},
			},
			dpc: 4,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := breach.SuggestContexts(tc.types)
			assert.Equal(t, tc.want, got)
			best := 0
			for _, c := range got {
				require.NoError(t, c.Validate())
				best = max(best, c.Score())
			}
			assert.Equal(t, tc.dpc, best)
		})
	}
	// The contexts do not share memory: appending to one leaves the next alone.
	got := breach.SuggestContexts([]gdpr.DataType{gdpr.PersonName, gdpr.Health})
	got[0].Types = append(got[0].Types, gdpr.Workplace)
	assert.Equal(t, []gdpr.DataType{gdpr.Health}, got[1].Types)
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name       string
		a          breach.Assessment
		incomplete bool
		paths      []string
	}{
		{name: "nothing assessed", a: breach.Assessment{}, incomplete: true, paths: []string{"dataContexts", "identification"}},
		{name: "no ease of identification", a: breach.Assessment{Contexts: []breach.DataContext{ctx(breach.SimpleData)}}, incomplete: true, paths: []string{"identification"}},
		{name: "no data context", a: breach.Assessment{Identification: breach.Limited}, incomplete: true, paths: []string{"dataContexts"}},
		{
			name:  "invalid values are invalid, not incomplete",
			a:     breach.Assessment{Contexts: []breach.DataContext{ctx(9), ctx(breach.SimpleData, breach.Adjustment{Factor: breach.Volume, Steps: -1})}, Identification: 7, Confidentiality: 4, Integrity: 9, Availability: 5},
			paths: []string{"dataContexts[0].kind", "dataContexts[1].adjustments[0].steps", "identification", "confidentiality", "integrity", "availability"},
		},
		{
			name:  "a context without a kind, with an unknown type",
			a:     breach.Assessment{Contexts: []breach.DataContext{{Types: []gdpr.DataType{"x"}, Adjustments: []breach.Adjustment{{Steps: 1}}}}, Identification: breach.Limited},
			paths: []string{"dataContexts[0].kind", "dataContexts[0].types[0]", "dataContexts[0].adjustments[0].factor"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := tc.a.Score()
			require.Error(t, err)
			assert.False(t, s.Level.Valid(), "no score on error")
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, tc.incomplete, errorIs(err, breach.ErrIncomplete))
			assert.Equal(t, tc.paths, problemPaths(t, err))
		})
	}
}

func TestIncidentSeverityUsesSuggestedContexts(t *testing.T) {
	inc := breach.Incident{DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.Health}, Identification: breach.Maximum, Confidentiality: breach.ConfidentialityKnownRecipients}
	s, err := inc.Severity()
	require.NoError(t, err)
	assert.True(t, s.SE.Equal(dec("4.25")))
	assert.Len(t, s.Assessment.Contexts, 2)

	inc.Contexts = []breach.DataContext{ctx(breach.SensitiveData, breach.Adjustment{Factor: breach.DataNature, Steps: -2, Note: gdpr.NewPersonal("kun oplysning om en generel helbredsattest")})}
	s, err = inc.Severity()
	require.NoError(t, err)
	assert.True(t, s.SE.Equal(dec("2.25")), "the case worker's contexts win over the suggestion: got %s", s.SE)
	assert.True(t, strings.HasPrefix(s.Explain(language.Danish)[0], "Databehandlingskontekst (DPC) 2"))
}
