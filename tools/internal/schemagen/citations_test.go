package schemagen

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Descriptions cite public sources only: the project's numbered copies of
// public documents by the documents' names, and no design note.
func TestPublicCitations(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Record is the record (GDPR art. 30(1); rules.md §7).", "Record is the record (GDPR art. 30(1))."},
		{"Result is what a screening concludes and why (rules.md §2).", "Result is what a screening concludes and why."},
		{"Purposes (seed 002, question 5.1).", "Purposes (the municipal DPIA template, question 5.1)."},
		{"At least every three years (seed 003).", "At least every three years (WP248 rev.01)."},
		{"Channels, with their encryption (seed 001, \"Kryptering\").", "Channels, with their encryption."},
		{"Clauses of art. 28(3). rules.md §8.\n\nAn agreement has them.", "Clauses of art. 28(3).\n\nAn agreement has them."},
		{"The zero value is the default of rules.md §6: low means documented only. It is valid.", "It is valid."},
		{"Nothing to change (GDPR art. 5(2)).", "Nothing to change (GDPR art. 5(2))."},
	} {
		got := publicCitations(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Empty(t, checkCitations([]byte(got)), tc.in)
	}
	assert.NotEmpty(t, checkCitations([]byte(`{"description": "as architecture.md asks"}`)), "a citation left is found")
}
