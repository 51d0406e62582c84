package risk_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The municipal DPIA template's sixteen threat categories, in its
// order and wording.
func TestThreatCatalogue(t *testing.T) {
	want := []struct {
		threat risk.Threat
		da     string
	}{
		{risk.AccessControl, "Manglende adgangsstyring og kontrol af brugere"},
		{risk.Transmission, "Manglende beskyttelse af data ved forsendelse"},
		{risk.Outsourcing, "Problem i forbindelse med udlicitering"},
		{risk.UnintentionalUserError, "Ubevidste brugerfejl"},
		{risk.IntentionalUserError, "Bevidste brugerfejl"},
		{risk.ITAttack, "IT-angreb som hacking, phishing mv."},
		{risk.ITBreakdown, "IT-nedbrud"},
		{risk.MissingDeletion, "Manglende sletning af personoplysninger"},
		{risk.Logging, "Mangelfuld logning og/eller ingen kontrol af log"},
		{risk.KeyStaffLoss, "Tab af nøglemedarbejdere"},
		{risk.Physical, "Fysiske trusler"},
		{risk.SystemError, "Systemfejl"},
		{risk.SystemOperation, "Systemdrift"},
		{risk.ThirdCountryTransfer, "Manglende gennemsigtighed, overførselsgrundlag og sikkerhed ifm. tredjelandsoverførsler"},
		{risk.Controllership, "Uvished om placering af dataansvar og brug af data til utilsigtede formål"},
		{risk.DataSubjectRights, "Manglende overholdelse af de registreredes rettigheder herunder oplysningspligt"},
	}
	all := risk.Threats()
	require.Len(t, all, 16)
	seenEn := map[string]bool{}
	for i, w := range want {
		th := all[i]
		assert.Equal(t, w.threat, th)
		assert.Equal(t, i+1, th.Number())
		assert.True(t, th.Valid())
		assert.False(t, th.IsCustom())
		assert.Equal(t, w.da, th.Label(language.Danish))
		en := th.Label(language.English)
		assert.NotEmpty(t, en)
		assert.False(t, seenEn[en], "English labels are distinct")
		seenEn[en] = true
		assert.Equal(t, string(th), th.String())

		b, err := th.MarshalText()
		require.NoError(t, err)
		got, err := risk.ParseThreat(string(b))
		require.NoError(t, err)
		assert.Equal(t, th, got)
		v, err := th.Value()
		require.NoError(t, err)
		var s risk.Threat
		require.NoError(t, s.Scan(v))
		assert.Equal(t, th, s)
	}
	all[0] = "changed"
	assert.Equal(t, risk.AccessControl, risk.Threats()[0], "Threats returns a fresh slice")
}

func TestCustomThreat(t *testing.T) {
	th := risk.CustomThreat("  Fejlagtig AI-profilering ")
	assert.Equal(t, risk.Threat("custom:Fejlagtig AI-profilering"), th)
	assert.True(t, th.Valid())
	assert.True(t, th.IsCustom())
	assert.Zero(t, th.Number())
	assert.Equal(t, "Fejlagtig AI-profilering", th.Label(language.Danish))
	assert.Equal(t, "Fejlagtig AI-profilering", th.Label(language.English))
	j, err := json.Marshal(struct{ T risk.Threat }{th})
	require.NoError(t, err)
	assert.JSONEq(t, `{"T":"custom:Fejlagtig AI-profilering"}`, string(j))

	tests := []struct {
		name string
		t    risk.Threat
	}{
		{"empty custom name", risk.CustomThreat("  ")},
		{"line break in the name", risk.CustomThreat("a\nb")},
		{"name too long", risk.CustomThreat(strings.Repeat("x", 201))},
		{"unknown code", "hacking"},
		{"space around a code", " it_attack"},
		{"custom prefix with spaces inside", "custom: x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, tt.t.Valid())
			_, err := tt.t.MarshalText()
			assert.ErrorIs(t, err, risk.ErrUnknownCode)
			_, err = risk.ParseThreat(string(tt.t))
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, string(tt.t), tt.t.Label(language.Danish), "an invalid threat labels as itself")
			var th risk.Threat
			assert.Error(t, json.Unmarshal([]byte(strconv.Quote(string(tt.t))), &th), "JSON decoding rejects it")
		})
	}
	var z risk.Threat
	assert.False(t, z.Valid())
	got, err := risk.ParseThreat("")
	require.NoError(t, err)
	assert.Zero(t, got)
	v, err := z.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	require.NoError(t, z.Scan(nil))
	assert.ErrorIs(t, z.Scan(3), gdpr.ErrInvalid)
	assert.True(t, risk.CustomThreat(strings.Repeat("x", 200)).Valid(), "200 bytes is the limit")
}
