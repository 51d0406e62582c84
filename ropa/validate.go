package ropa

import (
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Validate reports every malformed value in the record at once, as
// [gdpr.Problems] with field paths such as "purposes[1].legalBases[0]":
// a missing ID or name, unknown codes, impossible dates and counts, a
// duplicate purpose id or processor name, a sub-processor under a
// processor the record does not name, a data type given two erasure time
// limits. errors.Is(err, gdpr.ErrInvalid) holds for the error.
//
// What the GDPR says is missing (no controller, no legal basis, no erasure
// time limit, ...) is not an error: see [Record.Check].
func (r Record) Validate() error {
	var ps gdpr.Problems
	r.validate(&ps)
	return ps.Err()
}

func (r Record) validate(ps *gdpr.Problems) {
	requiredLine(ps, "id", r.ID)
	requiredLine(ps, "name", r.Name)
	validEnum(ps, "status", r.Status)
	validParty(ps, "controller", r.Controller)
	for i, p := range r.JointControllers {
		path := index("jointControllers", i)
		if strings.TrimSpace(p.Name) == "" {
			ps.Add(gdpr.JoinPath(path, "name"), gdpr.CodeRequired, "a joint controller needs a name")
		}
		validParty(ps, path, p)
	}
	validParty(ps, "representative", r.Representative)
	validParty(ps, "dpo", r.DPO)

	var purposeIDs uniq[string]
	for i, p := range r.Purposes {
		path := index("purposes", i)
		requiredText(ps, gdpr.JoinPath(path, "description"), p.Description)
		singleLine(ps, gdpr.JoinPath(path, "id"), p.ID)
		if p.ID != "" && !purposeIDs.add(p.ID) {
			ps.Add(gdpr.JoinPath(path, "id"), gdpr.CodeDuplicate, "purpose id "+enum.Quote(p.ID)+" is used twice")
		}
		for j, k := range p.Kinds {
			requiredEnum(ps, index(gdpr.JoinPath(path, "kinds"), j), k)
		}
		for j, b := range p.LegalBases {
			validBasis(ps, index(gdpr.JoinPath(path, "legalBases"), j), b)
		}
		for j, k := range p.KLE {
			if k.IsZero() {
				ps.Add(index(gdpr.JoinPath(path, "kle"), j), gdpr.CodeRequired, "empty KLE number")
			}
		}
		validDay(ps, gdpr.JoinPath(path, "ended"), p.Ended)
	}
	validEnum(ps, "beyondNecessary", r.BeyondNecessary)

	for i, s := range r.Subjects {
		path := index("subjects", i)
		ps.Merge(gdpr.JoinPath(path, "category"), s.Category.Validate())
		validTypes(ps, gdpr.JoinPath(path, "dataTypes"), s.DataTypes)
	}
	if r.SubjectsPerYear < 0 {
		ps.Add("subjectsPerYear", gdpr.CodeOutOfRange, "the number of data subjects cannot be negative")
	}
	validEnum(ps, "volume", r.Volume)
	validEnum(ps, "classified", r.Classified)

	for i, s := range r.Collection {
		requiredEnum(ps, index("collection", i), s)
	}
	for i, t := range r.Technologies {
		path := gdpr.JoinPath(index("technologies", i), "technology")
		requiredEnum(ps, path, t.Technology)
		if t.Technology == gdpr.TrackingData || t.Technology == gdpr.Combination {
			ps.Add(path, gdpr.CodeUnsupported, "questions 2.1 and 2.14 are answered by collection and matching")
		}
	}
	validEnum(ps, "matching", r.Matching)
	validEnum(ps, "automatedDecisions", r.AutomatedDecisions)
	for i, o := range r.Operations {
		requiredEnum(ps, index("operations", i), o)
	}

	for i, x := range r.Recipients {
		path := index("recipients", i)
		validEnum(ps, gdpr.JoinPath(path, "category"), x.Category)
		if x.Category == 0 && strings.TrimSpace(x.Name) == "" {
			ps.Add(path, gdpr.CodeRequired, "a recipient needs a category or a name")
		}
		for j, b := range x.LegalBases {
			validBasis(ps, index(gdpr.JoinPath(path, "legalBases"), j), b)
		}
	}
	for i, t := range r.Transfers {
		path := index("transfers", i)
		if t.Country.IsZero() {
			ps.Add(gdpr.JoinPath(path, "country"), gdpr.CodeRequired, "a transfer needs a country")
		}
		validEnum(ps, gdpr.JoinPath(path, "safeguard"), t.Safeguard)
	}
	r.validateRetention(ps)
	for i, c := range r.Channels {
		requiredEnum(ps, gdpr.JoinPath(index("channels", i), "kind"), c.Kind)
	}
	for i, s := range r.Systems {
		requiredLine(ps, index("systems", i), s)
	}
	r.validateProcessors(ps)

	validDay(ps, "lastReview", r.LastReview)
	validPeriod(ps, "reviewInterval", r.ReviewInterval)
}

func (r Record) validateRetention(ps *gdpr.Problems) {
	defaults := 0
	first := map[gdpr.DataType]int{} // the entry that names a type first
	for i, e := range r.Retention {
		path := index("retention", i)
		validTypes(ps, gdpr.JoinPath(path, "dataTypes"), e.DataTypes)
		if len(e.DataTypes) == 0 {
			defaults++
			if defaults == 2 {
				ps.Add(gdpr.JoinPath(path, "dataTypes"), gdpr.CodeDuplicate, "only one erasure time limit can leave its data types empty (the default)")
			}
		}
		for j, t := range e.DataTypes {
			if t == "" {
				continue
			}
			other, seen := first[t]
			switch {
			case !seen:
				first[t] = i
			case other < i:
				ps.Add(index(gdpr.JoinPath(path, "dataTypes"), j), gdpr.CodeDuplicate,
					"data type "+enum.Quote(string(t))+" already has an erasure time limit in retention["+strconv.Itoa(other)+"]")
			}
		}
		validPeriod(ps, gdpr.JoinPath(path, "period"), e.Period)
		validEnum(ps, gdpr.JoinPath(path, "trigger"), e.Trigger)
		validEnum(ps, gdpr.JoinPath(path, "archive"), e.Archive)
		if e.Period.IsZero() && strings.TrimSpace(e.Note) == "" && e.Archive == 0 {
			ps.Add(path, gdpr.CodeRequired, "an erasure time limit needs a period, an archive code or a note")
		}
	}
}

// retentionIndex finds the first retention entry that names a data type.
type retentionIndex struct {
	r     *Record
	first map[gdpr.DataType]int // nil for a short list, searched in place
}

// retentionIndexer returns an index of r's retention entries by data type.
func (r *Record) retentionIndexer() retentionIndex {
	n := 0
	for i := range r.Retention {
		n += len(r.Retention[i].DataTypes)
	}
	x := retentionIndex{r: r}
	if n <= uniqScanMax {
		return x
	}
	x.first = make(map[gdpr.DataType]int, n)
	for i := range r.Retention {
		for _, t := range r.Retention[i].DataTypes {
			if _, ok := x.first[t]; !ok {
				x.first[t] = i
			}
		}
	}
	return x
}

// find returns the index of the first entry naming t, or -1.
func (x retentionIndex) find(t gdpr.DataType) int {
	if x.first != nil {
		if i, ok := x.first[t]; ok {
			return i
		}
		return -1
	}
	for i := range x.r.Retention {
		for _, u := range x.r.Retention[i].DataTypes {
			if u == t {
				return i
			}
		}
	}
	return -1
}

func (r Record) validateProcessors(ps *gdpr.Problems) {
	byName := make(map[string]int, len(r.Processors)) // normalised name -> first index
	for i, p := range r.Processors {
		path := index("processors", i)
		requiredLine(ps, gdpr.JoinPath(path, "name"), p.Name)
		singleLine(ps, gdpr.JoinPath(path, "agreementId"), p.AgreementID)
		if p.Name != "" {
			if _, dup := byName[normName(p.Name)]; dup {
				ps.Add(gdpr.JoinPath(path, "name"), gdpr.CodeDuplicate, "processor name "+enum.Quote(p.Name)+" is used twice")
			} else {
				byName[normName(p.Name)] = i
			}
		}
		for j, c := range p.Countries {
			if c.IsZero() {
				ps.Add(index(gdpr.JoinPath(path, "countries"), j), gdpr.CodeRequired, "empty country")
			}
		}
	}
	// parent[i] is the index of the processor i works under, or -1.
	parent := make([]int, len(r.Processors))
	for i, p := range r.Processors {
		parent[i] = -1
		if p.Under == "" {
			continue
		}
		under := gdpr.JoinPath(index("processors", i), "under")
		k, ok := byName[normName(p.Under)]
		switch {
		case sameName(p.Under, p.Name):
			ps.Add(under, gdpr.CodeConflict, "a processor cannot be its own sub-processor")
		case !ok:
			ps.Add(under, gdpr.CodeUnknown, "no processor named "+enum.Quote(p.Under)+" in the record")
		default:
			parent[i] = k
		}
	}
	// Mark the processors on a cycle of sub-processors: walk up from each,
	// colouring as we go, so every processor is visited a bounded number of
	// times.
	const (
		unseen = iota
		walking
		done
	)
	state := make([]uint8, len(parent))
	onCycle := make([]bool, len(parent))
	for i := range parent {
		var path []int
		j := i
		for j >= 0 && state[j] == unseen {
			state[j] = walking
			path = append(path, j)
			j = parent[j]
		}
		if j >= 0 && state[j] == walking { // found a new cycle starting at j
			for k := len(path) - 1; k >= 0; k-- {
				onCycle[path[k]] = true
				if path[k] == j {
					break
				}
			}
		}
		for _, k := range path {
			state[k] = done
		}
	}
	for i, c := range onCycle {
		if c {
			ps.Add(gdpr.JoinPath(index("processors", i), "under"), gdpr.CodeConflict, "the chain of sub-processors is a cycle")
		}
	}
}

// normName is a name as people compare names: without surrounding space,
// in lower case.
func normName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// sameName compares names as people read them: ignoring case and
// surrounding space.
func sameName(a, b string) bool { return normName(a) == normName(b) }

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// requiredText reports blank text.
func requiredText(ps *gdpr.Problems, path, s string) {
	if strings.TrimSpace(s) == "" {
		ps.Add(path, gdpr.CodeRequired, "must not be empty")
	}
}

// requiredLine reports blank text and text holding a line break: ids and
// names.
func requiredLine(ps *gdpr.Problems, path, s string) {
	if strings.TrimSpace(s) == "" {
		ps.Add(path, gdpr.CodeRequired, "must not be empty")
		return
	}
	singleLine(ps, path, s)
}

// singleLine reports identifiers and names holding a line break.
func singleLine(ps *gdpr.Problems, path, s string) {
	if strings.ContainsAny(s, "\r\n") {
		ps.Add(path, gdpr.CodeMalformed, "must not hold a line break")
	}
}

type validator interface {
	Valid() bool
	String() string
}

// validEnum reports a set value that is not valid; zero is allowed.
func validEnum[T interface {
	~uint8
	validator
}](ps *gdpr.Problems, path string, v T) {
	if v != 0 && !v.Valid() {
		ps.Add(path, gdpr.CodeUnknown, "unknown value "+v.String())
	}
}

// requiredEnum reports a zero or invalid value.
func requiredEnum[T interface {
	~uint8
	validator
}](ps *gdpr.Problems, path string, v T) {
	if v == 0 {
		ps.Add(path, gdpr.CodeRequired, "must be set")
		return
	}
	validEnum(ps, path, v)
}

func validBasis(ps *gdpr.Problems, path string, b gdpr.LegalBasis) {
	switch {
	case b == "":
		ps.Add(path, gdpr.CodeRequired, "empty legal basis")
	case !b.Valid():
		ps.Add(path, gdpr.CodeUnknown, "unknown legal basis "+enum.Quote(string(b)))
	}
}

func validTypes(ps *gdpr.Problems, path string, types []gdpr.DataType) {
	var seen uniq[gdpr.DataType]
	for i, t := range types {
		p := index(path, i)
		switch {
		case t == "":
			ps.Add(p, gdpr.CodeRequired, "empty data type")
		case !t.Valid():
			ps.Add(p, gdpr.CodeUnknown, "unknown data type "+enum.Quote(string(t)))
		case !seen.add(t):
			ps.Add(p, gdpr.CodeDuplicate, "data type "+enum.Quote(string(t))+" is listed twice")
		}
	}
}

func validParty(ps *gdpr.Problems, path string, p Party) {
	for _, f := range [...]struct{ name, value string }{
		{"name", p.Name}, {"email", p.Email}, {"phone", p.Phone}, // an address may take several lines
	} {
		singleLine(ps, gdpr.JoinPath(path, f.name), f.value)
	}
}

func validDay(ps *gdpr.Problems, path string, d gdpr.Date) {
	if !d.IsZero() && !d.Valid() {
		ps.Add(path, gdpr.CodeMalformed, "no such day")
	}
}

func validPeriod(ps *gdpr.Problems, path string, p Period) {
	if !p.IsZero() && !p.Valid() {
		ps.Add(path, gdpr.CodeOutOfRange, "a period needs a count from 1 to 9999 and a unit")
	}
}
