package risk_test

import (
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr/risk"
	"golang.org/x/text/language"
)

// Rating threats from the template's catalogue on its matrix.
func ExampleMatrix_Rate() {
	m := risk.DefaultMatrix()
	for _, x := range []struct {
		threat risk.Threat
		c      risk.Consequence
		p      risk.Probability
	}{
		{risk.AccessControl, risk.Serious, risk.Likely},
		{risk.ITAttack, risk.Severe, risk.Expected},
		{risk.MissingDeletion, risk.Minor, risk.Expected},
		{risk.KeyStaffLoss, risk.Insignificant, risk.LessLikely},
	} {
		r, err := m.Rate(x.c, x.p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-48s K%d x S%d = R%-2d %s\n", x.threat.Label(language.Danish), x.c, x.p, r.Score, r.Band.Label(language.Danish))
	}
	// The template's "1-5" column headers are a known error: 5 is off the scale.
	_, err := m.Rate(5, risk.Likely)
	fmt.Println(err)
	// Output:
	// Manglende adgangsstyring og kontrol af brugere   K3 x S3 = R9  Middel
	// IT-angreb som hacking, phishing mv.              K4 x S4 = R16 Høj
	// Manglende sletning af personoplysninger          K2 x S4 = R8  Middel
	// Tab af nøglemedarbejdere                         K1 x S2 = R2  Lav
	// risk: value off the scale: consequence 5, want 1-4
}

// The same cell can land in different bands on different matrices.
func ExampleOS2Preset() {
	for _, scale := range []string{"SCALE_1_4", "SCALE_1_4_KL", "SCALE_1_4_HERNING", "SCALE_1_4_DATATILSYNET"} {
		m, err := risk.OS2Preset(scale)
		if err != nil {
			fmt.Println(err)
			return
		}
		r, _ := m.Rate(risk.Severe, risk.LessLikely)
		fmt.Printf("%-16s K4 S2: %s\n", m.Name(), r.Band.Label(language.English))
	}
	// Output:
	// 4x4 Standard     K4 S2: Medium
	// 4x4 KL           K4 S2: Medium
	// 4x4 Herning      K4 S2: Above medium
	// 4x4 Datatilsynet K4 S2: High
}

// Summing up a risk assessment: the template's "samlet risiko".
func ExampleSummarize() {
	s := risk.Summarize(municipalRisks())
	fmt.Println("highest residual band:", s.HighestResidual.Label(language.Danish))
	fmt.Println("residual per band:", s.Residual.Low, s.Residual.BelowMedium, s.Residual.Medium, s.Residual.AboveMedium, s.Residual.High)
	fmt.Println("mean score before/after:", s.MeanInherent.StringFixed(2), s.MeanResidual.StringFixed(2))
	fmt.Println("high risks waiting for measures:", s.PendingHigh)
	fmt.Println("prior consultation (art. 36):", s.PriorConsultation)
	// Output:
	// highest residual band: Høj
	// residual per band: 1 0 2 0 1
	// mean score before/after: 12.25 8.75
	// high risks waiting for measures: 1
	// prior consultation (art. 36): true
}

// Applying the default risk policy to a risk assessment.
func ExamplePolicy_Decide() {
	d, err := risk.DefaultPolicy().Decide(risk.Set{Matrix: risk.DefaultMatrix(), Assessments: municipalRisks()})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Action.Label(language.English), "| top management:", d.TopManagementApproval, "| prior consultation:", d.PriorConsultation)
	for _, r := range d.Reasons {
		fmt.Printf("- %s [%s]\n", r.Text.En, r.Reference.En)
	}
	// Output:
	// Stop the processing | top management: true | prior consultation: true
	// - The residual risk of risk 6.1 (IT attacks such as hacking and phishing) is Medium (8): monitor it continuously. [GDPR art. 32(1), 35(7)(d)]
	// - Risk 6.1 (IT attacks such as hacking and phishing) is high without the further measures, and not all of them are implemented: they must be in place before the processing starts. [GDPR art. 35(7)(d)]
	// - The residual risk of risk 8.1 (Missing deletion of personal data) is Medium (8): monitor it continuously. [GDPR art. 32(1), 35(7)(d)]
	// - The residual risk of risk 14.1 (Missing transparency, transfer basis and security in third-country transfers) is High (16): stop the processing, as the risk cannot be reduced enough. An exception needs the approval of top management. [GDPR art. 32(1), 35(7)(d)]
	// - The residual risk stays high after the measures (the highest band, or the highest consequence with a probability in the upper half of the scale): if the processing goes ahead, Datatilsynet must be consulted before it starts (prior consultation). [GDPR art. 36(1); WP248 rev.01 III.C]
}

// A caller's own matrix: three steps, validated on construction.
func ExampleNewMatrix() {
	L, M, H := risk.Low, risk.Medium, risk.High
	m, err := risk.NewMatrix(risk.MatrixSpec{
		Name:  "3x3",
		Bands: [][]risk.Band{{L, L, M}, {L, M, H}, {M, H, H}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := m.Rate(3, 2)
	fmt.Println(r)
	_, err = risk.NewMatrix(risk.MatrixSpec{Bands: [][]risk.Band{{M, L, L}, {M, H, H}, {H, H, H}}})
	fmt.Println(err)
	// Output:
	// K3 S2 R6 high
	// risk: invalid matrix: invalid: bands[0][1]: band low is below medium of the lower probability in the same row
}

// Compliance gaps of a risk assessment, as findings.
func ExampleSet_Check() {
	set := risk.Set{Matrix: risk.DefaultMatrix(), Assessments: municipalRisks()}
	for _, f := range set.Check(time.Date(2026, time.May, 4, 9, 0, 0, 0, time.UTC)) {
		fmt.Println(f.Rule, f.Path)
	}
	// Output:
	// risk.pending_high_measures assessments[1].measures
	// risk.measure_overdue assessments[1].measures[0].due
	// risk.measure_owner_missing assessments[1].measures[0].owner
	// risk.residual_high assessments[3].residual
	// risk.untreated assessments[3].measures
}

// The plain-text heat map for terminals and logs.
func ExampleHeatMap_Text() {
	fmt.Print(risk.HeatMap{Assessments: municipalRisks()[:2], Lang: language.English}.Text())
	// Output:
	// Risk matrix: 4x4 KL
	// Consequence (K) down, probability (S) across; R = K × S. ○ inherent risk, ● residual risk.
	//
	// K \ S                  | 1 Unlikely     | 2 Less likely  | 3 Likely        | 4 Expected
	// -----------------------+----------------+----------------+-----------------+----------------
	// 4 Severe / devastating | 4 Below medium | 8 Medium       | 12 Above medium | 16 High
	//                        |                | ●6.1           |                 | ○6.1
	// -----------------------+----------------+----------------+-----------------+----------------
	// 3 Serious              | 3 Low          | 6 Below medium | 9 Medium        | 12 Above medium
	//                        | ●1.1           |                | ○1.1            |
	// -----------------------+----------------+----------------+-----------------+----------------
	// 2 Minor                | 2 Low          | 4 Below medium | 6 Below medium  | 8 Medium
	//                        |                |                |                 |
	// -----------------------+----------------+----------------+-----------------+----------------
	// 1 Insignificant        | 1 Low          | 2 Low          | 3 Low           | 4 Below medium
	//                        |                |                |                 |
	//
	// Risks:
	//   1.1  Missing access control and control of users: K3 S3 Medium (9) -> K3 S1 Low (3)
	//   6.1  IT attacks such as hacking and phishing: K4 S4 High (16) -> K4 S2 Medium (8)
}
