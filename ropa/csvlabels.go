package ropa

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// The labelled CSV ([WriteCSVLabels]) writes each code as its Danish or
// English label ("Aktiv", "GDPR art. 6, stk. 1, litra e (...)", "5 år",
// "Tyskland"), and [ReadCSV] reads a label wherever it reads a code. A
// label is written only where it reads back as the same value: a cell
// whose labels would read back otherwise (a custom data type, whose label
// is its bare name) is written in codes, so the labelled file reads back
// exactly as the coded one does.

// cellParser reads a value from its code or from its Danish or English
// label (in any case).
type cellParser[T comparable] struct {
	code   func(string) (T, error)
	labels map[string]T
	// pieces is the most pieces a label falls into at ", ".
	pieces int
}

// newCellParser makes the parser of the values vs. Read-only once made.
func newCellParser[T comparable](vs []T, label func(T, language.Tag) string, code func(string) (T, error)) cellParser[T] {
	p := cellParser[T]{code: code, labels: make(map[string]T, 2*len(vs)), pieces: 1}
	for _, v := range vs {
		for _, tag := range [...]language.Tag{language.Danish, language.English} {
			l := label(v, tag)
			p.labels[strings.ToLower(l)] = v
			p.pieces = max(p.pieces, strings.Count(l, ", ")+1)
		}
	}
	return p
}

// parse reads a label, or else a code; the error is the code's. No label
// is another value's code (TestEveryLabelParsesBack), so the order only
// spares the error a label would cost as a code.
func (p cellParser[T]) parse(s string) (T, error) {
	if l, ok := p.labels[strings.ToLower(s)]; ok {
		return l, nil
	}
	return p.code(s)
}

// label reads a label only.
func (p cellParser[T]) label(s string) (T, bool) {
	v, ok := p.labels[strings.ToLower(s)]
	return v, ok
}

// The parsers of the CSV's values. Read-only.
var (
	statusCells            = newCellParser(Statuses(), Status.Label, ParseStatus)
	answerCells            = newCellParser(gdpr.Answers(), gdpr.Answer.Label, gdpr.ParseAnswer)
	volumeCells            = newCellParser(Volumes(), Volume.Label, ParseVolume)
	sourceCells            = newCellParser(Sources(), Source.Label, ParseSource)
	technologyCells        = newCellParser(gdpr.Technologies(), gdpr.Technology.Label, gdpr.ParseTechnology)
	operationCells         = newCellParser(Operations(), Operation.Label, ParseOperation)
	recipientCategoryCells = newCellParser(RecipientCategories(), RecipientCategory.Label, ParseRecipientCategory)
	safeguardCells         = newCellParser(Safeguards(), Safeguard.Label, ParseSafeguard)
	triggerCells           = newCellParser(Triggers(), Trigger.Label, ParseTrigger)
	archiveCells           = newCellParser(ArchiveCodes(), ArchiveCode.Label, ParseArchiveCode)
	channelKindCells       = newCellParser(ChannelKinds(), ChannelKind.Label, ParseChannelKind)
	purposeKindCells       = newCellParser(PurposeKinds(), PurposeKind.Label, ParsePurposeKind)
	legalBasisCells        = newCellParser(gdpr.LegalBases(), gdpr.LegalBasis.Label, gdpr.ParseLegalBasis)
	dataTypeCells          = newCellParser(gdpr.DataTypes(), gdpr.DataType.Label, gdpr.ParseDataType)
	subjectGroupCells      = newCellParser(gdpr.SubjectGroups(), gdpr.SubjectGroup.Label, gdpr.ParseSubjectGroup)
	destinationCells       = newCellParser(destinations(), destination.label, parseDestinationCode)
	periodUnitCells        = func() map[string]PeriodUnit {
		m := map[string]PeriodUnit{}
		for _, u := range PeriodUnits() {
			for _, tag := range [...]language.Tag{language.Danish, language.English} {
				m[strings.ToLower(u.Label(tag))] = u
				m[strings.ToLower(periodSingular[u].In(tag))] = u
			}
		}
		return m
	}()
)

// destinations are every country and international organisation.
func destinations() []destination {
	var out []destination
	for _, c := range gdpr.Countries() {
		out = append(out, destination{country: c})
	}
	for i := 1; i < 256; i++ {
		if o := gdpr.InternationalOrganisation(i); o.Valid() {
			out = append(out, destination{org: o})
		}
	}
	return out
}

func (d destination) label(tag language.Tag) string {
	if d.org != 0 {
		return d.org.Label(tag)
	}
	return d.country.Label(tag)
}

func parseDestinationCode(s string) (destination, error) {
	c, o, err := parseDestination(s)
	return destination{country: c, org: o}, err
}

// parsePeriodCell reads a period's code ("P5Y") or label ("5 år",
// "1 month").
func parsePeriodCell(s string) (Period, error) {
	p, err := ParsePeriod(s)
	if err == nil {
		return p, nil
	}
	count, word, ok := strings.Cut(strings.TrimSpace(s), " ")
	n, nerr := strconv.Atoi(count)
	u, uok := periodUnitCells[strings.ToLower(strings.TrimSpace(word))]
	if !ok || nerr != nil || !uok {
		return Period{}, err
	}
	if q := (Period{Count: n, Unit: u}); q.Valid() {
		return q, nil
	}
	return Period{}, err
}

// labelledValue is a value with a code and labels.
type labelledValue interface {
	comparable
	String() string
	Label(language.Tag) string
}

// appendValue appends v's label when e writes labels and the label reads
// back as v, else its code; nothing for the zero value.
func appendValue[T labelledValue](b []byte, e *cellEncoder, v T, p cellParser[T]) []byte {
	var zero T
	if v == zero {
		return b
	}
	if e.labels {
		l := v.Label(e.tag)
		if back, ok := p.label(l); ok && back == v && !strings.Contains(strings.ReplaceAll(l, ", ", ""), ",") {
			return appendEscaped(b, l, levelField)
		}
	}
	return appendEscaped(b, v.String(), levelSub)
}

// appendValues appends a sub-list, elements separated by ", ": labels
// where they read back (their commas are not escaped: the reader joins the
// pieces of a label again), codes otherwise.
func appendValues[T labelledValue](b []byte, e *cellEncoder, xs []T, p cellParser[T]) []byte {
	for i, x := range xs {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendValue(b, e, x, p)
	}
	return b
}

// parseValues reads a sub-list (one field, still escaped) of codes or
// labels: the longest run of pieces between unescaped commas that is a
// label is one element, so a label with commas reads back whole.
func parseValues[T comparable](field string, p cellParser[T]) ([]T, error) {
	parts := splitEscaped(field, ',')
	if parts == nil {
		return nil, nil
	}
	for k := 1; k < len(parts); k++ {
		if !strings.HasPrefix(parts[k], " ") {
			return nil, errors.New("want a space after \",\"")
		}
		parts[k] = parts[k][1:]
	}
	var out []T
	for i := 0; i < len(parts); {
		j := min(len(parts), i+p.pieces)
		for ; j > i+1; j-- {
			if text, err := unescapeText(strings.Join(parts[i:j], ", ")); err == nil {
				if v, ok := p.label(text); ok {
					out = append(out, v)
					break
				}
			}
		}
		if j > i+1 {
			i = j
			continue
		}
		text, err := unescapeText(parts[i])
		if err != nil {
			return nil, err
		}
		v, err := p.parse(text)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		i++
	}
	return out, nil
}

func (d destination) String() string {
	if d.org != 0 {
		return d.org.String()
	}
	return d.country.String()
}

func (d destination) Label(tag language.Tag) string { return d.label(tag) }
