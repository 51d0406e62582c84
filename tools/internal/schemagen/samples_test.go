package schemagen

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// jsonKeys returns the member names of a JSON object.
func jsonKeys(t *testing.T, b []byte) []string {
	t.Helper()
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// propertyNames returns the member names of a struct's object schema.
func propertyNames(t *testing.T, typ reflect.Type) []string {
	t.Helper()
	fields, err := jsonFields(typ)
	require.NoError(t, err)
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	slices.Sort(names)
	return names
}

// Records the module writes validate against the record schemas: each
// record of the golden register on its own, and a processor's record.
func TestSamplesValidate(t *testing.T) {
	c := compiler(t)
	b, err := os.ReadFile(filepath.Join(moduleRoot, "ropa", "testdata", "register.golden.json"))
	require.NoError(t, err)
	var reg struct {
		Records []json.RawMessage `json:"records"`
	}
	require.NoError(t, json.Unmarshal(b, &reg))
	require.NotEmpty(t, reg.Records)
	record := compile(t, c, "ropa.record.schema.json")
	for i, r := range reg.Records {
		assert.NoError(t, validate(record, r), "records[%d]", i)
	}

	pr := ropa.ProcessorRecord{
		ID:        "drift-fagsystemer",
		Name:      "Drift af fagsystemer for kommunerne i fællesskabet",
		Processor: ropa.Party{Name: "Fælleskommunal IT", CVR: gdpr.MustParseCVR("29189846"), Email: gdpr.NewPersonal("dpo@it.example")},
		Controllers: []ropa.ControllerEntry{
			{Controller: ropa.Party{Name: "Nabo Kommune"}, AgreementID: "dba-2025-001", Categories: []string{"Drift og hosting"}},
		},
		Transfers:      []ropa.Transfer{{Country: gdpr.MustParseCountry("US"), Recipient: "Support Inc.", Safeguard: ropa.SCC, TIA: "tia-1"}},
		Security:       "Kryptering og adgangsstyring",
		SubProcessors:  []ropa.ProcessorRef{{Name: "Hosting A/S", Countries: []gdpr.Country{gdpr.MustParseCountry("DK")}, Service: "Hosting"}},
		LastReview:     gdpr.MustParseDate("2025-09-01"),
		ReviewInterval: ropa.Period{Count: 1, Unit: ropa.Years},
	}
	require.NoError(t, pr.Validate())
	assert.NoError(t, validate(compile(t, c, "ropa.processor-record.schema.json"), mustJSON(t, pr)))

	// A record with nothing but what is always written.
	assert.NoError(t, validate(record, mustJSON(t, ropa.Record{ID: "r", Name: "n"})))
}

// What the schemas refuse: a sample of the mistakes a host could make.
func TestSchemasReject(t *testing.T) {
	c := compiler(t)
	tests := []struct {
		name, schema, doc string
	}{
		{"a required member is missing", "ropa.record.schema.json", `{"id":"r"}`},
		{"an unknown member (closed objects)", "ropa.record.schema.json", `{"id":"r","name":"n","nmae":"x"}`},
		{"an unknown enumeration code", "ropa.record.schema.json", `{"id":"r","name":"n","status":"aktiv"}`},
		{"the zero code of an enumeration is left out, not written", "ropa.record.schema.json", `{"id":"r","name":"n","status":""}`},
		{"a date that does not exist", "ropa.record.schema.json", `{"id":"r","name":"n","lastReview":"2025-02-29"}`},
		{"a date in another form", "ropa.record.schema.json", `{"id":"r","name":"n","lastReview":"01-09-2025"}`},
		{"a period that is no ISO 8601 period of one unit", "ropa.record.schema.json", `{"id":"r","name":"n","reviewInterval":"1 år"}`},
		{"a number where a string belongs", "rights.request.schema.json", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","fee":{"amount":150,"reason":"x"}}`},
		{"an instant without an offset", "rights.request.schema.json", `{"kind":"access","receivedAt":"2025-01-31T10:00:00"}`},
		{"null for a member that is never null", "rights.request.schema.json", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","pauses":null}`},
		{"an unknown clause as a map key", "dpa.agreement.schema.json", `{"id":"a","controller":{"name":"K","publicPowers":"yes"},"processor":{"name":"P"},"clauses":{"instructionz":true}}`},
		{"a risk step beyond any matrix", "risk.assessment.schema.json", `{"threat":"it_attack","description":"d","inherent":{"consequence":"7"}}`},
		{"a special law without a reference", "ropa.record.schema.json", `{"id":"r","name":"n","purposes":[{"description":"d","legalBases":["law:"]}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Error(t, validate(compile(t, c, tt.schema), []byte(tt.doc)))
		})
	}
}

// The mirrors of this package have the shape the module writes with types
// it does not export, so that a change there fails here.
func TestMirrorsMatchTheModule(t *testing.T) {
	c := compiler(t)

	t.Run("rights.Requester", func(t *testing.T) {
		r := rights.NewRequester(rights.Parent, "Jens Hansen", "jens@example.dk").WithSubject("Ida Hansen")
		b := mustJSON(t, r)
		assert.Equal(t, propertyNames(t, reflect.TypeFor[requesterJSON]()), jsonKeys(t, b), "the members MarshalJSON writes")
		assert.NoError(t, validate(compile(t, c, "rights.request.schema.json#/$defs/rights.Requester"), b))
		var back requesterJSON
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, requesterJSON{Name: "Jens Hansen", Contact: "jens@example.dk", Relation: rights.Parent, SubjectName: "Ida Hansen"}, back,
			"the identity is in clear in JSON")
	})

	t.Run("ropa.Register", func(t *testing.T) {
		subject, err := ropa.NewSubject("0102031234")
		require.NoError(t, err)
		given := time.Date(2025, 8, 1, 9, 0, 0, 0, time.UTC)
		reg := ropa.Register{
			Records:  []ropa.Record{{ID: "r", Name: "n", Purposes: []ropa.Purpose{{ID: "p", Description: "d", LegalBases: []gdpr.LegalBasis{gdpr.Art6Consent}}}}},
			Consents: []ropa.Consent{{ID: "c", RecordID: "r", PurposeID: "p", Subject: subject, Given: given, Expires: given.AddDate(1, 0, 0)}},
		}
		b := mustJSON(t, reg)
		assert.NoError(t, validate(compile(t, c, "ropa.register.schema.json"), b))
		assert.Contains(t, string(b), `"subject":"0102031234"`, "encoding/json writes the key in clear")
		back, err := ropa.ParseJSON[ropa.Register](b)
		require.NoError(t, err)
		assert.Equal(t, reg, back)
	})
}

// sameFields checks that mirror has the fields of typ, with the same names
// and json tags, and the same types except for the fields named.
func sameFields(t *testing.T, typ, mirror reflect.Type, differ ...string) {
	t.Helper()
	require.Equal(t, typ.NumField(), mirror.NumField(), "%v and %v have as many fields", typ, mirror)
	for i := range typ.NumField() {
		a, b := typ.Field(i), mirror.Field(i)
		assert.Equal(t, a.Name, b.Name)
		assert.Equal(t, a.Tag.Get("json"), b.Tag.Get("json"), a.Name)
		if !slices.Contains(differ, a.Name) {
			assert.Equal(t, a.Type, b.Type, a.Name)
		}
	}
}

// risk.Matrix writes its MatrixSpec: every preset validates, and the zero
// matrix is null (a member that may hold one is omitzero or nullable).
func TestMatrixShape(t *testing.T) {
	c := compiler(t)
	s := compile(t, c, "risk.matrix.schema.json")
	for _, m := range risk.Presets() {
		b := mustJSON(t, m)
		assert.JSONEq(t, string(mustJSON(t, m.Spec())), string(b), "%s: a matrix writes its spec", m.Name())
		assert.NoError(t, validate(s, b), m.Name())
	}
	assert.Equal(t, "null", string(mustJSON(t, risk.Matrix{})))
	assert.True(t, shapes()[reflect.TypeFor[risk.Matrix]()].zeroIsNull)
}

// The codes of an enumeration are those MarshalText writes for 1 to 255,
// with their labels; steps 5 and 6 of a risk scale, beyond the template's
// four, are valid values coded as their digits.
func TestEnumValues(t *testing.T) {
	sev, err := enumValues(reflect.TypeFor[gdpr.Severity]())
	require.NoError(t, err)
	var codes []string
	for _, v := range sev {
		codes = append(codes, v.Code)
		assert.True(t, v.Valid, v.Code)
		assert.NotEmpty(t, v.Da, v.Code)
		assert.NotEmpty(t, v.En, v.Code)
	}
	assert.Equal(t, []string{"info", "warning", "error", "critical"}, codes)

	cons, err := enumValues(reflect.TypeFor[risk.Consequence]())
	require.NoError(t, err)
	codes = codes[:0]
	for _, v := range cons {
		codes = append(codes, v.Code)
		assert.True(t, v.Valid, v.Code)
	}
	assert.Equal(t, []string{"insignificant", "minor", "serious", "severe"}, codes[:4])
	for i, code := range codes[4:] {
		assert.Equal(t, string(rune('5'+i)), code, "step %d is its digit", 5+i)
	}

	_, err = enumValues(reflect.TypeFor[gdpr.DataType]())
	assert.Error(t, err, "a string type is no uint8 enumeration")
}

// textCase is a value of a text type: whether the schema accepts it, and
// whether the module reads it and writes it back as it is (its canonical
// form). The two agree except where a pattern cannot say what the module
// checks, which gap names.
type textCase struct {
	in     string
	schema bool
	gap    string
}

// The patterns and lists of the text types accept exactly the canonical
// forms the module writes, but for the gaps named.
func TestTextTypes(t *testing.T) {
	c := compiler(t)
	long := "custom:" + strings.Repeat("x", 201)
	tests := []struct {
		def, file string
		canonical func(string) (string, error)
		cases     []textCase
	}{
		{"gdpr.DataType", "ropa.record.schema.json", canonicalText[gdpr.DataType], []textCase{
			{in: "name", schema: true},
			{in: "cpr_number", schema: true},
			{in: "custom:ordinary:Skolekarakterer", schema: true},
			{in: "custom:sensitive:a:b", schema: true},
			{in: `custom:ordinary:Karakterer, fag | niveau "x"`, schema: true},
			{in: "custom:criminal:Æ", schema: true},
			{in: "custom:ordinary: x"},
			{in: "custom:ordinary:x "},
			{in: "custom:ordinary:x\u00a0"},
			{in: "custom:ordinary:"},
			{in: "custom:secret:x"},
			{in: "custom:ordinary:a\nb"},
			{in: "custom:ordinary:a\u0085b"},
			{in: "custom:ordinary:a\x7fb"},
			{in: "Name"},
			{in: ""},
		}},
		{"gdpr.LegalBasis", "ropa.record.schema.json", canonicalText[gdpr.LegalBasis], []textCase{
			{in: "art6_1_e", schema: true},
			{in: "art10", schema: true},
			{in: "dbl_11", schema: true},
			{in: "law:serviceloven § 50", schema: true},
			{in: "law:"},
			{in: "law: serviceloven"},
			{in: "law:a\tb"},
			{in: "art6_1_z"},
			{in: "dbl_15"},
			{in: "LAW:x"},
		}},
		{"risk.Threat", "risk.assessment.schema.json", canonicalText[risk.Threat], []textCase{
			{in: "it_attack", schema: true},
			{in: "custom:Fejlagtig AI-profilering", schema: true},
			{in: "custom:"},
			{in: "custom: x"},
			{in: "custom:a\x7fb"},
			{in: "hacking"},
			{in: long, schema: true, gap: "the 200-byte limit of a custom threat's name is not a pattern"},
		}},
		{"gdpr.KLE", "ropa.record.schema.json", canonicalText[gdpr.KLE], []textCase{
			{in: "27", schema: true},
			{in: "27.24", schema: true},
			{in: "27.24.00", schema: true},
			{in: "27.24.00 G01", schema: true},
			{in: "27.24.00-G01"}, // read, but written with a space
			{in: "27.24 G01"},
			{in: "4."},
			{in: "270.24"},
			{in: "27.24.00 g01"},
		}},
		{"gdpr.CVR", "ropa.record.schema.json", canonicalText[gdpr.CVR], []textCase{
			{in: "29189846", schema: true},
			{in: "DK29189846"}, // read, but written as eight digits
			{in: "29 18 98 46"},
			{in: "02918984"},
			{in: "2918984"},
			{in: "29189847", schema: true, gap: "the modulus 11 check is not a pattern"},
		}},
		{"ropa.Period", "ropa.record.schema.json", canonicalText[ropa.Period], []textCase{
			{in: "P5Y", schema: true},
			{in: "P6M", schema: true},
			{in: "P30D", schema: true},
			{in: "P9999Y", schema: true},
			{in: "p5y"}, // read, but written in capitals
			{in: "P05Y"},
			{in: "P0Y"},
			{in: "P10000D"},
			{in: "P1W"},
			{in: "P1Y6M"},
		}},
		{"gdpr.Date", "ropa.record.schema.json", canonicalText[gdpr.Date], []textCase{
			{in: "2025-09-01", schema: true},
			{in: "2024-02-29", schema: true},
			{in: "2025-02-29"},
			{in: "2025-9-1"},
			{in: "2025-09-01T00:00:00Z"},
			{in: ""},
		}},
		{"gdpr.Country", "ropa.record.schema.json", canonicalText[gdpr.Country], []textCase{
			{in: "DK", schema: true},
			{in: "GL", schema: true},
			{in: "US", schema: true},
			{in: "dk"}, // read, but written in capitals
			{in: "UK"},
			{in: "XK"},
			{in: "EU"},
		}},
		{"decimal.Decimal", "rights.request.schema.json", canonicalDecimal, []textCase{
			{in: "150", schema: true},
			{in: "8.25", schema: true},
			{in: "-0.5", schema: true},
			{in: "1e3"},
			{in: "1."},
			{in: ".5"},
			{in: "+1"},
		}},
	}
	for _, tt := range tests {
		s := compile(t, c, tt.file+"#/$defs/"+tt.def)
		for _, tc := range tt.cases {
			t.Run(tt.def+"/"+tc.in, func(t *testing.T) {
				got := validate(s, mustJSON(t, tc.in)) == nil
				assert.Equal(t, tc.schema, got, "the schema's verdict on %q", tc.in)
				out, err := tt.canonical(tc.in)
				module := err == nil && out == tc.in && tc.in != ""
				if tc.gap != "" {
					assert.NotEqual(t, got, module, "a gap that is no longer one: %s", tc.gap)
					return
				}
				assert.Equal(t, module, got, "the schema and the module disagree on %q (module: %q, %v)", tc.in, out, err)
			})
		}
	}
}

// canonicalText reads s with T's UnmarshalText and writes it back.
func canonicalText[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](s string) (string, error) {
	var v T
	if err := P(&v).UnmarshalText([]byte(s)); err != nil {
		return "", err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	var out string
	err = json.Unmarshal(b, &out)
	return out, err
}

func canonicalDecimal(s string) (string, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return "", err
	}
	return d.String(), nil
}
