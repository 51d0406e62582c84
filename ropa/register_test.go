package ropa_test

import (
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// queryRegister holds four records that differ in one fact each.
func queryRegister() ropa.Register {
	school := compliantRecord() // health, CPR; Skolesky A/S and Global Cloud Inc. (IE, US); KLE 17.01, 17.03.00
	payroll := ropa.Record{
		ID: "loen", Name: "Løn og personale", Status: ropa.Active,
		Purposes: []ropa.Purpose{{Description: "Lønudbetaling", LegalBases: []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.DBL12},
			KLE: []gdpr.KLE{gdpr.MustParseKLE("81.03.00")}}},
		Subjects:   []ropa.SubjectCategory{{Category: gdpr.Employees.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.TradeUnion}}},
		Processors: []ropa.ProcessorRef{{Name: "Lønservice ApS", AgreementID: "dpa-loen", Countries: []gdpr.Country{gdpr.MustParseCountry("DK")}}},
	}
	library := ropa.Record{
		ID: "bib", Name: "Biblioteksudlån", Status: ropa.Ended,
		Purposes:   []ropa.Purpose{{Description: "Udlån", LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask}, KLE: []gdpr.KLE{gdpr.MustParseKLE("20")}}},
		Subjects:   []ropa.SubjectCategory{{Category: gdpr.Citizens.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}}},
		Processors: []ropa.ProcessorRef{{Name: "SKOLESKY A/S ", AgreementID: "dpa-bib"}},
		Recipients: []ropa.Recipient{{Category: ropa.PublicAuthorities, Country: gdpr.MustParseCountry("GL")}},
	}
	crime := ropa.Record{
		ID: "attest", Name: "Børneattester",
		Purposes: []ropa.Purpose{{Description: "Indhentning", LegalBases: []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.DBL8}}},
		Subjects: []ropa.SubjectCategory{{Category: gdpr.Applicants.Category(), DataTypes: []gdpr.DataType{gdpr.CPRNumber, gdpr.CriminalOffences}}},
	}
	return ropa.Register{Records: []ropa.Record{school, payroll, library, crime}}
}

func ids(rs []ropa.Record) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestSelect(t *testing.T) {
	reg := queryRegister()
	require.NoError(t, reg.Validate())
	cases := []struct {
		name string
		q    ropa.Query
		want []string
	}{
		{"the zero query matches all", ropa.Query{}, []string{"skole-elevadm", "loen", "bib", "attest"}},
		{"sensitive data", ropa.Query{Category: gdpr.Sensitive}, []string{"skole-elevadm", "loen"}},
		{"confidential data (CPR numbers)", ropa.Query{Category: gdpr.Confidential}, []string{"skole-elevadm", "attest"}},
		{"at least sensitive", ropa.Query{MinCategory: gdpr.Sensitive}, []string{"skole-elevadm", "loen", "attest"}},
		{"criminal offences", ropa.Query{DataType: gdpr.CriminalOffences}, []string{"attest"}},
		{"contact details", ropa.Query{DataType: gdpr.ContactDetails}, []string{"skole-elevadm", "bib"}},
		{"a processor by name, ignoring case", ropa.Query{Processor: "skolesky a/s"}, []string{"skole-elevadm", "bib"}},
		{"a sub-processor by name", ropa.Query{Processor: "Global Cloud Inc."}, []string{"skole-elevadm"}},
		{"a processor by CVR number", ropa.Query{Processor: "12345674"}, []string{"skole-elevadm"}},
		{"a processor by agreement id", ropa.Query{Processor: "dpa-loen"}, []string{"loen"}},
		{"an unknown processor", ropa.Query{Processor: "Ingen ApS"}, nil},
		{"data accessed from the US", ropa.Query{Country: gdpr.MustParseCountry("US")}, []string{"skole-elevadm"}},
		{"data sent to Greenland", ropa.Query{Country: gdpr.MustParseCountry("GL")}, []string{"bib"}},
		{"data in Denmark", ropa.Query{Country: gdpr.MustParseCountry("DK")}, []string{"skole-elevadm", "loen"}},
		{"KLE main group finds subjects below it", ropa.Query{KLE: gdpr.MustParseKLE("17")}, []string{"skole-elevadm"}},
		{"KLE subject finds the group above it", ropa.Query{KLE: gdpr.MustParseKLE("17.01.05")}, []string{"skole-elevadm"}},
		{"KLE subject finds a record's main group", ropa.Query{KLE: gdpr.MustParseKLE("20.01.00")}, []string{"bib"}},
		{"KLE with no records", ropa.Query{KLE: gdpr.MustParseKLE("99")}, nil},
		{"legal basis § 12", ropa.Query{LegalBasis: gdpr.DBL12}, []string{"loen"}},
		{"special legislation", ropa.Query{LegalBasis: gdpr.SpecialLaw("folkeskoleloven § 40")}, []string{"skole-elevadm"}},
		{"vulnerable data subjects", ropa.Query{Vulnerable: true}, []string{"skole-elevadm", "loen", "attest"}},
		{"active, the zero status included", ropa.Query{Status: ropa.Active}, []string{"skole-elevadm", "loen", "attest"}},
		{"ended", ropa.Query{Status: ropa.Ended}, []string{"bib"}},
		{"fields combine", ropa.Query{Category: gdpr.Sensitive, Processor: "Skolesky A/S"}, []string{"skole-elevadm"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := reg.Select(tc.q)
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, ids(got))
		})
	}
}

func TestAffectedBy(t *testing.T) {
	reg := queryRegister()
	// If the cloud platform under Skolesky failed, the school's record is hit.
	assert.Equal(t, []string{"skole-elevadm"}, ids(reg.AffectedBy("Global Cloud Inc.")))
	assert.Equal(t, []string{"skole-elevadm", "bib"}, ids(reg.AffectedBy(" Skolesky A/S")))
	assert.Empty(t, reg.AffectedBy("Lønservice"))
}

func TestGet(t *testing.T) {
	reg := queryRegister()
	r, ok := reg.Get("loen")
	require.True(t, ok)
	assert.Equal(t, "Løn og personale", r.Name)
	_, ok = reg.Get("nope")
	assert.False(t, ok)
}

func danishNames() []string {
	return []string{"Ålborg", "Zealand", "Øster", "Aabenraa", "Ærø", "Zoo", "Aarhus", "Ballerup", "ærtebjerg", "Odense", "Århus"}
}

func recordsNamed(names []string) []ropa.Record {
	rs := make([]ropa.Record, len(names))
	for i, n := range names {
		rs[i] = ropa.Record{ID: string(rune('a' + i)), Name: n}
	}
	return rs
}

func names(rs []ropa.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Name
	}
	return out
}

func TestSortByNameDanish(t *testing.T) {
	// Danish order: æ, ø, å after z, and "aa" is å (Aabenraa before Ålborg);
	// case counts only between names otherwise equal (ærtebjerg before Ærø:
	// t before ø), and Århus comes before the same name spelled Aarhus.
	rs := recordsNamed(danishNames())
	ropa.SortByName(rs)
	assert.Equal(t, []string{"Ballerup", "Odense", "Zealand", "Zoo", "ærtebjerg", "Ærø", "Øster", "Aabenraa", "Ålborg", "Århus", "Aarhus"}, names(rs))
}

func TestSortByNameTiesKeepIDOrder(t *testing.T) {
	rs := []ropa.Record{{ID: "c", Name: "Skole"}, {ID: "a", Name: "Skole"}, {ID: "b", Name: "Skole"}}
	ropa.SortByName(rs)
	assert.Equal(t, []string{"a", "b", "c"}, ids(rs))
}

func TestByNameLeavesTheRegisterAlone(t *testing.T) {
	reg := ropa.Register{Records: recordsNamed(danishNames())}
	sorted := reg.ByName()
	assert.Equal(t, danishNames(), names(reg.Records))
	assert.Equal(t, "Ballerup", sorted[0].Name)
}

func TestSortByNameConcurrently(t *testing.T) {
	// A collate.Collator is not safe for concurrent use; SortByName makes
	// its own. Run with -race.
	want := recordsNamed(danishNames())
	ropa.SortByName(want)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				rs := recordsNamed(danishNames())
				ropa.SortByName(rs)
				assert.Equal(t, names(want), names(rs))
			}
		}()
	}
	wg.Wait()
}

func TestRegisterCheckPrefixesPaths(t *testing.T) {
	reg := queryRegister()
	got := reg.Check(now)
	assert.True(t, hasFinding(got, "ropa.transfer_not_recorded", "records[2].recipients[0].country"))
	assert.True(t, hasFinding(got, "gdpr.cpr_basis_missing", "records[3].purposes"))
	assert.False(t, hasFinding(got, "ropa.review_missing", "records[2].lastReview"), "ended")
	assert.False(t, hasFinding(got, "", "records[0].controller"))
}
