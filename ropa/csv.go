package ropa

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// The CSV export is one row per record, for Danish Excel: UTF-8 with a
// byte order mark (so Excel does not read it as Windows-1252), semicolons
// between cells (the list separator of Danish Windows), CRLF line ends, and
// Danish column headers unless the language is English. The cells hold
// codes ("art6_1_e", "health", "P5Y", "2026-03-02"), or labels with
// WriteCSVLabels (see csvlabels.go); the reader takes either, so a file
// reads back the same in any language. See cellcodec.go for how lists and
// structured values fit in a cell.

// utf8BOM is the byte order mark Excel needs to read UTF-8.
const utf8BOM = "\uFEFF"

// column is one column of the CSV layout.
type column struct {
	header gdpr.Text
	// encode appends the cell of r to b.
	encode func(b []byte, e *cellEncoder, r *Record) []byte
	// decode reads a cell (already unescaped for formulas) into r.
	decode func(r *Record, cell string) error
}

// cellEncoder carries the language of the booleans and of the labels, and
// whether the cells hold labels or codes.
type cellEncoder struct {
	tag    language.Tag
	labels bool
}

// columns is the layout, in order. Read-only.
var columns = [...]column{
	{gdpr.Text{Da: "ID", En: "ID"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.ID, levelCell) },
		func(r *Record, s string) (err error) { r.ID, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Navn", En: "Name"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.Name, levelCell) },
		func(r *Record, s string) (err error) { r.Name, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Beskrivelse", En: "Description"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.Description, levelCell) },
		func(r *Record, s string) (err error) { r.Description, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Status", En: "Status"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendValue(b, e, r.Status, statusCells) },
		func(r *Record, s string) (err error) { r.Status, err = statusCells.parse(s); return }},
	{gdpr.Text{Da: "Dataansvarlig", En: "Controller"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendParty(b, r.Controller) },
		func(r *Record, s string) (err error) { r.Controller, err = decodeParty(s); return }},
	{gdpr.Text{Da: "Fælles dataansvarlige", En: "Joint controllers"},
		func(b []byte, _ *cellEncoder, r *Record) []byte {
			return appendList(b, r.JointControllers, appendParty)
		},
		func(r *Record, s string) (err error) { r.JointControllers, err = decodeList(s, decodeParty); return }},
	{gdpr.Text{Da: "Repræsentant", En: "Representative"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendParty(b, r.Representative) },
		func(r *Record, s string) (err error) { r.Representative, err = decodeParty(s); return }},
	{gdpr.Text{Da: "Databeskyttelsesrådgiver", En: "Data protection officer"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendParty(b, r.DPO) },
		func(r *Record, s string) (err error) { r.DPO, err = decodeParty(s); return }},
	{gdpr.Text{Da: "Formål", En: "Purposes"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendList(b, r.Purposes, e.appendPurpose) },
		func(r *Record, s string) (err error) { r.Purposes, err = decodeList(s, decodePurpose); return }},
	{gdpr.Text{Da: "Indsamles mere end nødvendigt", En: "Collected beyond necessity"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendValue(b, e, r.BeyondNecessary, answerCells)
		},
		func(r *Record, s string) (err error) { r.BeyondNecessary, err = answerCells.parse(s); return }},
	{gdpr.Text{Da: "Registrerede og personoplysninger", En: "Data subjects and personal data"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendList(b, r.Subjects, e.appendSubject) },
		func(r *Record, s string) (err error) { r.Subjects, err = decodeList(s, decodeSubject); return }},
	{gdpr.Text{Da: "Antal registrerede pr. år", En: "Data subjects per year"},
		func(b []byte, _ *cellEncoder, r *Record) []byte {
			if r.SubjectsPerYear == 0 {
				return b
			}
			return strconv.AppendInt(b, int64(r.SubjectsPerYear), 10)
		},
		func(r *Record, s string) (err error) {
			if s == "" {
				return nil
			}
			r.SubjectsPerYear, err = strconv.Atoi(s)
			if err != nil {
				return errors.New("want a whole number")
			}
			return nil
		}},
	{gdpr.Text{Da: "Mængde pr. registreret", En: "Amount per data subject"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendValue(b, e, r.Volume, volumeCells) },
		func(r *Record, s string) (err error) { r.Volume, err = volumeCells.parse(s); return }},
	{gdpr.Text{Da: "Klassificeret", En: "Classified"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendValue(b, e, r.Classified, answerCells) },
		func(r *Record, s string) (err error) { r.Classified, err = answerCells.parse(s); return }},
	{gdpr.Text{Da: "Tidsplan", En: "Schedule"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.Schedule, levelCell) },
		func(r *Record, s string) (err error) { r.Schedule, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Indsamling", En: "Collection"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendList(b, r.Collection, func(b []byte, v Source) []byte { return appendValue(b, e, v, sourceCells) })
		},
		func(r *Record, s string) (err error) { r.Collection, err = decodeCodes(s, sourceCells); return }},
	{gdpr.Text{Da: "Teknologier", En: "Technologies"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendList(b, r.Technologies, e.appendTechnology)
		},
		func(r *Record, s string) (err error) { r.Technologies, err = decodeList(s, decodeTechnology); return }},
	{gdpr.Text{Da: "Samkøring", En: "Matching"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendValue(b, e, r.Matching, answerCells) },
		func(r *Record, s string) (err error) { r.Matching, err = answerCells.parse(s); return }},
	{gdpr.Text{Da: "Automatiske afgørelser", En: "Automated decisions"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendValue(b, e, r.AutomatedDecisions, answerCells)
		},
		func(r *Record, s string) (err error) { r.AutomatedDecisions, err = answerCells.parse(s); return }},
	{gdpr.Text{Da: "Behandlingsformer", En: "Operations"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendList(b, r.Operations, func(b []byte, v Operation) []byte { return appendValue(b, e, v, operationCells) })
		},
		func(r *Record, s string) (err error) { r.Operations, err = decodeCodes(s, operationCells); return }},
	{gdpr.Text{Da: "Modtagere", En: "Recipients"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendList(b, r.Recipients, e.appendRecipient)
		},
		func(r *Record, s string) (err error) { r.Recipients, err = decodeList(s, decodeRecipient); return }},
	{gdpr.Text{Da: "Overførsler til tredjelande", En: "Transfers to third countries"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendList(b, r.Transfers, e.appendTransfer) },
		func(r *Record, s string) (err error) { r.Transfers, err = decodeList(s, decodeTransfer); return }},
	{gdpr.Text{Da: "Slettefrister", En: "Erasure time limits"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendList(b, r.Retention, e.appendRetention) },
		func(r *Record, s string) (err error) { r.Retention, err = decodeList(s, decodeRetention); return }},
	{gdpr.Text{Da: "Sikkerhedsforanstaltninger", En: "Security measures"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.Security, levelCell) },
		func(r *Record, s string) (err error) { r.Security, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Forsendelse", En: "Channels"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return appendList(b, r.Channels, e.appendChannel) },
		func(r *Record, s string) (err error) { r.Channels, err = decodeList(s, decodeChannel); return }},
	{gdpr.Text{Da: "Systemer", En: "Systems"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendList(b, r.Systems, appendListText) },
		func(r *Record, s string) (err error) { r.Systems, err = decodeList(s, unescapeText); return }},
	{gdpr.Text{Da: "Databehandlere", En: "Processors"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendList(b, r.Processors, e.appendProcessor)
		},
		func(r *Record, s string) (err error) { r.Processors, err = decodeList(s, decodeProcessor); return }},
	{gdpr.Text{Da: "Ejer", En: "Owner"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.Owner.Reveal(), levelCell) },
		func(r *Record, s string) error { t, err := unescapeText(s); r.Owner = gdpr.NewPersonal(t); return err }},
	{gdpr.Text{Da: "Senest gennemgået", En: "Last reviewed"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return append(b, r.LastReview.String()...) },
		func(r *Record, s string) error { return r.LastReview.UnmarshalText([]byte(s)) }},
	{gdpr.Text{Da: "Gennemgangsinterval", En: "Review interval"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return e.appendPeriod(b, r.ReviewInterval) },
		func(r *Record, s string) (err error) { r.ReviewInterval, err = parsePeriodCell(s); return }},
	{gdpr.Text{Da: "Risikovurdering", En: "Risk assessment"},
		func(b []byte, _ *cellEncoder, r *Record) []byte {
			return appendEscaped(b, r.RiskAssessmentID, levelCell)
		},
		func(r *Record, s string) (err error) { r.RiskAssessmentID, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Screening", En: "Screening"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.ScreeningID, levelCell) },
		func(r *Record, s string) (err error) { r.ScreeningID, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Konsekvensanalyse", En: "DPIA"},
		func(b []byte, _ *cellEncoder, r *Record) []byte { return appendEscaped(b, r.DPIAID, levelCell) },
		func(r *Record, s string) (err error) { r.DPIAID, err = unescapeText(s); return }},
	{gdpr.Text{Da: "Offentlig myndighedsudøvelse", En: "Exercise of public powers"},
		func(b []byte, e *cellEncoder, r *Record) []byte {
			return appendValue(b, e, r.PublicPowers, answerCells)
		},
		func(r *Record, s string) (err error) { r.PublicPowers, err = answerCells.parse(s); return }},
	{gdpr.Text{Da: "Ingen modtagere", En: "No recipients"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return e.appendBool(b, r.NoRecipients) },
		func(r *Record, s string) (err error) { r.NoRecipients, err = parseBool(s); return }},
	{gdpr.Text{Da: "Ingen overførsler", En: "No transfers"},
		func(b []byte, e *cellEncoder, r *Record) []byte { return e.appendBool(b, r.NoTransfers) },
		func(r *Record, s string) (err error) { r.NoTransfers, err = parseBool(s); return }},
}

// CSVHeaders returns the column headers of the CSV layout in the language
// of tag (Danish unless English), in a fresh slice.
func CSVHeaders(tag language.Tag) []string {
	out := make([]string, len(columns))
	for i, c := range columns {
		out[i] = c.header.In(tag)
	}
	return out
}

// WriteCSV writes records to w as CSV that opens correctly in Danish Excel:
// UTF-8 with a byte order mark, semicolon-separated, CRLF line ends, one
// row per record under a header row in the language of tag (Danish by
// default, English for an English tag). Lists and structured values go in
// one cell each, an element per line. The cells hold codes; see
// [WriteCSVLabels] for labels. [ReadCSV] reads the file back without loss
// for every record that passes [Record.Validate].
//
// A record that cannot be encoded (an invalid period or date) is an error
// naming its index; nothing is written after it.
func WriteCSV(w io.Writer, records []Record, tag language.Tag) error {
	return writeCSV(w, records, &cellEncoder{tag: tag})
}

// WriteCSVLabels writes records as [WriteCSV] does, with labels instead of
// codes in the language of tag (Danish unless English): "Aktiv" for
// active, "Nej" for no, "5 år" for P5Y, "GDPR art. 6, stk. 1, litra c
// (retlig forpligtelse)" for art6_1_c, "Tyskland" for DE. Days, KLE and CVR
// numbers stay as they are. [ReadCSV] reads the file back to the same
// records as the coded file: a value whose label would not read back as
// itself keeps its code, and so does a cell whose labels together would
// not: a custom data type ("custom:ordinary:Karakterer", whose label, its
// bare name, loses its category) and a special law
// ("law:folkeskoleloven § 40") stay as codes.
func WriteCSVLabels(w io.Writer, records []Record, tag language.Tag) error {
	return writeCSV(w, records, &cellEncoder{tag: tag, labels: true})
}

func writeCSV(w io.Writer, records []Record, e *cellEncoder) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString(utf8BOM); err != nil {
		return err
	}
	var cell, code, check []byte
	for i, h := range CSVHeaders(e.tag) {
		if i > 0 {
			_ = bw.WriteByte(';')
		}
		writeCell(bw, append(cell[:0], h...))
	}
	_, _ = bw.WriteString("\r\n")
	coded := &cellEncoder{tag: e.tag}
	for i := range records {
		r := &records[i]
		if (!r.LastReview.IsZero() && !r.LastReview.Valid()) || (!r.ReviewInterval.IsZero() && !r.ReviewInterval.Valid()) {
			return gdpr.Problems{{Path: index("records", i), Code: gdpr.CodeMalformed, Message: "an invalid review date or interval cannot be written"}}
		}
		for j := range columns {
			if j > 0 {
				_ = bw.WriteByte(';')
			}
			cell = columns[j].encode(cell[:0], e, r)
			if e.labels {
				// A labelled cell is written only if it reads back as
				// the coded one does.
				code = columns[j].encode(code[:0], coded, r)
				if !bytes.Equal(cell, code) {
					var back Record
					if columns[j].decode(&back, string(cell)) != nil ||
						!bytes.Equal(columns[j].encode(check[:0], coded, &back), code) {
						cell = append(cell[:0], code...)
					}
				}
			}
			writeCell(bw, cell)
		}
		if _, err := bw.WriteString("\r\n"); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeCell writes one cell as encoding/csv would with UseCRLF, after the
// formula guard: quoted when it holds a semicolon, a quote or a line break
// or starts with a space, quotes doubled, line breaks as CRLF. Write errors
// stick in bw and come out of its Flush.
func writeCell(bw *bufio.Writer, cell []byte) {
	guard := len(cell) > 0 && strings.IndexByte("=+-@\t'", cell[0]) >= 0
	quote := len(cell) > 0 && (needsQuotes(cell) ||
		(!guard && (unicode.IsSpace(firstRune(cell)) || string(cell) == `\.`)))
	if quote {
		_ = bw.WriteByte('"')
	}
	if guard {
		_ = bw.WriteByte('\'')
	}
	if !quote {
		_, _ = bw.Write(cell)
		return
	}
	for len(cell) > 0 {
		i := bytes.IndexAny(cell, "\"\r\n")
		if i < 0 {
			_, _ = bw.Write(cell)
			break
		}
		_, _ = bw.Write(cell[:i])
		switch cell[i] {
		case '"':
			_, _ = bw.WriteString(`""`)
		case '\n':
			_, _ = bw.WriteString("\r\n")
		}
		cell = cell[i+1:] // a lone CR is dropped, as encoding/csv does; escaping leaves none
	}
	_ = bw.WriteByte('"')
}

// needsQuotes reports a semicolon, a quote or a line break in cell.
func needsQuotes(cell []byte) bool {
	for _, c := range cell {
		switch c {
		case ';', '"', '\r', '\n':
			return true
		}
	}
	return false
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// ReadCSV reads the records of a CSV file in the layout of [WriteCSV] or
// [WriteCSVLabels]. It accepts the byte order mark or none, Danish or
// English headers (in any order; a column left out reads as empty), codes
// or Danish or English labels in any case ("active", "Aktiv", "AKTIV";
// "P5Y", "5 år", "5 years"), and returns an error wrapping
// [ErrMalformedCSV], naming the line and the column, for anything it cannot
// read. The records read must pass [Register.Validate] (as a register
// without consents): otherwise the error lists every problem, with paths
// "records[i]..." where i counts the rows after the header from 0.
func ReadCSV(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	if b, err := br.Peek(len(utf8BOM)); err == nil && string(b) == utf8BOM {
		_, _ = br.Discard(len(utf8BOM))
	}
	cr := csv.NewReader(br)
	cr.Comma = ';'
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: no header row", ErrMalformedCSV)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformedCSV, err)
	}
	layout := make([]int, len(header)) // column index per header cell
	seen := make([]bool, len(columns))
	for i, h := range header {
		k := columnOf(h)
		if k < 0 {
			return nil, fmt.Errorf("%w: line 1: unknown column %q", ErrMalformedCSV, shorten(h))
		}
		if seen[k] {
			return nil, fmt.Errorf("%w: line 1: column %q appears twice", ErrMalformedCSV, shorten(h))
		}
		seen[k] = true
		layout[i] = k
	}
	var records []Record
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrMalformedCSV, err)
		}
		line, _ := cr.FieldPos(0)
		if len(row) != len(header) {
			return nil, fmt.Errorf("%w: line %d: %d cells, want %d", ErrMalformedCSV, line, len(row), len(header))
		}
		var rec Record
		for i, cell := range row {
			c := columns[layout[i]]
			if strings.HasPrefix(cell, "'") {
				cell = cell[1:]
			}
			if err := c.decode(&rec, cell); err != nil {
				line, _ := cr.FieldPos(i)
				return nil, fmt.Errorf("%w: line %d, column %q: %s", ErrMalformedCSV, line, c.header.Da, strings.TrimPrefix(err.Error(), "ropa: "))
			}
		}
		records = append(records, rec)
	}
	if err := (Register{Records: records}).Validate(); err != nil {
		return nil, err
	}
	return records, nil
}

// columnOf finds a column by its Danish or English header, or -1.
func columnOf(h string) int {
	h = strings.TrimSpace(h)
	for i, c := range columns {
		if strings.EqualFold(h, c.header.Da) || strings.EqualFold(h, c.header.En) {
			return i
		}
	}
	return -1
}

// shorten cuts text for an error message.
func shorten(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// appendList appends one element per line.
func appendList[T any](b []byte, xs []T, appendOne func([]byte, T) []byte) []byte {
	for i, x := range xs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = appendOne(b, x)
	}
	return b
}

// decodeList reads one element per line.
func decodeList[T any](s string, decode func(string) (T, error)) ([]T, error) {
	lines := splitEscaped(s, '\n')
	if lines == nil {
		return nil, nil
	}
	out := make([]T, len(lines))
	for i, l := range lines {
		var err error
		if out[i], err = decode(l); err != nil {
			if len(lines) > 1 {
				return nil, fmt.Errorf("element %d: %w", i+1, err)
			}
			return nil, err
		}
	}
	return out, nil
}

// decodeCodes reads a list of codes or labels, one per line.
func decodeCodes[T comparable](s string, p cellParser[T]) ([]T, error) {
	return decodeList(s, func(l string) (T, error) {
		text, err := unescapeText(l)
		if err != nil {
			var zero T
			return zero, err
		}
		return p.parse(text)
	})
}

func decodeParty(s string) (p Party, err error) {
	if s == "" {
		return Party{}, nil
	}
	f, err := splitFields(s, 5)
	if err != nil {
		return p, err
	}
	if p.Name, err = field(f[0]); err != nil {
		return p, err
	}
	if err = p.CVR.UnmarshalText([]byte(f[1])); err != nil {
		return p, err
	}
	if p.Address, err = field(f[2]); err != nil {
		return p, err
	}
	var email, phone string
	if email, err = field(f[3]); err != nil {
		return p, err
	}
	phone, err = field(f[4])
	p.Email, p.Phone = gdpr.NewPersonal(email), gdpr.NewPersonal(phone)
	return p, err
}

func decodePurpose(s string) (p Purpose, err error) {
	f, err := splitFields(s, 6)
	if err != nil {
		return p, err
	}
	if p.ID, err = field(f[0]); err != nil {
		return p, err
	}
	if p.Description, err = field(f[1]); err != nil {
		return p, err
	}
	if p.Kinds, err = parseValues(f[2], purposeKindCells); err != nil {
		return p, err
	}
	if p.LegalBases, err = parseValues(f[3], legalBasisCells); err != nil {
		return p, err
	}
	if p.KLE, err = parseSubList(f[4], gdpr.ParseKLE); err != nil {
		return p, err
	}
	err = p.Ended.UnmarshalText([]byte(f[5]))
	return p, err
}

func decodeSubject(s string) (c SubjectCategory, err error) {
	f, err := splitFields(s, 4)
	if err != nil {
		return c, err
	}
	if c.Category.Group, err = parseField(f[0], subjectGroupCells); err != nil {
		return c, err
	}
	if c.Category.Name, err = field(f[1]); err != nil {
		return c, err
	}
	if c.Category.Vulnerable, err = parseBool(f[2]); err != nil {
		return c, err
	}
	c.DataTypes, err = parseValues(f[3], dataTypeCells)
	return c, err
}

func decodeTechnology(s string) (t TechnologyUse, err error) {
	f, err := splitFields(s, 2)
	if err != nil {
		return t, err
	}
	if t.Technology, err = parseField(f[0], technologyCells); err != nil {
		return t, err
	}
	t.Details, err = field(f[1])
	return t, err
}

func decodeRecipient(s string) (x Recipient, err error) {
	f, err := splitFields(s, 6)
	if err != nil {
		return x, err
	}
	if x.Category, err = parseField(f[0], recipientCategoryCells); err != nil {
		return x, err
	}
	if x.Name, err = field(f[1]); err != nil {
		return x, err
	}
	if x.Country, x.Organisation, err = parseDestinationField(f[2]); err != nil {
		return x, err
	}
	if x.JointController, err = parseBool(f[3]); err != nil {
		return x, err
	}
	if x.LegalBases, err = parseValues(f[4], legalBasisCells); err != nil {
		return x, err
	}
	x.Description, err = field(f[5])
	return x, err
}

func decodeTransfer(s string) (t Transfer, err error) {
	f, err := splitFields(s, 9)
	if err != nil {
		// The layout before the suitable safeguards of art. 49(1), second
		// subparagraph, had eight fields.
		if f, err = splitFields(s, 8); err != nil {
			return t, err
		}
		f = append(f, "")
		f[8], f[7] = f[7], ""
	}
	if t.SuitableSafeguards, err = field(f[7]); err != nil {
		return t, err
	}
	if t.Country, t.Organisation, err = parseDestinationField(f[0]); err != nil {
		return t, err
	}
	if t.Recipient, err = field(f[1]); err != nil {
		return t, err
	}
	if t.Safeguard, err = parseField(f[2], safeguardCells); err != nil {
		return t, err
	}
	if t.RecipientFacts.DPFCertified, err = parseBool(f[3]); err != nil {
		return t, err
	}
	if t.RecipientFacts.PIPEDA, err = parseBool(f[4]); err != nil {
		return t, err
	}
	if t.RecipientFacts.APPI, err = parseBool(f[5]); err != nil {
		return t, err
	}
	if t.TIA, err = field(f[6]); err != nil {
		return t, err
	}
	t.Description, err = field(f[8])
	return t, err
}

func decodeRetention(s string) (r Retention, err error) {
	f, err := splitFields(s, 5)
	if err != nil {
		return r, err
	}
	if r.DataTypes, err = parseValues(f[0], dataTypeCells); err != nil {
		return r, err
	}
	if r.Period, err = parsePeriodCell(f[1]); err != nil {
		return r, err
	}
	if r.Trigger, err = parseField(f[2], triggerCells); err != nil {
		return r, err
	}
	if r.Archive, err = parseField(f[3], archiveCells); err != nil {
		return r, err
	}
	r.Note, err = field(f[4])
	return r, err
}

func decodeChannel(s string) (c Channel, err error) {
	f, err := splitFields(s, 3)
	if err != nil {
		return c, err
	}
	if c.Kind, err = parseField(f[0], channelKindCells); err != nil {
		return c, err
	}
	if c.Encrypted, err = parseBool(f[1]); err != nil {
		return c, err
	}
	c.Description, err = field(f[2])
	return c, err
}

func decodeProcessor(s string) (p ProcessorRef, err error) {
	f, err := splitFields(s, 6)
	if err != nil {
		return p, err
	}
	if p.Name, err = field(f[0]); err != nil {
		return p, err
	}
	if err = p.CVR.UnmarshalText([]byte(f[1])); err != nil {
		return p, err
	}
	if p.AgreementID, err = field(f[2]); err != nil {
		return p, err
	}
	if p.Under, err = field(f[3]); err != nil {
		return p, err
	}
	places, err := parseValues(f[4], destinationCells)
	if err != nil {
		return p, err
	}
	for _, d := range places {
		if d.org != 0 {
			p.Organisations = append(p.Organisations, d.org)
		} else {
			p.Countries = append(p.Countries, d.country)
		}
	}
	p.Service, err = field(f[5])
	return p, err
}

// parseDestination reads a destination cell: an international
// organisation's code ("epo") or a country code.
func parseDestination(s string) (c gdpr.Country, o gdpr.InternationalOrganisation, err error) {
	if o, err := gdpr.ParseInternationalOrganisation(s); err == nil && o != 0 {
		return c, o, nil
	}
	err = c.UnmarshalText([]byte(s))
	return c, 0, err
}

// parseField reads one field (still escaped) holding a code or a label.
func parseField[T comparable](f string, p cellParser[T]) (T, error) {
	text, err := unescapeText(f)
	if err != nil {
		var zero T
		return zero, err
	}
	return p.parse(text)
}

// parseDestinationField reads a destination field: a country's or an
// international organisation's code or label.
func parseDestinationField(f string) (gdpr.Country, gdpr.InternationalOrganisation, error) {
	d, err := parseField(f, destinationCells)
	return d.country, d.org, err
}
