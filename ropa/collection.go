package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Source is where personal data are collected from (seed 002, question
// 2.1: "Hvordan foregår indsamlingen af personoplysninger?"). The zero value
// means "not set" and is not valid.
type Source uint8

// The values of Source.
const (
	SourceTracking    Source = iota + 1 // tracking: Tracking/overvågningsdata
	SourceOwnData                       // own_data: Egne eksisterende data
	SourceDataSubject                   // data_subject: Direkte fra de registrerede
	SourcePublic                        // public_sources: the template's "Fra offentlige tilkendelige kilder"
	SourceServices                      // services: Ved køb og brug af tjenester
)

var sourceCodes = [...]string{"", "tracking", "own_data", "data_subject", "public_sources", "services"}

var sourceLabels = [...]gdpr.Text{
	{},
	{Da: "Tracking/overvågningsdata (også ved brug af computer, telefon eller lignende)", En: "Tracking or monitoring data (also from computers, phones and the like)"},
	{Da: "Egne eksisterende data", En: "The controller's existing data"},
	{Da: "Direkte fra de registrerede", En: "Directly from the data subjects"},
	{Da: "Fra offentligt tilgængelige kilder", En: "From publicly available sources"},
	{Da: "Ved køb og brug af tjenester", En: "By buying and using services"},
}

// Sources returns the sources in the template's order, in a fresh slice.
func Sources() []Source {
	return []Source{SourceTracking, SourceOwnData, SourceDataSubject, SourcePublic, SourceServices}
}

// Valid reports whether s is one of the defined values.
func (s Source) Valid() bool { return enum.Valid(s, sourceCodes[:]) }

// String returns the stable code ("tracking"), or "Source(n)" for an invalid value.
func (s Source) String() string { return enum.String(s, "Source", sourceCodes[:]) }

// Label returns the Danish wording of s, or English for an English tag.
func (s Source) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return sourceLabels[s].In(tag)
}

// ParseSource parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseSource(code string) (Source, error) {
	return enum.Parse[Source](code, "ropa: source", sourceCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s Source) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "ropa: Source", sourceCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseSource] does.
func (s *Source) UnmarshalText(b []byte) (err error) {
	*s, err = ParseSource(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (s *Source) Scan(src any) error {
	return enum.Scan(s, src, "ropa: source", sourceCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (s Source) Value() (driver.Value, error) {
	return enum.Value(s, "ropa: Source", sourceCodes[:], ErrUnknownCode)
}
