package screening

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Trigger is a case in which a DPIA is always required, whatever the count
// of criteria: the three cases of GDPR art. 35(3), and the
// confirmed items of Datatilsynet's list under art. 35(4) (28 January
// 2019). A screening answers them as inputs of their own, like the
// criteria ([TriggerAnswer]). Four list items apply only together with at
// least one other criterion of WP248 ([Trigger.NeedsOtherCriterion]).
//
// Which triggers a screening evaluates is fixed by its [RuleSet], so a
// stored result can be re-evaluated when the list is completed. The zero
// value means "not set" and is not valid.
type Trigger uint8

// The triggers: art. 35(3) first, then Datatilsynet's list.
const (
	// ExtensiveProfiling: a systematic and extensive evaluation of personal
	// aspects based on automated processing, including profiling, on which
	// decisions with legal or similarly significant effects are based. GDPR
	// art. 35(3)(a).
	ExtensiveProfiling Trigger = iota + 1
	// LargeScaleSpecialData: processing on a large scale of special
	// categories of data (art. 9(1)) or of data on criminal convictions and
	// offences (art. 10). GDPR art. 35(3)(b).
	LargeScaleSpecialData
	// PublicMonitoring: systematic monitoring of a publicly accessible area
	// on a large scale. GDPR art. 35(3)(c).
	PublicMonitoring
	// BiometricIdentification: biometric data for the purpose of uniquely
	// identifying a natural person, together with at least one other
	// criterion. Datatilsynet's list.
	BiometricIdentification
	// GeneticData: genetic data, together with at least one other
	// criterion. Datatilsynet's list (in the draft the authority sent to the
	// EDPB; its place on the final list is not confirmed).
	GeneticData
	// LocationData: location data, together with at least one other
	// criterion. Datatilsynet's list.
	LocationData
	// InnovativeTechnology: processing using innovative technology, together
	// with at least one other criterion. Datatilsynet's list.
	InnovativeTechnology
	// AccessDecision: decisions on a person's access or entitlement
	// ("adgang eller ret til") to a product, service, opportunity or
	// benefit based on automated decision-making, including profiling.
	// Datatilsynet's list; applies on its own. For a municipality, an
	// automated decision on entitlement to a benefit is the typical case.
	AccessDecision
)

const numTriggers = 8

// triggerDef is the table of Trigger: the wording of art. 35(3) after the
// Danish and English texts of the GDPR, the list items in our words.
var triggerDef = enum.Def[Trigger]{
	Type: "Trigger",
	Kind: "screening: trigger",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ExtensiveProfiling:      {Code: "extensive_profiling", Da: "Systematisk og omfattende vurdering af personlige forhold baseret på automatisk behandling, herunder profilering, som er grundlag for afgørelser med retsvirkning eller tilsvarende betydelig virkning", En: "Systematic and extensive evaluation of personal aspects based on automated processing, including profiling, on which decisions with legal or similarly significant effects are based"},
		LargeScaleSpecialData:   {Code: "large_scale_special_data", Da: "Behandling i stort omfang af følsomme personoplysninger (artikel 9, stk. 1) eller af oplysninger om straffedomme og lovovertrædelser (artikel 10)", En: "Processing on a large scale of special categories of data (Article 9(1)) or of data on criminal convictions and offences (Article 10)"},
		PublicMonitoring:        {Code: "public_monitoring", Da: "Systematisk overvågning af et offentligt tilgængeligt område i stort omfang", En: "Systematic monitoring of a publicly accessible area on a large scale"},
		BiometricIdentification: {Code: "biometric_identification", Da: "Biometriske data med henblik på entydig identifikation af en fysisk person", En: "Biometric data for the purpose of uniquely identifying a natural person"},
		GeneticData:             {Code: "genetic_data", Da: "Genetiske data", En: "Genetic data"},
		LocationData:            {Code: "location_data", Da: "Lokaliseringsdata", En: "Location data"},
		InnovativeTechnology:    {Code: "innovative_technology", Da: "Brug af innovativ teknologi", En: "Use of innovative technology"},
		AccessDecision:          {Code: "automated_access_decision", Da: "Afgørelser om en persons adgang eller ret til et produkt, en tjeneste, en mulighed eller en fordel på grundlag af automatiske afgørelser, herunder profilering", En: "Decisions on a person's access or entitlement to a product, service, opportunity or benefit based on automated decision-making, including profiling"},
	},
}

// triggerInfo describes a trigger: its wording, source, how it combines
// with the criteria, and the reason a result gives when it fires.
type triggerInfo struct {
	reference string
	listItem  bool // Datatilsynet's art. 35(4) list, not art. 35(3)
	// own is the WP248 criterion the trigger itself is an instance of: "at
	// least one other criterion" means one besides it.
	own        Criterion
	needsOther bool
	// implies are the criteria a trigger answered yes cannot coexist with
	// a "no" to; zero entries are unused.
	implies [2]Criterion
	rule    string
	reason  gdpr.Text
}

const (
	refArt35_3a = "GDPR art. 35(3)(a)"
	refArt35_3b = "GDPR art. 35(3)(b)"
	refArt35_3c = "GDPR art. 35(3)(c)"
	refDTList   = "GDPR art. 35(4); Datatilsynet's list"
)

// triggerTable is read-only. Wording of art. 35(3) after the Danish and
// English texts of the GDPR; the list items in our words.
var triggerTable = [...]triggerInfo{
	{},
	{
		reference: refArt35_3a, own: Evaluation, implies: [2]Criterion{Evaluation, AutomatedDecision},
		rule: "screening.art35_3_a",
		reason: gdpr.Text{
			Da: "Behandlingen er en systematisk og omfattende vurdering af personlige forhold baseret på automatisk behandling, herunder profilering, som er grundlag for afgørelser med retsvirkning eller tilsvarende betydelig virkning. En konsekvensanalyse er altid påkrævet (GDPR art. 35, stk. 3, litra a).",
			En: "The processing is a systematic and extensive evaluation of personal aspects based on automated processing, including profiling, on which decisions with legal or similarly significant effects are based. A DPIA is always required (GDPR art. 35(3)(a)).",
		},
	},
	{
		reference: refArt35_3b, own: SensitiveData, implies: [2]Criterion{SensitiveData, LargeScale},
		rule: "screening.art35_3_b",
		reason: gdpr.Text{
			Da: "Der behandles følsomme personoplysninger eller oplysninger om straffedomme og lovovertrædelser i stort omfang. En konsekvensanalyse er altid påkrævet (GDPR art. 35, stk. 3, litra b).",
			En: "Special categories of data or data on criminal convictions and offences are processed on a large scale. A DPIA is always required (GDPR art. 35(3)(b)).",
		},
	},
	{
		reference: refArt35_3c, own: Monitoring, implies: [2]Criterion{Monitoring, LargeScale},
		rule: "screening.art35_3_c",
		reason: gdpr.Text{
			Da: "Behandlingen er systematisk overvågning af et offentligt tilgængeligt område i stort omfang. En konsekvensanalyse er altid påkrævet (GDPR art. 35, stk. 3, litra c).",
			En: "The processing is systematic monitoring of a publicly accessible area on a large scale. A DPIA is always required (GDPR art. 35(3)(c)).",
		},
	},
	{
		reference: refDTList, listItem: true, own: SensitiveData, needsOther: true, implies: [2]Criterion{SensitiveData},
		rule: "screening.dt_biometric",
		reason: gdpr.Text{
			Da: "Der behandles biometriske data med henblik på entydig identifikation, og mindst ét andet kriterium er opfyldt. Behandlingen er på Datatilsynets liste over behandlinger, der altid kræver en konsekvensanalyse (GDPR art. 35, stk. 4).",
			En: "Biometric data are processed to uniquely identify people, and at least one other criterion is met. The processing is on Datatilsynet's list of processing that always requires a DPIA (GDPR art. 35(4)).",
		},
	},
	{
		reference: refDTList, listItem: true, own: SensitiveData, needsOther: true, implies: [2]Criterion{SensitiveData},
		rule: "screening.dt_genetic",
		reason: gdpr.Text{
			Da: "Der behandles genetiske data, og mindst ét andet kriterium er opfyldt. Behandlingen er på Datatilsynets liste over behandlinger, der altid kræver en konsekvensanalyse (GDPR art. 35, stk. 4).",
			En: "Genetic data are processed, and at least one other criterion is met. The processing is on Datatilsynet's list of processing that always requires a DPIA (GDPR art. 35(4)).",
		},
	},
	{
		// WP248 counts location data as data of a highly personal nature
		// (criterion 4), so the "other" criterion is one besides that.
		reference: refDTList, listItem: true, own: SensitiveData, needsOther: true, implies: [2]Criterion{SensitiveData},
		rule: "screening.dt_location",
		reason: gdpr.Text{
			Da: "Der behandles lokaliseringsdata, og mindst ét andet kriterium er opfyldt. Behandlingen er på Datatilsynets liste over behandlinger, der altid kræver en konsekvensanalyse (GDPR art. 35, stk. 4).",
			En: "Location data are processed, and at least one other criterion is met. The processing is on Datatilsynet's list of processing that always requires a DPIA (GDPR art. 35(4)).",
		},
	},
	{
		reference: refDTList, listItem: true, own: InnovativeUse, needsOther: true, implies: [2]Criterion{InnovativeUse},
		rule: "screening.dt_innovative",
		reason: gdpr.Text{
			Da: "Der anvendes innovativ teknologi, og mindst ét andet kriterium er opfyldt. Behandlingen er på Datatilsynets liste over behandlinger, der altid kræver en konsekvensanalyse (GDPR art. 35, stk. 4).",
			En: "Innovative technology is used, and at least one other criterion is met. The processing is on Datatilsynet's list of processing that always requires a DPIA (GDPR art. 35(4)).",
		},
	},
	{
		reference: refDTList, listItem: true, own: AutomatedDecision, implies: [2]Criterion{AutomatedDecision},
		rule: "screening.dt_automated_access",
		reason: gdpr.Text{
			Da: "Der træffes afgørelser om adgang eller ret til et produkt, en tjeneste, en mulighed eller en fordel på grundlag af automatiske afgørelser, herunder profilering. Behandlingen er på Datatilsynets liste over behandlinger, der altid kræver en konsekvensanalyse (GDPR art. 35, stk. 4).",
			En: "Decisions on access or entitlement to a product, service, opportunity or benefit are based on automated decision-making, including profiling. The processing is on Datatilsynet's list of processing that always requires a DPIA (GDPR art. 35(4)).",
		},
	},
}

// Triggers returns every trigger the package knows, art. 35(3) first. A
// [RuleSet] may evaluate fewer: see [RuleSet.Triggers].
func Triggers() []Trigger {
	out := make([]Trigger, numTriggers)
	for i := range out {
		out[i] = Trigger(i + 1)
	}
	return out
}

// Reference returns the legal source in Danish and English: "GDPR art.
// 35(3)(a)", or art. 35(4) and Datatilsynet's list; the zero Text for an
// invalid trigger.
func (t Trigger) Reference() gdpr.Text {
	if !t.Valid() {
		return gdpr.Text{}
	}
	return triggerReasons[t].Reference
}

// ListItem reports whether t is an item of Datatilsynet's art. 35(4) list
// (false for the art. 35(3) cases and invalid values).
func (t Trigger) ListItem() bool { return t.Valid() && triggerTable[t].listItem }

// NeedsOtherCriterion reports whether t applies only together with at least
// one WP248 criterion besides the one t is itself an instance of
// (biometric, genetic and location data are criterion 4; innovative
// technology is criterion 8).
func (t Trigger) NeedsOtherCriterion() bool { return t.Valid() && triggerTable[t].needsOther }
