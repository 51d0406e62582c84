package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Operation is a form of processing (seed 002, question 3.3: "Hvilken
// behandling finder sted?"). The zero value means "not set" and is not
// valid.
type Operation uint8

// The values of Operation.
const (
	Collection  Operation = iota + 1 // collection
	Reading                          // reading
	Editing                          // editing
	Calculation                      // calculation
	Compilation                      // compilation
	Disclosure                       // disclosure
	Sharing                          // sharing
	Storage                          // storage
	Erasure                          // erasure
	Hosting                          // hosting
	Support                          // support
)

var operationCodes = [...]string{"", "collection", "reading", "editing", "calculation", "compilation", "disclosure", "sharing", "storage", "erasure", "hosting", "support"}

var operationLabels = [...]gdpr.Text{
	{},
	{Da: "Indsamling", En: "Collection"},
	{Da: "Læsning", En: "Reading"},
	{Da: "Redigering", En: "Editing"},
	{Da: "Beregning", En: "Calculation"},
	{Da: "Sammenstilling", En: "Compilation"},
	{Da: "Videregivelse", En: "Disclosure"},
	{Da: "Deling", En: "Sharing"},
	{Da: "Opbevaring", En: "Storage"},
	{Da: "Sletning", En: "Erasure"},
	{Da: "Hosting", En: "Hosting"},
	{Da: "Support", En: "Support"},
}

// Operations returns the operations in the template's order, in a fresh slice.
func Operations() []Operation {
	return []Operation{Collection, Reading, Editing, Calculation, Compilation, Disclosure, Sharing, Storage, Erasure, Hosting, Support}
}

// Valid reports whether o is one of the defined values.
func (o Operation) Valid() bool { return enum.Valid(o, operationCodes[:]) }

// String returns the stable code ("collection"), or "Operation(n)" for an invalid value.
func (o Operation) String() string { return enum.String(o, "Operation", operationCodes[:]) }

// Label returns the Danish wording of o, or English for an English tag.
func (o Operation) Label(tag language.Tag) string {
	if !o.Valid() {
		return o.String()
	}
	return operationLabels[o].In(tag)
}

// ParseOperation parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseOperation(code string) (Operation, error) {
	return enum.Parse[Operation](code, "ropa: operation", operationCodes[:], ErrUnknownCode)
}

// MarshalText encodes o as its code; the zero value encodes as "".
func (o Operation) MarshalText() ([]byte, error) {
	return enum.Marshal(o, "ropa: Operation", operationCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseOperation] does.
func (o *Operation) UnmarshalText(b []byte) (err error) {
	*o, err = ParseOperation(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (o *Operation) Scan(src any) error {
	return enum.Scan(o, src, "ropa: operation", operationCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (o Operation) Value() (driver.Value, error) {
	return enum.Value(o, "ropa: Operation", operationCodes[:], ErrUnknownCode)
}
