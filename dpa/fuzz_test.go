package dpa_test

import (
	"encoding"
	"encoding/json"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
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
	f.Fuzz(func(t *testing.T, s string) {
		for i, parse := range codeParsers {
			v, err := parse(s)
			if err != nil {
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
