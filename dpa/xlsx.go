package dpa

import (
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/lang"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"golang.org/x/text/language"
)

// XLSXOptions are the choices of the agreements workbook ([WriteXLSX]).
type XLSXOptions struct {
	// Lang is the language of the sheet name, the headers and the labels:
	// Danish unless English.
	Lang language.Tag
	// Codes writes the stable codes ("datatilsynet", "art6_1_e") instead
	// of labels; the sheet name and headers stay in Lang.
	Codes bool
	// Title, Creator and Created go into the document properties; Created
	// also fixes the file's timestamp, so that the same agreements give the
	// same bytes.
	Title   string
	Creator string
	Created time.Time
}

// WriteXLSX writes the agreements as an Excel workbook (.xlsx) of one
// sheet, one row per agreement, in the order given: the processor, the
// template, the days of signing, start, end and the end of the processing
// as Excel dates, the records it serves, the places the data go, the
// sub-processors and the supervision plan with its last and next
// supervision. Labels are Danish unless o.Lang is English, or codes with
// o.Codes. The header row stays in view when the sheet scrolls and has an
// autofilter. The same agreements and options give the same bytes.
//
// The sheet holds no personal data: a processor is an organisation, and
// the contact point of [Party] is left out.
func WriteXLSX(w io.Writer, agreements []Agreement, o XLSXOptions) error {
	title := o.Title
	if title == "" {
		title = gdpr.Text{Da: "Databehandleraftaler", En: "Data processing agreements"}.In(o.Lang)
	}
	l := "da-DK"
	if lang.English(o.Lang) {
		l = "en-GB"
	}
	wb := &ooxml.Workbook{Properties: ooxml.Properties{Title: title, Creator: o.Creator, Company: o.Creator,
		Language: l, Created: o.Created, Modified: o.Created}}
	if err := AddXLSXSheet(wb, agreements, o); err != nil {
		return err
	}
	return wb.Write(w)
}

// AddXLSXSheet adds the agreements sheet of [WriteXLSX] to wb. It is
// exported for package overview, which writes it beside package ropa's
// sheets in one workbook; the package ooxml is internal to the module.
func AddXLSXSheet(wb *ooxml.Workbook, agreements []Agreement, o XLSXOptions) error {
	in := func(t gdpr.Text) string { return t.In(o.Lang) }
	s, err := wb.AddSheet(in(gdpr.Text{Da: "Databehandleraftaler", En: "Processing agreements"}))
	if err != nil {
		return err
	}
	s.Widths = make([]float64, len(agreementColumns))
	h := make([]string, len(agreementColumns))
	for i, c := range agreementColumns {
		h[i] = in(c.header)
		if c.width > 0 {
			// Room for the header and its filter button.
			s.Widths[i] = max(c.width, float64(utf8.RuneCountInString(h[i])+3))
		}
	}
	s.Header(h...)
	c := xlsxCells{tag: o.Lang, codes: o.Codes}
	for i := range agreements {
		a := &agreements[i]
		last, _ := a.LastSupervision()
		var interval ooxml.Value
		if a.Plan.IntervalMonths > 0 {
			interval = ooxml.Int(int64(a.Plan.IntervalMonths))
		}
		s.Row(
			ooxml.Text(a.ID),
			ooxml.Text(a.Processor.Name),
			ooxml.Text(a.Processor.CVR.String()),
			ooxml.Text(xlsxLabel(c, a.Template)),
			dayCell(a.Signed),
			dayCell(a.Start),
			dayCell(a.End),
			c.yesNo(a.Indefinite),
			dayCell(a.ProcessingEnded),
			xlsxLines(a.Systems),
			xlsxLines(a.Records),
			ooxml.Text(a.Purpose),
			c.places(a),
			c.subProcessors(a),
			interval,
			ooxml.Text(xlsxLabel(c, a.Plan.Method)),
			dayCell(last.Date),
			dayCell(a.NextSupervision()),
		)
	}
	return nil
}

type xlsxColumn struct {
	header gdpr.Text
	width  float64
}

var agreementColumns = []xlsxColumn{
	{gdpr.Text{Da: "ID", En: "ID"}, 0},
	{gdpr.Text{Da: "Databehandler", En: "Processor"}, 28},
	{gdpr.Text{Da: "CVR-nr.", En: "CVR number"}, 0},
	{gdpr.Text{Da: "Skabelon", En: "Template"}, 30},
	{gdpr.Text{Da: "Underskrevet", En: "Signed"}, 0},
	{gdpr.Text{Da: "Start", En: "Start"}, 0},
	{gdpr.Text{Da: "Slut", En: "End"}, 0},
	{gdpr.Text{Da: "Løbende", En: "Indefinite"}, 0},
	{gdpr.Text{Da: "Behandling ophørt", En: "Processing ended"}, 0},
	{gdpr.Text{Da: "Systemer", En: "Systems"}, 20},
	{gdpr.Text{Da: "Behandlinger", En: "Records"}, 20},
	{gdpr.Text{Da: "Formål", En: "Purpose"}, 36},
	{gdpr.Text{Da: "Lande", En: "Countries"}, 24},
	{gdpr.Text{Da: "Underdatabehandlere", En: "Sub-processors"}, 30},
	{gdpr.Text{Da: "Tilsynsinterval (måneder)", En: "Supervision interval (months)"}, 0},
	{gdpr.Text{Da: "Tilsynsform", En: "Supervision method"}, 24},
	{gdpr.Text{Da: "Seneste tilsyn", En: "Last supervision"}, 0},
	{gdpr.Text{Da: "Næste tilsyn", En: "Next supervision"}, 0},
}

// xlsxCells turns values into cells: labels in a language, or codes.
type xlsxCells struct {
	tag   language.Tag
	codes bool
}

// xlsxLabel returns the label of v, or its code, or "" for the zero value.
func xlsxLabel[T interface {
	comparable
	String() string
	Label(language.Tag) string
}](c xlsxCells, v T) string {
	var zero T
	switch {
	case v == zero:
		return ""
	case c.codes:
		return v.String()
	}
	return v.Label(c.tag)
}

func (c xlsxCells) yesNo(v bool) ooxml.Value {
	words := gdpr.Text{Da: "nej", En: "no"}
	if v {
		words = gdpr.Text{Da: "ja", En: "yes"}
	}
	if c.codes {
		return ooxml.Text(words.En)
	}
	return ooxml.Text(words.In(c.tag))
}

// places lists, once each, the countries and international organisations
// the data reach under the agreement, the processor's and its
// sub-processors' alike.
func (c xlsxCells) places(a *Agreement) ooxml.Value {
	var out []string
	for _, r := range a.Routes() {
		var p string
		switch {
		case r.Organisation != 0:
			p = xlsxLabel(c, r.Organisation)
		case r.Country.IsZero():
			continue
		case c.codes:
			p = r.Country.String()
		default:
			p = r.Country.Label(c.tag)
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return xlsxLines(out)
}

// subProcessors lists the sub-processors, indented by their depth.
func (c xlsxCells) subProcessors(a *Agreement) ooxml.Value {
	var out []string
	a.walk(func(chain []*SubProcessor) {
		out = append(out, strings.Repeat("  ", len(chain)-1)+chain[len(chain)-1].Name)
	})
	return xlsxLines(out)
}

func xlsxLines(xs []string) ooxml.Value { return ooxml.Text(strings.Join(xs, "\n")) }

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
