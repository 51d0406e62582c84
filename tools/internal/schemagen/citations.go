package schemagen

import (
	"regexp"
	"slices"
	"strings"
)

// Schemas are read by people who have the GDPR, the guidelines and the
// municipal DPIA template, not the project's design notes or its copies of
// the source documents, so descriptions cite public sources only.

// privateCitation matches a citation of a document outside the repository:
// a design note or the project's numbered copy of a source document.
var privateCitation = regexp.MustCompile(`(?i)\b(?:rules\.md|architecture\.md|style\.md|seed 00\d|DPO-analyse)`)

// publicNames are the public names of the source documents the project
// keeps numbered copies of.
var publicNames = strings.NewReplacer(
	"seed 002", "the municipal DPIA template",
	"Seed 002", "The municipal DPIA template",
	"seed 003", "WP248 rev.01",
	"Seed 003", "WP248 rev.01",
	"seed 004", "Datatilsynet's guidance on AI in the public sector",
	"Seed 004", "Datatilsynet's guidance on AI in the public sector",
)

// publicCitations rewrites the citations of a doc comment for a schema: a
// numbered copy of a public document is cited by the document's name, and a
// citation of a design note or of a document that is not public is dropped
// where it is one part of a parenthesis ("(GDPR art. 30(1); rules.md §7)"
// becomes "(GDPR art. 30(1))", "(rules.md §7)" disappears), and a sentence
// that still cites one is dropped. Generate fails on what is left
// ([checkCitations]).
func publicCitations(s string) string {
	s = publicNames.Replace(s)
	if !privateCitation.MatchString(s) {
		return s
	}
	s = dropParts(s)
	if !privateCitation.MatchString(s) {
		return s
	}
	paras := strings.Split(s, "\n\n")
	for i, p := range paras {
		var keep []string
		for _, sentence := range sentences(p) {
			if !privateCitation.MatchString(sentence) {
				keep = append(keep, sentence)
			}
		}
		paras[i] = strings.Join(keep, " ")
	}
	return strings.Join(slices.DeleteFunc(paras, func(p string) bool { return p == "" }), "\n\n")
}

// sentences splits a paragraph after each full stop that ends a sentence:
// one followed by a space, outside parentheses and not after an
// abbreviation ("art.", "e.g.").
func sentences(p string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(':
			depth++
		case ')':
			depth = max(depth-1, 0)
		case '.':
			if depth == 0 && i+1 < len(p) && p[i+1] == ' ' && !abbreviation(p[start:i]) {
				out = append(out, p[start:i+1])
				start = i + 2
			}
		}
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// dropParts drops the parts of parentheses that cite a document outside
// the repository, and a parenthesis left empty.
func dropParts(s string) string {
	var b strings.Builder
	for {
		open, close, ok := nextParen(s)
		if !ok {
			b.WriteString(s)
			break
		}
		inner := s[open+1 : close]
		var keep []string
		for _, part := range strings.Split(inner, "; ") {
			if loc := privateCitation.FindStringIndex(strings.TrimSpace(part)); loc == nil || loc[0] != 0 {
				keep = append(keep, part)
			}
		}
		before := s[:open]
		switch {
		case len(keep) == 0:
			b.WriteString(strings.TrimRight(before, " "))
		default:
			b.WriteString(before)
			b.WriteString("(" + strings.Join(keep, "; ") + ")")
		}
		s = s[close+1:]
	}
	return b.String()
}

// nextParen returns the positions of the first top-level parenthesis of s
// and of its closing one.
func nextParen(s string) (open, close int, ok bool) {
	depth := 0
	open = -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if depth == 0 {
				open = i
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
				if depth == 0 {
					return open, i, true
				}
			}
		}
	}
	return 0, 0, false
}

// checkCitations returns the first citation of a document outside the
// repository left in a generated file, or "".
func checkCitations(b []byte) string {
	loc := privateCitation.FindIndex(b)
	if loc == nil {
		return ""
	}
	from, to := max(loc[0]-60, 0), min(loc[1]+20, len(b))
	return string(b[from:to])
}
