package gdpr

import "github.com/dkgdpr/gdpr/internal/enum"

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen

// DataCategory is the protection tier of personal data, as section 1.1 of
// the municipal DPIA template sorts it (GDPR art. 6, 9 and 10;
// databeskyttelsesloven §§ 7, 8 and 11). The tiers are ordered by how much protection they need,
// so categories compare with < and >. The zero value means "not set" and is
// not valid.
type DataCategory uint8

// The four tiers, from least to most protection needed.
const (
	// Ordinary data (almindelige personoplysninger): name, contact details,
	// position, workplace, ... Needs an art. 6 basis only.
	Ordinary DataCategory = iota + 1
	// Confidential data (fortrolige oplysninger): CPR numbers and significant
	// social conditions. A Danish practice tier: Datatilsynet expects extra
	// care, and CPR numbers need databeskyttelsesloven § 11.
	Confidential
	// Sensitive data (følsomme personoplysninger), GDPR art. 9(1): health,
	// race, ethnic origin, political opinion, belief, trade union, sex life,
	// genetic and biometric data. Needs an art. 9(2) condition.
	Sensitive
	// Criminal-offence data (oplysninger om strafbare forhold), GDPR art. 10
	// and databeskyttelsesloven § 8.
	Criminal
)

var categoryDef = enum.Def[DataCategory]{
	Type: "DataCategory",
	Kind: "gdpr: data category",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		Ordinary:     {Code: "ordinary", Da: "almindelige personoplysninger", En: "ordinary personal data"},
		Confidential: {Code: "confidential", Da: "fortrolige oplysninger", En: "confidential data"},
		Sensitive:    {Code: "sensitive", Da: "følsomme personoplysninger", En: "sensitive personal data"},
		Criminal:     {Code: "criminal", Da: "oplysninger om strafbare forhold", En: "criminal offence data"},
	},
}

// DataCategories returns the four categories in order.
func DataCategories() []DataCategory {
	return []DataCategory{Ordinary, Confidential, Sensitive, Criminal}
}

// NeedsEncryptionInTransit reports whether data of category c must be
// encrypted when sent over the internet, e.g. by e-mail. Datatilsynet
// requires it for confidential and sensitive data (its guidance on
// encryption of e-mail, applying GDPR art. 32), and a citizen cannot consent it away; criminal-offence data rank above
// sensitive data and need it too.
func (c DataCategory) NeedsEncryptionInTransit() bool { return c.Valid() && c >= Confidential }
