package gdpr

import (
	"database/sql/driver"
	"slices"

	"github.com/dkgdpr/gdpr/internal/enum"
)

// KLE is a number of the municipal subject classification (KLE-nummer,
// Kommunernes Landsforenings Emnesystematik) that Danish municipalities file
// their cases under and that KL's standard records of processing are
// organised by. It has three levels, each two digits, and an optional
// handling facet (handlingsfacet) on a subject:
//
//	27              main group (hovedgruppe)
//	27.24           group (gruppe)
//	27.24.00        subject (emne)
//	27.24.00 G01    subject with handling facet G01
//
// A KLE is a small comparable value; the zero value means "no KLE number"
// and is the only value that is not a parsed number. Use [ParseKLE] to make
// one.
type KLE struct {
	// Each level is stored as its number plus one, so that 0 means absent
	// and "00" (a real group and subject number) is 1.
	main, group, subject uint8
	facetLetter          byte  // 'A'..'Z', or 0 for no facet
	facetNumber          uint8 // 0..99, meaningful only with facetLetter
}

// ParseKLE parses a KLE number. It accepts exactly:
//
//   - a main group "NN", a group "NN.NN" or a subject "NN.NN.NN", where each
//     part is two ASCII digits ("00" is a valid part);
//   - on a subject only, a handling facet of one capital letter A-Z and two
//     digits, written after a space ("27.24.00 G01"), a hyphen
//     ("27.24.00-G01", as in journal numbers) or nothing ("27.24.00G01").
//
// The canonical form, given by [KLE.String], separates the facet with a
// space. Nothing else is accepted: no surrounding space, no one-digit parts
// ("4." is a known defect in KL's published data and is rejected), no
// three-digit parts, no empty parts, no lower-case facet letter, and no
// journal sequence numbers after the facet. The empty string is an error;
// [KLE.UnmarshalText] and [KLE.Scan] decode empty input as the zero value.
// Errors wrap [ErrInvalid] and quote the input.
func ParseKLE(s string) (KLE, error) {
	if s == "" {
		return KLE{}, invalidf(CodeRequired, "empty KLE number")
	}
	var k KLE
	rest := s
	levels := [3]*uint8{&k.main, &k.group, &k.subject}
	names := [3]string{"main group", "group", "subject"}
	for i, level := range levels {
		n, ok := kleTwoDigits(rest)
		if !ok {
			return kleError(s, names[i]+" must be two digits")
		}
		*level = n + 1
		rest = rest[2:]
		switch {
		case rest == "":
			return k, nil
		case rest[0] >= '0' && rest[0] <= '9':
			return kleError(s, names[i]+" must be two digits")
		case i < 2 && rest[0] != '.':
			return kleError(s, "want \".\" after the "+names[i])
		case i < 2:
			rest = rest[1:]
		}
	}
	// A facet follows the subject.
	if rest[0] == ' ' || rest[0] == '-' {
		rest = rest[1:]
	}
	if len(rest) != 3 || rest[0] < 'A' || rest[0] > 'Z' {
		return kleError(s, "handling facet must be a capital letter and two digits")
	}
	n, ok := kleTwoDigits(rest[1:])
	if !ok {
		return kleError(s, "handling facet must be a capital letter and two digits")
	}
	k.facetLetter, k.facetNumber = rest[0], n
	return k, nil
}

// MustParseKLE is like [ParseKLE] but panics on error. It is meant for
// literals in tests and examples only.
func MustParseKLE(s string) KLE {
	k, err := ParseKLE(s)
	if err != nil {
		panic(err)
	}
	return k
}

func kleError(s, why string) (KLE, error) {
	return KLE{}, invalidf(CodeMalformed, "malformed KLE number %s: %s", enum.Quote(s), why)
}

// kleTwoDigits reads two ASCII digits at the start of s.
func kleTwoDigits(s string) (uint8, bool) {
	if len(s) < 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return (s[0]-'0')*10 + s[1] - '0', true
}

// String returns the canonical form ("27", "27.24", "27.24.00",
// "27.24.00 G01"), or "" for the zero value.
func (k KLE) String() string {
	if k.main == 0 {
		return ""
	}
	b := make([]byte, 0, 12)
	b = kleAppend(b, k.main-1)
	if k.group != 0 {
		b = kleAppend(append(b, '.'), k.group-1)
	}
	if k.subject != 0 {
		b = kleAppend(append(b, '.'), k.subject-1)
	}
	if k.facetLetter != 0 {
		b = kleAppend(append(b, ' ', k.facetLetter), k.facetNumber)
	}
	return string(b)
}

func kleAppend(b []byte, n uint8) []byte { return append(b, '0'+n/10, '0'+n%10) }

// IsZero reports whether k is the zero value (no KLE number).
func (k KLE) IsZero() bool { return k == KLE{} }

// Level returns how deep k goes: [KLEMainGroup], [KLEGroup] or [KLESubject]
// (with or without a facet). The zero KLE has the zero level.
func (k KLE) Level() KLELevel {
	switch {
	case k.subject != 0:
		return KLESubject
	case k.group != 0:
		return KLEGroup
	case k.main != 0:
		return KLEMainGroup
	}
	return 0
}

// MainGroup returns k cut to its main group ("27" for "27.24.00 G01"), and
// false for the zero KLE.
func (k KLE) MainGroup() (KLE, bool) {
	return KLE{main: k.main}, k.main != 0
}

// Group returns k cut to its group ("27.24" for "27.24.00 G01"), and false
// when k has no group (a main group or the zero KLE).
func (k KLE) Group() (KLE, bool) {
	if k.group == 0 {
		return KLE{}, false
	}
	return KLE{main: k.main, group: k.group}, true
}

// Subject returns k without its facet ("27.24.00" for "27.24.00 G01"), and
// false when k has no subject.
func (k KLE) Subject() (KLE, bool) {
	if k.subject == 0 {
		return KLE{}, false
	}
	return KLE{main: k.main, group: k.group, subject: k.subject}, true
}

// Facet returns the handling facet ("G01"), or "" when k has none.
func (k KLE) Facet() string {
	if k.facetLetter == 0 {
		return ""
	}
	return string(kleAppend([]byte{k.facetLetter}, k.facetNumber))
}

// Contains reports whether o lies within k: whether k is o itself or one of
// the levels above it. "27" contains "27.24", which contains "27.24.00",
// which contains "27.24.00 G01"; "27.24.00 G01" contains only itself. The
// zero KLE contains nothing and is contained in nothing.
func (k KLE) Contains(o KLE) bool {
	if k.main == 0 || o.main == 0 || k.main != o.main {
		return false
	}
	if k.group == 0 {
		return true
	}
	if k.group != o.group {
		return false
	}
	if k.subject == 0 {
		return true
	}
	if k.subject != o.subject {
		return false
	}
	return k.facetLetter == 0 || (k.facetLetter == o.facetLetter && k.facetNumber == o.facetNumber)
}

// Compare orders KLE numbers as a register lists them: by main group, group,
// subject and facet, a level before everything below it ("27" < "27.00" <
// "27.24" < "27.24.00" < "27.24.00 G01" < "28"). The zero KLE comes first.
// It returns -1, 0 or +1.
func (k KLE) Compare(o KLE) int {
	a := [5]uint8{k.main, k.group, k.subject, k.facetLetter, k.facetNumber}
	b := [5]uint8{o.main, o.group, o.subject, o.facetLetter, o.facetNumber}
	return slices.Compare(a[:], b[:])
}

// MarshalText encodes k in its canonical form; the zero KLE encodes as "".
func (k KLE) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a KLE number as [ParseKLE] does; empty text decodes
// as the zero KLE.
func (k *KLE) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = KLE{}
		return nil
	}
	p, err := ParseKLE(string(b))
	if err != nil {
		return err
	}
	*k = p
	return nil
}

// Scan implements sql.Scanner: NULL and "" give the zero KLE, a string or
// []byte is parsed.
func (k *KLE) Scan(src any) error {
	return enum.ScanText(src, "gdpr: KLE", k.UnmarshalText, ErrInvalid)
}

// Value implements driver.Valuer: the canonical form, or NULL for the zero
// KLE.
func (k KLE) Value() (driver.Value, error) { return enum.TextValue(k.MarshalText) }

// KLELevel is the depth of a [KLE] number. The zero value means "not set"
// and is not valid.
type KLELevel uint8

// The levels of the KLE classification, from the top.
const (
	KLEMainGroup KLELevel = iota + 1 // main_group: hovedgruppe, "27"
	KLEGroup                         // group: gruppe, "27.24"
	KLESubject                       // subject: emne, "27.24.00"
)

var kleLevelDef = enum.Def[KLELevel]{
	Type: "KLELevel",
	Kind: "gdpr: KLE level",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		KLEMainGroup: {Code: "main_group", Da: "Hovedgruppe", En: "Main group"},
		KLEGroup:     {Code: "group", Da: "Gruppe", En: "Group"},
		KLESubject:   {Code: "subject", Da: "Emne", En: "Subject"},
	},
}
