package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
)

// TestReachTransfer: reaching data from outside the EEA or from an
// international organisation is a transfer (GDPR art. 44); Greenland is
// outside the EEA.
func TestReachTransfer(t *testing.T) {
	for _, tc := range []struct {
		r    gdpr.Reach
		want bool
	}{
		{gdpr.Reach{Country: gdpr.MustParseCountry("DK")}, false},
		{gdpr.Reach{Country: gdpr.MustParseCountry("NO")}, false},
		{gdpr.Reach{Country: gdpr.MustParseCountry("GL")}, true},
		{gdpr.Reach{Country: gdpr.MustParseCountry("US")}, true},
		{gdpr.Reach{Organisation: gdpr.EuropeanPatentOrganisation}, true},
		{gdpr.Reach{}, false},
	} {
		assert.Equal(t, tc.want, tc.r.Transfer(), "%+v", tc.r)
	}
	assert.Equal(t, "", gdpr.Reach{}.Party())
	assert.Equal(t, "B", gdpr.Reach{Path: []string{"A", "B"}}.Party())
}
