package gdpr

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// DataCategory is the protection tier of personal data (rules.md §1; seed
// 002, section 1.1). The tiers are ordered by how much protection they need,
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

var categoryCodes = [...]string{"", "ordinary", "confidential", "sensitive", "criminal"}

var categoryLabels = [...]Text{
	{},
	{Da: "almindelige personoplysninger", En: "ordinary personal data"},
	{Da: "fortrolige oplysninger", En: "confidential data"},
	{Da: "følsomme personoplysninger", En: "sensitive personal data"},
	{Da: "oplysninger om strafbare forhold", En: "criminal offence data"},
}

// DataCategories returns the four categories in order.
func DataCategories() []DataCategory {
	return []DataCategory{Ordinary, Confidential, Sensitive, Criminal}
}

// Valid reports whether c is one of the four categories.
func (c DataCategory) Valid() bool { return enum.Valid(c, categoryCodes[:]) }

// String returns the stable code ("sensitive"), or "DataCategory(7)".
func (c DataCategory) String() string { return enum.String(c, "DataCategory", categoryCodes[:]) }

// Label returns the seed template's Danish wording, or English.
func (c DataCategory) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return categoryLabels[c].In(tag)
}

// NeedsEncryptionInTransit reports whether data of category c must be
// encrypted when sent over the internet, e.g. by e-mail. Datatilsynet
// requires it for confidential and sensitive data (seed 001, "Kryptering"),
// and a citizen cannot consent it away; criminal-offence data rank above
// sensitive data and need it too.
func (c DataCategory) NeedsEncryptionInTransit() bool { return c.Valid() && c >= Confidential }

// ParseDataCategory parses a category code; "" gives the zero value.
func ParseDataCategory(code string) (DataCategory, error) {
	return enum.Parse[DataCategory](code, "gdpr: data category", categoryCodes[:], ErrInvalid)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c DataCategory) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "gdpr: DataCategory", categoryCodes[:], ErrInvalid)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *DataCategory) UnmarshalText(b []byte) (err error) {
	*c, err = ParseDataCategory(string(b))
	return err
}

// Scan implements sql.Scanner.
func (c *DataCategory) Scan(src any) error {
	return enum.Scan(c, src, "gdpr: data category", categoryCodes[:], ErrInvalid)
}

// Value implements driver.Valuer.
func (c DataCategory) Value() (driver.Value, error) {
	return enum.Value(c, "gdpr: DataCategory", categoryCodes[:], ErrInvalid)
}
