package breach_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The markers planted in every field of the package's types that holds a
// person's identity, contact or a free text that may describe a person.
const (
	markName         = "Markus Markersen"
	markEmail        = "markus@example.org"
	markPhone        = "+45 20 30 40 50"
	markDescription  = "Markus Markersens journal blev sendt"
	markConsequences = "Markus kan miste sit job"
	markTaken        = "Markus er ringet op"
	markProposed     = "Markus tilbydes kreditovervågning"
	markRationale    = "Markus er ikke i fare"
	markNote         = "Markus er anbragt"
	markDelay        = "Markus var syg"
	markExemption    = "Markus er under efterforskning"
	markUnknownCode  = "Markus Markersen 070761-4285"
)

// plantJSON sets the fields at the given dot-separated paths (a number is
// an index into an array) of a JSON document.
func plantJSON(t testing.TB, doc []byte, sets map[string]any) []byte {
	t.Helper()
	var root any
	require.NoError(t, json.Unmarshal(doc, &root))
	for path, v := range sets {
		keys := strings.Split(path, ".")
		cur := root
		for i, k := range keys {
			last := i == len(keys)-1
			switch c := cur.(type) {
			case map[string]any:
				if last {
					c[k] = v
					continue
				}
				if c[k] == nil {
					c[k] = map[string]any{}
				}
				cur = c[k]
			case []any:
				n := 0
				for _, r := range k {
					n = n*10 + int(r-'0')
				}
				if last {
					c[n] = v
					continue
				}
				cur = c[n]
			}
		}
	}
	out, err := json.Marshal(root)
	require.NoError(t, err)
	return out
}

// plantedIncident is the golden incident with a marker in every personal
// field, decoded strictly: it is also late, so that the log has a row with
// the delay's reasons.
func plantedIncident(t testing.TB) breach.Incident {
	t.Helper()
	doc, err := os.ReadFile("testdata/incident.json")
	require.NoError(t, err)
	doc = plantJSON(t, doc, map[string]any{
		"description": markDescription, "consequences": markConsequences, "rationale": markRationale,
		"measuresTaken": []string{markTaken}, "measuresProposed": []string{markProposed},
		"contact.name": markName, "contact.email": markEmail, "contact.phone": markPhone,
		"dataContexts.0.adjustments.0.note": markNote,
		"notifications.0.at":                "2025-04-02T10:30:00+02:00", "notifications.0.delayReasons": markDelay,
		"exemption": map[string]any{"ground": breach.PrivateInterests.String(), "reason": markExemption},
	})
	inc, err := breach.ParseJSON[breach.Incident](doc)
	require.NoError(t, err)
	return inc
}

// TestNoPersonalDataLeaks plants markers in every type of the package that
// holds personal data (GDPR art. 4(1)) and finds none in String, any fmt
// verb (bare, nested, as an unexported field), log/slog (text and JSON,
// through gdpr.RedactingHandler at any depth) and errors; JSON, which is
// storage, keeps them. It logs the leak counts per sink, the unguarded
// "slog json" of a nested value without the wrapper included.
func TestNoPersonalDataLeaks(t *testing.T) {
	inc := plantedIncident(t)
	log := breach.Log{inc}
	late := log.Late()
	require.Len(t, late, 1)
	all := []string{markName, markEmail, markPhone, markDescription, markConsequences, markTaken, markProposed,
		markRationale, markNote, markDelay, markExemption}

	total := map[string]int{}
	run := func(name string, v any, find func() []leaktest.Leak, check func(t *testing.T), markers ...string) {
		t.Run(name, func(t *testing.T) {
			counts := leaktest.Counts(find())
			t.Logf("%-12s %v", name, counts)
			for k, n := range counts {
				total[k] += n
			}
			check(t)
			assert.True(t, leaktest.Stored(v, markers...), "JSON is storage and keeps every marker")
		})
	}
	case_ := func(name string, v any, markers ...string) {
		switch x := v.(type) {
		case breach.Contact:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Incident:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Notification:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Exemption:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Adjustment:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.DataContext:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Log:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Row:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Assessment:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Score:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		case breach.Decision:
			run(name, x, func() []leaktest.Leak { return leaktest.Find(x, markers...) }, func(t *testing.T) { leaktest.Check(t, x, markers...) }, markers...)
		default:
			t.Fatalf("no case for %T", v)
		}
	}
	case_("Contact", inc.Contact, markName, markEmail, markPhone)
	case_("Incident", inc, all...)
	case_("Notification", inc.Notifications[0], markDelay)
	case_("Exemption", *inc.Exemption, markExemption)
	case_("Adjustment", inc.Contexts[0].Adjustments[0], markNote)
	case_("DataContext", inc.Contexts[0], markNote)
	case_("Log", log, all...)
	case_("Row", late[0], markDelay)
	score, err := inc.Severity()
	require.NoError(t, err)
	decision, err := breach.Policy{}.Decide(inc)
	require.NoError(t, err)
	case_("Assessment", inc.Assessment(), markNote)
	case_("Score", score, markNote)
	case_("Decision", decision, markNote)
	t.Logf("%-12s %v", "total", total)
	for sink := range total {
		assert.Equal(t, "slog json", sink, "only slog's JSON handler without gdpr.RedactingHandler writes a nested value with encoding/json")
	}
}

// TestErrorsDoNotEchoPersonalData types personal data into every field of
// an incident that takes a code or a timestamp, and into the local-time
// parser: no error quotes it.
func TestErrorsDoNotEchoPersonalData(t *testing.T) {
	doc, err := os.ReadFile("testdata/incident.json")
	require.NoError(t, err)
	var errs []error
	for _, path := range []string{"confidentiality", "awareAt", "identification", "dataTypes", "contact.name",
		"contact", "notifications.0.phase", "notifications.0.at", "dataContexts.0.kind", "dataContexts.0.adjustments.0.factor",
		"subjectCategories.0.group", "processors.0.awareAt", "risk", "harm"} {
		for _, v := range []any{markUnknownCode, []string{markUnknownCode}} {
			_, err := breach.ParseJSON[breach.Incident](plantJSON(t, doc, map[string]any{path: v}))
			errs = append(errs, err)
			_, err = breach.ParseJSON[breach.Log]([]byte("[" + string(plantJSON(t, doc, map[string]any{path: v})) + "]"))
			errs = append(errs, err)
		}
	}
	for _, s := range []string{markUnknownCode, markName, "070761-4285"} {
		_, err := breach.ParseLocal(s)
		errs = append(errs, err)
		_, err = breach.ParseLevel(s)
		errs = append(errs, err)
	}
	leaktest.CheckErrors(t, errs, markName, "070761-4285", "0707614285")
}
