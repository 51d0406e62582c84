package dpa

import (
	"cmp"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
)

// Register is the authority's register of data processing agreements: the
// complete overview of processors and sub-processors that Datatilsynet
// expects (Datatilsynet's guidance on data processors), with queries across agreements. A Register holds
// deep copies of the agreements it was made from and never changes, so it
// is safe for concurrent use; make a new one when an agreement changes.
// Lists of names come in Danish alphabetical order (æ, ø and å after z).
type Register struct {
	agreements []Agreement
	byID       map[string]int
}

// LogValue implements slog.LogValuer: the number of agreements and their
// ids, never a contact point.
func (r Register) LogValue() slog.Value {
	ids := make([]string, len(r.agreements))
	for i := range r.agreements {
		ids[i] = r.agreements[i].ID
	}
	return slog.GroupValue(slog.Int("agreements", len(r.agreements)), slog.Any("ids", ids))
}

// NewRegister validates each agreement and makes a register of copies of
// them. Invalid agreements and IDs used twice are reported together as an
// error wrapping [ErrInvalidRegister] and a [gdpr.Problems] with paths such
// as "[3].processor.name".
func NewRegister(agreements []Agreement) (*Register, error) {
	var ps gdpr.Problems
	r := &Register{agreements: make([]Agreement, len(agreements)), byID: make(map[string]int, len(agreements))}
	for i := range agreements {
		a := &agreements[i]
		ps.Merge(indexPath("", i), a.Validate())
		if j, dup := r.byID[a.ID]; dup && a.ID != "" {
			ps.Add(indexPath("", i)+".id", gdpr.CodeDuplicate, fmt.Sprintf("the ID is also used by agreement [%d]", j))
		} else {
			r.byID[a.ID] = i
		}
		r.agreements[i] = a.Clone()
	}
	if err := ps.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidRegister, err)
	}
	return r, nil
}

// Len returns the number of agreements.
func (r *Register) Len() int {
	if r == nil {
		return 0
	}
	return len(r.agreements)
}

// Agreement returns a copy of the agreement with the ID id.
func (r *Register) Agreement(id string) (Agreement, bool) {
	if r == nil {
		return Agreement{}, false
	}
	i, ok := r.byID[id]
	if !ok {
		return Agreement{}, false
	}
	return r.agreements[i].Clone(), true
}

// Agreements returns copies of every agreement, in the order given to
// [NewRegister].
func (r *Register) Agreements() []Agreement {
	if r == nil {
		return nil
	}
	out := make([]Agreement, len(r.agreements))
	for i := range r.agreements {
		out[i] = r.agreements[i].Clone()
	}
	return out
}

// ServingRecord returns the IDs of the agreements that serve the record of
// processing (package ropa) with the ID recordID, in register order.
func (r *Register) ServingRecord(recordID string) []string {
	if r == nil {
		return nil
	}
	var out []string
	for i := range r.agreements {
		if contains(r.agreements[i].Records, recordID) {
			out = append(out, r.agreements[i].ID)
		}
	}
	return out
}

// Check runs [Agreement.Check] on every agreement on the day of now, and,
// when processed is not nil, [Agreement.CheckData] with the data types
// processed returns for the agreement's records (it gets each record ID
// once per agreement, and may return nil for a record it does not know).
// The findings come in register order; each path starts with the
// agreement's place in the register, "agreements[3].subProcessors[0]...",
// as in the register's JSON: the agreement is Agreements()[3]. A register
// without findings gives an empty, non-nil slice.
func (r *Register) Check(now time.Time, processed func(recordID string) []gdpr.DataType) []gdpr.Finding {
	k := checker{day: gdpr.DateOf(now), out: []gdpr.Finding{}}
	if r == nil {
		return k.out
	}
	var types []gdpr.DataType
	for i := range r.agreements {
		a := &r.agreements[i]
		k.path = k.path[:0]
		k.push("agreements", i)
		k.agreement(a)
		if processed != nil && !a.ended(k.day) {
			types = types[:0]
			for j, id := range a.Records {
				if !contains(a.Records[:j], id) {
					types = append(types, processed(id)...)
				}
			}
			prefix := string(k.path)
			for _, f := range a.CheckData(types) {
				f.Path = gdpr.JoinPath(prefix, f.Path)
				k.out = append(k.out, f)
			}
		}
	}
	return k.out
}

// PartyUse is one processor or sub-processor across the register: which
// agreements use it, in which role, for which systems.
type PartyUse struct {
	// Party identifies it, as the first agreement in register order that
	// mentions it records it.
	Party Party `json:"party"`
	// Processor reports that it is the processor of some agreement.
	Processor bool `json:"processor"`
	// SubProcessor reports that it is a sub-processor somewhere.
	SubProcessor bool `json:"subProcessor"`
	// Agreements are the IDs of the agreements it handles data for.
	Agreements []string `json:"agreements"`
	// Systems are the systems of those agreements, in Danish order.
	Systems []string `json:"systems"`
}

// LogValue implements slog.LogValuer: the fields under their JSON names,
// the party's contact redacted.
func (u PartyUse) LogValue() slog.Value { return gdpr.LogValueOf(u) }

// partyKey identifies a party across agreements: by CVR number when it has
// one, otherwise by its name (case and spacing ignored) and country.
func partyKey(p *Party) string {
	if !p.CVR.IsZero() {
		return "cvr:" + p.CVR.String()
	}
	return "name:" + strings.ToLower(strings.Join(strings.Fields(p.Name), " ")) + "|" + p.Country.String()
}

// Parties returns every processor and sub-processor in the register with
// the agreements and systems it handles data for (GDPR art. 28; Datatilsynet's guidance on data processors:
// a complete overview of processors and sub-processors), in Danish order
// of name. Parties are the same when they have the same CVR number, or,
// without one, the same name (case and spacing ignored) and country.
func (r *Register) Parties() []PartyUse {
	if r == nil {
		return nil
	}
	var out []PartyUse
	index := make(map[string]int)
	add := func(p *Party, a *Agreement, processor bool) {
		key := partyKey(p)
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, PartyUse{Party: *p})
		}
		u := &out[i]
		if processor {
			u.Processor = true
		} else {
			u.SubProcessor = true
		}
		if n := len(u.Agreements); n == 0 || u.Agreements[n-1] != a.ID {
			u.Agreements = append(u.Agreements, a.ID)
		}
		for _, s := range a.Systems {
			if !contains(u.Systems, s) {
				u.Systems = append(u.Systems, s)
			}
		}
	}
	for i := range r.agreements {
		a := &r.agreements[i]
		add(&a.Processor, a, true)
		a.walk(func(chain []*SubProcessor) { add(&chain[len(chain)-1].Party, a, false) })
	}
	for i := range out {
		SortDanish(out[i].Systems)
		if out[i].Systems == nil {
			out[i].Systems = []string{}
		}
	}
	sortDanish(out, func(u *PartyUse) []string { return []string{u.Party.Name} },
		func(a, b *PartyUse) int { return strings.Compare(partyKey(&a.Party), partyKey(&b.Party)) })
	return out
}

// CountryReach is a country the data of the register reaches, with every
// route that leads there.
type CountryReach struct {
	// Country is the country, or zero for an international organisation.
	Country gdpr.Country `json:"country,omitzero"`
	// Organisation is the international organisation, or zero for a
	// country.
	Organisation gdpr.InternationalOrganisation `json:"organisation,omitzero"`
	// ThirdCountry reports that it is outside the EEA, so that every route
	// there is a transfer that needs a basis.
	ThirdCountry bool `json:"thirdCountry"`
	// Routes are the ways the data gets there, directly or by read access,
	// in Danish order of their paths.
	Routes []Route `json:"routes"`
}

// Reach returns every country the data of the register's agreements can
// reach, directly or through sub-processors and by any kind of access
// (read access is a transfer, GDPR art. 44), with the path of
// sub-processors that leads there (the municipal DPIA template, sections
// 7.1, 7.2 and 7.4),
// in Danish order of the country's Danish name.
func (r *Register) Reach() []CountryReach {
	if r == nil {
		return nil
	}
	var out []CountryReach
	type place struct {
		c gdpr.Country
		o gdpr.InternationalOrganisation
	}
	index := make(map[place]int)
	for i := range r.agreements {
		for _, rt := range r.agreements[i].Routes() {
			key := place{rt.Country, rt.Organisation}
			j, ok := index[key]
			if !ok {
				j = len(out)
				index[key] = j
				out = append(out, CountryReach{Country: rt.Country, Organisation: rt.Organisation,
					ThirdCountry: rt.Organisation != 0 || !rt.Country.InEEA()})
			}
			out[j].Routes = append(out[j].Routes, rt)
		}
	}
	for i := range out {
		sortDanish(out[i].Routes, func(rt *Route) []string { return rt.Path }, func(a, b *Route) int {
			return cmp.Or(strings.Compare(a.Agreement, b.Agreement), cmp.Compare(a.Access, b.Access))
		})
	}
	sortDanish(out, func(c *CountryReach) []string {
		if c.Organisation != 0 {
			return []string{c.Organisation.Label(daTag)}
		}
		return []string{c.Country.Label(daTag)}
	}, nil)
	return out
}

// Due is an agreement whose next supervision falls due.
type Due struct {
	// Agreement is the agreement's ID.
	Agreement string `json:"agreement"`
	// Processor is the processor's name.
	Processor string `json:"processor"`
	// Due is the day the next supervision is due (see
	// [Agreement.NextSupervision]), counting the supervisions dated on or
	// before the day of the query.
	Due gdpr.Date `json:"due"`
	// Last is the day of the latest supervision on or before the day of
	// the query; zero before the first.
	Last gdpr.Date `json:"last,omitzero"`
	// Method is the planned method.
	Method SupervisionMethod `json:"method"`
	// DaysLeft is the number of days from the day of the query to Due;
	// negative when the supervision is overdue.
	DaysLeft int `json:"daysLeft"`
}

// Overdue reports whether the supervision was due before the day of the
// query.
func (d Due) Overdue() bool { return d.DaysLeft < 0 }

// SupervisionDue returns the agreements whose next supervision is due
// within days days of the day of now (in Europe/Copenhagen), overdue ones
// included, by due day and then in Danish order of processor name. It
// leaves out agreements without a plan interval and those whose processing
// has ended. A negative days counts as 0.
func (r *Register) SupervisionDue(now time.Time, days int) []Due {
	if r == nil {
		return nil
	}
	day := gdpr.DateOf(now)
	limit := day.AddDays(max(days, 0))
	var out []Due
	for i := range r.agreements {
		a := &r.agreements[i]
		due := a.nextSupervision(day)
		if due.IsZero() || a.ended(day) || due.After(limit) {
			continue
		}
		last, _ := a.lastSupervision(day)
		out = append(out, Due{Agreement: a.ID, Processor: a.Processor.Name, Due: due, Last: last.Date,
			Method: a.Plan.Method, DaysLeft: due.DaysSince(day)})
	}
	sortDanishBy(out, func(a, b *Due) int { return a.Due.Compare(b.Due) },
		func(d *Due) []string { return []string{d.Processor} },
		func(a, b *Due) int { return strings.Compare(a.Agreement, b.Agreement) })
	return out
}

// Match selects processors and sub-processors by CVR number or by name.
type Match struct {
	// CVR, when set, matches a party with that CVR number, and Name is
	// not used.
	CVR gdpr.CVR `json:"cvr,omitzero"`
	// Name matches a party whose name contains it, ignoring case
	// ("microsoft" matches "Microsoft Ireland Operations Limited").
	Name string `json:"name,omitempty"`
}

// matcher returns the test of m, with the name folded once.
func (m Match) matcher() func(p *Party) bool {
	if !m.CVR.IsZero() {
		return func(p *Party) bool { return p.CVR == m.CVR }
	}
	name := strings.ToLower(strings.TrimSpace(m.Name))
	if name == "" {
		return func(*Party) bool { return false }
	}
	return func(p *Party) bool { return strings.Contains(strings.ToLower(p.Name), name) }
}

// Exposure is one place where an agreement depends on a matched processor
// or sub-processor.
type Exposure struct {
	// Agreement is the agreement's ID.
	Agreement string `json:"agreement"`
	// Systems are the agreement's systems.
	Systems []string `json:"systems"`
	// Path names the processor and the sub-processors down to the matched
	// one.
	Path []string `json:"path"`
	// SubProcessor is the matched sub-processor's ID, or "" when the
	// processor matched.
	SubProcessor string `json:"subProcessor,omitempty"`
	// Access is the matched party's kind of access (processing for the
	// processor).
	Access Access `json:"access"`
	// Countries are the countries the data reaches through the matched
	// party and its own sub-processors, ordered by code.
	Countries []gdpr.Country `json:"countries"`
}

// Exposure returns every agreement that uses a processor or sub-processor
// that m matches, at any depth of the chain, with the path to it and where
// the data goes from there: the register's exposure to, say, one cloud
// provider. The list is in Danish order of the paths.
func (r *Register) Exposure(m Match) []Exposure {
	if r == nil {
		return nil
	}
	var out []Exposure
	matches := m.matcher()
	for i := range r.agreements {
		a := &r.agreements[i]
		var routes []Route
		if matches(&a.Processor) {
			routes = a.Routes()
			out = append(out, Exposure{Agreement: a.ID, Systems: cloneStrings(a.Systems), Path: []string{a.Processor.Name},
				Access: ProcessingAccess, Countries: routeCountries(routes, func(*Route) bool { return true })})
		}
		a.walk(func(chain []*SubProcessor) {
			s := chain[len(chain)-1]
			if !matches(&s.Party) {
				return
			}
			if routes == nil {
				routes = a.Routes()
			}
			path := make([]string, 0, len(chain)+1)
			path = append(path, a.Processor.Name)
			below := make([]string, 0, 8) // IDs of s and its subtree
			for _, c := range chain {
				path = append(path, c.Name)
			}
			var collect func(s *SubProcessor, depth int)
			collect = func(s *SubProcessor, depth int) {
				below = append(below, s.ID)
				if depth < MaxDepth {
					for i := range s.SubProcessors {
						collect(&s.SubProcessors[i], depth+1)
					}
				}
			}
			collect(s, len(chain))
			out = append(out, Exposure{Agreement: a.ID, Systems: cloneStrings(a.Systems), Path: path, SubProcessor: s.ID,
				Access: s.Access, Countries: routeCountries(routes, func(rt *Route) bool { return contains(below, rt.SubProcessor) })})
		})
	}
	sortDanish(out, func(e *Exposure) []string { return e.Path },
		func(a, b *Exposure) int { return strings.Compare(a.Agreement, b.Agreement) })
	return out
}

// cloneStrings returns a copy of s that is never nil, so that JSON shows
// an empty list as [].
func cloneStrings(s []string) []string { return append(make([]string, 0, len(s)), s...) }

// routeCountries returns the distinct countries of the routes keep
// accepts, ordered by code.
func routeCountries(routes []Route, keep func(*Route) bool) []gdpr.Country {
	out := []gdpr.Country{}
	for i := range routes {
		if keep(&routes[i]) && !contains(out, routes[i].Country) {
			out = append(out, routes[i].Country)
		}
	}
	slices.SortFunc(out, gdpr.Country.Compare)
	return out
}
