package overview

import (
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// Municipality is an authority's whole set of data protection records,
// as its systems hold them: the records of processing and the consents
// (ropa), the data processing agreements (dpa), the DPIA screenings, the
// impact assessments (dpia), the risk assessments, the breach log and the
// data-subject requests, and the authority's policy choices. The pieces refer
// to each other by id: a record to its agreements, screening, DPIA and risk
// assessment; an agreement to the records it serves; a DPIA to its record
// and agreements; a consent, a breach and a request to the records they
// concern. [Build] checks every piece with its own package and checks
// the references between them.
//
// A Municipality is a plain struct that hosts fill from their stores; JSON
// carries it with camelCase names. Build reads it and never changes it. The
// zero value is an authority with nothing recorded.
type Municipality struct {
	// Name names the authority ("Eksempel Kommune"), for reports.
	Name string `json:"name,omitempty"`
	// Records are the records of processing activities (GDPR art. 30).
	Records []ropa.Record `json:"records,omitempty"`
	// Consents are the consents held, each naming its record and purpose.
	Consents []ropa.Consent `json:"consents,omitempty"`
	// Agreements are the data processing agreements (GDPR art. 28).
	Agreements []dpa.Agreement `json:"agreements,omitempty"`
	// Screenings are the DPIA screenings, each with the id records use
	// for it.
	Screenings []Screening `json:"screenings,omitempty"`
	// DPIAs are the data protection impact assessments (GDPR art. 35),
	// each naming its record (dpia.Assessment.RecordID).
	DPIAs []dpia.Assessment `json:"dpias,omitempty"`
	// Risks are the risk assessments, each a set of risks with the id
	// records use for it.
	Risks []RiskAssessment `json:"risks,omitempty"`
	// Breaches are the breach log (GDPR art. 33(5)), each with the records
	// and agreements it concerns.
	Breaches []Breach `json:"breaches,omitempty"`
	// Requests are the data-subject requests, each with the records it
	// concerns.
	Requests []Request `json:"requests,omitempty"`
	// Policy holds the authority's choices where the rules leave room.
	Policy Policy `json:"policy,omitzero"`
}

// LogValue implements slog.LogValuer: the authority's name and how many
// pieces of each kind it holds, never a piece itself (a request names its
// requester, a breach its contact).
func (m Municipality) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("name", m.Name),
		slog.Int("records", len(m.Records)),
		slog.Int("consents", len(m.Consents)),
		slog.Int("agreements", len(m.Agreements)),
		slog.Int("screenings", len(m.Screenings)),
		slog.Int("dpias", len(m.DPIAs)),
		slog.Int("risks", len(m.Risks)),
		slog.Int("breaches", len(m.Breaches)),
		slog.Int("requests", len(m.Requests)),
	)
}

// Validate reports what makes an overview of m impossible: a policy that
// does not validate ([Policy.Validate], paths under "policy"), as an error
// wrapping ErrInvalidPolicy and a gdpr.Problems. The pieces are not
// validated here: [Build] and [Municipality.Check] report each problem of a
// piece as a finding of overview.invalid, with its path.
func (m Municipality) Validate() error {
	if err := m.Policy.Validate(); err != nil {
		var ps gdpr.Problems
		ps.Merge("policy", err)
		return fmt.Errorf("%w: %w", ErrInvalidPolicy, ps)
	}
	return nil
}

// Check returns every finding of the municipality at the instant now, as
// [Build] reports them (see [Report.Findings] for the order), each a
// gdpr.Finding whose path starts at the municipality
// ("records[3].retention"). A policy that does not validate is reported as
// findings of overview.invalid under "policy", and the pieces are then
// checked under the default policy. The result is never nil: a municipality
// with nothing to report gives an empty slice.
func (m Municipality) Check(now time.Time) []gdpr.Finding {
	out := []gdpr.Finding{}
	if err := m.Policy.Validate(); err != nil {
		var ps gdpr.Problems
		ps.Merge("policy", err)
		for _, p := range ps {
			out = append(out, invalidFinding(p))
		}
		m.Policy = Policy{}
	}
	r, err := Build(m, now, 0)
	if err != nil {
		return out // not reached: the policy is valid
	}
	out = slices.Grow(out, len(r.Findings))
	for _, f := range r.Findings {
		out = append(out, f.Finding)
	}
	return out
}

// Screening is a DPIA screening (package screening) with the id the
// authority files it under, which records use in ropa.Record.ScreeningID.
// A screening.Screening has no id of its own.
type Screening struct {
	// ID identifies the screening; records refer to it. Required.
	ID string `json:"id"`
	// Screening is the screening itself.
	Screening screening.Screening `json:"screening"`
}

// LogValue implements slog.LogValuer: the fields under their JSON names,
// the personal data in them redacted at any depth.
func (s Screening) LogValue() slog.Value { return gdpr.LogValueOf(s) }

// Validate reports a missing id and every problem of the screening (paths
// under "screening"), as gdpr.Problems.
func (s Screening) Validate() error {
	var ps gdpr.Problems
	requiredID(&ps, "id", s.ID)
	ps.Merge("screening", s.Screening.Validate())
	return ps.Err()
}

// RiskAssessment is one risk assessment (risikovurdering): the risks of a
// processing rated on one matrix, with the id records use for it in
// ropa.Record.RiskAssessmentID. Package risk rates single risks; this is the
// set a record refers to.
type RiskAssessment struct {
	// ID identifies the risk assessment; records refer to it. Required.
	ID string `json:"id"`
	// Matrix is the matrix the risks are rated on; the zero Matrix is the
	// template's, risk.DefaultMatrix.
	Matrix risk.Matrix `json:"matrix,omitzero"`
	// Assessments are the risks, rows of the template's risk table.
	Assessments []risk.Assessment `json:"assessments,omitempty"`
}

// LogValue implements slog.LogValuer: the fields under their JSON names,
// the personal data in them redacted at any depth.
func (r RiskAssessment) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// Validate reports a missing id and every problem of each risk on the
// matrix (paths such as "assessments[2].residual.consequence"), as
// gdpr.Problems.
func (r RiskAssessment) Validate() error { return r.validate(true) }

// validate is Validate, with the risks left unchecked when assessments is
// false: for Build, whose risk.Set.Check has already found them valid.
func (r RiskAssessment) validate(assessments bool) error {
	var ps gdpr.Problems
	requiredID(&ps, "id", r.ID)
	if assessments {
		for i, a := range r.Assessments {
			ps.Merge("assessments["+strconv.Itoa(i)+"]", a.ValidateOn(r.Matrix))
		}
	}
	return ps.Err()
}

// Breach is an entry of the breach log: the incident (package breach) and
// what it concerns, which an incident does not record itself: the records of
// processing whose data were breached, and, for a breach at a processor,
// the data processing agreements with the processors of the chain.
type Breach struct {
	// Incident is the breach. Its ID is the breach's id in the overview.
	Incident breach.Incident `json:"incident"`
	// RecordIDs are the ids of the records of processing concerned.
	RecordIDs []string `json:"recordIds,omitempty"`
	// AgreementIDs are the ids of the data processing agreements under
	// which a processor of the chain processed the data. When empty, the
	// overview looks for them among the agreements of the records
	// concerned, by the names of the processors of the chain.
	AgreementIDs []string `json:"agreementIds,omitempty"`
}

// LogValue implements slog.LogValuer: the incident as it logs itself
// (breach.Incident.LogValue, no contact or free text) and the ids.
func (b Breach) LogValue() slog.Value { return gdpr.LogValueOf(b) }

// Format prints the entry for every verb as %v does, the incident through
// its own Format (package breach redacts its contact and free texts), so
// that fmt never prints the incident's fields itself: a verb that does not
// fit a struct (%s on a []*Breach) would otherwise have fmt print them
// without asking the incident to redact them.
func (b Breach) Format(f fmt.State, _ rune) {
	_, _ = fmt.Fprintf(f, "{%v %v %v}", b.Incident, b.RecordIDs, b.AgreementIDs)
}

// Validate reports every problem of the incident (paths under "incident")
// and empty ids, as gdpr.Problems.
func (b Breach) Validate() error { return b.validate(b.Incident.Validate()) }

// validate is Validate with the incident's problems given: for Build, which
// validates the incident only when breach.Policy.Check found it invalid.
func (b Breach) validate(incident error) error {
	var ps gdpr.Problems
	ps.Merge("incident", incident)
	requiredIDs(&ps, "recordIds", b.RecordIDs)
	requiredIDs(&ps, "agreementIds", b.AgreementIDs)
	return ps.Err()
}

// Request is a data-subject request (package rights) with the records of
// processing it concerns, which a request does not record itself.
type Request struct {
	// Request is the request. Its ID is the request's id in the overview.
	Request rights.Request `json:"request"`
	// RecordIDs are the ids of the records of processing concerned; empty
	// when not recorded.
	RecordIDs []string `json:"recordIds,omitempty"`
}

// LogValue implements slog.LogValuer: the request as it logs itself
// (rights.Request.LogValue, its requester redacted) and the record ids.
func (r Request) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// Validate reports every problem of the request (paths under "request")
// and empty record ids, as gdpr.Problems.
func (r Request) Validate() error { return r.validate(r.Request.Validate()) }

// validate is Validate with the request's problems given: for Build, which
// validates the request only when rights.Policy.Check found it invalid.
func (r Request) validate(request error) error {
	var ps gdpr.Problems
	ps.Merge("request", request)
	requiredIDs(&ps, "recordIds", r.RecordIDs)
	return ps.Err()
}

// Policy holds an authority's choices where the rules leave room, for the
// packages whose checks take one. The zero value is every package's default
// policy.
type Policy struct {
	// Breach chooses the facts and factors of the breach decision (GDPR
	// art. 33 and 34); the zero value is the default policy.
	Breach breach.Policy `json:"breach,omitzero"`
	// Rights gives the closed days and the reading of an extension for
	// the deadlines of data-subject requests; the zero value is the default.
	Rights rights.Policy `json:"rights,omitzero"`
	// DPIA says which further measures of an impact assessment must be in
	// place before the processing starts; the zero value is dpia's
	// default, every measure.
	DPIA dpia.Policy `json:"dpia,omitzero"`
}

// Validate reports the problems of each package's policy, with paths under
// "breach", "rights" and "dpia", as an error wrapping ErrInvalidPolicy and a
// gdpr.Problems.
func (p Policy) Validate() error {
	var ps gdpr.Problems
	ps.Merge("breach", p.Breach.Validate())
	ps.Merge("rights", p.Rights.Validate())
	ps.Merge("dpia", p.DPIA.Validate())
	if len(ps) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrInvalidPolicy, ps)
}

// requiredID reports an empty id, one with surrounding space or one with a
// control character (ids go into paths, reports and links).
func requiredID(ps *gdpr.Problems, path, id string) {
	if code, msg := checkID(id); code != "" {
		ps.Add(path, code, msg)
	}
}

// requiredIDs reports each id of a list as requiredID does.
func requiredIDs(ps *gdpr.Problems, path string, ids []string) {
	for i, id := range ids {
		if code, msg := checkID(id); code != "" {
			ps.Add(path+"["+strconv.Itoa(i)+"]", code, msg)
		}
	}
}

// checkID returns the problem code and message of a malformed id, or "".
func checkID(id string) (code, msg string) {
	switch {
	case id == "":
		return gdpr.CodeRequired, "an id is required"
	case printableASCII(id):
		return "", "" // the common case, without decoding runes
	case strings.TrimSpace(id) != id || strings.ContainsFunc(id, isControl):
		return gdpr.CodeMalformed, "the id has surrounding space or a control character"
	}
	return "", ""
}

// printableASCII reports whether every byte of s is a printable ASCII
// character other than space: such an id has neither surrounding space
// nor a control character.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }
