package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Source is where personal data are collected from (the municipal DPIA template, question
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

var sourceDef = enum.Def[Source]{
	Type: "Source",
	Kind: "ropa: source",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		SourceTracking:    {Code: "tracking", Da: "Tracking/overvågningsdata (også ved brug af computer, telefon eller lignende)", En: "Tracking or monitoring data (also from computers, phones and the like)"},
		SourceOwnData:     {Code: "own_data", Da: "Egne eksisterende data", En: "The controller's existing data"},
		SourceDataSubject: {Code: "data_subject", Da: "Direkte fra de registrerede", En: "Directly from the data subjects"},
		SourcePublic:      {Code: "public_sources", Da: "Fra offentligt tilgængelige kilder", En: "From publicly available sources"},
		SourceServices:    {Code: "services", Da: "Ved køb og brug af tjenester", En: "By buying and using services"},
	},
}

// Sources returns the sources in the template's order, in a fresh slice.
func Sources() []Source {
	return []Source{SourceTracking, SourceOwnData, SourceDataSubject, SourcePublic, SourceServices}
}
