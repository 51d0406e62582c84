package breach

import (
	"testing"

	"github.com/dkgdpr/gdpr"
)

// TestLevelAgreesWithScore checks the log's integer severity level against
// the decimal Score for every combination of kind, adjustment, ease of
// identification, the three losses and malice, valid or not, and for every
// subset of a set of data types covering each kind and the CPR rule.
func TestLevelAgreesWithScore(t *testing.T) {
	check := func(inc Incident) {
		t.Helper()
		l, ok := levelOf(&inc)
		s, err := inc.Severity()
		if ok != (err == nil) || (ok && l != s.Level) {
			t.Fatalf("%+v: levelOf = %s, %v; Score = %s, %v", inc.Assessment(), l, ok, s.Level, err)
		}
	}
	contexts := [][]DataContext{nil}
	for k := DataKind(0); k <= 5; k++ {
		for steps := -4; steps <= 4; steps++ {
			c := DataContext{Kind: k}
			if steps != 0 {
				c.Adjustments = []Adjustment{{Factor: DataNature, Steps: steps}}
			}
			contexts = append(contexts, []DataContext{c})
		}
	}
	contexts = append(contexts, []DataContext{{Kind: SimpleData}, {Kind: SensitiveData, Adjustments: []Adjustment{{Factor: Invalidity, Steps: -2}}}})
	n := 0
	for _, cs := range contexts {
		for ei := Identification(0); ei <= 5; ei++ {
			for c := Confidentiality(0); c <= 4; c++ {
				for i := Integrity(0); i <= 4; i++ {
					for a := Availability(0); a <= 4; a++ {
						for _, m := range []bool{false, true} {
							check(Incident{Contexts: cs, DataTypes: []gdpr.DataType{gdpr.Health}, Identification: ei, Confidentiality: c, Integrity: i, Availability: a, Malicious: m})
							n++
						}
					}
				}
			}
		}
	}
	types := []gdpr.DataType{gdpr.PersonName, gdpr.Recordings, gdpr.CPRNumber, gdpr.SocialConditions, gdpr.Health,
		gdpr.CustomDataType("Gæld", gdpr.Confidential), "not_a_type"}
	for mask := 0; mask < 1<<len(types); mask++ {
		var sub []gdpr.DataType
		for j, dt := range types {
			if mask&(1<<j) != 0 {
				sub = append(sub, dt)
			}
		}
		for ei := Identification(1); ei <= 4; ei++ {
			check(Incident{DataTypes: sub, Identification: ei, Confidentiality: ConfidentialityKnownRecipients, Malicious: mask%2 == 0})
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d combinations checked", n)
	}
}
