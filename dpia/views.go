package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// ViewMethod is how the views of the data subjects or their representatives
// were sought (the municipal DPIA template, "De registreredes synspunkter", "Hvordan?"; GDPR art.
// 35(9)). The zero value means "not set" and is not valid.
type ViewMethod uint8

// The methods, in the template's order.
const (
	FocusGroups              ViewMethod = iota + 1 // focus_groups: Fokusgrupper
	Questionnaire                                  // questionnaire: Spørgeskema
	Interview                                      // interview: Interview
	StaffRepresentatives                           // staff_representatives: Forelæggelse for medarbejdernes repræsentanter
	OrganisationConsultation                       // organisation_consultation: Høring af organisation
	MarketResearch                                 // market_research: Markedsundersøgelser
	Workshops                                      // workshops: Workshops
	UserTests                                      // user_tests: Brugertests
	OngoingDialogue                                // ongoing_dialogue: Løbende dialog og møder
	Competition                                    // competition: Konkurrence
)

var viewMethodDef = enum.Def[ViewMethod]{
	Type: "ViewMethod",
	Kind: "dpia: view method",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		FocusGroups:              {Code: "focus_groups", Da: "Fokusgrupper", En: "Focus groups"},
		Questionnaire:            {Code: "questionnaire", Da: "Spørgeskema", En: "Questionnaire"},
		Interview:                {Code: "interview", Da: "Interview", En: "Interview"},
		StaffRepresentatives:     {Code: "staff_representatives", Da: "Forelæggelse for medarbejdernes repræsentanter via møde eller kald", En: "Presentation to the staff representatives at a meeting or call"},
		OrganisationConsultation: {Code: "organisation_consultation", Da: "Høring af organisation", En: "Consultation of an organisation"},
		MarketResearch:           {Code: "market_research", Da: "Markedsundersøgelser", En: "Market research"},
		Workshops:                {Code: "workshops", Da: "Workshops", En: "Workshops"},
		UserTests:                {Code: "user_tests", Da: "Brugertests", En: "User tests"},
		OngoingDialogue:          {Code: "ongoing_dialogue", Da: "Løbende dialog og møder", En: "Ongoing dialogue and meetings"},
		Competition:              {Code: "competition", Da: "Konkurrence", En: "Competition"},
	},
}

// ViewMethods returns the methods in the template's order, in a fresh slice.
func ViewMethods() []ViewMethod {
	return []ViewMethod{FocusGroups, Questionnaire, Interview, StaffRepresentatives, OrganisationConsultation, MarketResearch, Workshops, UserTests, OngoingDialogue, Competition}
}

// NoViewReason is why the views of the data subjects were not sought, from the
// template's list (the municipal DPIA template, "De registreredes synspunkter", "Hvorfor?"; GDPR
// art. 35(9): "where appropriate"). The zero value means "not set".
type NoViewReason uint8

// The reasons, in the template's order.
const (
	TradeSecrets     NoViewReason = iota + 1 // trade_secrets: forretningshemmeligheder
	NoContact                                // no_contact: ikke muligt at kontakte
	Impractical                              // impractical: praktisk umuligt
	Disproportionate                         // disproportionate: uforholdsmæssige ressourcer
)

var noViewReasonDef = enum.Def[NoViewReason]{
	Type: "NoViewReason",
	Kind: "dpia: reason for not seeking views",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		TradeSecrets:     {Code: "trade_secrets", Da: "Det vil kompromittere vores forretningshemmeligheder", En: "It would compromise our business secrets"},
		NoContact:        {Code: "no_contact", Da: "Det er ikke muligt at kontakte de registrerede eller dennes repræsentanter", En: "The data subjects or their representatives cannot be contacted"},
		Impractical:      {Code: "impractical", Da: "Det er praktisk umuligt at kontakte både de registrerede og de registreredes repræsentanter", En: "It is impracticable to contact both the data subjects and their representatives"},
		Disproportionate: {Code: "disproportionate", Da: "Det vil kræve uforholdsmæssige ressourcer og tid", En: "It would take disproportionate resources and time"},
	},
}

// NoViewReasons returns the reasons in the template's order, in a fresh slice.
func NoViewReasons() []NoViewReason {
	return []NoViewReason{TradeSecrets, NoContact, Impractical, Disproportionate}
}
