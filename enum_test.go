package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
)

// TestEnumerations checks the whole method set of every enumeration of the
// package with the shared harness; the tests beside each type check only
// what is particular to it (order, labels in the template's wording).
func TestEnumerations(t *testing.T) {
	t.Run("DataCategory", func(t *testing.T) {
		assert.Equal(t, gdpr.DataCategories(), enumtest.Check[gdpr.DataCategory](t, gdpr.ParseDataCategory))
	})
	t.Run("Severity", func(t *testing.T) {
		assert.Equal(t, []gdpr.Severity{gdpr.Info, gdpr.Warning, gdpr.Error, gdpr.Critical},
			enumtest.Check[gdpr.Severity](t, gdpr.ParseSeverity))
	})
	t.Run("SubjectGroup", func(t *testing.T) {
		assert.Equal(t, gdpr.SubjectGroups(), enumtest.Check[gdpr.SubjectGroup](t, gdpr.ParseSubjectGroup))
	})
	t.Run("TransferStatus", func(t *testing.T) {
		assert.Equal(t, []gdpr.TransferStatus{gdpr.TransferEEA, gdpr.TransferAdequate, gdpr.TransferThirdCountry},
			enumtest.Check[gdpr.TransferStatus](t, gdpr.ParseTransferStatus))
	})
	t.Run("AdequacyScope", func(t *testing.T) {
		assert.Equal(t, []gdpr.AdequacyScope{gdpr.AdequacyFull, gdpr.AdequacyDPF, gdpr.AdequacyPIPEDA, gdpr.AdequacyAPPI},
			enumtest.Check[gdpr.AdequacyScope](t, gdpr.ParseAdequacyScope))
	})
	t.Run("InternationalOrganisation", func(t *testing.T) {
		assert.Contains(t, enumtest.Check[gdpr.InternationalOrganisation](t, gdpr.ParseInternationalOrganisation),
			gdpr.EuropeanPatentOrganisation)
	})
	t.Run("KLELevel", func(t *testing.T) {
		assert.Equal(t, []gdpr.KLELevel{gdpr.KLEMainGroup, gdpr.KLEGroup, gdpr.KLESubject},
			enumtest.Check[gdpr.KLELevel](t, gdpr.ParseKLELevel))
	})
}
