package risk

import (
	"database/sql/driver"
	"strings"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Threat is the category of threat a risk belongs to: one of the sixteen
// categories of the municipal DPIA template's risk table ("Identifikation
// af risiko, konsekvenser og nuværende sikkerhed"), or a custom one made
// with [CustomThreat].
//
// A catalogue threat's value is its stable code ("it_attack"); a custom
// threat is encoded as "custom:<name>". The zero value "" is not set and
// not valid.
type Threat string

// The template's sixteen threat categories, in its order.
const (
	AccessControl          Threat = "access_control"           // 1. Manglende adgangsstyring og kontrol af brugere
	Transmission           Threat = "transmission"             // 2. Manglende beskyttelse af data ved forsendelse
	Outsourcing            Threat = "outsourcing"              // 3. Problem i forbindelse med udlicitering
	UnintentionalUserError Threat = "unintentional_user_error" // 4. Ubevidste brugerfejl
	IntentionalUserError   Threat = "intentional_user_error"   // 5. Bevidste brugerfejl
	ITAttack               Threat = "it_attack"                // 6. IT-angreb som hacking, phishing mv.
	ITBreakdown            Threat = "it_breakdown"             // 7. IT-nedbrud
	MissingDeletion        Threat = "missing_deletion"         // 8. Manglende sletning af personoplysninger
	Logging                Threat = "logging"                  // 9. Mangelfuld logning og/eller ingen kontrol af log
	KeyStaffLoss           Threat = "key_staff_loss"           // 10. Tab af nøglemedarbejdere
	Physical               Threat = "physical"                 // 11. Fysiske trusler
	SystemError            Threat = "system_error"             // 12. Systemfejl
	SystemOperation        Threat = "system_operation"         // 13. Systemdrift
	ThirdCountryTransfer   Threat = "third_country_transfer"   // 14. Tredjelandsoverførsler
	Controllership         Threat = "controllership"           // 15. Uvished om dataansvar og utilsigtede formål
	DataSubjectRights      Threat = "data_subject_rights"      // 16. De registreredes rettigheder og oplysningspligt
)

type threatInfo struct {
	threat Threat
	label  gdpr.Text
}

// threatTable is the template's catalogue in its order; a threat's number
// is its index + 1. Read-only.
var threatTable = [...]threatInfo{
	{AccessControl, gdpr.Text{Da: "Manglende adgangsstyring og kontrol af brugere", En: "Missing access control and control of users"}},
	{Transmission, gdpr.Text{Da: "Manglende beskyttelse af data ved forsendelse", En: "Unprotected data in transit"}},
	{Outsourcing, gdpr.Text{Da: "Problem i forbindelse med udlicitering", En: "Problems with outsourcing"}},
	{UnintentionalUserError, gdpr.Text{Da: "Ubevidste brugerfejl", En: "Unintentional user errors"}},
	{IntentionalUserError, gdpr.Text{Da: "Bevidste brugerfejl", En: "Intentional user errors"}},
	{ITAttack, gdpr.Text{Da: "IT-angreb som hacking, phishing mv.", En: "IT attacks such as hacking and phishing"}},
	{ITBreakdown, gdpr.Text{Da: "IT-nedbrud", En: "IT breakdown"}},
	{MissingDeletion, gdpr.Text{Da: "Manglende sletning af personoplysninger", En: "Missing deletion of personal data"}},
	{Logging, gdpr.Text{Da: "Mangelfuld logning og/eller ingen kontrol af log", En: "Deficient logging or no review of logs"}},
	{KeyStaffLoss, gdpr.Text{Da: "Tab af nøglemedarbejdere", En: "Loss of key staff"}},
	{Physical, gdpr.Text{Da: "Fysiske trusler", En: "Physical threats"}},
	{SystemError, gdpr.Text{Da: "Systemfejl", En: "System errors"}},
	{SystemOperation, gdpr.Text{Da: "Systemdrift", En: "System operation"}},
	{ThirdCountryTransfer, gdpr.Text{
		Da: "Manglende gennemsigtighed, overførselsgrundlag og sikkerhed ifm. tredjelandsoverførsler",
		En: "Missing transparency, transfer basis and security in third-country transfers",
	}},
	{Controllership, gdpr.Text{
		Da: "Uvished om placering af dataansvar og brug af data til utilsigtede formål",
		En: "Unclear controllership and use of data for unintended purposes",
	}},
	{DataSubjectRights, gdpr.Text{
		Da: "Manglende overholdelse af de registreredes rettigheder herunder oplysningspligt",
		En: "Failure to respect the data subjects' rights, including the duty to inform",
	}},
}

const customThreatPrefix = "custom:"

// maxThreatName bounds a custom threat's name, so a stored value stays a
// label and not a document.
const maxThreatName = 200

// Threats returns the template's sixteen threat categories in its order.
func Threats() []Threat {
	out := make([]Threat, len(threatTable))
	for i, t := range threatTable {
		out[i] = t.threat
	}
	return out
}

// CustomThreat names a threat the template does not list
// (CustomThreat("Fejlagtig AI-profilering")). The name is trimmed; it must
// not be empty, longer than 200 bytes, contain control characters or be
// invalid UTF-8, else [Threat.Valid] is false.
func CustomThreat(name string) Threat {
	return Threat(customThreatPrefix + strings.TrimSpace(name))
}

// Number returns the threat's number in the template (1-16), or 0 for a
// custom or invalid threat.
func (t Threat) Number() int {
	for i, info := range threatTable {
		if info.threat == t {
			return i + 1
		}
	}
	return 0
}

// customName returns the name of a well-formed custom threat.
func (t Threat) customName() (string, bool) {
	name, ok := strings.CutPrefix(string(t), customThreatPrefix)
	if !ok || name == "" || len(name) > maxThreatName || strings.TrimSpace(name) != name || hasControl(name) || !utf8.ValidString(name) {
		return "", false
	}
	return name, true
}

// IsCustom reports whether t is a well-formed custom threat.
func (t Threat) IsCustom() bool {
	_, ok := t.customName()
	return ok
}

// Valid reports whether t is a catalogue threat or a well-formed custom one.
func (t Threat) Valid() bool { return t.Number() > 0 || t.IsCustom() }

// String returns the code of t.
func (t Threat) String() string { return string(t) }

// Label returns the template's Danish name of t, or English; a custom
// threat's label is its name.
func (t Threat) Label(tag language.Tag) string {
	if n := t.Number(); n > 0 {
		return threatTable[n-1].label.In(tag)
	}
	if name, ok := t.customName(); ok {
		return name
	}
	return string(t)
}

// ParseThreat parses a threat code or "custom:<name>"; "" gives the zero
// value, anything else that is not valid is an error wrapping
// [ErrUnknownCode].
func ParseThreat(s string) (Threat, error) {
	t := Threat(s)
	if s == "" || t.Valid() {
		return t, nil
	}
	return "", &enum.Error{Msg: "risk: unknown threat " + enum.Quote(s), Code: gdpr.CodeUnknown, Err: ErrUnknownCode}
}

// MarshalText encodes t as its code; an invalid threat is an error.
func (t Threat) MarshalText() ([]byte, error) {
	if t != "" && !t.Valid() {
		return nil, &enum.Error{Msg: "risk: cannot encode threat " + enum.Quote(string(t)), Code: gdpr.CodeOutOfRange, Err: ErrUnknownCode}
	}
	return []byte(t), nil
}

// UnmarshalText decodes a code; an unknown code is an error.
func (t *Threat) UnmarshalText(b []byte) (err error) {
	*t, err = ParseThreat(string(b))
	return err
}

// Scan implements sql.Scanner.
func (t *Threat) Scan(src any) error {
	return enum.ScanText(src, "risk: threat", t.UnmarshalText, ErrUnknownCode)
}

// Value implements driver.Valuer.
func (t Threat) Value() (driver.Value, error) { return enum.TextValue(t.MarshalText) }
