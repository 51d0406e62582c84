package breach

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Identification is ENISA's ease of identification (EI): how easily the
// people can be identified from the breached data (rules.md §6). It
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

var identificationCodes = [...]string{"", "negligible", "limited", "significant", "maximum"}

var identificationLabels = [...]gdpr.Text{
	{},
	{Da: "Ubetydelig", En: "Negligible"},
	{Da: "Begrænset", En: "Limited"},
	{Da: "Betydelig", En: "Significant"},
	{Da: "Maksimal", En: "Maximum"},
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

// Valid reports whether i is one of the defined values.
func (i Identification) Valid() bool { return enum.Valid(i, identificationCodes[:]) }

// String returns the stable code of i, or "Identification(n)" for an invalid value.
func (i Identification) String() string {
	return enum.String(i, "Identification", identificationCodes[:])
}

// Label returns the Danish name of i, or the English one for an English tag.
func (i Identification) Label(tag language.Tag) string {
	if !i.Valid() {
		return i.String()
	}
	return identificationLabels[i].In(tag)
}

// ParseIdentification parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseIdentification(code string) (Identification, error) {
	return enum.Parse[Identification](code, "breach: ease of identification", identificationCodes[:], ErrUnknownCode)
}

// MarshalText encodes i as its code; the zero value encodes as "".
func (i Identification) MarshalText() ([]byte, error) {
	return enum.Marshal(i, "breach: Identification", identificationCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (i *Identification) UnmarshalText(b []byte) (err error) {
	*i, err = ParseIdentification(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (i *Identification) Scan(src any) error {
	return enum.Scan(i, src, "breach: ease of identification", identificationCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (i Identification) Value() (driver.Value, error) {
	return enum.Value(i, "breach: Identification", identificationCodes[:], ErrUnknownCode)
}
