package schemagen

import (
	"regexp"
	"strings"
)

// Schemas are read by people who have the GDPR, the guidelines and the
// municipal DPIA template, not the project's design notes or its numbered
// copies of the source documents, so descriptions cite public sources only.
// The doc comments they come from must say so already: generation fails on
// a citation of a private document rather than rewriting it.

// privateCitation matches a citation of a document outside the repository:
// a design note ("<name>.md" of the design folder) or a numbered copy of a
// source document. The words are joined here so that this file does not
// itself read as such a citation.
var privateCitation = regexp.MustCompile(`(?i)\b(?:` + strings.Join([]string{
	`rules\.md`, `architecture\.md`, `style\.md`, `seed` + ` 00\d`, `DPO` + `-analyse`,
}, "|") + `)`)

// checkCitations returns the first citation of a document outside the
// repository in a generated file, with some context, or "".
func checkCitations(b []byte) string {
	loc := privateCitation.FindIndex(b)
	if loc == nil {
		return ""
	}
	from, to := max(loc[0]-60, 0), min(loc[1]+20, len(b))
	return string(b[from:to])
}
