package screening

import "github.com/dkgdpr/gdpr"

// Intro is the text the municipal DPIA template prints above its screening
// table, for a report to print in the template's order and wording.
type Intro struct {
	// Title is the section's heading ("Behovet for udarbejdelse af
	// konsekvensanalyser").
	Title gdpr.Text `json:"title"`
	// Paragraphs are the section's paragraphs: the Danish verbatim from
	// the template, the English a translation.
	Paragraphs []gdpr.Text `json:"paragraphs"`
}

// Introduction returns the introduction to the screening verbatim from the
// municipal DPIA template, in Danish and English. It states what the
// screening is: the criteria are not exhaustive ("Disse kriterier er ikke
// udtømmende"), and two or more criteria met raise a presumption the
// controller "kan ... gå ud fra" in most cases, not a rule without
// exceptions; a [Result] that declines a presumed DPIA says so with
// screening.decline_presumption. The template speaks of nine criteria
// although its table lists eight (WP248 rev.01's ninth is
// [PreventsRights]); the text is kept as the template has it. The result
// is a fresh copy.
func Introduction() Intro {
	return Intro{
		Title: gdpr.Text{Da: "Behovet for udarbejdelse af konsekvensanalyser", En: "The need for data protection impact assessments"},
		Paragraphs: []gdpr.Text{
			{
				Da: "Ifølge General Data Protection Regulation (databeskyttelsesforordningen) (”GDPR”) artikel 35 skal der gennemføres en konsekvensanalyse vedrørende databeskyttelse, når en aktivitet, der involverer behandling af personoplysninger, sandsynligvis vil indebære en høj risiko for fysiske personers rettigheder og frihedsrettigheder.",
				En: "Under Article 35 of the General Data Protection Regulation (\"GDPR\"), a data protection impact assessment must be carried out when an activity involving the processing of personal data is likely to result in a high risk to the rights and freedoms of natural persons.",
			},
			{
				Da: "Når det skal vurderes, om en konsekvensanalyse skal gennemføres, kan nedenstående ni kriterier ifølge Artikel 29-Gruppen og Databeskyttelsesrådet overvejes med henblik på at vurdere, om en behandlingsaktivitet sandsynligvis indebærer en høj risiko. Disse kriterier er ikke udtømmende, og andre momenter kan indgå i vurderingen. Ifølge databeskyttelsesmyndighederne kan en dataansvarlig dog i langt de fleste tilfælde gå ud fra, at en behandling, der opfylder to kriterier eller mere i nedenstående skema, skal underlægges en forudgående konsekvensanalyse.",
				En: "When assessing whether a data protection impact assessment must be carried out, the nine criteria below may, according to the Article 29 Working Party and the European Data Protection Board, be considered in order to assess whether a processing activity is likely to result in a high risk. These criteria are not exhaustive, and other factors may be part of the assessment. According to the data protection authorities, however, a controller can in most cases assume that processing meeting two or more criteria in the table below must be subject to a prior data protection impact assessment.",
			},
		},
	}
}
