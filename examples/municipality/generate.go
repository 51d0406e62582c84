package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"golang.org/x/text/language"
)

// sizes are the numbers of pieces to generate.
type sizes struct {
	records, agreements, screenings, dpias, breaches, requests int
}

// defaultSizes are the default sizes.
var defaultSizes = sizes{records: 2000, agreements: 1500, screenings: 200, dpias: 200, breaches: 300, requests: 100_000}

// generator makes a synthetic municipality, the same for the same seed,
// sizes and instant: every random choice comes from one math/rand/v2
// source seeded with the seed, and nothing iterates over a map.
type generator struct {
	rng   *rand.Rand
	now   time.Time
	today gdpr.Date
	n     sizes
	step  func(da, en string)

	m          overview.Municipality
	processors []processor
	bySystem   [][]int // agreement positions by system
	// What each agreement serves, gathered while the records are made.
	served [][]int // record positions by agreement
}

// processor is a made-up processor and the systems it supplies.
type processor struct {
	name    string
	cvr     gdpr.CVR
	systems []int
}

// generate makes a synthetic municipality of the given sizes as it stands at
// now. step, if not nil, is told when each part begins (for progress).
func generate(seed uint64, n sizes, now time.Time, step func(da, en string)) overview.Municipality {
	if step == nil {
		step = func(string, string) {}
	}
	g := &generator{
		rng: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)), now: now, today: gdpr.DateOf(now), n: n, step: step,
	}
	g.m.Name = municipalityName
	step("Genererer databehandleraftaler", "Generating data processing agreements")
	g.makeProcessors()
	g.makeAgreements()
	step("Genererer fortegnelser og samtykker", "Generating records and consents")
	g.makeRecords()
	g.completeAgreements()
	step("Genererer screeninger, risikovurderinger og konsekvensanalyser", "Generating screenings, risk and impact assessments")
	g.makeScreenings()
	g.makeRisks()
	g.makeDPIAs()
	step("Genererer brud", "Generating breaches")
	g.makeBreaches()
	step("Genererer anmodninger fra registrerede", "Generating data-subject requests")
	g.makeRequests()
	return g.m
}

// Random helpers.

func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.IntN(hi-lo+1)
}
func pick[T any](g *generator, s []T) T { return s[g.rng.IntN(len(s))] }

// weighted picks an index by weight.
func (g *generator) weighted(weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := g.rng.IntN(total)
	for i, w := range weights {
		if r < w {
			return i
		}
		r -= w
	}
	return len(weights) - 1
}

// daysAgo returns a working-hours instant on the day d days before today.
func (g *generator) daysAgo(d int) time.Time {
	return g.today.AddDays(-d).Start().Add(time.Duration(g.between(8*60, 15*60)) * time.Minute)
}

// cvr returns the n-th valid CVR number from a made-up base.
func cvr(n int) gdpr.CVR {
	weights := [8]int{2, 7, 6, 5, 4, 3, 2, 1}
	for x := 30000000 + n*97; ; x++ {
		s := strconv.Itoa(x)
		sum := 0
		for i := range 8 {
			sum += int(s[i]-'0') * weights[i]
		}
		if sum%11 == 0 {
			c, err := gdpr.ParseCVR(s)
			if err == nil {
				return c
			}
		}
	}
}

var dk = gdpr.MustParseCountry("DK")

func (g *generator) makeProcessors() {
	n := max(20, g.n.agreements/25)
	g.processors = make([]processor, n)
	combos := len(processorPrefixes) * len(processorStems)
	for i := range g.processors {
		// Each prefix and stem once (i*7 runs through every combination,
		// as 7 is prime to their number), then numbered.
		c := i * 7 % combos
		name := processorPrefixes[c%len(processorPrefixes)] + " " + processorStems[c/len(processorPrefixes)] + " " +
			processorSuffixes[i%len(processorSuffixes)]
		if i >= combos {
			name += " " + strconv.Itoa(i/combos+1)
		}
		p := processor{name: name, cvr: cvr(i)}
		for range g.between(1, 3) {
			if s := g.rng.IntN(len(systems)); !slices.Contains(p.systems, s) {
				p.systems = append(p.systems, s)
			}
		}
		g.processors[i] = p
	}
}

func (g *generator) makeAgreements() {
	g.m.Agreements = make([]dpa.Agreement, g.n.agreements)
	g.bySystem = make([][]int, len(systems))
	g.served = make([][]int, g.n.agreements)
	for i := range g.m.Agreements {
		pi := g.rng.IntN(len(g.processors))
		p := g.processors[pi]
		sys := pick(g, p.systems)
		if i < len(systems) { // every system has an agreement
			sys = i
		}
		g.bySystem[sys] = append(g.bySystem[sys], i)
		g.m.Agreements[i] = g.agreement(i, p, sys)
	}
}

// agreement makes one data processing agreement, with a realistic share of
// gaps; its records and data are filled in once the records exist.
func (g *generator) agreement(i int, p processor, sys int) dpa.Agreement {
	start := g.today.AddDays(-g.between(120, 3000))
	a := dpa.Agreement{
		ID: fmt.Sprintf("DBA-%d-%04d", start.Year, i+1),
		Controller: dpa.Controller{
			Party:        dpa.Party{Name: municipalityName, CVR: gdpr.MustParseCVR(municipalityCVR), Country: dk, Contact: gdpr.NewPersonal(dpoMail)},
			PublicPowers: gdpr.Yes,
		},
		Processor:     dpa.Party{Name: p.name, CVR: p.cvr, Country: dk, Contact: gdpr.NewPersonal("privacy@leverandoer.example")},
		Template:      []dpa.Template{dpa.KLTemplate, dpa.DatatilsynetTemplate, dpa.ProcessorTerms, dpa.EUClauses, dpa.NegotiatedTerms}[g.weighted(40, 35, 15, 5, 5)],
		Signed:        start.AddDays(-g.between(1, 30)),
		Start:         start,
		Indefinite:    true,
		Systems:       []string{systems[sys]},
		SubjectMatter: "Drift og levering af " + systems[sys],
		Nature:        []string{"Hosting, drift og support", "Levering af system som tjeneste (SaaS)", "Drift og vedligeholdelse"}[g.rng.IntN(3)],
		Purpose:       "Understøttelse af kommunens opgaver med " + systems[sys],
		Clauses:       map[dpa.Clause]bool{},
		Authorisation: dpa.Authorisation{Kind: dpa.GeneralAuthorisation, NoticeDays: 30, ObjectionDays: 14},
		OwnUse:        dpa.OwnUse{Uses: gdpr.No},
		Locations:     []dpa.Location{{Country: dk, Access: dpa.ProcessingAccess, Place: "Driftscenter"}},
	}
	for _, c := range dpa.Clauses() {
		a.Clauses[c] = true
	}
	switch g.weighted(90, 4, 3, 2, 1) {
	case 1:
		a.Clauses[dpa.AssistanceClause] = false
	case 2:
		a.Clauses[dpa.AuditClause] = false
	case 3:
		delete(a.Clauses, dpa.DeletionClause)
	case 4:
		a.Signed = gdpr.Date{}
	}
	switch g.weighted(90, 7, 3) {
	case 1:
		a.Indefinite, a.End = false, g.today.AddDays(g.between(30, 1500))
	case 2:
		a.Indefinite, a.End = false, g.today.AddDays(-g.between(5, 200)) // expired, processing goes on
		if !a.End.After(start) {
			a.End = start.AddDays(30)
		}
	}
	switch g.weighted(80, 15, 5) {
	case 1:
		a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation}
	case 2:
		a.Authorisation = dpa.Authorisation{}
	}
	if g.chance(0.05) {
		a.OwnUse = dpa.OwnUse{}
	}

	// Sub-processors: hosting in the EEA, and often support, sometimes
	// from outside it.
	host := pick(g, subProcessors[:4])
	a.SubProcessors = append(a.SubProcessors, g.subProcessor("hosting", host))
	if g.chance(0.5) {
		sup := pick(g, subProcessors[4:])
		sp := g.subProcessor("support", sup)
		if g.chance(0.1) {
			sp.SubProcessors = []dpa.SubProcessor{g.subProcessor("support-2", pick(g, subProcessors[4:]))}
		}
		a.SubProcessors = append(a.SubProcessors, sp)
	}

	switch g.weighted(50, 30, 15, 5) {
	case 0:
		a.Plan = dpa.Plan{IntervalMonths: 12, Method: dpa.ISAE3000}
	case 1:
		a.Plan = dpa.Plan{IntervalMonths: 24, Method: dpa.Questionnaire}
	case 2:
		a.Plan = dpa.Plan{IntervalMonths: 12, Method: dpa.ISAE3402}
	}
	if a.Plan.IntervalMonths > 0 {
		// The latest supervision: most within the interval, some overdue.
		span := a.Plan.IntervalMonths * 30
		last := g.today.AddDays(-g.between(10, span+span/5))
		if last.After(start) {
			s := dpa.Supervision{Date: last, Method: a.Plan.Method, Reference: fmt.Sprintf("%d-%06d", last.Year, g.rng.IntN(1_000_000))}
			if a.Plan.Method != dpa.Questionnaire {
				s.PeriodFrom, s.PeriodTo = last.AddMonths(-12).AddDays(-60), last.AddDays(-60)
			}
			if g.chance(0.1) {
				s.Remarks = []string{"Revisor har taget forbehold for logning af privilegerede brugere."}
				s.Actions = []dpa.Action{{Text: "Leverandøren dokumenterer gennemgang af log", Due: last.AddDays(g.between(30, 120)), Status: dpa.ActionOpen}}
			}
			a.Supervisions = []dpa.Supervision{s}
		}
	}
	return a
}

// subProcessor makes a sub-processor with its location and, outside the
// EEA, its transfer basis.
func (g *generator) subProcessor(id string, sp subProcessor) dpa.SubProcessor {
	c := gdpr.MustParseCountry(sp.country)
	access := dpa.StorageAccess
	if !sp.hosting {
		access = dpa.SupportAccess
	}
	loc := dpa.Location{Country: c, Place: sp.service}
	switch sp.country {
	case "US", "IN":
		if sp.dpf {
			loc.Basis = dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism, Recipient: gdpr.TransferRecipient{DPFCertified: true}}
			break
		}
		loc.Basis = dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor}
		if !g.chance(0.06) { // a few without the transfer impact assessment
			loc.Basis.TIA = dpa.TIA{Date: g.today.AddDays(-g.between(60, 900)), Conclusion: dpa.AdequateWithMeasures,
				Measures: []string{"Kryptering med nøgler i EU", "Adgang kun efter anmodning"}, Reference: fmt.Sprintf("TIA-%04d", g.rng.IntN(10000))}
		}
	}
	return dpa.SubProcessor{ID: id, Party: dpa.Party{Name: sp.name, Country: c}, Service: sp.service,
		Access: access, Listed: !g.chance(0.02), Locations: []dpa.Location{loc}}
}

func (g *generator) makeRecords() {
	g.m.Records = make([]ropa.Record, g.n.records)
	names := make(map[string]int, g.n.records)
	for i := range g.m.Records {
		act := &activities[g.rng.IntN(len(activities))]
		unit := pick(g, units[act.unit])
		name := act.name
		if unit != "" {
			name += " – " + unit
		}
		if k := names[name]; k > 0 {
			names[name] = k + 1
			name += " (" + strconv.Itoa(k+1) + ")"
		} else {
			names[name] = 1
		}
		g.m.Records[i] = g.record(i, act, name)
	}
}

// record makes one record of processing from its activity, with a
// realistic share of gaps.
func (g *generator) record(i int, act *activity, name string) ropa.Record {
	r := ropa.Record{
		ID:          fmt.Sprintf("FORT-%04d", i+1),
		Name:        name,
		Description: act.purpose + ".",
		Status:      []ropa.Status{ropa.Active, ropa.Planned, ropa.Ended}[g.weighted(90, 4, 6)],
		Controller: ropa.Party{Name: municipalityName, CVR: gdpr.MustParseCVR(municipalityCVR),
			Address: "Rådhustorvet 1, 9999 Fjordby", Email: gdpr.NewPersonal("post@fjordby.dk")},
		DPO: ropa.Party{Name: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal(dpoMail)},
		Purposes: []ropa.Purpose{{ID: "p1", Description: act.purpose, Kinds: []ropa.PurposeKind{ropa.LegalCompliance},
			LegalBases: slices.Clone(act.bases), KLE: []gdpr.KLE{gdpr.MustParseKLE(act.kle)}}},
		BeyondNecessary:    gdpr.No,
		SubjectsPerYear:    max(1, act.perYear/max(1, len(units[act.unit]))),
		Volume:             ropa.MediumVolume,
		Classified:         gdpr.No,
		Collection:         []ropa.Source{ropa.SourceDataSubject, ropa.SourceOwnData},
		Matching:           gdpr.No,
		AutomatedDecisions: gdpr.No,
		Operations:         []ropa.Operation{ropa.Collection, ropa.Storage, ropa.Erasure},
		Security:           "Adgangsstyring efter arbejdsbetinget behov, logning, kryptering under transport og i hvile, backup.",
		Channels:           []ropa.Channel{{Kind: ropa.DigitalPost}, {Kind: ropa.Email, Encrypted: true}},
		Systems:            []string{systems[act.system]},
		Owner:              gdpr.NewPersonal(act.owner),
		Retention:          []ropa.Retention{{Period: ropa.Period{Count: act.years, Unit: ropa.Years}, Trigger: act.trigger, Archive: act.archive}},
	}
	if act.consent {
		r.Purposes[0].Kinds = []ropa.PurposeKind{ropa.CustomerManagement}
	}
	for _, s := range act.subjects {
		r.Subjects = append(r.Subjects, ropa.SubjectCategory{Category: s.group.Category(), DataTypes: slices.Clone(s.types)})
	}
	for _, t := range act.tech {
		r.Technologies = append(r.Technologies, ropa.TechnologyUse{Technology: t})
	}

	// The annual review: most within the year, some overdue, a few never.
	switch g.weighted(84, 12, 4) {
	case 0:
		r.LastReview = g.today.AddDays(-g.between(1, 350))
	case 1:
		r.LastReview = g.today.AddDays(-g.between(370, 900))
	}

	// Gaps, each in a realistic share of the records.
	switch g.weighted(86, 6, 5, 3) {
	case 1:
		r.Retention = nil
	case 2: // only the names have a limit
		r.Retention = []ropa.Retention{{DataTypes: []gdpr.DataType{gdpr.PersonName}, Period: ropa.Period{Count: 1, Unit: ropa.Years}, Trigger: ropa.CaseClosed}}
	case 3:
		r.Retention[0].Trigger = 0
	}
	if g.chance(0.03) {
		r.DPO = ropa.Party{}
	}
	if g.chance(0.05) {
		r.Owner = gdpr.Personal{}
	}
	if g.chance(0.04) {
		r.Security = ""
	}
	if g.chance(0.03) { // the art. 9 condition or the CPR basis forgotten
		r.Purposes[0].LegalBases = slices.DeleteFunc(r.Purposes[0].LegalBases, func(b gdpr.LegalBasis) bool {
			return b.Article9() || b == gdpr.DBL7 || b == gdpr.DBL11
		})
	}
	if g.chance(0.02) {
		r.Channels[1].Encrypted = false
	}
	if g.chance(0.05) {
		r.Purposes[0].KLE = []gdpr.KLE{gdpr.MustParseKLE(act.kle[:2])}
	}

	// Processors: the system's supplier, and sometimes a second one.
	for k := range g.between(1, 2) {
		sys := act.system
		if k > 0 {
			sys = 21 // the cloud collaboration platform
		}
		if len(g.bySystem[sys]) == 0 {
			continue
		}
		// Of two agreements for the system, the one serving fewer records:
		// records spread over the agreements as they do in practice.
		ai, aj := pick(g, g.bySystem[sys]), pick(g, g.bySystem[sys])
		if len(g.served[aj]) < len(g.served[ai]) {
			ai = aj
		}
		if slices.ContainsFunc(r.Processors, func(p ropa.ProcessorRef) bool { return p.Name == g.m.Agreements[ai].Processor.Name }) {
			continue
		}
		g.addProcessor(&r, i, ai)
	}
	if g.chance(0.75) {
		r.RiskAssessmentID = fmt.Sprintf("RISK-%04d", i+1)
	}
	if g.chance(0.01) {
		r.RiskAssessmentID = "RISK-ARKIV"
	}
	return r
}

// addProcessor names the processor of agreement ai and its sub-processors
// on the record at position ri, with the transfers their countries make.
func (g *generator) addProcessor(r *ropa.Record, ri, ai int) {
	a := &g.m.Agreements[ai]
	ref := ropa.ProcessorRef{Name: a.Processor.Name, CVR: a.Processor.CVR, AgreementID: a.ID,
		Countries: []gdpr.Country{dk}, Service: a.Nature}
	switch {
	case g.chance(0.02):
		ref.AgreementID = ""
	case g.chance(0.02):
		ref.AgreementID = fmt.Sprintf("DBA-%d-%04d", a.Start.Year, 9000+g.rng.IntN(999)) // a typo or an old agreement
	}
	r.Processors = append(r.Processors, ref)
	if ref.AgreementID == a.ID && !g.chance(0.02) { // a few agreements do not list the record
		g.served[ai] = append(g.served[ai], ri)
	}
	var walk func(under string, sps []dpa.SubProcessor)
	walk = func(under string, sps []dpa.SubProcessor) {
		for _, sp := range sps {
			if slices.ContainsFunc(r.Processors, func(p ropa.ProcessorRef) bool { return p.Name == sp.Name }) {
				continue
			}
			r.Processors = append(r.Processors, ropa.ProcessorRef{Name: sp.Name, Under: under,
				Countries: []gdpr.Country{sp.Country}, Service: sp.Service})
			if !sp.Country.InEEA() && !slices.ContainsFunc(r.Transfers, func(t ropa.Transfer) bool { return t.Country == sp.Country }) &&
				!g.chance(0.04) {
				t := ropa.Transfer{Country: sp.Country, Recipient: sp.Name + " (" + sp.Service + ")"}
				if b := sp.Locations[0].Basis; b.Mechanism == dpa.SCCMechanism {
					t.Safeguard, t.TIA = ropa.SCC, b.TIA.Reference
				} else if b.Mechanism == dpa.AdequacyMechanism {
					t.RecipientFacts = b.Recipient
				}
				r.Transfers = append(r.Transfers, t)
			}
			walk(sp.Name, sp.SubProcessors)
		}
	}
	walk(a.Processor.Name, a.SubProcessors)
}

// completeAgreements fills in each agreement's records, data types and
// data subjects from the records it serves, and makes the consents.
func (g *generator) completeAgreements() {
	for ai := range g.m.Agreements {
		a := &g.m.Agreements[ai]
		for _, ri := range g.served[ai] {
			r := &g.m.Records[ri]
			a.Records = append(a.Records, r.ID)
			for _, t := range r.DataTypes() {
				if !slices.Contains(a.DataTypes, t) {
					a.DataTypes = append(a.DataTypes, t)
				}
			}
			for _, s := range r.SubjectCategories() {
				if !slices.Contains(a.Subjects, s) {
					a.Subjects = append(a.Subjects, s)
				}
			}
		}
		switch {
		case len(a.Records) == 0:
			a.DataTypes, a.Subjects = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, []gdpr.DataSubjectCategory{gdpr.Citizens.Category()}
		case g.chance(0.05): // the agreement leaves out the sensitive data
			a.DataTypes = slices.DeleteFunc(a.DataTypes, func(t gdpr.DataType) bool { return t.Category() >= gdpr.Sensitive })
		}
		if g.chance(0.01) {
			a.Records = append(a.Records, fmt.Sprintf("FORT-%04d", 9000+g.rng.IntN(999)))
		}
	}

	// Consents for the activities that rest on consent.
	for ri := range g.m.Records {
		r := &g.m.Records[ri]
		if !slices.Contains(r.Purposes[0].LegalBases, gdpr.Art6Consent) || r.Status == ropa.Planned {
			continue
		}
		for range g.between(3, 12) {
			n := len(g.m.Consents)
			subject, _ := ropa.NewSubject(fmt.Sprintf("borger-%06d", n+1))
			given := g.daysAgo(g.between(30, 1000))
			c := ropa.Consent{ID: fmt.Sprintf("SAMT-%06d", n+1), RecordID: r.ID, PurposeID: "p1", Subject: subject,
				Given: given, Expires: gdpr.DateOf(given).AddMonths(24).Start()}
			switch g.weighted(80, 8, 8, 4) {
			case 1:
				c.Expires = time.Time{}
			case 2:
				c.Withdrawn = given.Add(time.Duration(g.between(10, 300)) * 24 * time.Hour)
				if c.Withdrawn.After(g.now) {
					c.Withdrawn = time.Time{}
				} else if !g.chance(0.1) {
					c.Stopped = c.Withdrawn.Add(48 * time.Hour)
					if c.Stopped.After(g.now) {
						c.Stopped = g.now
					}
				}
			case 3: // the expiry passed and nobody stopped the processing
				c.Given = g.daysAgo(g.between(735, 800))
				c.Expires = gdpr.DateOf(c.Given).AddMonths(24).Start()
			}
			if !c.Expires.IsZero() && !c.Expires.After(g.now) && c.Withdrawn.IsZero() && g.chance(0.7) {
				c.Stopped = c.Expires.Add(24 * time.Hour)
				if c.Stopped.After(g.now) {
					c.Stopped = g.now
				}
			}
			g.m.Consents = append(g.m.Consents, c)
		}
	}
}

// makeScreenings screens the records that most need it: those with
// sensitive data or vulnerable data subjects first. The answers are the
// screening package's suggestions from the record's facts, confirmed by a
// person; the decision follows the outcome, with a realistic share of
// gaps.
func (g *generator) makeScreenings() {
	order := g.rng.Perm(len(g.m.Records))
	slices.SortStableFunc(order, func(a, b int) int {
		return needScore(&g.m.Records[b]) - needScore(&g.m.Records[a])
	})
	for k := 0; k < g.n.screenings && k < len(order); k++ {
		r := &g.m.Records[order[k]]
		id := fmt.Sprintf("SCR-%04d", k+1)
		s := g.screening(r)
		if !g.chance(0.02) { // a few screenings no record names
			r.ScreeningID = id
		}
		g.m.Screenings = append(g.m.Screenings, overview.Screening{ID: id, Screening: s})
	}
	for i := range g.m.Records {
		if g.chance(0.005) && g.m.Records[i].ScreeningID == "" {
			g.m.Records[i].ScreeningID = "SCR-UDKAST"
		}
	}
}

// needScore ranks how much a record needs a screening.
func needScore(r *ropa.Record) int {
	score := int(r.HighestCategory())
	if r.Vulnerable() {
		score += 2
	}
	if r.Status == ropa.Ended {
		score -= 10
	}
	return score
}

// screening answers a record's screening from its facts.
func (g *generator) screening(r *ropa.Record) screening.Screening {
	f := screening.Facts{DataTypes: r.DataTypes(), Subjects: r.SubjectCategories(), SubjectsPerYear: r.SubjectsPerYear,
		Technologies: r.UsedTechnologies()}
	sugs, err := screening.Policy{}.Suggest(f)
	if err != nil {
		panic(err) // the generator's own facts are valid
	}
	s := screening.Screening{RuleSet: screening.DK2019}.Prefill(sugs, language.Danish)
	for i := range s.Answers {
		s.Answers[i].Suggested = false
		if s.Answers[i].Answer == screening.DontKnow {
			s.Answers[i].Answer = screening.No
			s.Answers[i].Justification = gdpr.NewPersonal("Vurderet af sagsbehandleren: ikke relevant for behandlingen.")
		}
	}
	for i := range s.Triggers {
		s.Triggers[i].Suggested = false
	}
	if g.chance(0.04) { // one answer not yet confirmed by a person: incomplete
		s.Answers[g.rng.IntN(len(s.Answers))].Suggested = true
	}
	res, err := screening.Assess(s)
	if err != nil {
		return s
	}
	switch res.Outcome {
	case screening.Required:
		switch g.weighted(88, 4, 8) {
		case 0:
			s.Decision, s.DecisionReason = screening.Perform, gdpr.NewPersonal("To eller flere kriterier er opfyldt; konsekvensanalysen gennemføres.")
		case 1:
			s.Decision, s.DecisionReason = screening.Decline, gdpr.NewPersonal("Behandlingen er kendt og velafprøvet; risikovurderingen er tilstrækkelig.")
		}
	case screening.Recommended:
		switch g.weighted(70, 20, 10) {
		case 0:
			s.Decision, s.DecisionReason = screening.Decline, gdpr.NewPersonal("Kun ét kriterium er opfyldt, og risikoen er lav.")
		case 1:
			s.Decision, s.DecisionReason = screening.Perform, gdpr.NewPersonal("Konsekvensanalysen gennemføres af forsigtighedshensyn.")
		}
	default:
		s.Decision, s.DecisionReason = screening.Decline, gdpr.NewPersonal("Ingen kriterier er opfyldt.")
	}
	return s
}

// commonThreats are the threats a risk assessment of a record considers.
var commonThreats = []risk.Threat{risk.AccessControl, risk.UnintentionalUserError, risk.ITAttack, risk.ITBreakdown,
	risk.MissingDeletion, risk.Logging, risk.Outsourcing, risk.Transmission, risk.SystemError, risk.DataSubjectRights}

func (g *generator) makeRisks() {
	for i := range g.m.Records {
		r := &g.m.Records[i]
		if r.RiskAssessmentID == "" || r.RiskAssessmentID == "RISK-ARKIV" {
			continue
		}
		ra := overview.RiskAssessment{ID: r.RiskAssessmentID}
		threats := slices.Clone(commonThreats)
		g.rng.Shuffle(len(threats), func(a, b int) { threats[a], threats[b] = threats[b], threats[a] })
		n := g.between(3, 6)
		if len(r.Transfers) > 0 {
			threats = append([]risk.Threat{risk.ThirdCountryTransfer}, threats...)
		}
		for k, t := range threats[:n] {
			ra.Assessments = append(ra.Assessments, g.riskOf(r, k+1, t))
		}
		g.m.Risks = append(g.m.Risks, ra)
	}
}

// riskOf rates one threat to a record: the consequence follows the tier of
// the data, the further measures bring the probability down.
func (g *generator) riskOf(r *ropa.Record, k int, t risk.Threat) risk.Assessment {
	var c risk.Consequence
	switch r.HighestCategory() {
	case gdpr.Sensitive, gdpr.Criminal:
		c = []risk.Consequence{risk.Serious, risk.Severe}[g.weighted(65, 35)]
	case gdpr.Confidential:
		c = []risk.Consequence{risk.Minor, risk.Serious}[g.weighted(50, 50)]
	default:
		c = []risk.Consequence{risk.Insignificant, risk.Minor}[g.weighted(50, 50)]
	}
	p := []risk.Probability{risk.Unlikely, risk.LessLikely, risk.Likely, risk.Expected}[g.weighted(15, 40, 35, 10)]
	a := risk.Assessment{
		ID: strconv.Itoa(k), Threat: t,
		Description:     gdpr.NewPersonal(t.Label(language.Danish) + " i " + r.Systems[0] + "."),
		Consequences:    gdpr.NewPersonal("Oplysningerne kan blive kendt af uvedkommende eller gå tabt."),
		CurrentMeasures: gdpr.NewPersonal("Personlige brugerkonti, adgangsstyring og tavshedspligt."),
		Inherent:        risk.Estimate{Consequence: c, Probability: p},
	}
	for m := range g.between(1, 2) {
		ms := risk.Measure{Description: gdpr.NewPersonal([]string{"Tofaktorlogin", "Kvartalsvis gennemgang af rettigheder", "Automatisk sletning",
			"Kontrol af log", "Undervisning af medarbejdere", "Kryptering af backup"}[(k+m)%6])}
		switch g.weighted(60, 20, 20) {
		case 0:
			ms.Status = risk.Implemented
		case 1:
			ms.Status, ms.Owner, ms.Due = risk.InProgress, gdpr.NewPersonal("IT-afdelingen"), g.today.AddDays(g.between(-60, 150))
		default:
			ms.Status, ms.Owner, ms.Due = risk.Planned, gdpr.NewPersonal("Systemforvalter"), g.today.AddDays(g.between(-30, 240))
		}
		if ms.Status != risk.Implemented && g.chance(0.1) {
			ms.Owner = gdpr.NewPersonal("")
		}
		a.Measures = append(a.Measures, ms)
	}
	if !g.chance(0.04) { // a few residual risks not assessed
		rp := risk.Probability(max(int(risk.Unlikely), int(p)-g.between(1, 2)))
		if g.chance(0.02) {
			rp = p // the measures do not help
		}
		a.Residual = risk.Estimate{Consequence: c, Probability: rp}
	}
	return a
}

// breachKind is a kind of breach a municipality sees.
type breachKind struct {
	description, consequences string
	conf                      breach.Confidentiality
	integ                     breach.Integrity
	avail                     breach.Availability
	malicious, processor      bool
	subjects                  [2]int
}

var breachKinds = []breachKind{
	{"En e-mail med personoplysninger blev sendt til en forkert modtager.", "Modtageren kender oplysningerne.",
		breach.ConfidentialityKnownRecipients, 0, 0, false, false, [2]int{1, 3}},
	{"Et brev blev sendt til en forkert adresse.", "Modtageren kender oplysningerne.",
		breach.ConfidentialityKnownRecipients, 0, 0, false, false, [2]int{1, 2}},
	{"En bærbar computer blev stjålet fra en medarbejders bil.", "Oplysningerne kan være kendt af tyven.",
		breach.ConfidentialityUnknownRecipients, 0, breach.AvailabilityRestored, true, false, [2]int{10, 400}},
	{"Ransomware hos databehandleren krypterede systemets data.", "Systemet var utilgængeligt, og data kan være kopieret.",
		breach.ConfidentialityUnknownRecipients, 0, breach.AvailabilityTemporary, true, true, [2]int{500, 20000}},
	{"Fejlkonfigurerede rettigheder gav medarbejdere adgang til sager uden for deres område.", "Kolleger kan have set oplysningerne.",
		breach.ConfidentialityExposed, 0, 0, false, true, [2]int{50, 3000}},
	{"Dokumenter blev slettet ved en fejl under en opdatering.", "Oplysningerne måtte genskabes fra backup.",
		0, breach.IntegrityRecoverable, breach.AvailabilityTemporary, false, true, [2]int{20, 800}},
}

func (g *generator) makeBreaches() {
	g.m.Breaches = make([]overview.Breach, g.n.breaches)
	all := []breach.Item{breach.ItemNature, breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCategories,
		breach.ItemRecordCount, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures}
	for i := range g.m.Breaches {
		r := &g.m.Records[g.rng.IntN(len(g.m.Records))]
		kind := breachKinds[g.weighted(35, 20, 10, 8, 17, 10)]
		ago := g.between(0, 900)
		if i < g.n.breaches/50 { // a few in the last days, the clock still running
			ago = g.between(0, 4)
		}
		aware := g.daysAgo(ago)
		if aware.After(g.now) {
			aware = g.now.Add(-time.Duration(g.between(1, 20)) * time.Hour)
		}
		inc := breach.Incident{
			ID:                fmt.Sprintf("BRUD-%d-%03d", gdpr.DateOf(aware).Year, i+1),
			Description:       gdpr.NewPersonal(kind.description),
			DiscoveredAt:      aware.Add(-time.Duration(g.between(0, 5)) * time.Hour),
			AwareAt:           aware,
			Confidentiality:   kind.conf,
			Integrity:         kind.integ,
			Availability:      kind.avail,
			Malicious:         kind.malicious,
			DataTypes:         r.DataTypes(),
			SubjectCategories: r.SubjectCategories(),
			ApproxSubjects:    g.between(kind.subjects[0], kind.subjects[1]),
			Consequences:      gdpr.NewPersonal(kind.consequences),
			MeasuresTaken:     []gdpr.Personal{gdpr.NewPersonal("Hændelsen er stoppet"), gdpr.NewPersonal("De berørte medarbejdere er orienteret")},
			Identification:    breach.Maximum,
			Contact:           breach.Contact{Role: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal(dpoMail)},
		}
		inc.OccurredAt = breach.Span{From: inc.DiscoveredAt.Add(-time.Duration(g.between(0, 48)) * time.Hour)}
		inc.ApproxRecords = inc.ApproxSubjects * g.between(1, 5)
		if kind.conf == breach.ConfidentialityUnknownRecipients && !kind.processor && g.chance(0.8) {
			inc.Unintelligible = true // the disk was encrypted
		}
		b := overview.Breach{Incident: inc, RecordIDs: []string{r.ID}}
		if kind.processor && len(r.Processors) > 0 && r.Processors[0].AgreementID != "" {
			p := r.Processors[0]
			b.Incident.Processors = []breach.ProcessorNotice{{Name: p.Name, AwareAt: inc.DiscoveredAt.Add(-time.Duration(g.between(1, 30)) * time.Hour),
				NotifiedAt: inc.AwareAt, AgreedHours: []int{0, 24, 36, 48}[g.rng.IntN(4)]}}
			if g.chance(0.5) {
				b.AgreementIDs = []string{p.AgreementID}
			}
		}
		if g.chance(0.02) {
			b.RecordIDs = nil
		}
		g.notify(&b.Incident, all)
		g.m.Breaches[i] = b
	}
}

// notify records what the controller did about a breach: notification to
// Datatilsynet when the policy says so (mostly in time, a few late, recent
// ones not yet), the communication to the data subjects when the risk is
// high, the reasons when not notifying.
func (g *generator) notify(inc *breach.Incident, all []breach.Item) {
	d, err := breach.Policy{}.Decide(*inc)
	if err != nil {
		return
	}
	if !d.NotifyAuthority {
		if !g.chance(0.1) {
			inc.Rationale = gdpr.NewPersonal("Risikoen for de registrerede vurderes at være lav; bruddet dokumenteres i brudloggen.")
		}
		return
	}
	hours := g.between(6, 60)
	switch g.weighted(92, 5, 3) {
	case 1:
		hours = g.between(80, 140)
	case 2:
		hours = 10_000 // not notified
	}
	at := inc.AwareAt.Add(time.Duration(hours) * time.Hour)
	if at.After(g.now) {
		return // the clock is still running, or it is overdue
	}
	n := breach.Notification{Phase: breach.Initial, At: at, Reference: fmt.Sprintf("%d-441-%04d", gdpr.DateOf(at).Year, g.rng.IntN(10000)), Items: all}
	if hours > 72 {
		n.DelayReasons = gdpr.NewPersonal("Omfanget var uklart, indtil databehandlerens undersøgelse forelå.")
	}
	inc.Notifications = []breach.Notification{n}
	inc.Rationale = gdpr.NewPersonal("Bruddet indebærer en risiko for de registrerede og anmeldes.")
	if d.InformSubjects && !g.chance(0.05) {
		inc.SubjectNotices = []breach.SubjectNotice{{At: at.Add(2 * time.Hour), Channel: gdpr.DigitalPost, Count: inc.ApproxSubjects,
			Items: []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures}}}
	}
}

var requestChannels = []gdpr.Channel{gdpr.DigitalPost, gdpr.Email, gdpr.SelfService, gdpr.Letter, gdpr.Phone, gdpr.InPerson}

func (g *generator) makeRequests() {
	g.m.Requests = make([]overview.Request, g.n.requests)
	kinds := []rights.Kind{rights.Access, rights.Rectification, rights.Erasure, rights.Objection, rights.Restriction,
		rights.Portability, rights.WithdrawConsent, rights.AutomatedDecision}
	for i := range g.m.Requests {
		r := &g.m.Records[g.rng.IntN(len(g.m.Records))]
		kind := kinds[g.weighted(70, 8, 10, 4, 2, 1, 4, 1)]
		received := g.daysAgo(g.between(0, 1095))
		if received.After(g.now) {
			received = g.now.Add(-time.Hour)
		}
		rq := rights.Request{
			ID:         fmt.Sprintf("ANM-%d-%06d", gdpr.DateOf(received).Year, i+1),
			Kind:       kind,
			ReceivedAt: received,
			Channel:    requestChannels[g.weighted(40, 25, 20, 8, 4, 3)],
			Basis:      firstArt6(r),
		}
		name := pick(g, firstNames) + " " + pick(g, lastNames)
		switch g.weighted(90, 6, 4) {
		case 0:
			rq.Requester = rights.NewRequester(rights.Self, name, "Digital Post")
		case 1:
			rq.Requester = rights.NewRequester(rights.Parent, name, "Digital Post").WithSubject(pick(g, firstNames) + " " + pick(g, lastNames))
		default:
			rq.Requester = rights.NewRequester(rights.Representative, "Advokat "+name, "advokat@advokatfirma.example").
				WithSubject(pick(g, firstNames) + " " + pick(g, lastNames))
		}
		if rq.Requester.OnBehalf() && !g.chance(0.05) {
			rq.AuthorityCheckedAt = received.Add(time.Duration(g.between(1, 72)) * time.Hour)
		}
		rq.IdentityConfirmedAt = received.Add(time.Duration(g.between(0, 48)) * time.Hour)
		g.answer(&rq)
		for _, t := range []*time.Time{&rq.AuthorityCheckedAt, &rq.IdentityConfirmedAt} {
			if t.After(g.now) {
				*t = time.Time{}
			}
		}
		w := overview.Request{Request: rq, RecordIDs: []string{r.ID}}
		switch {
		case g.chance(0.03):
			w.RecordIDs = nil
		case g.chance(0.002):
			w.RecordIDs = []string{"FORT-9999"}
		}
		g.m.Requests[i] = w
	}
}

// firstArt6 returns the record's first art. 6(1) basis.
func firstArt6(r *ropa.Record) gdpr.LegalBasis {
	for _, b := range r.LegalBases() {
		if b.Article6() {
			return b
		}
	}
	return ""
}

// answer records the answer to a request as far as it has come by now:
// most in time, some late, some extended, a few refused, a few forgotten.
func (g *generator) answer(rq *rights.Request) {
	if g.chance(0.01) {
		w := rq.ReceivedAt.Add(time.Duration(g.between(2, 20)) * 24 * time.Hour)
		if w.Before(g.now) {
			rq.WithdrawnAt = w
			return
		}
	}
	days := g.between(3, 27)
	switch g.weighted(925, 40, 30, 5) {
	case 1:
		days = g.between(33, 70) // late
	case 2:
		rq.Extension = &rights.Extension{NotifiedAt: rq.ReceivedAt.Add(time.Duration(g.between(5, 25)) * 24 * time.Hour),
			Reason: gdpr.NewPersonal("Anmodningen omfatter mange sager i flere fagsystemer.")}
		days = g.between(35, 85)
		if rq.Extension.NotifiedAt.After(g.now) {
			rq.Extension = nil
		}
	case 3:
		days = 100_000 // forgotten
	}
	at := rq.ReceivedAt.Add(time.Duration(days)*24*time.Hour + time.Duration(g.between(0, 6))*time.Hour)
	if at.After(g.now) {
		return // not answered yet
	}
	a := &rights.Answer{At: at, Outcome: rights.Granted}
	switch g.weighted(85, 8, 7) {
	case 1:
		a.Outcome = rights.PartlyGranted
	case 2:
		a.Outcome = rights.Refused
	}
	if a.Outcome.Refuses() {
		grounds := rights.GroundsFor(rq.Kind)
		a.Grounds = []rights.Ground{pick(g, grounds)}
		a.ComplaintNotice = !g.chance(0.05)
	}
	rq.Answer = a
}
