package gdpr_test

import (
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storable holds every storable type of the package (a bare CPR encodes
// redacted on purpose and is left out), as a record of another package
// would, and validates what the package can validate.
type storable struct {
	Date         gdpr.Date                      `json:"date,omitzero"`
	KLE          gdpr.KLE                       `json:"kle,omitzero"`
	Level        gdpr.KLELevel                  `json:"level,omitzero"`
	CVR          gdpr.CVR                       `json:"cvr,omitzero"`
	Country      gdpr.Country                   `json:"country,omitzero"`
	Category     gdpr.DataCategory              `json:"category,omitzero"`
	Types        []gdpr.DataType                `json:"types,omitempty"`
	Bases        []gdpr.LegalBasis              `json:"bases,omitempty"`
	Subjects     []gdpr.DataSubjectCategory     `json:"subjects,omitempty"`
	Severity     gdpr.Severity                  `json:"severity,omitzero"`
	Findings     []gdpr.Finding                 `json:"findings,omitempty"`
	Reasons      []gdpr.Reason                  `json:"reasons,omitempty"`
	Decision     gdpr.AdequacyDecision          `json:"decision,omitzero"`
	Transfer     gdpr.Transfer                  `json:"transfer,omitzero"`
	Organisation gdpr.InternationalOrganisation `json:"organisation,omitzero"`
	Name         gdpr.Personal                  `json:"name,omitzero"`
	Notes        []gdpr.Personal                `json:"notes,omitempty"`
	ByType       map[gdpr.DataType]gdpr.Date    `json:"byType,omitempty"`
}

func (s storable) Validate() error {
	var ps gdpr.Problems
	for i, c := range s.Subjects {
		ps.Merge("subjects["+itoa(i)+"]", c.Validate())
	}
	return ps.Err()
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// storableDocs are documents at the edges of what the package's decoders
// accept.
var storableDocs = []string{
	`{}`,
	`{"date":"0001-01-01","kle":"00.00.00 A00","level":"subject","cvr":"29189846","country":"GL"}`,
	`{"date":"9999-12-31","category":"criminal","types":["cpr_number","custom:sensitive:Karakterer"],"bases":["art6_1_e","law:serviceloven § 50"]}`,
	`{"subjects":[{"group":"children","vulnerable":true},{"name":"Plejefamilier","vulnerable":false}]}`,
	`{"findings":[{"rule":"gdpr.cpr_basis_missing","severity":"error","reference":{"da":"x","en":"y"},"text":{"da":"","en":""}}]}`,
	`{"decision":{"id":"us_2023","country":"US","instrument":"x","from":"2023-07-10","scope":"dpf_certified"}}`,
	`{"transfer":{"country":"US","on":"2026-01-01","status":"adequate","condition":"dpf_certified","reference":"GDPR art. 45(1)"}}`,
	`{"name":"Markus \"M\" Markersen\u0000\ud800","notes":["","x",null]}`,
	`{"byType":{"name":"2025-02-28","custom:ordinary:Løn":"2024-02-29"}}`,
	`{"organisation":"epo","severity":"critical"}`,
	// Rejected: nothing to store.
	`{"date":"0000-01-01"}`,
	`{"date":"10000-01-01"}`,
	`{"date":"2025-02-29"}`,
	`{"kle":"4."}`,
	`{"subjects":[{"group":"children","vulnerable":false}]}`,
}

// TestRootTypesRoundTrip holds the package's decoders to the storage
// property: whatever decodes strictly and validates encodes again and
// decodes to the same value.
func TestRootTypesRoundTrip(t *testing.T) {
	for _, doc := range storableDocs {
		t.Run(doc, func(t *testing.T) {
			require.NoError(t, roundtrip.Check[storable]([]byte(doc)))
		})
	}
	// A value built in Go, not decoded, is held to the same property.
	assert.NoError(t, roundtrip.Value(storable{
		Transfer: gdpr.TransferTo(gdpr.MustParseCountry("US"), gdpr.MustParseDate("2026-01-01")),
		Name:     gdpr.NewPersonal("Markus Markersen"),
	}))
}

// TestDateScanRejectsWhatCannotBeStored: a DATE column outside the years
// 1-9999 is an error, not a Date that MarshalText then refuses.
func TestDateScanRejectsWhatCannotBeStored(t *testing.T) {
	var d gdpr.Date
	for _, y := range []int{0, -1, 10000} {
		err := d.Scan(gdpr.MustParseDate("2025-01-01").Start().AddDate(y-2025, 0, 0))
		require.ErrorIs(t, err, gdpr.ErrInvalid, "year %d", y)
		assert.True(t, d.IsZero(), "the date is left as it was")
	}
	require.NoError(t, d.Scan(gdpr.MustParseDate("9999-12-31").Start()))
	_, err := d.MarshalText()
	assert.NoError(t, err)
}

func FuzzRootTypesRoundTrip(f *testing.F) {
	for _, doc := range storableDocs {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := roundtrip.Check[storable](b); err != nil {
			t.Fatal(err)
		}
	})
}
