package risk_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/fuzzcheck"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/risk"
	"golang.org/x/text/language"
)

// The package's exported decoders and validators, and the fuzz target
// that reaches each (TestEveryDecoderHasAFuzzTarget keeps the list whole):
//
//	ParseAction, Action.UnmarshalText, Action.Scan              FuzzAction
//	ParseBand, Band.UnmarshalText, Band.Scan                    FuzzBand
//	ParseConsequence, Consequence.UnmarshalText, .Scan          FuzzConsequence
//	ParseProbability, Probability.UnmarshalText, .Scan          FuzzProbability
//	ParseHighRisk, HighRisk.UnmarshalText, HighRisk.Scan        FuzzHighRisk
//	ParseMeasureStatus, MeasureStatus.UnmarshalText, .Scan      FuzzMeasureStatus
//	ParseThreat, Threat.UnmarshalText, Threat.Scan              FuzzThreat
//	OS2Preset                                                   FuzzOS2Preset
//	NewMatrix                                                   FuzzNewMatrix
//	Matrix.UnmarshalJSON, ParseJSON[Matrix]                     FuzzMatrixJSON
//	ParseJSON[Set], Set.Validate                                FuzzSetJSON
//	ParseJSON[Assessment], Assessment.Validate, .ValidateOn,
//	Measure.Validate                                            FuzzAssessmentJSON
//	ParseJSON[Policy], Policy.Validate                          FuzzPolicyJSON
//	Assessment.Validate, .ValidateOn, Measure.Validate,
//	Set.Validate, Policy.Validate on values JSON cannot carry   FuzzAssessmentValues
var fuzzTargets = map[string][]string{
	"FuzzAction":           {"ParseAction", "(*Action).UnmarshalText", "(*Action).Scan"},
	"FuzzBand":             {"ParseBand", "(*Band).UnmarshalText", "(*Band).Scan"},
	"FuzzConsequence":      {"ParseConsequence", "(*Consequence).UnmarshalText", "(*Consequence).Scan"},
	"FuzzProbability":      {"ParseProbability", "(*Probability).UnmarshalText", "(*Probability).Scan"},
	"FuzzHighRisk":         {"ParseHighRisk", "(*HighRisk).UnmarshalText", "(*HighRisk).Scan"},
	"FuzzMeasureStatus":    {"ParseMeasureStatus", "(*MeasureStatus).UnmarshalText", "(*MeasureStatus).Scan"},
	"FuzzThreat":           {"ParseThreat", "(*Threat).UnmarshalText", "(*Threat).Scan"},
	"FuzzOS2Preset":        {"OS2Preset"},
	"FuzzNewMatrix":        {"NewMatrix"},
	"FuzzMatrixJSON":       {"(*Matrix).UnmarshalJSON", "ParseJSON[Matrix]"},
	"FuzzSetJSON":          {"ParseJSON[Set]", "(Set).Validate"},
	"FuzzAssessmentJSON":   {"ParseJSON[Assessment]", "(Assessment).Validate", "(Assessment).ValidateOn", "(Measure).Validate"},
	"FuzzPolicyJSON":       {"ParseJSON[Policy]", "(Policy).Validate"},
	"FuzzAssessmentValues": {"(Assessment).Validate", "(Assessment).ValidateOn", "(Measure).Validate", "(Set).Validate", "(Policy).Validate"},
}

// addCodes seeds f with the codes of an enumeration and inputs around them.
func addCodes[T interface{ String() string }](f *testing.F, values []T, extra ...string) {
	fuzzcheck.AddCodes(f, values, append(extra, "custom:", "9")...)
}

// fuzzCode checks every decoder of one enumeration on s (fuzzcheck.Code).
func fuzzCode[T comparable, P fuzzcheck.Codec[T]](t *testing.T, s string, parse func(string) (T, error)) {
	t.Helper()
	fuzzcheck.Code[T, P](t, s, parse, risk.ErrUnknownCode)
}

func FuzzAction(f *testing.F) {
	addCodes(f, risk.Actions())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, risk.ParseAction) })
}

func FuzzBand(f *testing.F) {
	addCodes(f, risk.Bands(), "Høj")
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, risk.ParseBand) })
}

func FuzzConsequence(f *testing.F) {
	addCodes(f, risk.Consequences(), "1", "4", "5", "6", "7", "99", "03", "+1")
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, risk.ParseConsequence) })
}

func FuzzProbability(f *testing.F) {
	addCodes(f, risk.Probabilities(), "1", "4", "5", "6", "7", "99", "03", "+1")
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, risk.ParseProbability) })
}

func FuzzHighRisk(f *testing.F) {
	addCodes(f, risk.HighRisks())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, risk.ParseHighRisk) })
}

func FuzzMeasureStatus(f *testing.F) {
	addCodes(f, risk.MeasureStatuses())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, risk.ParseMeasureStatus) })
}

func FuzzThreat(f *testing.F) {
	addCodes(f, risk.Threats(), "custom:x", "custom: x", "custom:a\x00b", "custom:"+strings.Repeat("x", 201))
	f.Fuzz(func(t *testing.T, s string) {
		fuzzCode(t, s, risk.ParseThreat)
		if th, err := risk.ParseThreat(s); err == nil && s != "" && th.Label(language.Danish) == "" {
			t.Fatalf("valid threat %q without a label", s)
		}
	})
}

func FuzzOS2Preset(f *testing.F) {
	for _, s := range []string{"SCALE_1_4", "SCALE_1_4_KL", "SCALE_1_4_HERNING", "SCALE_1_4_DATATILSYNET", "", "scale_1_4", "Markus Markersen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := risk.OS2Preset(s)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v does not wrap gdpr.ErrInvalid", err)
			}
			return
		}
		if m.IsZero() {
			t.Fatalf("%q gives the zero matrix", s)
		}
		if err := roundtrip.Value(m); err != nil {
			t.Fatalf("preset %q: %v", s, err)
		}
	})
}

// FuzzNewMatrix builds a spec from raw bytes: the grid's rows (a row ends
// at 0xff), band values that no JSON decoding would give, and labels.
func FuzzNewMatrix(f *testing.F) {
	f.Add([]byte{1, 1, 2, 2, 0xff, 1, 2, 3, 3, 0xff, 2, 3, 4, 4, 0xff, 2, 3, 4, 5}, "4x4", "Lav", "Low")
	f.Add([]byte{1, 1, 1, 0xff, 1, 1, 1, 0xff, 1, 1, 5}, "", "", "")
	f.Add([]byte{1, 2, 0xff, 2, 1}, " x", "a\x00b", "")
	f.Add([]byte{9, 0, 1, 0xff}, "n\x01", "l", "l")
	f.Fuzz(func(t *testing.T, grid []byte, name, da, en string) {
		spec := risk.MatrixSpec{Name: name}
		row := []risk.Band{}
		for _, b := range grid {
			if b == 0xff {
				spec.Bands = append(spec.Bands, row)
				row = []risk.Band{}
				continue
			}
			row = append(row, risk.Band(b))
		}
		spec.Bands = append(spec.Bands, row)
		if da != "" || en != "" {
			for range spec.Bands {
				spec.ConsequenceLabels = append(spec.ConsequenceLabels, gdpr.Text{Da: da, En: en})
			}
		}
		m, err := risk.NewMatrix(spec)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) || !errors.Is(err, risk.ErrInvalidMatrix) {
				t.Fatalf("error %v does not wrap gdpr.ErrInvalid and ErrInvalidMatrix", err)
			}
			return
		}
		if err := roundtrip.Value(m); err != nil {
			t.Fatalf("an accepted matrix is not storable: %v", err)
		}
		again, err := risk.NewMatrix(m.Spec())
		if err != nil || again != m {
			t.Fatalf("Spec does not give the matrix back: %v", err)
		}
		checkMatrix(t, m)
	})
}

// checkMatrix rates every cell of m and one step beyond: inside is a
// valid band, outside an error.
func checkMatrix(t *testing.T, m risk.Matrix) {
	nc, np := m.Size()
	for c := 0; c <= nc+1; c++ {
		for p := 0; p <= np+1; p++ {
			r, err := m.Rate(risk.Consequence(c), risk.Probability(p))
			inside := c >= 1 && c <= nc && p >= 1 && p <= np
			if inside != (err == nil) || (inside && !r.Band.Valid()) {
				t.Fatalf("Rate(%d, %d) on %dx%d: %v, %v", c, p, nc, np, r, err)
			}
		}
	}
	_ = m.Bands()
	_ = m.ConsequenceLabel(risk.Consequence(nc), language.English)
	_ = m.ProbabilityLabel(risk.Probability(np), language.Danish)
}

// seedFiles adds the golden files to f's corpus.
func seedFiles(f *testing.F, names ...string) {
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzMatrixJSON(f *testing.F) {
	seedFiles(f, "matrix_default.json")
	for _, p := range risk.Presets() {
		j, _ := json.Marshal(p)
		f.Add(j)
	}
	f.Add([]byte(`{"bands":[["low","high"],["high","high"]],"consequenceLabels":[{"da":"a"},{"da":"b"}]}`))
	f.Add([]byte(`{"bands":[[1,2]]}`))
	f.Add([]byte(`{"name":"x","bands":[["low","low","low"],["low","low","low"],["low","low","high"]],"bands":[]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var m risk.Matrix
		if err := json.Unmarshal(in, &m); err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) && !isJSONSyntaxOrType(err) {
				t.Fatalf("error %v is neither invalid input nor a JSON error", err)
			}
		} else if !m.IsZero() {
			if err := roundtrip.Value(m); err != nil {
				t.Fatalf("UnmarshalJSON accepted %s: %v", in, err)
			}
			checkMatrix(t, m)
		}
		if err := roundtrip.Check[risk.Matrix](in); err != nil {
			t.Fatal(err)
		}
		if _, err := risk.ParseJSON[risk.Matrix](in); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("ParseJSON error %v does not wrap gdpr.ErrInvalid", err)
		}
	})
}

// now is when the fuzz targets check: a due date in the seeds is before
// it, another after.
var now = time.Date(2026, time.March, 2, 12, 0, 0, 0, time.UTC)

func FuzzSetJSON(f *testing.F) {
	seedFiles(f, "set.json")
	j, _ := json.Marshal(risk.Set{Matrix: risk.OS2Datatilsynet(), Assessments: municipalRisks()})
	f.Add(j)
	f.Add([]byte(`{"assessments":[]}`))
	f.Add([]byte(`{"matrix":null,"assessments":[{"threat":"it_attack","description":"d","inherent":{"consequence":"4","probability":"4"},"ratedOn":"x"}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if err := roundtrip.Check[risk.Set](in); err != nil {
			t.Fatal(err)
		}
		s, err := risk.ParseJSON[risk.Set](in)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v does not wrap gdpr.ErrInvalid", err)
			}
			// What the lenient decoder accepts still goes through every
			// decision without a panic.
			if json.Unmarshal(in, &s) != nil {
				return
			}
		}
		exerciseSet(t, s, risk.Policy{})
	})
}

// exerciseSet runs every decision of the package on s under p and checks
// what must hold whatever s is: no panic, Check never nil, a valid set
// decides (when it has assessments) into a storable decision.
func exerciseSet(t *testing.T, s risk.Set, p risk.Policy) {
	valid := s.Validate() == nil
	for _, a := range s.Assessments {
		_ = a.Validate()
		_, _ = s.Matrix.Evaluate(a)
	}
	fs := p.Check(s, now)
	if fs == nil {
		t.Fatal("Check returned nil")
	}
	if valid && p.Validate() == nil {
		for _, f := range fs {
			if f.Rule == "risk.invalid" {
				t.Fatalf("a valid set and policy give an invalid finding: %v", f)
			}
		}
	}
	sum := s.Summary()
	if err := roundtrip.Value(sum); err != nil {
		t.Fatalf("summary: %v", err)
	}
	d, err := p.Decide(s)
	if err != nil {
		if !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("Decide error %v does not wrap gdpr.ErrInvalid", err)
		}
		if valid && p.Validate() == nil && len(s.Assessments) > 0 {
			t.Fatalf("a valid set does not decide: %v", err)
		}
	} else {
		if !d.Action.Valid() || len(d.Reasons) == 0 || len(d.Risks) != len(s.Assessments) {
			t.Fatalf("decision without action, reasons or risks: %+v", d)
		}
		if err := roundtrip.Value(d); err != nil {
			t.Fatalf("decision: %v", err)
		}
	}
	if valid {
		for _, to := range risk.Presets() {
			moved, rr, err := s.Rerate(to, risk.StepMap{})
			if err != nil {
				t.Fatalf("a valid set does not re-rate onto %s: %v", to.Name(), err)
			}
			if len(moved.Assessments) != len(s.Assessments) || len(rr.Risks) != len(s.Assessments) {
				t.Fatalf("re-rating lost assessments")
			}
			if err := roundtrip.Value(rr); err != nil {
				t.Fatalf("re-rating: %v", err)
			}
		}
	}
	hm := risk.HeatMap{Matrix: s.Matrix, Assessments: s.Assessments, Lang: language.English}
	_ = hm.SVG()
	_ = hm.Text()
}

func FuzzAssessmentJSON(f *testing.F) {
	seedFiles(f, "assessment.json")
	j, _ := json.Marshal(phishing())
	f.Add(j)
	f.Add([]byte(`{"threat":"custom:x","description":"d","inherent":{"dimensions":{"availability":"6"},"probability":"1"}}`))
	f.Add([]byte(`{"inherent":{"consequence":"5","probability":"5"},"residual":{"consequence":"1"}}`))
	f.Add([]byte(`{"measures":[{},{"due":"2026-01-01","status":"planned"}]}`))
	f.Add([]byte(`{"threat":"it_attack","description":"d","inherent":{"consequence":"4","probability":"1"},"residual":{"consequence":"4","probability":"4"},"residualReason":"r","measures":[{"description":"m","status":"planned","owner":"o\u0001"}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if err := roundtrip.Check[risk.Assessment](in); err != nil {
			t.Fatal(err)
		}
		var a risk.Assessment
		if _, err := risk.ParseJSON[risk.Assessment](in); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("ParseJSON error %v does not wrap gdpr.ErrInvalid", err)
		}
		if err := json.Unmarshal(in, &a); err != nil {
			return
		}
		checkAssessment(t, a)
	})
}

// checkAssessment runs every validator and decision on a, on the template's
// matrix and on each preset.
func checkAssessment(t *testing.T, a risk.Assessment) {
	verr := a.Validate()
	if verr != nil && !errors.Is(verr, gdpr.ErrInvalid) {
		t.Fatalf("Validate error %v does not wrap gdpr.ErrInvalid", verr)
	}
	if err := a.ValidateOn(risk.Matrix{}); !sameError(err, verr) {
		t.Fatalf("the zero matrix validates unlike the default: %v, want %v", err, verr)
	}
	for _, m := range risk.Presets() {
		if err := a.ValidateOn(m); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("ValidateOn error %v does not wrap gdpr.ErrInvalid", err)
		}
	}
	for _, ms := range a.Measures {
		if err := ms.Validate(); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("Measure.Validate error %v does not wrap gdpr.ErrInvalid", err)
		}
	}
	m := risk.DefaultMatrix()
	_, everr := m.Evaluate(a)
	if verr == nil && everr != nil {
		t.Fatalf("a valid assessment does not evaluate: %v", everr)
	}
	set := risk.Set{Matrix: m, Assessments: []risk.Assessment{a}}
	if got, want := (risk.Set{Assessments: set.Assessments}).Check(now), set.Check(now); !equalJSON(got, want) {
		t.Fatalf("the zero Matrix checks unlike the default: %v, want %v", got, want)
	}
	if s, z := m.Summarize(set.Assessments), (risk.Matrix{}).Summarize(set.Assessments); !equalJSON(s, z) {
		t.Fatalf("the zero Matrix sums up unlike the default: %+v, want %+v", z, s)
	}
	exerciseSet(t, set, risk.Policy{})
}

func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

func equalJSON(a, b any) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

func FuzzPolicyJSON(f *testing.F) {
	seedFiles(f, "policy_default.json")
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"low":{"action":"stop"},"high":{"action":"accept"}}`))
	f.Add([]byte(`{"medium":{"action":"monitor","topManagementApproval":true},"highRisk":"high_band"}`))
	f.Add([]byte(`{"low":{"topManagementApproval":true}}`))
	set := risk.Set{Matrix: risk.DefaultMatrix(), Assessments: municipalRisks()}
	f.Fuzz(func(t *testing.T, in []byte) {
		if err := roundtrip.Check[risk.Policy](in); err != nil {
			t.Fatal(err)
		}
		if _, err := risk.ParseJSON[risk.Policy](in); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("ParseJSON error %v does not wrap gdpr.ErrInvalid", err)
		}
		var p risk.Policy
		if err := json.Unmarshal(in, &p); err != nil {
			return
		}
		err := p.Validate()
		d, derr := p.Decide(set)
		if err != nil {
			if !errors.Is(derr, risk.ErrInvalidPolicy) || !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("Decide accepted an invalid policy: %v", derr)
			}
			return
		}
		if derr != nil {
			t.Fatalf("valid policy, Decide failed: %v", derr)
		}
		if !d.Action.Valid() || len(d.Reasons) == 0 {
			t.Fatalf("decision without action or reasons: %+v", d)
		}
		exerciseSet(t, set, p)
	})
}

// FuzzAssessmentValues builds assessments, sets and policies from raw
// bytes, with values that no JSON decoding gives (consequence 200, status
// 9, an action beyond Stop), and runs every validator and decision.
func FuzzAssessmentValues(f *testing.F) {
	f.Add([]byte{4, 3, 0, 4, 1, 2, 3, 1, 3}, "6.1", "it_attack", "d", "o", uint8(0), uint8(0))
	f.Add([]byte{5, 5, 4, 0, 0, 9, 200, 0, 0}, "", "custom:x", " ", "\x01", uint8(3), uint8(5))
	f.Add([]byte{1, 1, 1, 4, 4, 3, 0, 0, 0}, "1234567890abcdefg", "", "d", "", uint8(1), uint8(4))
	f.Add([]byte{6, 6, 6, 6, 6, 6, 6, 6, 6}, " 1", "custom:", "x", "y", uint8(9), uint8(2))
	presets := append([]risk.Matrix{{}}, risk.Presets()...)
	f.Fuzz(func(t *testing.T, b []byte, id, threat, text, owner string, policy, matrix uint8) {
		at := func(i int) byte {
			if i < len(b) {
				return b[i]
			}
			return 0
		}
		a := risk.Assessment{
			ID: id, Threat: risk.Threat(threat), Description: gdpr.NewPersonal(text),
			Inherent: risk.Estimate{Consequence: risk.Consequence(at(0)), Probability: risk.Probability(at(1)),
				Dimensions: risk.Dimensions{Integrity: risk.Consequence(at(2))}},
			Residual:       risk.Estimate{Consequence: risk.Consequence(at(3)), Probability: risk.Probability(at(4))},
			ResidualReason: gdpr.NewPersonal(owner),
		}
		for i := 5; i+1 < len(b) && i < 21; i += 2 {
			a.Measures = append(a.Measures, risk.Measure{Description: gdpr.NewPersonal(text), Status: risk.MeasureStatus(b[i]),
				Owner: gdpr.NewPersonal(owner), Due: gdpr.DateOf(now.AddDate(0, 0, int(int8(b[i+1]))))})
		}
		checkAssessment(t, a)
		p := risk.Policy{Medium: risk.Treatment{Action: risk.Action(policy % 8), TopManagementApproval: policy > 7}, HighRisk: risk.HighRisk(policy % 5)}
		if err := p.Validate(); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("Policy.Validate error %v does not wrap gdpr.ErrInvalid", err)
		}
		set := risk.Set{Matrix: presets[int(matrix)%len(presets)], Assessments: []risk.Assessment{a, a}}
		if err := set.Validate(); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("Set.Validate error %v does not wrap gdpr.ErrInvalid", err)
		} else if err == nil {
			if err := roundtrip.Value(set); err != nil {
				t.Fatalf("a valid set is not storable: %v", err)
			}
		}
		exerciseSet(t, set, p)
	})
}
