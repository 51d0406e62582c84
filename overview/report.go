package overview

import (
	"log/slog"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
)

// Finding is a finding of the overview: a gdpr.Finding of a package's check
// or of the overview's own rules ("overview.*"), with the object it is about:
// its area, its id and its position in the area's list of the
// [Municipality]. Its Path starts at the municipality
// ("records[12].processors[0].agreementId"), so it names the object even when
// ids are missing or used twice.
type Finding struct {
	// Area is the area of the object.
	Area Area `json:"area"`
	// ID is the object's id ("" when it has none).
	ID string `json:"id,omitempty"`
	// Index is the object's position in the area's list.
	Index int `json:"index"`
	gdpr.Finding
}

// Count is the number of findings of one area and one severity.
type Count struct {
	Area     Area          `json:"area"`
	Severity gdpr.Severity `json:"severity"`
	N        int           `json:"n"`
}

// RuleCount is the number of findings of one rule.
type RuleCount struct {
	Rule     string        `json:"rule"`
	Severity gdpr.Severity `json:"severity"`
	N        int           `json:"n"`
}

// RiskSummary sums up the risk assessments of a municipality: how many
// risks there are, how many could not be rated, how many fall in each band
// before and after the further measures, and how many assessments keep a high
// residual risk, which calls for prior consultation of Datatilsynet (GDPR
// art. 36(1)). Each assessment is summed up on its own matrix
// (risk.Matrix.Summarize); bands are the template's five.
type RiskSummary struct {
	// Assessments is the number of risk assessments, Risks the number of
	// risks in them and Unrated the number that could not be rated.
	Assessments int `json:"assessments"`
	Risks       int `json:"risks"`
	Unrated     int `json:"unrated"`
	// Inherent and Residual count the rated risks per band.
	Inherent risk.BandCounts `json:"inherent"`
	Residual risk.BandCounts `json:"residual"`
	// PendingHigh is the number of high risks brought below high only by
	// measures not yet implemented.
	PendingHigh int `json:"pendingHigh"`
	// PriorConsultation is the number of risk assessments with a residual
	// risk that stays high.
	PriorConsultation int `json:"priorConsultation"`
}

// Report is what [Build] finds in a municipality at an instant: every
// finding of every package and of the overview's own rules, counted per area
// and severity and per rule, what is overdue and what falls due within the
// horizon, the requests counted per kind and status, and the risks summed up.
//
// Everything is in a deterministic order that depends only on the input:
// findings by area (in the order of [Areas]), then by the object's position
// in its list; an object's findings start with the problems of its Validate
// (overview.invalid, overview.duplicate_id), then its package's findings in
// the package's order, then those of the overview's rules about its
// references; counts in the order of areas and of severities from the most
// serious; rule counts by rule id; what falls due by expiry.
type Report struct {
	// Now is the instant of the report; Today its day in Europe/Copenhagen.
	Now   time.Time `json:"now"`
	Today gdpr.Date `json:"today"`
	// Horizon is the number of days looked ahead for Upcoming, and Until
	// the last day it covers.
	Horizon int       `json:"horizon"`
	Until   gdpr.Date `json:"until"`
	// Findings are all the findings, but those of template records.
	Findings []Finding `json:"findings"`
	// Templates are the findings of the template records (status
	// ropa.Template: standard records not yet adopted), as
	// ropa.Register.CheckTemplates reports them, apart from Findings and
	// left out of Counts and Rules: a template is no record of the
	// authority's processing until it is adopted, and its gaps are the work
	// of adopting it. A template has no review due either.
	Templates []Finding `json:"templates"`
	// Counts are the non-zero numbers of findings per area and severity:
	// areas in order, the most serious severity first.
	Counts []Count `json:"counts"`
	// Rules are the numbers of findings per rule, by rule id.
	Rules []RuleCount `json:"rules"`
	// Overdue is what fell due before now and is not done, the longest
	// overdue first.
	Overdue []Due `json:"overdue"`
	// Upcoming is what falls due from now to the end of Until, the soonest
	// first.
	Upcoming []Due `json:"upcoming"`
	// Requests counts the data-subject requests per kind and status at now.
	Requests []rights.Count `json:"requests"`
	// Risk sums up the risk assessments.
	Risk RiskSummary `json:"risk"`
}

// LogValue implements slog.LogValuer: the report's fields under their
// JSON names, any personal data in them redacted at any depth.
func (r Report) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// Count returns the number of findings of area a and severity s. The zero
// Area counts every area and the zero Severity every severity, so
// Count(0, 0) is the number of findings and Count(0, gdpr.Critical) the
// number of critical ones.
func (r Report) Count(a Area, s gdpr.Severity) int {
	n := 0
	for _, c := range r.Counts {
		if (a == 0 || c.Area == a) && (s == 0 || c.Severity == s) {
			n += c.N
		}
	}
	return n
}

// CountRule returns the number of findings of the rule with the given id.
func (r Report) CountRule(id string) int {
	for _, c := range r.Rules {
		if c.Rule == id {
			return c.N
		}
	}
	return 0
}

// Top returns up to n findings, the most serious first, in report order
// within a severity: the list a dashboard leads with. It is a fresh slice.
func (r Report) Top(n int) []Finding {
	if n <= 0 {
		return nil
	}
	out := make([]Finding, 0, min(n, len(r.Findings)))
	for s := gdpr.Critical; s >= gdpr.Info && len(out) < n; s-- {
		for i := range r.Findings {
			if r.Findings[i].Severity != s {
				continue
			}
			out = append(out, r.Findings[i])
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// Links returns the findings of the overview's own rules: the references
// between the pieces that are broken or missing, and the pieces that do not
// validate. It is a fresh slice in report order.
func (r Report) Links() []Finding {
	var out []Finding
	for i := range r.Findings {
		if own(r.Findings[i].Rule) {
			out = append(out, r.Findings[i])
		}
	}
	return out
}

// own reports whether a rule id is one of the overview's.
func own(id string) bool { return len(id) > len("overview.") && id[:len("overview.")] == "overview." }
