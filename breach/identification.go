package breach

import (
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
)

// Identification is ENISA's ease of identification (EI): how easily the
// people can be identified from the breached data. It
// multiplies the DPC. The zero value means "not assessed".
type Identification uint8

// The four levels of ease of identification, with their factor (ENISA 2013
// severity method). The levels rise with how little else is needed: the
// data themselves identify the person at Maximum, and need ever more
// outside information, effort or luck below it.
const (
	// Negligible (0.25): practically impossible to tell who the data are
	// about, e.g. a common first name alone, or a pseudonym whose key was
	// not compromised.
	Negligible Identification = iota + 1
	// Limited (0.5): possible only with other data and some effort, e.g. a
	// common full name alone in a large population, or a year of birth and
	// a postcode.
	Limited
	// Significant (0.75): possible with little effort from what is easy to
	// find, e.g. an uncommon full name alone, a name with the date of birth
	// in a large population, or a customer number the recipient can look
	// up.
	Significant
	// Maximum (1): the data identify the person directly, with no outside
	// information: a CPR number, a full name with a postal address, or a
	// photo of the face.
	Maximum
)

var identificationDef = enum.Def[Identification]{
	Type: "Identification",
	Kind: "breach: ease of identification",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Negligible:  {Code: "negligible", Da: "Ubetydelig", En: "Negligible"},
		Limited:     {Code: "limited", Da: "Begrænset", En: "Limited"},
		Significant: {Code: "significant", Da: "Betydelig", En: "Significant"},
		Maximum:     {Code: "maximum", Da: "Maksimal", En: "Maximum"},
	},
}

// Identifications returns the four levels in order.
func Identifications() []Identification {
	return []Identification{Negligible, Limited, Significant, Maximum}
}

// Factor returns the EI factor of i: 0.25, 0.5, 0.75 or 1; 0 when i is not
// valid.
func (i Identification) Factor() decimal.Decimal {
	if !i.Valid() {
		return zero
	}
	return quarters[i]
}
