package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// ViewMethod is how the views of the data subjects or their representatives
// were sought (seed 002, "De registreredes synspunkter", "Hvordan?"; GDPR art.
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

var viewMethodCodes = [...]string{"", "focus_groups", "questionnaire", "interview", "staff_representatives", "organisation_consultation", "market_research", "workshops", "user_tests", "ongoing_dialogue", "competition"}

var viewMethodLabels = [...]gdpr.Text{
	{},
	{Da: "Fokusgrupper", En: "Focus groups"},
	{Da: "Spørgeskema", En: "Questionnaire"},
	{Da: "Interview", En: "Interview"},
	{Da: "Forelæggelse for medarbejdernes repræsentanter via møde eller kald", En: "Presentation to the staff representatives at a meeting or call"},
	{Da: "Høring af organisation", En: "Consultation of an organisation"},
	{Da: "Markedsundersøgelser", En: "Market research"},
	{Da: "Workshops", En: "Workshops"},
	{Da: "Brugertests", En: "User tests"},
	{Da: "Løbende dialog og møder", En: "Ongoing dialogue and meetings"},
	{Da: "Konkurrence", En: "Competition"},
}

// ViewMethods returns the methods in the template's order, in a fresh slice.
func ViewMethods() []ViewMethod {
	return []ViewMethod{FocusGroups, Questionnaire, Interview, StaffRepresentatives, OrganisationConsultation, MarketResearch, Workshops, UserTests, OngoingDialogue, Competition}
}

// Valid reports whether m is one of the defined values.
func (m ViewMethod) Valid() bool { return enum.Valid(m, viewMethodCodes[:]) }

// String returns the stable code ("focus_groups"), or "ViewMethod(n)" for an invalid value.
func (m ViewMethod) String() string { return enum.String(m, "ViewMethod", viewMethodCodes[:]) }

// Label returns the Danish wording of m (the template's where it has one),
// or English for an English tag.
func (m ViewMethod) Label(tag language.Tag) string {
	if !m.Valid() {
		return m.String()
	}
	return viewMethodLabels[m].In(tag)
}

// ParseViewMethod parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseViewMethod(code string) (ViewMethod, error) {
	return enum.Parse[ViewMethod](code, "dpia: view method", viewMethodCodes[:], ErrUnknownCode)
}

// MarshalText encodes m as its code; the zero value encodes as "".
func (m ViewMethod) MarshalText() ([]byte, error) {
	return enum.Marshal(m, "dpia: ViewMethod", viewMethodCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseViewMethod] does.
func (m *ViewMethod) UnmarshalText(b []byte) (err error) {
	*m, err = ParseViewMethod(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (m *ViewMethod) Scan(src any) error {
	return enum.Scan(m, src, "dpia: view method", viewMethodCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (m ViewMethod) Value() (driver.Value, error) {
	return enum.Value(m, "dpia: ViewMethod", viewMethodCodes[:], ErrUnknownCode)
}

// NoViewReason is why the views of the data subjects were not sought, from the
// template's list (seed 002, "De registreredes synspunkter", "Hvorfor?"; GDPR
// art. 35(9): "where appropriate"). The zero value means "not set".
type NoViewReason uint8

// The reasons, in the template's order.
const (
	TradeSecrets     NoViewReason = iota + 1 // trade_secrets: forretningshemmeligheder
	NoContact                                // no_contact: ikke muligt at kontakte
	Impractical                              // impractical: praktisk umuligt
	Disproportionate                         // disproportionate: uforholdsmæssige ressourcer
)

var noViewReasonCodes = [...]string{"", "trade_secrets", "no_contact", "impractical", "disproportionate"}

var noViewReasonLabels = [...]gdpr.Text{
	{},
	{Da: "Det vil kompromittere vores forretningshemmeligheder", En: "It would compromise our business secrets"},
	{Da: "Det er ikke muligt at kontakte de registrerede eller dennes repræsentanter", En: "The data subjects or their representatives cannot be contacted"},
	{Da: "Det er praktisk umuligt at kontakte både de registrerede og de registreredes repræsentanter", En: "It is impracticable to contact both the data subjects and their representatives"},
	{Da: "Det vil kræve uforholdsmæssige ressourcer og tid", En: "It would take disproportionate resources and time"},
}

// NoViewReasons returns the reasons in the template's order, in a fresh slice.
func NoViewReasons() []NoViewReason {
	return []NoViewReason{TradeSecrets, NoContact, Impractical, Disproportionate}
}

// Valid reports whether r is one of the defined values.
func (r NoViewReason) Valid() bool { return enum.Valid(r, noViewReasonCodes[:]) }

// String returns the stable code ("trade_secrets"), or "NoViewReason(n)" for an invalid value.
func (r NoViewReason) String() string { return enum.String(r, "NoViewReason", noViewReasonCodes[:]) }

// Label returns the Danish wording of r (the template's where it has one),
// or English for an English tag.
func (r NoViewReason) Label(tag language.Tag) string {
	if !r.Valid() {
		return r.String()
	}
	return noViewReasonLabels[r].In(tag)
}

// ParseNoViewReason parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseNoViewReason(code string) (NoViewReason, error) {
	return enum.Parse[NoViewReason](code, "dpia: reason for not seeking views", noViewReasonCodes[:], ErrUnknownCode)
}

// MarshalText encodes r as its code; the zero value encodes as "".
func (r NoViewReason) MarshalText() ([]byte, error) {
	return enum.Marshal(r, "dpia: NoViewReason", noViewReasonCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseNoViewReason] does.
func (r *NoViewReason) UnmarshalText(b []byte) (err error) {
	*r, err = ParseNoViewReason(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (r *NoViewReason) Scan(src any) error {
	return enum.Scan(r, src, "dpia: reason for not seeking views", noViewReasonCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (r NoViewReason) Value() (driver.Value, error) {
	return enum.Value(r, "dpia: NoViewReason", noViewReasonCodes[:], ErrUnknownCode)
}
