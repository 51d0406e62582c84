package dpa

import (
	"log/slog"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// MaxDepth bounds the depth of the sub-processor tree: a processor's own
// sub-processors are at depth 1, theirs at depth 2, and so on. Real chains
// are two or three deep; the bound keeps hostile input from recursing
// without end.
const MaxDepth = 8

// SubProcessor is a sub-processor (underdatabehandler) engaged by the
// processor, or by a sub-processor above it (under-underdatabehandler, the
// municipal DPIA template, section 7.2): who it is, the service it provides, its kind of
// access, where it has the data, whether the agreement covers it, and its
// own sub-processors. Obligations flow down the tree and the processor
// stays liable for the whole chain (GDPR art. 28(4)).
type SubProcessor struct {
	// ID identifies the sub-processor within the agreement, stably
	// ("azure-weu", "support-in"); changes refer to it.
	ID string `json:"id"`
	Party
	// Service is what it does for the processor ("hosting", "2nd-line
	// support").
	Service string `json:"service,omitempty"`
	// Access is its kind of access to the data.
	Access Access `json:"access"`
	// Listed reports that the agreement covers it: it is named in the
	// agreement's list of sub-processors (appendix B of Datatilsynet's
	// template). A sub-processor added by a recorded [Change] that has
	// taken effect is covered too.
	Listed bool `json:"listed"`
	// Locations are where it processes, stores, supports or reads the
	// data. When empty, the data is taken to be where the sub-processor is
	// established (Party.Country), with its Access and no transfer basis.
	Locations []Location `json:"locations,omitempty"`
	// SubProcessors are the sub-processors it engages in turn.
	SubProcessors []SubProcessor `json:"subProcessors,omitempty"`
}

// LogValue implements slog.LogValuer: the sub-processor's fields under
// their JSON names (its party under "Party"), the contact redacted at any
// depth.
func (s SubProcessor) LogValue() slog.Value { return gdpr.LogValueOf(s) }

// validate reports the problems of s at depth (1 for the processor's own
// sub-processors) and of its subtree; ids collects the IDs seen in the
// agreement, to find duplicates.
func (s *SubProcessor) validate(depth int, ids map[string]bool) error {
	var ps gdpr.Problems
	switch id := strings.TrimSpace(s.ID); {
	case id == "":
		ps.Add("id", gdpr.CodeRequired, "a sub-processor needs an ID")
	case id != s.ID:
		ps.Add("id", gdpr.CodeMalformed, "an ID has no leading or trailing spaces")
	case ids[s.ID]:
		ps.Add("id", gdpr.CodeDuplicate, "the ID "+enum.Quote(s.ID)+" is used twice in the agreement")
	default:
		ids[s.ID] = true
	}
	ps.Merge("", s.Party.Validate())
	switch {
	case s.Access == 0:
		ps.Add("access", gdpr.CodeRequired, "a sub-processor needs a kind of access")
	case !s.Access.Valid():
		ps.Add("access", gdpr.CodeUnknown, "unknown access kind "+s.Access.String())
	}
	for i := range s.Locations {
		ps.Merge(indexPath("locations", i), s.Locations[i].Validate())
	}
	if len(s.SubProcessors) > 0 && depth >= MaxDepth {
		ps.Add("subProcessors", gdpr.CodeOutOfRange, "the chain of sub-processors is deeper than 8")
		return ps.Err()
	}
	for i := range s.SubProcessors {
		ps.Merge(indexPath("subProcessors", i), s.SubProcessors[i].validate(depth+1, ids))
	}
	return ps.Err()
}

// locations calls f for each place s has the data, with the access there:
// its Locations, or where it is established when it lists none. f gets
// the index into Locations, or -1 for the place of establishment.
func (s *SubProcessor) locations(f func(i int, l *Location, access Access)) {
	if len(s.Locations) == 0 {
		l := Location{Country: s.Country}
		f(-1, &l, s.Access)
		return
	}
	for i := range s.Locations {
		l := &s.Locations[i]
		access := l.Access
		if access == 0 {
			access = s.Access
		}
		f(i, l, access)
	}
}
