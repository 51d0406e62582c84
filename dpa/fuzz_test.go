package dpa_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
)

// FuzzAgreementJSON decodes arbitrary JSON into an agreement: nothing may
// panic (Validate, Check, CheckData, Routes, NewRegister), and a valid
// agreement encodes, decodes and encodes again to the same JSON and stays
// valid.
func FuzzAgreementJSON(f *testing.F) {
	for _, a := range []dpa.Agreement{compliant(), payroll(), archive(), fullAgreement(), {}} {
		b, err := json.Marshal(a)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","clauses":{"":true},"subProcessors":[{"id":"a","subProcessors":[{"id":"a"}]}]}`))
	f.Add([]byte(`{"id":"x","locations":[{"country":"US","basis":{"mechanism":"derogation","derogation":"explicit_consent"}}]}`))
	f.Add([]byte(`{"changes":[{"kind":"replacement","announced":"2026-01-01","effective":"2025-01-01","objection":{"outcome":"pending"}}]}`))
	f.Add([]byte(`{"plan":{"intervalMonths":-5},"supervisions":[{"date":"9999-12-31","actions":[{"status":"open"}]}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var a dpa.Agreement
		if json.Unmarshal(in, &a) != nil {
			return
		}
		err := a.Validate()
		a.Check(testNow)
		a.CheckData([]gdpr.DataType{gdpr.Health, gdpr.CPRNumber})
		a.Routes()
		a.NextSupervision()
		r, rerr := dpa.NewRegister([]dpa.Agreement{a})
		if (err == nil) != (rerr == nil) {
			t.Fatalf("Validate says %v but NewRegister says %v", err, rerr)
		}
		if err != nil {
			return
		}
		r.Parties()
		r.Reach()
		r.SupervisionDue(testNow, 30)
		r.Exposure(dpa.Match{Name: "a"})
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("valid agreement does not encode: %v", err)
		}
		var back dpa.Agreement
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("encoded agreement does not decode: %v\n%s", err, out)
		}
		if err := back.Validate(); err != nil {
			t.Fatalf("round trip made it invalid: %v", err)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(out) {
			t.Fatalf("round trip changed the JSON:\n%s\n%s", out, again)
		}
	})
}

// FuzzParseCodes feeds arbitrary text to every parser of the package: no
// panic, and what parses encodes back to the same text.
func FuzzParseCodes(f *testing.F) {
	for _, s := range []string{"", "scc", "module_3", "read_only", "isae_3402", "explicit_consent", "with_measures",
		"pending", "replacement", "general", "unlawful_instructions", "eu_2021_915", "yes", "in_progress", "\xff", "SCC"} {
		f.Add(s)
	}
	for _, c := range enumCodes() {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, parse := range codeParsers {
			v, err := parse(s)
			if err != nil {
				if !errors.Is(err, gdpr.ErrInvalid) {
					t.Fatalf("parser %d: %v does not match gdpr.ErrInvalid", i, err)
				}
				continue
			}
			out, err := v.MarshalText()
			if err != nil {
				t.Fatalf("parser %d: %q parsed but does not encode: %v", i, s, err)
			}
			if string(out) != s {
				t.Fatalf("parser %d: %q encodes as %q", i, s, out)
			}
		}
	})
}

// codeParsers are the package's code parsers, each giving a text marshaler.
var codeParsers = []func(string) (encoding.TextMarshaler, error){
	textParser(dpa.ParseTemplate), textParser(dpa.ParseClause), textParser(dpa.ParseAuthorisationKind),
	textParser(dpa.ParseAccess), textParser(dpa.ParseMechanism), textParser(dpa.ParseSCCModule),
	textParser(dpa.ParseDerogation), textParser(dpa.ParseTIAConclusion), textParser(dpa.ParseSupervisionMethod),
	textParser(dpa.ParseActionStatus), textParser(dpa.ParseChangeKind), textParser(dpa.ParseObjectionOutcome),
	textParser(dpa.ParseEndMethod),
}

// enumCodes are the codes of the enumerations that list their values.
func enumCodes() []string {
	var out []string
	add := func(vs ...fmt.Stringer) {
		for _, v := range vs {
			out = append(out, v.String())
		}
	}
	for _, v := range dpa.Templates() {
		add(v)
	}
	for _, v := range dpa.Clauses() {
		add(v)
	}
	for _, v := range dpa.AccessKinds() {
		add(v)
	}
	for _, v := range dpa.Mechanisms() {
		add(v)
	}
	for _, v := range dpa.Derogations() {
		add(v)
	}
	for _, v := range dpa.SupervisionMethods() {
		add(v)
	}
	for _, v := range dpa.EndMethods() {
		add(v)
	}
	return out
}

func textParser[T encoding.TextMarshaler](parse func(string) (T, error)) func(string) (encoding.TextMarshaler, error) {
	return func(s string) (encoding.TextMarshaler, error) { v, err := parse(s); return v, err }
}

// FuzzAssessTransfer decides transfers for arbitrary countries, dates and
// bases: never a panic, and a lawful decision has no error findings.
func FuzzAssessTransfer(f *testing.F) {
	f.Add("US", 2023, 7, 10, uint8(1), uint8(0), uint8(0), true, uint8(1))
	f.Add("GB", 2031, 12, 28, uint8(0), uint8(0), uint8(0), false, uint8(1))
	f.Add("IN", 2026, 3, 2, uint8(9), uint8(0), uint8(1), false, uint8(0))
	f.Add("", 0, 0, 0, uint8(200), uint8(9), uint8(77), false, uint8(9))
	f.Fuzz(func(t *testing.T, code string, y, m, d int, mech, module, derog uint8, dpf bool, publicPowers uint8) {
		c, _ := gdpr.ParseCountry(code)
		b := dpa.TransferBasis{Mechanism: dpa.Mechanism(mech), Module: dpa.SCCModule(module), Derogation: dpa.Derogation(derog),
			Recipient: gdpr.TransferRecipient{DPFCertified: dpf}}
		dec := dpa.AssessTransfer(c, b, gdpr.Date{Year: y, Month: timeMonth(m), Day: d}, gdpr.Answer(publicPowers))
		for _, f := range dec.Findings {
			if dec.Lawful && f.Severity >= gdpr.Error {
				t.Fatalf("lawful decision with finding %v", f)
			}
		}
	})
}

func timeMonth(m int) time.Month { return time.Month(m) }

// FuzzParseJSON feeds arbitrary JSON to both instantiations of ParseJSON,
// Agreement and Register (kind picks one): no panic, Check is never nil,
// and what is accepted can be stored (internal/roundtrip).
func FuzzParseJSON(f *testing.F) {
	all := []dpa.Agreement{compliant(), payroll(), archive(), fullAgreement()}
	all[3].ID = "full"
	reg, err := dpa.NewRegister(all)
	if err != nil {
		f.Fatal(err)
	}
	for _, a := range all {
		b, _ := json.Marshal(a)
		f.Add(uint8(0), b)
	}
	b, _ := json.Marshal(reg)
	f.Add(uint8(1), b)
	f.Add(uint8(1), []byte(`{"agreements":[{"id":"a"},{"id":"a"}]}`))
	f.Add(uint8(0), []byte(`{"id":"x","signed":"2026-02-30"}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if kind%2 == 0 {
			if err := roundtrip.Check[dpa.Agreement](data); err != nil {
				t.Fatal(err)
			}
			if a, err := dpa.ParseJSON[dpa.Agreement](data); err == nil && a.Check(testNow) == nil {
				t.Fatal("Check returned nil")
			}
			return
		}
		if err := roundtrip.Check[dpa.Register](data); err != nil {
			t.Fatal(err)
		}
		if r, err := dpa.ParseJSON[dpa.Register](data); err == nil {
			if r.Check(testNow, nil) == nil {
				t.Fatal("Check returned nil")
			}
			r.Reaches()
			r.Parties()
		}
	})
}

// validators are the package's exported validators, each decoding its
// type from JSON with plain encoding/json and validating it.
var validators = []struct {
	name     string
	validate func(data []byte) (decoded bool, err error)
	sample   func() any
}{
	{"Agreement", validateJSON[dpa.Agreement], func() any { return compliant() }},
	{"Authorisation", validateJSON[dpa.Authorisation], func() any { return compliant().Authorisation }},
	{"Change", validateJSON[dpa.Change], func() any { return fullAgreement().Changes[0] }},
	{"Deletion", validateJSON[dpa.Deletion], func() any { return fullAgreement().Deletion }},
	{"OwnUse", validateJSON[dpa.OwnUse], func() any { return fullAgreement().OwnUse }},
	{"Party", validateJSON[dpa.Party], func() any { return compliant().Processor }},
	{"Controller", validateJSON[dpa.Controller], func() any { return compliant().Controller }},
	{"Plan", validateJSON[dpa.Plan], func() any { return fullAgreement().Plan }},
	{"Supervision", validateJSON[dpa.Supervision], func() any { return fullAgreement().Supervisions[0] }},
	{"Action", validateJSON[dpa.Action], func() any { return fullAgreement().Supervisions[0].Actions[0] }},
	{"TIA", validateJSON[dpa.TIA], func() any { return compliant().SubProcessors[1].Locations[0].Basis.TIA }},
	{"TransferBasis", validateJSON[dpa.TransferBasis], func() any { return compliant().SubProcessors[1].Locations[0].Basis }},
	{"Location", validateJSON[dpa.Location], func() any { return compliant().SubProcessors[1].Locations[0] }},
}

func validateJSON[T interface{ Validate() error }](data []byte) (bool, error) {
	var v T
	if json.Unmarshal(data, &v) != nil {
		return false, nil
	}
	return true, v.Validate()
}

// FuzzValidate decodes arbitrary JSON with plain encoding/json into each
// type with a Validate (kind picks one of validators) and validates it: no
// panic, and an error matches gdpr.ErrInvalid.
func FuzzValidate(f *testing.F) {
	for k, v := range validators {
		b, err := json.Marshal(v.sample())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(k), b)
	}
	f.Add(uint8(8), []byte(`{"date":"10000-01-01","method":"x"}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		v := validators[int(kind)%len(validators)]
		if _, err := v.validate(data); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("%s: %v does not match gdpr.ErrInvalid", v.name, err)
		}
	})
}
