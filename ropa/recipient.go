package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
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

var recipientCategoryDef = enum.Def[RecipientCategory]{
	Type: "RecipientCategory",
	Kind: "ropa: recipient category",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		PublicAuthorities: {Code: "public_authorities", Da: "Offentlige myndigheder", En: "Public authorities"},
		CitizensRecipient: {Code: "citizens", Da: "Borgere", En: "Citizens"},
		Lawyers:           {Code: "lawyers", Da: "Advokater", En: "Lawyers"},
		Banks:             {Code: "banks", Da: "Banker", En: "Banks"},
		Insurers:          {Code: "insurers", Da: "Forsikringsselskaber", En: "Insurance companies"},
		Associations:      {Code: "associations", Da: "Foreninger", En: "Associations"},
		ThePublic:         {Code: "the_public", Da: "Offentligheden", En: "The public"},
		Consultants:       {Code: "consultants", Da: "Rådgivere og konsulenter", En: "Advisers and consultants"},
		Companies:         {Code: "companies", Da: "Virksomheder", En: "Companies"},
		OtherRecipient:    {Code: "other", Da: "Andre", En: "Others"},
	},
}

// RecipientCategories returns the categories in order, in a fresh slice.
func RecipientCategories() []RecipientCategory {
	return []RecipientCategory{PublicAuthorities, CitizensRecipient, Lawyers, Banks, Insurers, Associations, ThePublic, Consultants, Companies, OtherRecipient}
}
