package breach

import (
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
)

// Identification is ENISA's ease of identification (EI): how easily the
// people can be identified from the breached data. It
// multiplies the DPC. The zero value means "not assessed".
type Identification uint8

// The four levels of ease of identification, with their factor.
const (
	// Negligible (0.25): practically impossible to tell who the data are
	// about, e.g. a common first name alone.
	Negligible Identification = iota + 1
	// Limited (0.5): possible with some effort or other data, e.g. a name
	// and the year of birth in a large population.
	Limited
	// Significant (0.75): identification is easy with little effort, e.g.
	// a full name and a postal address.
	Significant
	// Maximum (1): the data identify the person directly, e.g. a CPR number,
	// or a name with a photo or an exact address.
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
