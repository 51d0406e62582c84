package overview

import (
	"io"
	"time"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// XLSXOptions are the choices of the register workbook
// ([WriteRegisterXLSX]).
type XLSXOptions struct {
	// Lang is the language of the sheet names, headers and labels: Danish
	// unless English.
	Lang language.Tag
	// Codes writes the stable codes instead of labels.
	Codes bool
	// Now is the instant of the consents' status; zero leaves it empty.
	Now time.Time
	// OmitSubjects leaves the consents' subjects out, for a copy that
	// leaves the data protection officer's office.
	OmitSubjects bool
	// Title, Creator and Created go into the document properties; Created
	// fixes the file's timestamp.
	Title   string
	Creator string
	Created time.Time
}

// WriteRegisterXLSX writes the authority's registers as one Excel
// workbook: the sheets of ropa.WriteXLSX (records, purposes, erasure time
// limits, consents) followed by the agreements sheet of dpa.WriteXLSX. The
// packages ropa and dpa do not import each other, so this is where the two
// registers meet. The same input gives the same bytes.
func WriteRegisterXLSX(w io.Writer, reg ropa.Register, agreements []dpa.Agreement, o XLSXOptions) error {
	book := &ooxml.Workbook{Properties: ropa.XLSXProperties(o.Lang, o.Title, o.Creator, o.Created)}
	if err := ropa.AddXLSXSheets(book, reg, ropa.XLSXOptions{Lang: o.Lang, Codes: o.Codes, Now: o.Now, OmitSubjects: o.OmitSubjects}); err != nil {
		return err
	}
	if err := dpa.AddXLSXSheet(book, agreements, dpa.XLSXOptions{Lang: o.Lang, Codes: o.Codes}); err != nil {
		return err
	}
	return book.Write(w)
}
