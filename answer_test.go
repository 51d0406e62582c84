package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func TestAnswer(t *testing.T) {
	assert.Equal(t, gdpr.Answers(), enumtest.Check(t, gdpr.ParseAnswer))
	// The municipal DPIA template's "☐ JA ☐ NEJ".
	assert.Equal(t, "Ja", gdpr.Yes.Label(language.Danish))
	assert.Equal(t, "Nej", gdpr.No.Label(language.Danish))
	assert.Equal(t, "No", gdpr.No.Label(language.English))
}
