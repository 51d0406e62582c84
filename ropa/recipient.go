package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// RecipientCategory is a category of recipients to whom personal data are
// disclosed (GDPR art. 30(1)(d)), in OS2compliance's vocabulary. Processors
// are not recipients in this sense here: they are listed as
// [ProcessorRef]s. The zero value means "not set" and is not valid.
type RecipientCategory uint8

// The values of RecipientCategory.
const (
	PublicAuthorities RecipientCategory = iota + 1 // public_authorities
	CitizensRecipient                              // citizens
	Lawyers                                        // lawyers
	Banks                                          // banks
	Insurers                                       // insurers
	Associations                                   // associations
	ThePublic                                      // the_public
	Consultants                                    // consultants
	Companies                                      // companies
	OtherRecipient                                 // other
)

var recipientCategoryCodes = [...]string{"", "public_authorities", "citizens", "lawyers", "banks", "insurers", "associations", "the_public", "consultants", "companies", "other"}

var recipientCategoryLabels = [...]gdpr.Text{
	{},
	{Da: "Offentlige myndigheder", En: "Public authorities"},
	{Da: "Borgere", En: "Citizens"},
	{Da: "Advokater", En: "Lawyers"},
	{Da: "Banker", En: "Banks"},
	{Da: "Forsikringsselskaber", En: "Insurance companies"},
	{Da: "Foreninger", En: "Associations"},
	{Da: "Offentligheden", En: "The public"},
	{Da: "Rådgivere og konsulenter", En: "Advisers and consultants"},
	{Da: "Virksomheder", En: "Companies"},
	{Da: "Andre", En: "Others"},
}

// RecipientCategories returns the categories in order, in a fresh slice.
func RecipientCategories() []RecipientCategory {
	return []RecipientCategory{PublicAuthorities, CitizensRecipient, Lawyers, Banks, Insurers, Associations, ThePublic, Consultants, Companies, OtherRecipient}
}

// Valid reports whether r is one of the defined values.
func (r RecipientCategory) Valid() bool { return enum.Valid(r, recipientCategoryCodes[:]) }

// String returns the stable code ("public_authorities"), or "RecipientCategory(n)" for an invalid value.
func (r RecipientCategory) String() string {
	return enum.String(r, "RecipientCategory", recipientCategoryCodes[:])
}

// Label returns the Danish wording of r, or English for an English tag.
func (r RecipientCategory) Label(tag language.Tag) string {
	if !r.Valid() {
		return r.String()
	}
	return recipientCategoryLabels[r].In(tag)
}

// ParseRecipientCategory parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseRecipientCategory(code string) (RecipientCategory, error) {
	return enum.Parse[RecipientCategory](code, "ropa: recipient category", recipientCategoryCodes[:], ErrUnknownCode)
}

// MarshalText encodes r as its code; the zero value encodes as "".
func (r RecipientCategory) MarshalText() ([]byte, error) {
	return enum.Marshal(r, "ropa: RecipientCategory", recipientCategoryCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseRecipientCategory] does.
func (r *RecipientCategory) UnmarshalText(b []byte) (err error) {
	*r, err = ParseRecipientCategory(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (r *RecipientCategory) Scan(src any) error {
	return enum.Scan(r, src, "ropa: recipient category", recipientCategoryCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (r RecipientCategory) Value() (driver.Value, error) {
	return enum.Value(r, "ropa: RecipientCategory", recipientCategoryCodes[:], ErrUnknownCode)
}
