package schemagen

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheckCitationsFindsPrivateDocuments(t *testing.T) {
	for _, s := range []string{
		`{"description": "as ` + `architecture.md asks"}`,
		`{"description": "(GDPR art. 30(1); ` + `rules.md §7)"}`,
		`{"description": "the template (` + `seed 002)"}`,
	} {
		assert.NotEmpty(t, checkCitations([]byte(s)), s)
	}
	assert.Empty(t, checkCitations([]byte(`{"description": "GDPR art. 30(1); the municipal DPIA template"}`)))
}
