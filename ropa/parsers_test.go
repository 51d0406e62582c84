package ropa_test

import (
	"encoding"

	"github.com/dkgdpr/gdpr/ropa"
)

// enumParser is one of the package's code parsers, with the codes it
// knows (seeds for the fuzz target).
type enumParser struct {
	name  string
	parse func(string) (encoding.TextMarshaler, error)
	codes func() []string
}

// enumParsers are every ParseX of the package's enumerations.
var enumParsers = []enumParser{
	parser("Status", ropa.ParseStatus, ropa.Statuses),
	parser("Safeguard", ropa.ParseSafeguard, ropa.Safeguards),
	parser("ArchiveCode", ropa.ParseArchiveCode, ropa.ArchiveCodes),
	parser("Trigger", ropa.ParseTrigger, ropa.Triggers),
	parser("PeriodUnit", ropa.ParsePeriodUnit, ropa.PeriodUnits),
	parser("ChannelKind", ropa.ParseChannelKind, ropa.ChannelKinds),
	parser("ConsentStatus", ropa.ParseConsentStatus, ropa.ConsentStatuses),
	parser("Operation", ropa.ParseOperation, ropa.Operations),
	parser("PurposeKind", ropa.ParsePurposeKind, ropa.PurposeKinds),
	parser("RecipientCategory", ropa.ParseRecipientCategory, ropa.RecipientCategories),
	parser("Source", ropa.ParseSource, ropa.Sources),
	parser("Volume", ropa.ParseVolume, ropa.Volumes),
}

func parser[T interface {
	encoding.TextMarshaler
	String() string
}](name string, parse func(string) (T, error), all func() []T) enumParser {
	return enumParser{
		name:  name,
		parse: func(s string) (encoding.TextMarshaler, error) { v, err := parse(s); return v, err },
		codes: func() []string {
			var out []string
			for _, v := range all() {
				out = append(out, v.String())
			}
			return out
		},
	}
}
