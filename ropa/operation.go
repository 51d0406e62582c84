package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Operation is a form of processing (the municipal DPIA template, question 3.3: "Hvilken
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

var operationDef = enum.Def[Operation]{
	Type: "Operation",
	Kind: "ropa: operation",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Collection:  {Code: "collection", Da: "Indsamling", En: "Collection"},
		Reading:     {Code: "reading", Da: "Læsning", En: "Reading"},
		Editing:     {Code: "editing", Da: "Redigering", En: "Editing"},
		Calculation: {Code: "calculation", Da: "Beregning", En: "Calculation"},
		Compilation: {Code: "compilation", Da: "Sammenstilling", En: "Compilation"},
		Disclosure:  {Code: "disclosure", Da: "Videregivelse", En: "Disclosure"},
		Sharing:     {Code: "sharing", Da: "Deling", En: "Sharing"},
		Storage:     {Code: "storage", Da: "Opbevaring", En: "Storage"},
		Erasure:     {Code: "erasure", Da: "Sletning", En: "Erasure"},
		Hosting:     {Code: "hosting", Da: "Hosting", En: "Hosting"},
		Support:     {Code: "support", Da: "Support", En: "Support"},
	},
}

// Operations returns the operations in the template's order, in a fresh slice.
func Operations() []Operation {
	return []Operation{Collection, Reading, Editing, Calculation, Compilation, Disclosure, Sharing, Storage, Erasure, Hosting, Support}
}
