package dpia

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// String describes a for logs without any of its texts:
// `dpia.Assessment{id: "dpia-7", status: decided, risks: 6}`. The ID is
// quoted only when it looks like a code.
func (a Assessment) String() string {
	var b strings.Builder
	b.WriteString("dpia.Assessment{id: ")
	b.WriteString(enum.Quote(a.ID))
	b.WriteString(", status: ")
	b.WriteString(a.status().String())
	b.WriteString(", risks: ")
	b.WriteString(strconv.Itoa(len(a.Risks)))
	if a.Approval.Verdict.Valid() {
		b.WriteString(", verdict: ")
		b.WriteString(a.Approval.Verdict.String())
	}
	b.WriteString("}")
	return b.String()
}

// Format prints [Assessment.String] for every verb, %#v and %+v included, so
// that no format string prints a name or a free text.
func (a Assessment) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(a.String())) }

// LogValue logs what identifies the assessment and its state, never a name
// or a free text: id, record id, status, the number of risks and of further
// measures not implemented, the verdict and the day of the decision.
func (a Assessment) LogValue() slog.Value {
	verdict := ""
	if a.Approval.Verdict.Valid() {
		verdict = a.Approval.Verdict.String()
	}
	decided := ""
	if a.Approval.Date.Valid() {
		decided = a.Approval.Date.String()
	}
	return slog.GroupValue(
		slog.String("id", a.ID),
		slog.String("recordId", a.RecordID),
		slog.String("status", a.status().String()),
		slog.Int("risks", len(a.Risks)),
		slog.Int("pendingMeasures", a.countPending()),
		slog.String("verdict", verdict),
		slog.String("decided", decided),
	)
}

// LogValue logs the approval with who decided redacted ([gdpr.LogValueOf]).
func (ap Approval) LogValue() slog.Value { return gdpr.LogValueOf(ap) }

// LogValue logs the exception with who approved it redacted.
func (e Exception) LogValue() slog.Value { return gdpr.LogValueOf(e) }

// LogValue logs the revision with its author redacted.
func (r Revision) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// LogValue logs the review with who reviewed redacted.
func (r Review) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// LogValue logs the DPO's part with the respondent redacted.
func (d DPO) LogValue() slog.Value { return gdpr.LogValueOf(d) }
