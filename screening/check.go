package screening

import (
	"errors"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
)

// Check returns the compliance gaps of the screening, as [Assess] finds
// them in [Result.Findings]: a declined DPIA without documented reasons, a
// presumed or mandatory DPIA declined, a missing decision, inconsistent or
// unanswered triggers. A screening that does not validate (incomplete, an
// unknown code) is reported as findings of rule screening.invalid, one per
// problem, at the problem's path. The result is never nil: a clean
// screening gives an empty list.
//
// now is when the check is made. Nothing in a screening depends on the
// date today; now is there so every record of the module checks alike.
func (s Screening) Check(now time.Time) []gdpr.Finding {
	reasonBlank, err := s.validate()
	if err != nil {
		return invalidFindings(err)
	}
	return assess(s, reasonBlank).Findings
}

// invalidFindings reports each problem of err as a finding of rule
// screening.invalid.
func invalidFindings(err error) []gdpr.Finding {
	var ps gdpr.Problems
	if !errors.As(err, &ps) {
		ps = gdpr.Problems{{Code: gdpr.CodeMalformed, Message: err.Error()}}
	}
	out := make([]gdpr.Finding, 0, len(ps))
	for _, p := range ps {
		f := ruleInvalid.Finding(p.Path)
		f.Text.Da += " (" + p.Code + ": " + p.Message + ")"
		f.Text.En += " (" + p.Code + ": " + p.Message + ")"
		out = append(out, f)
	}
	return out
}

// ParseJSON decodes one of the package's records strictly, then validates
// it: a [Screening] (the screening table a host stores), the [Facts] of a
// processing, or a [Policy]. Unknown fields, duplicate keys, field names in
// another case, values of the wrong JSON type and unknown codes are
// problems, reported together as gdpr.Problems with JSON field paths
// ("answers[2].answer"), as are the problems Validate finds.
// errors.Is(err, gdpr.ErrInvalid) holds for every error.
func ParseJSON[T Screening | Facts | Policy](data []byte) (T, error) {
	return jsonstrict.Parse[T](data)
}
