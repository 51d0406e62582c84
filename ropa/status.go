package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Status is where a processing activity is in its life: planned, active or
// ended; or a template, a standard record (such as KL's, imported with
// [ImportOS2compliance]) that the authority has not yet adopted as its
// own. The zero value means "not set"; the checks treat a record without a
// status as active, the safe assumption.
type Status uint8

// The values of Status.
const (
	Planned Status = iota + 1 // planned: the processing has not started
	Active                    // active: the processing is going on
	Ended                     // ended: the processing has stopped
	// Template (template): a standard record not yet adopted. Its
	// findings are reported apart ([Register.CheckTemplates]) until the
	// authority adopts it by giving it another status.
	Template
)

var statusDef = enum.Def[Status]{
	Type: "Status",
	Kind: "ropa: status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Planned:  {Code: "planned", Da: "Planlagt", En: "Planned"},
		Active:   {Code: "active", Da: "Aktiv", En: "Active"},
		Ended:    {Code: "ended", Da: "Ophørt", En: "Ended"},
		Template: {Code: "template", Da: "Skabelon (ikke vedtaget)", En: "Template (not adopted)"},
	},
}

// Statuses returns the statuses in order, in a fresh slice.
func Statuses() []Status { return statusDef.Values() }
