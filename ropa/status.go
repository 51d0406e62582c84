package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Status is where a processing activity is in its life: planned, active or
// ended. The zero value means "not set"; the checks treat a record without a
// status as active, the safe assumption.
type Status uint8

// The values of Status.
const (
	Planned Status = iota + 1 // planned: the processing has not started
	Active                    // active: the processing is going on
	Ended                     // ended: the processing has stopped
)

var statusDef = enum.Def[Status]{
	Type: "Status",
	Kind: "ropa: status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Planned: {Code: "planned", Da: "Planlagt", En: "Planned"},
		Active:  {Code: "active", Da: "Aktiv", En: "Active"},
		Ended:   {Code: "ended", Da: "Ophørt", En: "Ended"},
	},
}

// Statuses returns the statuses in order, in a fresh slice.
func Statuses() []Status { return []Status{Planned, Active, Ended} }
