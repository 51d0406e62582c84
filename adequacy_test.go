package gdpr_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func adequacyOn(y int, m time.Month, d int) gdpr.Date { return gdpr.Date{Year: y, Month: m, Day: d} }

// adequacyToday is a date after the last change in the table.
var adequacyToday = adequacyOn(2026, time.March, 2)

func TestTransferTo(t *testing.T) {
	// GDPR art. 45; the Commission's adequacy decisions as of early 2026.
	tests := []struct {
		name      string
		country   string
		on        gdpr.Date
		want      gdpr.TransferStatus
		decision  string
		condition gdpr.AdequacyScope
	}{
		{"Denmark is in the EU", "DK", adequacyToday, gdpr.TransferEEA, "", 0},
		{"Norway is in the EEA", "NO", adequacyToday, gdpr.TransferEEA, "", 0},
		{"Greenland is a third country", "GL", adequacyToday, gdpr.TransferThirdCountry, "", 0},
		{"Faroe Islands are adequate", "FO", adequacyToday, gdpr.TransferAdequate, "fo_2010", 0},
		{"Switzerland is adequate", "CH", adequacyToday, gdpr.TransferAdequate, "ch_2000", 0},
		{"China is a third country", "CN", adequacyToday, gdpr.TransferThirdCountry, "", 0},
		{"India is a third country", "IN", adequacyToday, gdpr.TransferThirdCountry, "", 0},
		{"Andorra", "AD", adequacyToday, gdpr.TransferAdequate, "ad_2010", 0},
		{"Argentina", "AR", adequacyToday, gdpr.TransferAdequate, "ar_2003", 0},
		{"Guernsey", "GG", adequacyToday, gdpr.TransferAdequate, "gg_2003", 0},
		{"Isle of Man", "IM", adequacyToday, gdpr.TransferAdequate, "im_2004", 0},
		{"Israel", "IL", adequacyToday, gdpr.TransferAdequate, "il_2011", 0},
		{"Jersey", "JE", adequacyToday, gdpr.TransferAdequate, "je_2008", 0},
		{"New Zealand", "NZ", adequacyToday, gdpr.TransferAdequate, "nz_2012", 0},
		{"Republic of Korea", "KR", adequacyToday, gdpr.TransferAdequate, "kr_2021", 0},
		{"Uruguay", "UY", adequacyToday, gdpr.TransferAdequate, "uy_2012", 0},
		{"Canada only under PIPEDA", "CA", adequacyToday, gdpr.TransferAdequate, "ca_2001", gdpr.AdequacyPIPEDA},
		{"Japan only under the APPI", "JP", adequacyToday, gdpr.TransferAdequate, "jp_2019", gdpr.AdequacyAPPI},

		// United Kingdom: 2021/1772 from 28 June 2021, extended to 27 December
		// 2025, renewed in December 2025 to 27 December 2031.
		{"UK the day before the 2021 decision", "GB", adequacyOn(2021, time.June, 27), gdpr.TransferThirdCountry, "", 0},
		{"UK on the day of the 2021 decision", "GB", adequacyOn(2021, time.June, 28), gdpr.TransferAdequate, "gb_2021", 0},
		{"UK on the original end date", "GB", adequacyOn(2025, time.June, 27), gdpr.TransferAdequate, "gb_2021", 0},
		{"UK during the six-month extension", "GB", adequacyOn(2025, time.June, 28), gdpr.TransferAdequate, "gb_2021", 0},
		{"UK on the last day of the extension", "GB", adequacyOn(2025, time.December, 27), gdpr.TransferAdequate, "gb_2021", 0},
		{"UK on the first day of the renewal", "GB", adequacyOn(2025, time.December, 28), gdpr.TransferAdequate, "gb_2025", 0},
		{"UK on the last day of the renewal", "GB", adequacyOn(2031, time.December, 27), gdpr.TransferAdequate, "gb_2025", 0},
		{"UK the day after the renewal ends", "GB", adequacyOn(2031, time.December, 28), gdpr.TransferThirdCountry, "", 0},

		// United States: Privacy Shield invalid since C-311/18 (16 July 2020);
		// the Data Privacy Framework (EU) 2023/1795 from 10 July 2023.
		{"US under the invalidated Privacy Shield", "US", adequacyOn(2019, time.March, 1), gdpr.TransferThirdCountry, "", 0},
		{"US the day before the DPF decision", "US", adequacyOn(2023, time.July, 9), gdpr.TransferThirdCountry, "", 0},
		{"US on the day of the DPF decision, only if certified", "US", adequacyOn(2023, time.July, 10), gdpr.TransferAdequate, "us_2023", gdpr.AdequacyDPF},

		// Brazil: adopted 26 January 2026.
		{"Brazil the day before its decision", "BR", adequacyOn(2026, time.January, 25), gdpr.TransferThirdCountry, "", 0},
		{"Brazil on the day of its decision", "BR", adequacyOn(2026, time.January, 26), gdpr.TransferAdequate, "br_2026", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := gdpr.MustParseCountry(tt.country)
			got := gdpr.TransferTo(c, tt.on)
			assert.Equal(t, tt.want, got.Status, "got %s, want %s", got.Status, tt.want)
			assert.Equal(t, tt.decision, got.Decision.ID)
			assert.Equal(t, tt.condition, got.Condition)
			assert.Equal(t, tt.condition != 0, got.Conditional())
			assert.Equal(t, tt.want == gdpr.TransferThirdCountry || tt.condition != 0, got.NeedsTransferTool())
			assert.Equal(t, c, got.Country)
			assert.Equal(t, tt.on, got.On)
			assert.NotEmpty(t, got.Reference)
			assert.Contains(t, got.Explanation().Da, c.Label(language.Danish))
			assert.Contains(t, got.Explanation().En, c.Label(language.English))
			if tt.decision != "" {
				assert.True(t, got.Decision.InForce(tt.on))
				assert.Contains(t, got.Explanation().En, got.Decision.Instrument)
			}
			if tt.want == gdpr.TransferThirdCountry {
				assert.Contains(t, got.Explanation().En, "art. 49(3)", "a public authority cannot rely on art. 49(1)(a)-(c)")
				assert.Contains(t, got.Explanation().Da, "art. 49, stk. 3")
			}
		})
	}
}

func TestTransferToRecipient(t *testing.T) {
	tests := []struct {
		name      string
		country   string
		recipient gdpr.TransferRecipient
		want      gdpr.TransferStatus
		decision  string
	}{
		{"US organisation certified under the DPF", "US", gdpr.TransferRecipient{DPFCertified: true}, gdpr.TransferAdequate, "us_2023"},
		{"US organisation not certified", "US", gdpr.TransferRecipient{}, gdpr.TransferThirdCountry, "us_2023"},
		{"US organisation under PIPEDA is not DPF", "US", gdpr.TransferRecipient{PIPEDA: true}, gdpr.TransferThirdCountry, "us_2023"},
		{"Canadian company under PIPEDA", "CA", gdpr.TransferRecipient{PIPEDA: true}, gdpr.TransferAdequate, "ca_2001"},
		{"Canadian public authority", "CA", gdpr.TransferRecipient{}, gdpr.TransferThirdCountry, "ca_2001"},
		{"Japanese business operator", "JP", gdpr.TransferRecipient{APPI: true}, gdpr.TransferAdequate, "jp_2019"},
		{"Japanese public authority", "JP", gdpr.TransferRecipient{}, gdpr.TransferThirdCountry, "jp_2019"},
		{"Switzerland needs no facts", "CH", gdpr.TransferRecipient{}, gdpr.TransferAdequate, "ch_2000"},
		{"EEA needs no facts", "SE", gdpr.TransferRecipient{}, gdpr.TransferEEA, ""},
		{"certification does not help in a third country", "CN", gdpr.TransferRecipient{DPFCertified: true}, gdpr.TransferThirdCountry, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gdpr.TransferToRecipient(gdpr.MustParseCountry(tt.country), adequacyToday, tt.recipient)
			assert.Equal(t, tt.want, got.Status, "got %s, want %s", got.Status, tt.want)
			assert.Equal(t, tt.decision, got.Decision.ID)
			assert.False(t, got.Conditional(), "the recipient's facts resolve the condition")
			assert.Equal(t, tt.want == gdpr.TransferThirdCountry, got.NeedsTransferTool())
			if tt.want == gdpr.TransferThirdCountry && tt.decision != "" {
				assert.Contains(t, got.Explanation().En, "recipient is outside it")
				assert.Contains(t, got.Explanation().Da, "modtageren er ikke omfattet")
			}
		})
	}
	t.Run("US before the DPF even if certified", func(t *testing.T) {
		got := gdpr.TransferToRecipient(gdpr.MustParseCountry("US"), adequacyOn(2023, time.July, 9), gdpr.TransferRecipient{DPFCertified: true})
		assert.Equal(t, gdpr.TransferThirdCountry, got.Status)
	})
}

func TestTransferToOrganisation(t *testing.T) {
	epo := gdpr.EuropeanPatentOrganisation
	before := gdpr.TransferToOrganisation(epo, adequacyOn(2025, time.July, 14))
	assert.Equal(t, gdpr.TransferThirdCountry, before.Status)
	after := gdpr.TransferToOrganisation(epo, adequacyOn(2025, time.July, 15))
	assert.Equal(t, gdpr.TransferAdequate, after.Status)
	assert.Equal(t, "epo_2025", after.Decision.ID)
	assert.Equal(t, epo, after.Organisation)
	assert.True(t, after.Country.IsZero())
	assert.Contains(t, after.Explanation().Da, "Den Europæiske Patentorganisation")
	assert.Equal(t, "adequate epo epo_2025 on 2025-07-15", after.String())

	other := gdpr.TransferToOrganisation(0, adequacyToday)
	assert.Equal(t, gdpr.TransferThirdCountry, other.Status, "an unlisted organisation has no adequacy decision")
	assert.True(t, other.NeedsTransferTool())
	assert.Contains(t, other.Explanation().En, "The international organisation has no adequacy decision", "not \"destination not set\"")
	assert.Contains(t, other.Explanation().Da, "Den internationale organisation har ingen afgørelse")
	assert.Contains(t, other.Explanation().En, "art. 49(3)")
	assert.Equal(t, gdpr.TransferThirdCountry, gdpr.TransferToOrganisation(99, adequacyToday).Status)
	assert.Equal(t, gdpr.TransferStatus(0), gdpr.TransferToOrganisation(epo, gdpr.Date{}).Status)
}

func TestTransferWithoutDestinationOrDate(t *testing.T) {
	tests := []struct {
		name string
		got  gdpr.Transfer
	}{
		{"zero country", gdpr.TransferTo(gdpr.Country{}, adequacyToday)},
		{"zero date", gdpr.TransferTo(gdpr.MustParseCountry("US"), gdpr.Date{})},
		{"zero date inside the EEA", gdpr.TransferTo(gdpr.MustParseCountry("DK"), gdpr.Date{})},
		{"zero country with recipient facts", gdpr.TransferToRecipient(gdpr.Country{}, adequacyToday, gdpr.TransferRecipient{DPFCertified: true})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, tt.got.Status.Valid())
			assert.NotEmpty(t, tt.got.Explanation().Da)
			assert.NotEmpty(t, tt.got.Explanation().En)
			assert.False(t, tt.got.NeedsTransferTool())
		})
	}
}

func TestTransferString(t *testing.T) {
	tests := []struct {
		name string
		got  gdpr.Transfer
		want string
	}{
		{"EEA", gdpr.TransferTo(gdpr.MustParseCountry("NO"), adequacyToday), "eea NO on 2026-03-02"},
		{"adequate", gdpr.TransferTo(gdpr.MustParseCountry("GB"), adequacyToday), "adequate GB gb_2025 on 2026-03-02"},
		{"conditional", gdpr.TransferTo(gdpr.MustParseCountry("US"), adequacyToday), "adequate US us_2023 if dpf_certified on 2026-03-02"},
		{"third country", gdpr.TransferTo(gdpr.MustParseCountry("GL"), adequacyToday), "third_country GL on 2026-03-02"},
		{"not set", gdpr.TransferTo(gdpr.Country{}, gdpr.Date{}), "TransferStatus(0) - on -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got.String())
		})
	}
}

func TestAdequacyDecisions(t *testing.T) {
	ds := gdpr.AdequacyDecisions()
	// GDPR art. 45: the destinations with an adequacy decision, early 2026.
	want := []string{"AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY", "epo"}
	var got []string
	ids := map[string]bool{}
	for i, d := range ds {
		t.Run(d.ID, func(t *testing.T) {
			assert.False(t, ids[d.ID], "duplicate id")
			ids[d.ID] = true
			assert.NotEqual(t, d.Country.IsZero(), d.Organisation == 0, "exactly one of Country and Organisation")
			assert.NotEmpty(t, d.Instrument)
			assert.False(t, d.From.IsZero())
			assert.True(t, d.Scope.Valid())
			assert.False(t, d.Country.InEEA(), "no adequacy decision for an EEA country")
			if !d.Until.IsZero() {
				assert.True(t, d.Until.After(d.From))
				assert.False(t, d.InForce(adequacyOn(d.Until.Year, d.Until.Month, d.Until.Day+1)))
				assert.True(t, d.InForce(d.Until))
			}
			assert.True(t, d.InForce(d.From))
			assert.False(t, d.InForce(gdpr.Date{}))
			if i > 0 {
				assert.False(t, d.From.Before(ds[i-1].From), "ordered by adoption")
			}
			assert.Equal(t, d.Note.Da == "", d.Note.En == "", "a note in both languages or neither")
		})
		if d.Organisation != 0 {
			got = append(got, d.Organisation.String())
		} else {
			got = append(got, d.Country.String())
		}
	}
	slices.Sort(got)
	got = slices.Compact(got)
	assert.Equal(t, want, got)

	ds[0].ID = "changed"
	ds[0].Until = adequacyOn(2000, time.July, 27)
	assert.Equal(t, "ch_2000", gdpr.AdequacyDecisions()[0].ID, "AdequacyDecisions returns a fresh copy")
	assert.Equal(t, gdpr.TransferAdequate, gdpr.TransferTo(gdpr.MustParseCountry("CH"), adequacyToday).Status)
}

func TestAdequacyDecisionsDoNotOverlap(t *testing.T) {
	ds := gdpr.AdequacyDecisions()
	for i, a := range ds {
		for _, b := range ds[i+1:] {
			if a.Country != b.Country || a.Organisation != b.Organisation {
				continue
			}
			assert.True(t, !a.Until.IsZero() && a.Until.Before(b.From), "%s and %s overlap", a.ID, b.ID)
		}
	}
}

func TestTransferEnumLabels(t *testing.T) {
	// The Danish labels follow Datatilsynet's "sikre" and "usikre
	// tredjelande"; the method sets are checked in TestEnumerations.
	want := map[gdpr.TransferStatus][2]string{
		gdpr.TransferEEA:          {"EU/EØS", "EU/EEA"},
		gdpr.TransferAdequate:     {"Sikkert tredjeland (tilstrækkeligt beskyttelsesniveau)", "Adequate (adequacy decision)"},
		gdpr.TransferThirdCountry: {"Usikkert tredjeland", "Third country without adequacy"},
	}
	for s, w := range want {
		assert.Equal(t, w[0], s.Label(language.Danish))
		assert.Equal(t, w[1], s.Label(language.English))
	}
	for _, s := range []gdpr.AdequacyScope{gdpr.AdequacyFull, gdpr.AdequacyDPF, gdpr.AdequacyPIPEDA, gdpr.AdequacyAPPI} {
		assert.Equal(t, s != gdpr.AdequacyFull, s.Limited(), "%s", s)
	}
	assert.False(t, gdpr.AdequacyScope(0).Limited())
	assert.False(t, gdpr.AdequacyScope(9).Limited())
	assert.False(t, gdpr.TransferRecipient{DPFCertified: true, PIPEDA: true, APPI: true}.Covers(0))
	assert.Equal(t, "Den Europæiske Patentorganisation", gdpr.EuropeanPatentOrganisation.Label(language.Danish))
}

func TestTransferJSON(t *testing.T) {
	tr := gdpr.TransferTo(gdpr.MustParseCountry("US"), adequacyToday)
	out, err := json.Marshal(tr)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(out, &m))
	assert.Equal(t, "US", m["country"])
	assert.Equal(t, "adequate", m["status"])
	assert.Equal(t, "dpf_certified", m["condition"])
	assert.NotContains(t, m, "organisation", "zero fields are omitted")
	decision, ok := m["decision"].(map[string]any)
	require.True(t, ok, "decision is an object: %s", out)
	assert.Equal(t, "us_2023", decision["id"])
	assert.Equal(t, "dpf_certified", decision["scope"])

	var back gdpr.Transfer
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, tr, back, "a Transfer round-trips through JSON")

	third, err := json.Marshal(gdpr.TransferTo(gdpr.MustParseCountry("GL"), adequacyToday))
	require.NoError(t, err)
	var thirdMap map[string]any
	require.NoError(t, json.Unmarshal(third, &thirdMap))
	assert.Equal(t, "third_country", thirdMap["status"])
	assert.NotContains(t, thirdMap, "decision", "no decision, no decision object")
	assert.NotContains(t, thirdMap, "condition")
}

func BenchmarkTransferTo(b *testing.B) {
	us := gdpr.MustParseCountry("US")
	b.ReportAllocs()
	for b.Loop() {
		if gdpr.TransferTo(us, adequacyToday).Status != gdpr.TransferAdequate {
			b.Fatal("want adequate")
		}
	}
}

func BenchmarkTransferToEEA(b *testing.B) {
	dk := gdpr.MustParseCountry("DK")
	b.ReportAllocs()
	for b.Loop() {
		if gdpr.TransferTo(dk, adequacyToday).Status != gdpr.TransferEEA {
			b.Fatal("want EEA")
		}
	}
}
