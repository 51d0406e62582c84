package schemagen

import (
	"reflect"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// Document is one schema file: the JSON of one Go type.
type Document struct {
	// File is the schema's file name in the schema directory.
	File string
	// Type is the Go type whose JSON the schema describes.
	Type reflect.Type
	// Output marks a result the library computes (a decision, a summary,
	// findings), which hosts read but do not store and edit as a record.
	Output bool
	// Title, Da and About describe a document whose root is not a named
	// struct (a list): its title, Danish term and description. A struct's
	// own doc comment and term describe it otherwise.
	Title, Da, About string
}

// Documents returns the documents with a schema, records first, in a fresh
// slice.
func Documents() []Document {
	return []Document{
		// Records that hosts store, edit and exchange.
		{File: "ropa.record.schema.json", Type: reflect.TypeFor[ropa.Record]()},
		{File: "ropa.processor-record.schema.json", Type: reflect.TypeFor[ropa.ProcessorRecord]()},
		{File: "ropa.register.schema.json", Type: reflect.TypeFor[ropa.Register]()},
		{File: "dpa.agreement.schema.json", Type: reflect.TypeFor[dpa.Agreement]()},
		{File: "screening.screening.schema.json", Type: reflect.TypeFor[screening.Screening]()},
		{File: "screening.facts.schema.json", Type: reflect.TypeFor[screening.Facts]()},
		{File: "screening.policy.schema.json", Type: reflect.TypeFor[screening.Policy]()},
		{File: "risk.set.schema.json", Type: reflect.TypeFor[risk.Set]()},
		{File: "risk.assessment.schema.json", Type: reflect.TypeFor[risk.Assessment]()},
		{File: "risk.matrix.schema.json", Type: reflect.TypeFor[risk.Matrix]()},
		{File: "risk.policy.schema.json", Type: reflect.TypeFor[risk.Policy]()},
		{File: "breach.incident.schema.json", Type: reflect.TypeFor[breach.Incident]()},
		{File: "rights.request.schema.json", Type: reflect.TypeFor[rights.Request]()},
		{File: "dpia.assessment.schema.json", Type: reflect.TypeFor[dpia.Assessment]()},
		{File: "overview.municipality.schema.json", Type: reflect.TypeFor[overview.Municipality]()},

		// Results the library computes.
		{File: "gdpr.findings.schema.json", Type: reflect.TypeFor[[]gdpr.Finding](), Output: true,
			Title: "gdpr.Finding list", Da: "Fund", About: "Fund (findings): the compliance gaps a Check function returns, each with its rule, severity, legal reference, field path and Danish and English text."},
		{File: "screening.result.schema.json", Type: reflect.TypeFor[screening.Result](), Output: true},
		{File: "screening.suggestions.schema.json", Type: reflect.TypeFor[[]screening.Suggestion](), Output: true,
			Title: "screening.Suggestion list", Da: "Forslag til svar", About: "Forslag til svar (suggested answers): the answers screening.Policy.Suggest derives from the facts of a processing."},
		{File: "risk.decision.schema.json", Type: reflect.TypeFor[risk.Decision](), Output: true},
		{File: "risk.summary.schema.json", Type: reflect.TypeFor[risk.Summary](), Output: true},
		{File: "breach.decision.schema.json", Type: reflect.TypeFor[breach.Decision](), Output: true},
		{File: "rights.state.schema.json", Type: reflect.TypeFor[rights.State](), Output: true},
		{File: "rights.applicability.schema.json", Type: reflect.TypeFor[rights.Applicability](), Output: true},
		{File: "dpia.decisions.schema.json", Type: reflect.TypeFor[dpia.Decisions](), Output: true},
		{File: "dpia.questions.schema.json", Type: reflect.TypeFor[[]dpia.Question](), Output: true,
			Title: "dpia.Question list", Da: "Skabelonens spørgsmål", About: "Skabelonens spørgsmål (the template's questions): the questions of one part of the assessment as dpia.Questions returns them, with their kinds, options and the record fields that answer them."},
		{File: "overview.report.schema.json", Type: reflect.TypeFor[overview.Report](), Output: true},
	}
}

// sourceDirs are the package directories, relative to the module root,
// whose doc comments describe the types.
func sourceDirs() []string {
	return []string{"", "ropa", "dpa", "screening", "risk", "breach", "rights", "dpia", "overview"}
}
