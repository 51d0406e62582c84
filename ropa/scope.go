package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Volume is how much personal data is processed about each data subject
// (seed 002, question 4.2: "Hvor stor er mængden af personoplysninger om
// hver enkelt registrerede?"). Volumes are ordered, so they compare with <
// and >. The zero value means "not assessed".
type Volume uint8

// The values of Volume.
const (
	SmallVolume  Volume = iota + 1 // small: Mindre omfang
	MediumVolume                   // medium: Middel omfang
	LargeVolume                    // large: Stort omfang
)

var volumeCodes = [...]string{"", "small", "medium", "large"}

var volumeLabels = [...]gdpr.Text{
	{},
	{Da: "Mindre omfang", En: "Small amount"},
	{Da: "Middel omfang", En: "Medium amount"},
	{Da: "Stort omfang", En: "Large amount"},
}

// Volumes returns the volumes from small to large, in a fresh slice.
func Volumes() []Volume { return []Volume{SmallVolume, MediumVolume, LargeVolume} }

// Valid reports whether v is one of the defined values.
func (v Volume) Valid() bool { return enum.Valid(v, volumeCodes[:]) }

// String returns the stable code ("small"), or "Volume(n)" for an invalid value.
func (v Volume) String() string { return enum.String(v, "Volume", volumeCodes[:]) }

// Label returns the Danish wording of v, or English for an English tag.
func (v Volume) Label(tag language.Tag) string {
	if !v.Valid() {
		return v.String()
	}
	return volumeLabels[v].In(tag)
}

// ParseVolume parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseVolume(code string) (Volume, error) {
	return enum.Parse[Volume](code, "ropa: volume", volumeCodes[:], ErrUnknownCode)
}

// MarshalText encodes v as its code; the zero value encodes as "".
func (v Volume) MarshalText() ([]byte, error) {
	return enum.Marshal(v, "ropa: Volume", volumeCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseVolume] does.
func (v *Volume) UnmarshalText(b []byte) (err error) {
	*v, err = ParseVolume(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (v *Volume) Scan(src any) error {
	return enum.Scan(v, src, "ropa: volume", volumeCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (v Volume) Value() (driver.Value, error) {
	return enum.Value(v, "ropa: Volume", volumeCodes[:], ErrUnknownCode)
}
