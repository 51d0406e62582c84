package ropa

import (
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/lang"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"golang.org/x/text/language"
)

// XLSXOptions are the choices of the register workbook ([WriteXLSX]).
type XLSXOptions struct {
	// Lang is the language of the sheet names, the headers and the labels:
	// Danish unless English.
	Lang language.Tag
	// Codes writes the stable codes ("active", "art6_1_e", "years")
	// instead of labels, for a workbook that other tools read; the sheet
	// names and headers stay in Lang.
	Codes bool
	// Now is the instant at which the consents' status is given; zero
	// leaves the status column empty.
	Now time.Time
	// OmitSubjects leaves the consents' subject column empty, for a copy
	// that leaves the data protection officer's office (a supervisory
	// authority asks for the overview, not for the persons).
	OmitSubjects bool
	// Title, Creator and Created go into the document properties; Created
	// also fixes the file's timestamp, so that the same register gives the
	// same bytes.
	Title   string
	Creator string
	Created time.Time
}

// WriteXLSX writes the register as an Excel workbook (.xlsx, Office Open
// XML) with four sheets: the records, one row per record; the purposes,
// one row per purpose of a record; the erasure time limits, one row per
// limit with the period as a number beside its unit; and the consents, one
// row per consent. Labels are Danish unless o.Lang is English, or codes
// with o.Codes; days are Excel dates (shown as 2026-03-02, sorting and
// filtering as dates) and counts are numbers; a record without a review
// interval shows the default, a year. Every sheet has a bold header
// row that stays in view when the sheet scrolls, an autofilter and column
// widths that fit. The same register and options give the same bytes.
//
// A record is one row because the register is a list of processing
// activities: the autofilter then counts activities, and a row per purpose
// would repeat every other column. The purposes sheet gives a row per
// purpose for filtering by legal basis or KLE number.
//
// The consents' subjects are written in clear: the workbook is the data
// protection officer's own register, a store of the consents, which must
// show whose consent it is (GDPR art. 7(1)). Set o.OmitSubjects for a copy
// that leaves the office. The package dpa adds the agreements sheet, and
// package overview writes both registers in one workbook.
func WriteXLSX(w io.Writer, reg Register, o XLSXOptions) error {
	wb := &ooxml.Workbook{Properties: XLSXProperties(o.Lang, o.Title, o.Creator, o.Created)}
	if err := AddXLSXSheets(wb, reg, o); err != nil {
		return err
	}
	return wb.Write(w)
}

// XLSXProperties returns the document properties of a register workbook
// in the language of tag; an empty title gives "Fortegnelse over
// behandlingsaktiviteter" ("Record of processing activities"). It is
// exported for package overview, which writes the registers of ropa and dpa
// in one workbook.
func XLSXProperties(tag language.Tag, title, creator string, created time.Time) ooxml.Properties {
	if title == "" {
		title = gdpr.Text{Da: "Fortegnelse over behandlingsaktiviteter", En: "Record of processing activities"}.In(tag)
	}
	l := "da-DK"
	if lang.English(tag) {
		l = "en-GB"
	}
	return ooxml.Properties{Title: title, Creator: creator, Company: creator, Language: l, Created: created, Modified: created}
}

// AddXLSXSheets adds the sheets of [WriteXLSX] to wb. It is exported for
// package overview, which adds package dpa's agreements sheet to the same
// workbook; the package ooxml is internal to the module.
func AddXLSXSheets(wb *ooxml.Workbook, reg Register, o XLSXOptions) error {
	c := cells{tag: o.Lang, codes: o.Codes}
	for _, add := range []func(*ooxml.Workbook, *Register, *XLSXOptions, cells) error{
		addRecordSheet, addPurposeSheet, addRetentionSheet, addConsentSheet,
	} {
		if err := add(wb, &reg, &o, c); err != nil {
			return err
		}
	}
	return nil
}

// cells turns values into cells: labels in a language, or codes.
type cells struct {
	tag   language.Tag
	codes bool
}

func (c cells) text(t gdpr.Text) string { return t.In(c.tag) }

// labelled is a value with a code and a label.
type labelled interface {
	comparable
	String() string
	Label(language.Tag) string
}

// label returns the label of v, or its code, or "" for the zero value.
func label[T labelled](c cells, v T) string {
	var zero T
	switch {
	case v == zero:
		return ""
	case c.codes:
		return v.String()
	}
	return v.Label(c.tag)
}

// labels returns the labels of vs, one a line.
func labels[T labelled](c cells, vs []T) ooxml.Value {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, label(c, v))
	}
	return lines(out)
}

// lines is a cell of one line per element.
func lines(xs []string) ooxml.Value { return ooxml.Text(strings.Join(xs, "\n")) }

func (c cells) yesNo(v bool) ooxml.Value {
	if c.codes {
		return ooxml.Text(boolWords[b2i(v)].En)
	}
	return ooxml.Text(boolWords[b2i(v)].In(c.tag))
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// dayCell is a day as an Excel date; zero is an empty cell, an invalid day
// its text.
func dayCell(d gdpr.Date) ooxml.Value {
	if d.IsZero() {
		return ooxml.Value{}
	}
	if !d.Valid() {
		return ooxml.Text(d.String())
	}
	t := d.Start()
	return ooxml.Date(t.Year(), t.Month(), t.Day())
}

// instantCell is the day of an instant in Copenhagen, as an Excel date.
func instantCell(t time.Time) ooxml.Value {
	if t.IsZero() {
		return ooxml.Value{}
	}
	return dayCell(gdpr.DateOf(t))
}

func count(n int) ooxml.Value {
	if n == 0 {
		return ooxml.Value{}
	}
	return ooxml.Int(int64(n))
}

// addSheet adds a sheet with its header and widths, in the language of c.
func addSheet(wb *ooxml.Workbook, c cells, name gdpr.Text, cols []xlsxColumn) (*ooxml.Sheet, error) {
	s, err := wb.AddSheet(c.text(name))
	if err != nil {
		return nil, err
	}
	h := make([]string, len(cols))
	s.Widths = make([]float64, len(cols))
	for i, col := range cols {
		h[i] = c.text(col.header)
		if col.width > 0 {
			// Room for the header and its filter button.
			s.Widths[i] = max(col.width, float64(utf8.RuneCountInString(h[i])+3))
		}
	}
	s.Header(h...)
	return s, nil
}

// xlsxColumn is a column's header and width in characters (0: fit the
// content).
type xlsxColumn struct {
	header gdpr.Text
	width  float64
}

var (
	hID   = gdpr.Text{Da: "ID", En: "ID"}
	hName = gdpr.Text{Da: "Navn", En: "Name"}
	hRec  = gdpr.Text{Da: "Behandling", En: "Record"}
)

// The records sheet, one row per record.
var recordColumns = []xlsxColumn{
	{hID, 0},
	{hName, 36},
	{gdpr.Text{Da: "Status", En: "Status"}, 0},
	{gdpr.Text{Da: "Beskrivelse", En: "Description"}, 45},
	{gdpr.Text{Da: "Dataansvarlig", En: "Controller"}, 24},
	{gdpr.Text{Da: "Formål", En: "Purposes"}, 40},
	{gdpr.Text{Da: "Retsgrundlag", En: "Legal bases"}, 50},
	{gdpr.Text{Da: "Kategorier af registrerede", En: "Categories of data subjects"}, 28},
	{gdpr.Text{Da: "Sårbare registrerede", En: "Vulnerable data subjects"}, 0},
	{gdpr.Text{Da: "Personoplysninger", En: "Personal data"}, 36},
	{gdpr.Text{Da: "Højeste kategori", En: "Highest category"}, 0},
	{gdpr.Text{Da: "Registrerede pr. år", En: "Data subjects per year"}, 0},
	{gdpr.Text{Da: "Modtagere", En: "Recipients"}, 32},
	{gdpr.Text{Da: "Overførsler til tredjelande", En: "Transfers to third countries"}, 36},
	{gdpr.Text{Da: "Slettefrister", En: "Erasure time limits"}, 36},
	{gdpr.Text{Da: "Sikkerhedsforanstaltninger", En: "Security measures"}, 40},
	{gdpr.Text{Da: "Systemer", En: "Systems"}, 20},
	{gdpr.Text{Da: "Databehandlere", En: "Processors"}, 40},
	{gdpr.Text{Da: "Ejer", En: "Owner"}, 20},
	{gdpr.Text{Da: "Senest gennemgået", En: "Last reviewed"}, 0},
	{gdpr.Text{Da: "Gennemgangsinterval", En: "Review interval"}, 0},
	{gdpr.Text{Da: "Enhed", En: "Unit"}, 0},
	{gdpr.Text{Da: "Næste gennemgang", En: "Next review"}, 0},
	{gdpr.Text{Da: "Risikovurdering", En: "Risk assessment"}, 0},
	{gdpr.Text{Da: "Screening", En: "Screening"}, 0},
	{gdpr.Text{Da: "Konsekvensanalyse", En: "DPIA"}, 0},
}

func addRecordSheet(wb *ooxml.Workbook, reg *Register, _ *XLSXOptions, c cells) error {
	s, err := addSheet(wb, c, gdpr.Text{Da: "Behandlinger", En: "Records"}, recordColumns)
	if err != nil {
		return err
	}
	for i := range reg.Records {
		r := &reg.Records[i]
		status := r.Status
		if status == 0 {
			status = Active // zero counts as active
		}
		interval := r.ReviewInterval
		if interval.IsZero() {
			interval = DefaultReviewInterval()
		}
		var unit ooxml.Value
		if interval.Valid() {
			unit = ooxml.Text(label(c, interval.Unit))
		}
		s.Row(
			ooxml.Text(r.ID),
			ooxml.Text(r.Name),
			ooxml.Text(label(c, status)),
			ooxml.Text(r.Description),
			ooxml.Text(r.Controller.Name),
			purposeLines(r),
			labels(c, r.legalBases()),
			subjectLines(c, r),
			c.yesNo(r.vulnerable()),
			labels(c, r.dataTypes()),
			ooxml.Text(label(c, r.highestCategory())),
			count(r.SubjectsPerYear),
			recipientLines(c, r),
			transferLines(c, r),
			retentionLines(c, r),
			ooxml.Text(r.Security),
			lines(r.Systems),
			processorLines(c, r),
			ooxml.Text(r.Owner.Reveal()),
			dayCell(r.LastReview),
			count(interval.Count),
			unit,
			dayCell(interval.End(r.LastReview)),
			ooxml.Text(r.RiskAssessmentID),
			ooxml.Text(r.ScreeningID),
			ooxml.Text(r.DPIAID),
		)
	}
	return nil
}

func purposeLines(r *Record) ooxml.Value {
	out := make([]string, 0, len(r.Purposes))
	for _, p := range r.Purposes {
		out = append(out, p.Description)
	}
	return lines(out)
}

func subjectLines(c cells, r *Record) ooxml.Value {
	out := make([]string, 0, len(r.Subjects))
	for _, s := range r.Subjects {
		if c.codes && strings.TrimSpace(s.Category.Name) == "" {
			out = append(out, s.Category.Group.String())
			continue
		}
		out = append(out, s.Category.Label(c.tag))
	}
	return lines(out)
}

func recipientLines(c cells, r *Record) ooxml.Value {
	if len(r.Recipients) == 0 && r.NoRecipients {
		return ooxml.Text(c.text(gdpr.Text{Da: "Ingen", En: "None"}))
	}
	out := make([]string, 0, len(r.Recipients))
	for _, x := range r.Recipients {
		l := label(c, x.Category)
		if x.Name != "" {
			if l != "" {
				l += ": "
			}
			l += x.Name
		}
		if d := placeLabel(c, x.Country, x.Organisation); d != "" {
			l += " (" + d + ")"
		}
		out = append(out, l)
	}
	return lines(out)
}

// placeLabel is a country or an international organisation, as a label
// or code; Denmark (or no country) is "".
func placeLabel(c cells, country gdpr.Country, org gdpr.InternationalOrganisation) string {
	if org != 0 {
		return label(c, org)
	}
	if country.IsZero() || country.String() == "DK" {
		return ""
	}
	if c.codes {
		return country.String()
	}
	return country.Label(c.tag)
}

func transferLines(c cells, r *Record) ooxml.Value {
	if len(r.Transfers) == 0 && r.NoTransfers {
		return ooxml.Text(c.text(gdpr.Text{Da: "Ingen", En: "None"}))
	}
	out := make([]string, 0, len(r.Transfers))
	for _, t := range r.Transfers {
		l := placeLabel(c, t.Country, t.Organisation)
		if t.Recipient != "" {
			l += " (" + t.Recipient + ")"
		}
		if g := label(c, t.Safeguard); g != "" {
			l += ": " + g
		}
		out = append(out, l)
	}
	return lines(out)
}

func retentionLines(c cells, r *Record) ooxml.Value {
	out := make([]string, 0, len(r.Retention))
	for _, x := range r.Retention {
		l := x.Label(c.tag)
		if c.codes {
			l = strings.TrimSpace(x.Period.String() + " " + label(c, x.Trigger) + " " + label(c, x.Archive))
		}
		if len(x.DataTypes) > 0 {
			names := make([]string, len(x.DataTypes))
			for i, t := range x.DataTypes {
				names[i] = label(c, t)
			}
			l = strings.Join(names, ", ") + ": " + l
		}
		out = append(out, l)
	}
	return lines(out)
}

func processorLines(c cells, r *Record) ooxml.Value {
	out := make([]string, 0, len(r.Processors))
	for _, p := range r.Processors {
		l := p.Name
		if p.Under != "" {
			l += " (" + c.text(gdpr.Text{Da: "underdatabehandler for ", En: "sub-processor of "}) + p.Under + ")"
		}
		if p.AgreementID != "" {
			l += " [" + p.AgreementID + "]"
		}
		out = append(out, l)
	}
	return lines(out)
}

// The purposes sheet, one row per purpose of a record.
var purposeColumns = []xlsxColumn{
	{hRec, 0},
	{hName, 36},
	{gdpr.Text{Da: "Formål-ID", En: "Purpose ID"}, 0},
	{gdpr.Text{Da: "Formål", En: "Purpose"}, 45},
	{gdpr.Text{Da: "Formålstype", En: "Kind of purpose"}, 30},
	{gdpr.Text{Da: "Retsgrundlag", En: "Legal bases"}, 50},
	{gdpr.Text{Da: "KLE-numre", En: "KLE numbers"}, 0},
	{gdpr.Text{Da: "Ophørt", En: "Ended"}, 0},
}

func addPurposeSheet(wb *ooxml.Workbook, reg *Register, _ *XLSXOptions, c cells) error {
	s, err := addSheet(wb, c, gdpr.Text{Da: "Formål", En: "Purposes"}, purposeColumns)
	if err != nil {
		return err
	}
	for i := range reg.Records {
		r := &reg.Records[i]
		for _, p := range r.Purposes {
			kle := make([]string, len(p.KLE))
			for j, k := range p.KLE {
				kle[j] = k.String()
			}
			s.Row(ooxml.Text(r.ID), ooxml.Text(r.Name), ooxml.Text(p.ID), ooxml.Text(p.Description),
				labels(c, p.Kinds), labels(c, p.LegalBases), lines(kle), dayCell(p.Ended))
		}
	}
	return nil
}

// The erasure time limits, one row per limit.
var retentionColumns = []xlsxColumn{
	{hRec, 0},
	{hName, 36},
	{gdpr.Text{Da: "Personoplysninger", En: "Personal data"}, 36},
	{gdpr.Text{Da: "Slettefrist", En: "Time limit"}, 0},
	{gdpr.Text{Da: "Enhed", En: "Unit"}, 0},
	{gdpr.Text{Da: "Regnes fra", En: "Counted from"}, 30},
	{gdpr.Text{Da: "Arkivering", En: "Archiving"}, 0},
	{gdpr.Text{Da: "Note", En: "Note"}, 40},
}

func addRetentionSheet(wb *ooxml.Workbook, reg *Register, _ *XLSXOptions, c cells) error {
	s, err := addSheet(wb, c, gdpr.Text{Da: "Slettefrister", En: "Erasure time limits"}, retentionColumns)
	if err != nil {
		return err
	}
	for i := range reg.Records {
		r := &reg.Records[i]
		for _, x := range r.Retention {
			types := labels(c, x.DataTypes)
			if len(x.DataTypes) == 0 {
				types = ooxml.Text(c.text(gdpr.Text{Da: "Øvrige oplysninger", En: "Other data"}))
			}
			var n, unit ooxml.Value
			if x.Period.Valid() {
				n, unit = ooxml.Int(int64(x.Period.Count)), ooxml.Text(label(c, x.Period.Unit))
			} else if !x.Period.IsZero() {
				n = ooxml.Text(x.Period.String())
			}
			s.Row(ooxml.Text(r.ID), ooxml.Text(r.Name), types, n, unit,
				ooxml.Text(label(c, x.Trigger)), ooxml.Text(label(c, x.Archive)), ooxml.Text(x.Note))
		}
	}
	return nil
}

// The consents, one row per consent.
var consentColumns = []xlsxColumn{
	{hID, 0},
	{hRec, 0},
	{gdpr.Text{Da: "Formål-ID", En: "Purpose ID"}, 0},
	{gdpr.Text{Da: "Registreret", En: "Data subject"}, 20},
	{gdpr.Text{Da: "Givet", En: "Given"}, 0},
	{gdpr.Text{Da: "Udløber", En: "Expires"}, 0},
	{gdpr.Text{Da: "Tilbagekaldt", En: "Withdrawn"}, 0},
	{gdpr.Text{Da: "Behandling stoppet", En: "Processing stopped"}, 0},
	{gdpr.Text{Da: "Status", En: "Status"}, 0},
}

func addConsentSheet(wb *ooxml.Workbook, reg *Register, o *XLSXOptions, c cells) error {
	s, err := addSheet(wb, c, gdpr.Text{Da: "Samtykker", En: "Consents"}, consentColumns)
	if err != nil {
		return err
	}
	for _, x := range reg.Consents {
		var subject, status ooxml.Value
		if !o.OmitSubjects {
			subject = ooxml.Text(subjectKey(x))
		}
		if !o.Now.IsZero() {
			status = ooxml.Text(label(c, x.status(o.Now)))
		}
		s.Row(ooxml.Text(x.ID), ooxml.Text(x.RecordID), ooxml.Text(x.PurposeID), subject,
			instantCell(x.Given), instantCell(x.Expires), instantCell(x.Withdrawn), instantCell(x.Stopped), status)
	}
	return nil
}

// subjectKey is the consent's data subject in clear, for the data
// protection officer's own register.
func subjectKey(x Consent) string { return x.Subject.Reveal() }
