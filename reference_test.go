package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
)

func TestCiteInDanish(t *testing.T) {
	for _, tc := range []struct{ en, da string }{
		{"GDPR art. 12(4)", "databeskyttelsesforordningen art. 12, stk. 4"},
		{"GDPR art. 30(1)(f)", "databeskyttelsesforordningen art. 30, stk. 1, litra f"},
		{"GDPR art. 49(1)(a)-(c)", "databeskyttelsesforordningen art. 49, stk. 1, litra a-c"},
		{"GDPR art. 49(1), second subparagraph", "databeskyttelsesforordningen art. 49, stk. 1, andet afsnit"},
		{"GDPR art. 35(3) and (4)", "databeskyttelsesforordningen art. 35, stk. 3 og stk. 4"},
		{"GDPR art. 12(3); EDPB Guidelines 01/2022, para. 157", "databeskyttelsesforordningen art. 12, stk. 3; EDPB's retningslinjer 01/2022, punkt 157"},
		{"Regulation 1182/71 art. 3(4)", "forordning nr. 1182/71 art. 3, stk. 4"},
		{"databeskyttelsesloven § 11", "databeskyttelsesloven § 11"},
		{"GDPR art. 5(2); WP248 rev.01 III.B.a", "databeskyttelsesforordningen art. 5, stk. 2; WP248 rev.01 III.B.a"},
		{"the municipal DPIA template, section 1.1", "den kommunale skabelon til konsekvensanalyse, afsnit 1.1"},
	} {
		got := gdpr.Cite(tc.en)
		assert.Equal(t, tc.en, got.En)
		assert.Equal(t, tc.da, got.Da, "Danish citation of %q", tc.en)
	}
}
