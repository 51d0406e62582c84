package gdpr

import "github.com/dkgdpr/gdpr/internal/enum"

// Severity ranks a finding. The zero value means "not set" and is not valid.
type Severity uint8

// Severities, from least to most serious.
const (
	Info     Severity = iota + 1 // info: worth knowing, no action required
	Warning                      // warning: a gap to close, not an outright breach of a rule
	Error                        // error: a rule is not met
	Critical                     // critical: a rule is not met and data subjects are exposed now
)

var severityDef = enum.Def[Severity]{
	Type: "Severity",
	Kind: "gdpr: severity",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		Info:     {Code: "info", Da: "Information", En: "Information"},
		Warning:  {Code: "warning", Da: "Advarsel", En: "Warning"},
		Error:    {Code: "error", Da: "Fejl", En: "Error"},
		Critical: {Code: "critical", Da: "Kritisk", En: "Critical"},
	},
}

// Finding is a compliance gap: not an error in the input, but something a
// rule says is missing or wrong. Findings are what Check functions return;
// hosts list them, count them and unit-test their own data against them.
type Finding struct {
	// Rule is the stable rule id, "package.snake_case" ("ropa.retention_missing").
	Rule string `json:"rule"`
	// Severity ranks the finding.
	Severity Severity `json:"severity"`
	// Reference is the legal source, in Danish and English.
	Reference Text `json:"reference"`
	// Path is the field path the finding is about ("purposes[0].legalBases").
	Path string `json:"path,omitempty"`
	// Text explains the finding in Danish and English.
	Text Text `json:"text"`
}

// String formats the finding for logs, in English.
func (f Finding) String() string {
	s := f.Severity.String() + " " + f.Rule
	if f.Path != "" {
		s += " at " + f.Path
	}
	return s + ": " + f.Text.En + " (" + f.Reference.En + ")"
}

// Rule describes one rule that can produce findings: its id, severity,
// legal reference and a Danish and English description. Each package lists
// its rules in a function, so hosts and the rule catalogue can enumerate them.
type Rule struct {
	// ID is the stable rule id, "package.snake_case".
	ID string `json:"id"`
	// Severity is the severity of the rule's findings.
	Severity Severity `json:"severity"`
	// Reference is the legal source, in Danish and English ([Cite]).
	Reference Text `json:"reference"`
	// Text describes the rule in Danish and English.
	Text Text `json:"text"`
}

// Finding returns a finding of rule r at path.
func (r Rule) Finding(path string) Finding {
	return Finding{Rule: r.ID, Severity: r.Severity, Reference: r.Reference, Path: path, Text: r.Text}
}
