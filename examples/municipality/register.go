package main

import (
	"os"
	"time"

	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// writeRegisterXLSX writes the municipality's registers to file as one
// Excel workbook: the records of processing with their purposes, erasure
// time limits and consents, and the data processing agreements. The
// consents' subjects are in it: the workbook is the data protection
// officer's own register.
func writeRegisterXLSX(file string, m *overview.Municipality, now time.Time, lang language.Tag) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	err = overview.WriteRegisterXLSX(f, ropa.Register{Records: m.Records, Consents: m.Consents}, m.Agreements,
		overview.XLSXOptions{Lang: lang, Now: now, Creator: m.Name, Created: now})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
