package dpa

import (
	"log/slog"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Agreement is a data processing agreement (databehandleraftale) between a
// controller and a processor under GDPR art. 28(3), with what the
// controller must know about it to stay in control: the processor's
// sub-processors as a tree, where the data goes and on what transfer basis,
// the supervision plan and its records, and the changes of sub-processors
// (GDPR art. 28; Datatilsynet's guidance on data processors; the municipal DPIA template,
// sections 7.1-7.4).
//
// It is a plain record that hosts store and edit. [Agreement.Validate]
// reports invalid input; [Agreement.Check] reports compliance gaps as
// findings. An Agreement's zero value is not valid (it has no ID).
type Agreement struct {
	// ID identifies the agreement stably in the host (a case number).
	ID string `json:"id"`
	// Controller is the data controller, usually the municipality.
	Controller Controller `json:"controller"`
	// Processor is the processor (databehandler).
	Processor Party `json:"processor"`
	// Template is the text the agreement is built on.
	Template Template `json:"template,omitempty"`
	// Signed is the day the agreement was signed by both parties; zero
	// when it is not signed.
	Signed gdpr.Date `json:"signed,omitzero"`
	// Start is the first day of the processing under the agreement.
	Start gdpr.Date `json:"start,omitzero"`
	// End is the day the agreement ends, when it is for a fixed term.
	End gdpr.Date `json:"end,omitzero"`
	// Indefinite reports that the agreement runs until terminated.
	Indefinite bool `json:"indefinite,omitempty"`
	// ProcessingEnded is the day the processor stopped processing; zero
	// while it goes on. From that day the agreement's only findings are
	// about the end: the return or deletion of the data, until it is
	// confirmed (GDPR art. 28(3)(g)).
	ProcessingEnded gdpr.Date `json:"processingEnded,omitzero"`
	// Deletion is what the processor did with the data at the end of the
	// processing, and when it confirmed it.
	Deletion Deletion `json:"deletion,omitzero"`
	// Systems are the IT systems or services the agreement covers
	// ("SBSYS", "Microsoft 365").
	Systems []string `json:"systems,omitempty"`
	// Records are the IDs of the records of processing (package ropa)
	// the agreement serves.
	Records []string `json:"records,omitempty"`
	// SubjectMatter is the subject matter of the processing (art. 28(3)).
	SubjectMatter string `json:"subjectMatter,omitempty"`
	// Nature is the nature of the processing (hosting, case handling,
	// payroll).
	Nature string `json:"nature,omitempty"`
	// Purpose is the purpose of the processing.
	Purpose string `json:"purpose,omitempty"`
	// DataTypes are the types of personal data the agreement lists.
	DataTypes []gdpr.DataType `json:"dataTypes,omitempty"`
	// Subjects are the categories of data subjects it lists.
	Subjects []gdpr.DataSubjectCategory `json:"subjects,omitempty"`
	// Clauses is the art. 28(3) checklist: true for a clause the agreement
	// contains, false (or absent) for one it lacks.
	Clauses map[Clause]bool `json:"clauses,omitempty"`
	// Authorisation is the agreement's terms for sub-processors.
	Authorisation Authorisation `json:"authorisation,omitzero"`
	// OwnUse records whether the processor uses data for its own purposes.
	OwnUse OwnUse `json:"ownUse,omitzero"`
	// Locations are where the processor itself processes, stores,
	// supports or reads the data. When empty, the data is taken to be
	// where the processor is established, with processing access.
	Locations []Location `json:"locations,omitempty"`
	// SubProcessors are the processor's sub-processors, each with its own.
	SubProcessors []SubProcessor `json:"subProcessors,omitempty"`
	// Plan is the plan for supervising the processor.
	Plan Plan `json:"plan,omitzero"`
	// Supervisions are the records of the supervisions done.
	Supervisions []Supervision `json:"supervisions,omitempty"`
	// Changes are the changes of sub-processors the processor announced.
	Changes []Change `json:"changes,omitempty"`
}

// Validate reports every problem of a at once as [gdpr.Problems], with
// field paths such as "subProcessors[1].locations[0].basis.tia.date":
// missing IDs and names, unknown codes (also as checklist keys), dates
// that are not calendar days or are in an impossible order, IDs used twice
// in the sub-processor tree, a tree deeper than [MaxDepth], and details
// that contradict each other. What decoding accepts, Validate checks.
func (a Agreement) Validate() error {
	var ps gdpr.Problems
	switch id := strings.TrimSpace(a.ID); {
	case id == "":
		ps.Add("id", gdpr.CodeRequired, "an agreement needs an ID")
	case id != a.ID:
		ps.Add("id", gdpr.CodeMalformed, "an ID has no leading or trailing spaces")
	}
	ps.Merge("controller", a.Controller.Validate())
	ps.Merge("processor", a.Processor.Validate())
	if a.Template != 0 && !a.Template.Valid() {
		ps.Add("template", gdpr.CodeUnknown, "unknown template "+a.Template.String())
	}
	checkDate(&ps, "signed", a.Signed, false)
	checkDate(&ps, "start", a.Start, false)
	checkDate(&ps, "end", a.End, false)
	checkDate(&ps, "processingEnded", a.ProcessingEnded, false)
	checkOrder(&ps, "end", a.Start, a.End, "the agreement ends before it starts")
	checkOrder(&ps, "processingEnded", a.Start, a.ProcessingEnded, "the processing ended before it started")
	ps.Merge("deletion", a.Deletion.Validate())
	if !a.Deletion.Confirmed.IsZero() && a.ProcessingEnded.IsZero() {
		ps.Add("deletion.confirmed", gdpr.CodeConflict, "a return or deletion is confirmed for processing that has not ended")
	}
	checkOrder(&ps, "deletion.confirmed", a.Start, a.Deletion.Confirmed, "the return or deletion was confirmed before the processing started")
	if a.Indefinite && !a.End.IsZero() {
		ps.Add("end", gdpr.CodeConflict, "an indefinite agreement has no end date")
	}
	checkStrings(&ps, "systems", a.Systems, "a system needs a name")
	checkStrings(&ps, "records", a.Records, "a record ID is empty")
	seen := make(map[gdpr.DataType]bool, len(a.DataTypes))
	for i, t := range a.DataTypes {
		switch {
		case !t.Valid():
			ps.Add(indexPath("dataTypes", i), gdpr.CodeUnknown, "unknown data type "+enum.Quote(string(t)))
		case seen[t]:
			ps.Add(indexPath("dataTypes", i), gdpr.CodeDuplicate, "data type "+string(t)+" is listed twice")
		}
		seen[t] = true
	}
	for i, s := range a.Subjects {
		ps.Merge(indexPath("subjects", i), s.Validate())
	}
	for c := range a.Clauses {
		if !c.Valid() {
			ps.Add("clauses", gdpr.CodeUnknown, "unknown clause "+c.String())
		}
	}
	ps.Merge("authorisation", a.Authorisation.Validate())
	ps.Merge("ownUse", a.OwnUse.Validate())
	for i := range a.Locations {
		ps.Merge(indexPath("locations", i), a.Locations[i].Validate())
	}
	ids := make(map[string]bool)
	for i := range a.SubProcessors {
		ps.Merge(indexPath("subProcessors", i), a.SubProcessors[i].validate(1, ids))
	}
	ps.Merge("plan", a.Plan.Validate())
	for i := range a.Supervisions {
		ps.Merge(indexPath("supervisions", i), a.Supervisions[i].Validate())
	}
	for i := range a.Changes {
		ps.Merge(indexPath("changes", i), a.Changes[i].Validate())
	}
	return ps.Err()
}

// LogValue logs what identifies the agreement and its size, never a
// contact point or free text: id, processor (an organisation), template,
// the numbers of systems and sub-processors at the first level, and the
// latest supervision.
func (a Agreement) LogValue() slog.Value {
	last, _ := a.LastSupervision()
	template := ""
	if a.Template != 0 {
		template = a.Template.String()
	}
	return slog.GroupValue(
		slog.String("id", a.ID),
		slog.String("processor", a.Processor.Name),
		slog.String("template", template),
		slog.Int("systems", len(a.Systems)),
		slog.Int("subProcessors", len(a.SubProcessors)),
		slog.String("lastSupervision", formatDate(last.Date)),
	)
}

// checkStrings reports empty entries of a list of names or IDs, and
// entries listed twice.
func checkStrings(ps *gdpr.Problems, path string, list []string, msg string) {
	for i, s := range list {
		if strings.TrimSpace(s) == "" {
			ps.Add(indexPath(path, i), gdpr.CodeRequired, msg)
			continue
		}
		for _, t := range list[:i] {
			if t == s {
				ps.Add(indexPath(path, i), gdpr.CodeDuplicate, "listed twice")
				break
			}
		}
	}
}

// LastSupervision returns the record of the latest supervision (by date),
// and false when there is none.
func (a Agreement) LastSupervision() (Supervision, bool) { return a.lastSupervision(gdpr.Date{}) }

// lastSupervision is [Agreement.LastSupervision] among the supervisions
// done on or before day (all of them when day is zero): a record dated
// after the day of a check is not done yet on that day.
func (a Agreement) lastSupervision(day gdpr.Date) (Supervision, bool) {
	best := -1
	for i := range a.Supervisions {
		d := a.Supervisions[i].Date
		if !day.IsZero() && d.After(day) {
			continue
		}
		if best < 0 || d.After(a.Supervisions[best].Date) {
			best = i
		}
	}
	if best < 0 {
		return Supervision{}, false
	}
	return a.Supervisions[best], true
}

// NextSupervision returns the day the next supervision is due: the plan's
// interval in months after the latest supervision, or, before the first,
// after the start of the processing (the signing day when the start is not
// recorded). Months are counted as Regulation 1182/71 counts them (31
// January + 1 month is the end of February); a due day is not moved off
// weekends or holidays, as a plan is no procedural time limit. It is the
// zero Date when the plan has no interval or there is no day to count
// from. [Agreement.Check] and [Register.SupervisionDue] count only the
// supervisions dated on or before their day.
func (a Agreement) NextSupervision() gdpr.Date { return a.nextSupervision(gdpr.Date{}) }

// nextSupervision is [Agreement.NextSupervision] counting the supervisions
// done on or before day (all of them when day is zero).
func (a Agreement) nextSupervision(day gdpr.Date) gdpr.Date {
	if a.Plan.IntervalMonths <= 0 || a.Plan.IntervalMonths > MaxIntervalMonths {
		return gdpr.Date{}
	}
	base := gdpr.Date{}
	if last, ok := a.lastSupervision(day); ok {
		base = last.Date
	}
	if base.IsZero() {
		base = a.Start
	}
	if base.IsZero() {
		base = a.Signed
	}
	if base.IsZero() || !base.Valid() {
		return gdpr.Date{}
	}
	return base.AddMonths(a.Plan.IntervalMonths) // never time.AddDate: 31 January + 1 month is the end of February
}

// ended reports whether the processing has ended on or before day.
func (a Agreement) ended(day gdpr.Date) bool {
	return !a.ProcessingEnded.IsZero() && !a.ProcessingEnded.After(day)
}

// started reports whether the processing has started on or before day; an
// agreement without a start day is taken to be in force.
func (a Agreement) started(day gdpr.Date) bool { return a.Start.IsZero() || !a.Start.After(day) }

// walk calls f for every sub-processor of a, depth first in order, with
// the chain of sub-processors from the processor's own down to it (the
// last element is the sub-processor itself). The chain is reused between
// calls: copy it to keep it. Sub-processors deeper than [MaxDepth] are not
// visited.
func (a Agreement) walk(f func(chain []*SubProcessor)) {
	var chain []*SubProcessor
	var visit func(list []SubProcessor)
	visit = func(list []SubProcessor) {
		for i := range list {
			chain = append(chain, &list[i])
			f(chain)
			if len(chain) < MaxDepth {
				visit(list[i].SubProcessors)
			}
			chain = chain[:len(chain)-1]
		}
	}
	visit(a.SubProcessors)
}
