package ropa

import (
	"slices"
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
	(&r).validate(&ps, nil, nil)
	return ps.Err()
}

// validate appends r's problems to ps. bases and types, when not nil,
// remember the legal bases and data types found valid across the records
// of a register.
func (r *Record) validate(ps *gdpr.Problems, bases known[gdpr.LegalBasis], types known[gdpr.DataType]) {
	requiredLine(ps, at("id"), r.ID)
	requiredLine(ps, at("name"), r.Name)
	validEnum(ps, at("status"), r.Status)
	validParty(ps, at("controller"), &r.Controller)
	for i := range r.JointControllers {
		p := &r.JointControllers[i]
		path := at("jointControllers").index(i)
		if strings.TrimSpace(p.Name) == "" {
			ps.Add(path.field("name").String(), gdpr.CodeRequired, "a joint controller needs a name")
		}
		validParty(ps, path, p)
	}
	validParty(ps, at("representative"), &r.Representative)
	validParty(ps, at("dpo"), &r.DPO)

	var purposeIDs uniq[string] // for a long list; a short one is searched in place
	for i, p := range r.Purposes {
		path := at("purposes").index(i)
		requiredText(ps, path.field("description"), p.Description)
		singleLine(ps, path.field("id"), p.ID)
		if p.ID != "" && (len(r.Purposes) <= uniqScanMax && r.purposeIndex(p.ID) < i ||
			len(r.Purposes) > uniqScanMax && !purposeIDs.add(p.ID)) {
			ps.Add(path.field("id").String(), gdpr.CodeDuplicate, "purpose id "+enum.Quote(p.ID)+" is used twice")
		}
		requiredEnums(ps, path.field("kinds"), p.Kinds)
		validBases(ps, path.field("legalBases"), p.LegalBases, bases)
		for j, k := range p.KLE {
			if k.IsZero() {
				ps.Add(path.field("kle").index(j).String(), gdpr.CodeRequired, "empty KLE number")
			}
		}
		validDay(ps, path.field("ended"), p.Ended)
	}
	validEnum(ps, at("beyondNecessary"), r.BeyondNecessary)
	validEnum(ps, at("publicPowers"), r.PublicPowers)

	for i, s := range r.Subjects {
		path := at("subjects").index(i)
		if err := s.Category.Validate(); err != nil {
			ps.Merge(path.field("category").String(), err)
		}
		validTypes(ps, path.field("dataTypes"), s.DataTypes, types)
	}
	if r.SubjectsPerYear < 0 {
		ps.Add("subjectsPerYear", gdpr.CodeOutOfRange, "the number of data subjects cannot be negative")
	}
	validEnum(ps, at("volume"), r.Volume)
	validEnum(ps, at("classified"), r.Classified)

	requiredEnums(ps, at("collection"), r.Collection)
	for i, t := range r.Technologies {
		path := at("technologies").index(i).field("technology")
		requiredEnum(ps, path, t.Technology)
		if t.Technology == gdpr.TrackingData || t.Technology == gdpr.Combination {
			ps.Add(path.String(), gdpr.CodeUnsupported, "questions 2.1 and 2.14 are answered by collection and matching")
		}
	}
	validEnum(ps, at("matching"), r.Matching)
	validEnum(ps, at("automatedDecisions"), r.AutomatedDecisions)
	requiredEnums(ps, at("operations"), r.Operations)

	for i, x := range r.Recipients {
		path := at("recipients").index(i)
		validEnum(ps, path.field("category"), x.Category)
		validDestination(ps, path, x.Country, x.Organisation, false)
		if x.Category == 0 && strings.TrimSpace(x.Name) == "" {
			ps.Add(path.String(), gdpr.CodeRequired, "a recipient needs a category or a name")
		}
		validBases(ps, path.field("legalBases"), x.LegalBases, bases)
	}
	for i, t := range r.Transfers {
		path := at("transfers").index(i)
		validDestination(ps, path, t.Country, t.Organisation, true)
		validEnum(ps, path.field("safeguard"), t.Safeguard)
	}
	if r.NoRecipients && len(r.Recipients) > 0 {
		ps.Add("noRecipients", gdpr.CodeConflict, "no recipients is stated, but recipients are listed")
	}
	if r.NoTransfers && len(r.Transfers) > 0 {
		ps.Add("noTransfers", gdpr.CodeConflict, "no transfers is stated, but transfers are listed")
	}
	r.validateRetention(ps, types)
	for i := range r.Channels {
		if k := r.Channels[i].Kind; k == 0 || !k.Valid() { // the path only for a problem
			requiredEnum(ps, at("channels").index(i).field("kind"), k)
		}
	}
	for i, s := range r.Systems {
		if !goodLine(s) { // the path only for a problem
			requiredLine(ps, at("systems").index(i), s)
		}
	}
	r.validateProcessors(ps)

	validDay(ps, at("lastReview"), r.LastReview)
	validPeriod(ps, at("reviewInterval"), r.ReviewInterval)
}

func (r *Record) validateRetention(ps *gdpr.Problems, types known[gdpr.DataType]) {
	defaults := 0
	first := r.retentionIndexer() // the entry that names a type first
	for i, e := range r.Retention {
		path := at("retention").index(i)
		validTypes(ps, path.field("dataTypes"), e.DataTypes, types)
		if len(e.DataTypes) == 0 {
			defaults++
			if defaults == 2 {
				ps.Add(path.field("dataTypes").String(), gdpr.CodeDuplicate, "only one erasure time limit can leave its data types empty (the default)")
			}
		}
		for j, t := range e.DataTypes {
			if t == "" {
				continue
			}
			if other := first.find(t); other >= 0 && other < i {
				ps.Add(path.field("dataTypes").index(j).String(), gdpr.CodeDuplicate,
					"data type "+enum.Quote(string(t))+" already has an erasure time limit in retention["+strconv.Itoa(other)+"]")
			}
		}
		validPeriod(ps, path.field("period"), e.Period)
		validEnum(ps, path.field("trigger"), e.Trigger)
		validEnum(ps, path.field("archive"), e.Archive)
		if e.Period.IsZero() && strings.TrimSpace(e.Note) == "" && e.Archive == 0 {
			ps.Add(path.String(), gdpr.CodeRequired, "an erasure time limit needs a period, an archive code or a note")
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

func (r *Record) validateProcessors(ps *gdpr.Problems) {
	// byName maps a normalised name to its first processor; a short list
	// is searched in place instead.
	var byName map[string]int
	if len(r.Processors) > uniqScanMax {
		byName = make(map[string]int, len(r.Processors))
	}
	firstNamed := func(name string, before int) (int, bool) {
		if byName != nil {
			k, ok := byName[normName(name)]
			return k, ok && k < before
		}
		for k := range r.Processors[:before] {
			if sameName(r.Processors[k].Name, name) {
				return k, true
			}
		}
		return 0, false
	}
	subs := false
	for i, p := range r.Processors {
		path := at("processors").index(i)
		requiredLine(ps, path.field("name"), p.Name)
		singleLine(ps, path.field("agreementId"), p.AgreementID)
		if p.Name != "" {
			if _, dup := firstNamed(p.Name, i); dup {
				ps.Add(path.field("name").String(), gdpr.CodeDuplicate, "processor name "+enum.Quote(p.Name)+" is used twice")
			} else if byName != nil {
				byName[normName(p.Name)] = i
			}
		}
		for j, c := range p.Countries {
			if c.IsZero() {
				ps.Add(path.field("countries").index(j).String(), gdpr.CodeRequired, "empty country")
			}
		}
		for j, o := range p.Organisations {
			if !o.Valid() {
				ps.Add(path.field("organisations").index(j).String(), gdpr.CodeUnknown, "unknown international organisation "+o.String())
			}
		}
		subs = subs || p.Under != ""
	}
	if !subs {
		return
	}
	// parent[i] is the index of the processor i works under, or -1. A
	// short list keeps its bookkeeping on the stack.
	n := len(r.Processors)
	var parentBuf [uniqScanMax]int
	var stateBuf [uniqScanMax]uint8
	var cycleBuf [uniqScanMax]bool
	var pathBuf [uniqScanMax]int
	var parent []int
	var state []uint8
	var onCycle []bool
	if n <= uniqScanMax {
		parent, state, onCycle = parentBuf[:n], stateBuf[:n], cycleBuf[:n]
	} else {
		parent, state, onCycle = make([]int, n), make([]uint8, n), make([]bool, n)
	}
	for i, p := range r.Processors {
		parent[i] = -1
		if p.Under == "" {
			continue
		}
		under := at("processors").index(i).field("under")
		k, ok := firstNamed(p.Under, len(r.Processors))
		switch {
		case sameName(p.Under, p.Name):
			ps.Add(under.String(), gdpr.CodeConflict, "a processor cannot be its own sub-processor")
		case !ok:
			ps.Add(under.String(), gdpr.CodeUnknown, "no processor named "+enum.Quote(p.Under)+" in the record")
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
	for i := range parent {
		path := pathBuf[:0]
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
			ps.Add(at("processors").index(i).field("under").String(), gdpr.CodeConflict, "the chain of sub-processors is a cycle")
		}
	}
}

// normName is a name as people compare names: without surrounding space,
// in lower case.
func normName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// sameName compares names as people read them: ignoring case and
// surrounding space.
func sameName(a, b string) bool { return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) }

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// fpath is a field path ("purposes[1].legalBases[0]") that becomes a
// string only when a problem is reported, so that validating a clean
// record builds no path. It holds up to four names, each with an optional
// index; deeper paths keep their first four names.
type fpath struct {
	n    int
	name [4]string
	idx  [4]int // -1: no index
}

// at returns the path of the field name at the top level.
func at(name string) fpath { return fpath{}.field(name) }

// field returns the path of the field name inside p.
func (p fpath) field(name string) fpath {
	if p.n < len(p.name) {
		p.name[p.n], p.idx[p.n] = name, -1
		p.n++
	}
	return p
}

// index returns the path of element i of the list at p.
func (p fpath) index(i int) fpath {
	if p.n > 0 {
		p.idx[p.n-1] = i
	}
	return p
}

// String returns the path as text.
func (p fpath) String() string {
	var b strings.Builder
	for k := range p.n {
		if k > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.name[k])
		if p.idx[k] >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(p.idx[k]))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// requiredText reports blank text.
func requiredText(ps *gdpr.Problems, path fpath, s string) {
	if strings.TrimSpace(s) == "" {
		ps.Add(path.String(), gdpr.CodeRequired, "must not be empty")
	}
}

// requiredLine reports blank text and text holding a line break: ids and
// names.
func requiredLine(ps *gdpr.Problems, path fpath, s string) {
	if strings.TrimSpace(s) == "" {
		ps.Add(path.String(), gdpr.CodeRequired, "must not be empty")
		return
	}
	singleLine(ps, path, s)
}

// goodLine reports whether requiredLine finds nothing wrong with s.
func goodLine(s string) bool { return strings.TrimSpace(s) != "" && !strings.ContainsAny(s, "\r\n") }

// singleLine reports identifiers and names holding a line break.
func singleLine(ps *gdpr.Problems, path fpath, s string) {
	if strings.ContainsAny(s, "\r\n") {
		ps.Add(path.String(), gdpr.CodeMalformed, "must not hold a line break")
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
}](ps *gdpr.Problems, path fpath, v T) {
	if v != 0 && !v.Valid() {
		ps.Add(path.String(), gdpr.CodeUnknown, "unknown value "+v.String())
	}
}

// requiredEnum reports a zero or invalid value.
func requiredEnum[T interface {
	~uint8
	validator
}](ps *gdpr.Problems, path fpath, v T) {
	if v == 0 {
		ps.Add(path.String(), gdpr.CodeRequired, "must be set")
		return
	}
	validEnum(ps, path, v)
}

// requiredEnums reports each zero or invalid value of the list at path;
// the path of an element is built only for a problem.
func requiredEnums[T interface {
	~uint8
	validator
}](ps *gdpr.Problems, path fpath, list []T) {
	for i, v := range list {
		if v == 0 || !v.Valid() {
			requiredEnum(ps, path.index(i), v)
		}
	}
}

// known is the set of codes (legal bases, data types) found valid while
// validating a register, whose records repeat a few dozen of them: looking
// one up costs less than their Valid methods, which scan a table.
type known[T interface {
	~string
	Valid() bool
}] map[T]struct{}

// valid reports whether v is valid, as v.Valid does. A nil set asks v.
func (k known[T]) valid(v T) bool {
	if k == nil {
		return v.Valid()
	}
	if _, ok := k[v]; ok {
		return true
	}
	if !v.Valid() {
		return false
	}
	k[v] = struct{}{}
	return true
}

// validBases reports each empty or unknown legal basis of the list at
// path; the path of an element is built only for a problem. valid may be
// nil.
func validBases(ps *gdpr.Problems, path fpath, bases []gdpr.LegalBasis, valid known[gdpr.LegalBasis]) {
	for i, b := range bases {
		switch {
		case b == "":
			ps.Add(path.index(i).String(), gdpr.CodeRequired, "empty legal basis")
		case !valid.valid(b):
			ps.Add(path.index(i).String(), gdpr.CodeUnknown, "unknown legal basis "+enum.Quote(string(b)))
		}
	}
}

// validTypes reports each empty, unknown or repeated data type of the
// list at path. valid may be nil.
func validTypes(ps *gdpr.Problems, path fpath, types []gdpr.DataType, valid known[gdpr.DataType]) {
	var seen uniq[gdpr.DataType] // for a long list; a short one is searched in place
	for i, t := range types {
		switch {
		case t == "":
			ps.Add(path.index(i).String(), gdpr.CodeRequired, "empty data type")
		case !valid.valid(t):
			ps.Add(path.index(i).String(), gdpr.CodeUnknown, "unknown data type "+enum.Quote(string(t)))
		case len(types) <= uniqScanMax && slices.Contains(types[:i], t),
			len(types) > uniqScanMax && !seen.add(t):
			ps.Add(path.index(i).String(), gdpr.CodeDuplicate, "data type "+enum.Quote(string(t))+" is listed twice")
		}
	}
}

func validParty(ps *gdpr.Problems, path fpath, p *Party) {
	// An address may take several lines. A personal text is unmasked only
	// when it is not empty.
	singleLine(ps, path.field("name"), p.Name)
	if !p.Email.IsZero() {
		singleLine(ps, path.field("email"), p.Email.Reveal())
	}
	if !p.Phone.IsZero() {
		singleLine(ps, path.field("phone"), p.Phone.Reveal())
	}
}

func validDay(ps *gdpr.Problems, path fpath, d gdpr.Date) {
	if !d.IsZero() && !d.Valid() {
		ps.Add(path.String(), gdpr.CodeMalformed, "no such day")
	}
}

func validPeriod(ps *gdpr.Problems, path fpath, p Period) {
	if !p.IsZero() && !p.Valid() {
		ps.Add(path.String(), gdpr.CodeOutOfRange, "a period needs a count from 1 to 9999 and a unit")
	}
}

// validDestination reports a destination that is both a country and an
// international organisation, an unknown organisation, and, when required,
// neither.
func validDestination(ps *gdpr.Problems, path fpath, c gdpr.Country, o gdpr.InternationalOrganisation, required bool) {
	switch {
	case c.IsZero() && o == 0 && required:
		ps.Add(path.field("country").String(), gdpr.CodeRequired, "a transfer needs a country or an international organisation")
	case !c.IsZero() && o != 0:
		ps.Add(path.field("organisation").String(), gdpr.CodeConflict, "a country or an international organisation, not both")
	case o != 0 && !o.Valid():
		ps.Add(path.field("organisation").String(), gdpr.CodeUnknown, "unknown international organisation "+o.String())
	}
}
