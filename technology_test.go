package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func TestTechnologyEnum(t *testing.T) {
	all := enumtest.Check[gdpr.Technology](t, gdpr.ParseTechnology)
	assert.Equal(t, gdpr.Technologies(), all, "Technologies lists every value in order")
}

// TestTechnologyQuestions checks the numbers and wording of the municipal
// DPIA template's questions 2.1-2.14.
func TestTechnologyQuestions(t *testing.T) {
	tests := []struct {
		t        gdpr.Technology
		question string
		da       string
		yesNo    bool
	}{
		{gdpr.TrackingData, "2.1", "Tracking/overvågningsdata (også ved brug af computer, telefon eller lignende)", false},
		{gdpr.Servers, "2.2", "Servere (f.eks. hjemmesider, e-mails og netværk)", true},
		{gdpr.StorageMedia, "2.5", "Lagerenheder (USB, SD kort mv.)", true},
		{gdpr.CCTV, "2.7", "TV-overvågning", true},
		{gdpr.AI, "2.10", "Kunstig intelligens", true},
		{gdpr.OtherTechnology, "2.13", "Andre særlige teknologiformer", true},
		{gdpr.Combination, "2.14", "Kombination eller matching med personoplysninger fra andre systemer og kilder", true},
		{0, "", "Technology(0)", false},
		{99, "", "Technology(99)", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.question, tc.t.Question(), tc.t.String())
		assert.Equal(t, tc.da, tc.t.Label(language.Danish), tc.t.String())
		assert.Equal(t, tc.yesNo, tc.t.AskedYesNo(), tc.t.String())
	}
	assert.Len(t, gdpr.Technologies(), 14, "questions 2.1-2.14")
}
