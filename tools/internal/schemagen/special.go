package schemagen

import (
	"reflect"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/shopspring/decimal"
)

// Patterns of the text types. They are written in the syntax that ECMA-262,
// .NET, Java and Go (RE2) regular expressions share: no \u escapes, no
// look-around, no \p classes.
const (
	// plainEnd and plainMid are a character of a name or reference that
	// the module calls plain text: no control character (C0, DEL, C1),
	// and no white space at either end (strings.TrimSpace).
	plainEnd = `[^\s\x00-\x1F\x7F-\x9F\xA0]`
	plainMid = `[^\x00-\x1F\x7F-\x9F]`
	plain    = plainEnd + `(?:` + plainMid + `*` + plainEnd + `)?`

	datePattern   = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	cvrPattern    = `^[1-9][0-9]{7}$`
	cprPattern    = `^(?:[0-9]{6}-(?:[0-9]{4}|xxxx)|[0-9]{10})$`
	klePattern    = `^[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?: [A-Z][0-9]{2})?)?)?$`
	periodPattern = `^P[1-9][0-9]{0,3}[DMY]$`
	// decimalPattern is how shopspring/decimal writes a number: a quoted
	// string of digits, never an exponent.
	decimalPattern = `^-?[0-9]+(?:\.[0-9]+)?$`

	customDataTypePattern = `^custom:(?:ordinary|confidential|sensitive|criminal):` + plain + `$`
	specialLawPattern     = `^law:` + plain + `$`
	customThreatPattern   = `^custom:` + plain + `$`
)

// textType is the schema of a type that encodes as text and is no uint8
// enumeration, with a note on its form for the description.
type textType struct {
	schema func() *Schema
	note   string
}

// textTypes are the module's types that encode as text with a form of their
// own. Every other type with a MarshalText must be a uint8 enumeration, or
// the generator fails.
func textTypes() map[reflect.Type]textType {
	return map[reflect.Type]textType{
		reflect.TypeFor[gdpr.Date](): {
			schema: func() *Schema { return &Schema{Type: "string", Format: "date", Pattern: datePattern} },
			note:   "Written as YYYY-MM-DD (2025-09-01), a day in Europe/Copenhagen. A member that may be unset is left out when it is.",
		},
		reflect.TypeFor[gdpr.Country](): {
			schema: func() *Schema {
				s := &Schema{Type: "string"}
				for _, c := range gdpr.Countries() {
					s.Enum = append(s.Enum, c.String())
				}
				return s
			},
			note: "An assigned ISO 3166-1 alpha-2 code in capitals (DK, GL, US); decoding also accepts lower case.",
		},
		reflect.TypeFor[gdpr.CVR](): {
			schema: func() *Schema { return &Schema{Type: "string", Pattern: cvrPattern} },
			note:   "Eight digits that pass the modulus 11 check (not expressible here). Decoding also accepts a DK prefix and the digits in pairs.",
		},
		reflect.TypeFor[gdpr.CPR](): {
			schema: func() *Schema { return &Schema{Type: "string", Pattern: cprPattern} },
			note:   "Written redacted, DDMMYY-xxxx: the library never writes the serial part. Decoding takes the full number, DDMMYY-SSSS or DDMMYYSSSS, and rejects the redacted form.",
		},
		reflect.TypeFor[gdpr.KLE](): {
			schema: func() *Schema { return &Schema{Type: "string", Pattern: klePattern} },
			note:   "Main group NN, group NN.NN or subject NN.NN.NN, optionally with a handling facet after a space (27.24.00 G01).",
		},
		reflect.TypeFor[gdpr.DataType](): {
			schema: func() *Schema {
				s := &Schema{Type: "string", AnyOf: []*Schema{{}, {Pattern: customDataTypePattern}}}
				for _, d := range gdpr.DataTypes() {
					s.AnyOf[0].Enum = append(s.AnyOf[0].Enum, d.String())
				}
				return s
			},
			note: "A data type of the template (cpr_number, health) or a custom one, custom:<category>:<name>, whose name is plain text without control characters or white space at either end.",
		},
		reflect.TypeFor[gdpr.LegalBasis](): {
			schema: func() *Schema {
				s := &Schema{Type: "string", AnyOf: []*Schema{{}, {Pattern: specialLawPattern}}}
				for _, b := range gdpr.LegalBases() {
					s.AnyOf[0].Enum = append(s.AnyOf[0].Enum, b.String())
				}
				return s
			},
			note: "A provision of the GDPR or databeskyttelsesloven (art6_1_e, art9_2_h, dbl_11) or special legislation, law:<reference> (law:serviceloven § 50).",
		},
		reflect.TypeFor[risk.Threat](): {
			schema: func() *Schema {
				s := &Schema{Type: "string", AnyOf: []*Schema{{}, {Pattern: customThreatPattern}}}
				for _, t := range risk.Threats() {
					s.AnyOf[0].Enum = append(s.AnyOf[0].Enum, t.String())
				}
				return s
			},
			note: "One of the template's sixteen threat categories, or a custom one, custom:<name>, whose name is plain text of at most 200 bytes.",
		},
		reflect.TypeFor[ropa.Period](): {
			schema: func() *Schema { return &Schema{Type: "string", Pattern: periodPattern} },
			note:   "An ISO 8601 period of one component, a count from 1 to 9999 and Y, M or D (P5Y, P6M, P30D), as java.time.Period and .NET's XmlConvert read it.",
		},
		reflect.TypeFor[ropa.Subject](): {
			schema: func() *Schema { return &Schema{Type: "string"} },
			note:   "encoding/json writes it redacted, as \"[redacted]\"; only the register JSON of ropa.EncodeJSON carries the key.",
		},
		reflect.TypeFor[gdpr.Personal](): {
			schema: func() *Schema { return &Schema{Type: "string"} },
			note:   "Personal data, in clear: JSON is storage. The library redacts it in every log and message.",
		},
		reflect.TypeFor[decimal.Decimal](): {
			schema: func() *Schema { return &Schema{Type: "string", Pattern: decimalPattern} },
			note:   "A decimal number written as a string (\"8.25\"), so that no precision is lost to floating point. Decoding also accepts a JSON number.",
		},
	}
}

// shape is the JSON shape of a type with a MarshalJSON of its own: a type
// whose encoding/json output is the same.
type shape struct {
	shape reflect.Type
	// zeroIsNull: the zero value encodes as null.
	zeroIsNull bool
}

// shapes are the types whose MarshalJSON writes the shape of another type.
// A type with a MarshalJSON that is not here makes the generator fail; the
// tests check each shape against what MarshalJSON writes.
func shapes() map[reflect.Type]shape {
	return map[reflect.Type]shape{
		reflect.TypeFor[risk.Matrix]():      {shape: reflect.TypeFor[risk.MatrixSpec](), zeroIsNull: true},
		reflect.TypeFor[rights.Requester](): {shape: reflect.TypeFor[requesterJSON]()},
	}
}
