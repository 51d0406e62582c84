package risk

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Band is the level of a risk as a matrix places it: the five bands of the
// municipal DPIA template's risk matrix ("Risikomatrix"), ordered
// from low to high so bands compare with < and >. The zero value means "not
// rated" and is not valid.
type Band uint8

// The template's bands, from low to high.
const (
	Low         Band = iota + 1 // Lav: no further treatment
	BelowMedium                 // Under middel: no further treatment
	Medium                      // Middel: continuous monitoring
	AboveMedium                 // Over middel: should be treated
	High                        // Høj: must be treated at once
)

// bandDef is the table of Band, with the template's names.
var bandDef = enum.Def[Band]{
	Type: "Band",
	Kind: "risk: band",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Low:         {Code: "low", Da: "Lav", En: "Low"},
		BelowMedium: {Code: "below_medium", Da: "Under middel", En: "Below medium"},
		Medium:      {Code: "medium", Da: "Middel", En: "Medium"},
		AboveMedium: {Code: "above_medium", Da: "Over middel", En: "Above medium"},
		High:        {Code: "high", Da: "Høj", En: "High"},
	},
}

// bandGuidance is what the template's matrix says each band calls for.
var bandGuidance = [...]gdpr.Text{
	{},
	{Da: "Bør ikke give anledning til yderligere behandling", En: "Calls for no further treatment"},
	{Da: "Bør ikke give anledning til yderligere behandling", En: "Calls for no further treatment"},
	{Da: "Bør give anledning til løbende overvågning", En: "Calls for continuous monitoring"},
	{Da: "Bør give anledning til håndtering", En: "Should be treated"},
	{Da: "Bør håndteres med det samme", En: "Must be treated at once"},
}

// bandColours are the fill colours of the heat map: OS2compliance's "4x4
// KL" palette. Black text on each has a contrast ratio of at least 5:1
// (WCAG 2 AA asks 4.5:1); the tests check it.
var bandColours = [...]string{"#FFFFFF", "#1DB255", "#93D259", "#FDFF3C", "#FCC231", "#FA0020"}

// Bands returns the five bands from low to high.
func Bands() []Band { return []Band{Low, BelowMedium, Medium, AboveMedium, High} }

// Guidance returns what the template says a risk in band b calls for
// ("Bør give anledning til håndtering"), in Danish or English. A [Policy]
// turns this into a decision.
func (b Band) Guidance(tag language.Tag) string {
	if !b.Valid() {
		return ""
	}
	return bandGuidance[b].In(tag)
}

// Colour returns the heat map's fill colour of b as "#RRGGBB" (white for an
// invalid band). Text on it should be black.
func (b Band) Colour() string {
	if !b.Valid() {
		return bandColours[0]
	}
	return bandColours[b]
}
