package breach

import (
	"log/slog"

	"github.com/dkgdpr/gdpr"
)

// The record and result types below implement slog.LogValuer with
// gdpr.LogValueOf: their exported fields under their JSON names, with
// every personal text (gdpr.Personal, a Contact, an Incident) redacted, so
// that even a handler not wrapped in gdpr.RedactingHandler logs them
// without personal data when they are an attribute's value. [Incident]
// and [Contact] have LogValue methods of their own.

// LogValue implements slog.LogValuer: a list of the incidents, each as
// [Incident.LogValue] logs it.
func (l Log) LogValue() slog.Value { return gdpr.LogValueOf(l) }

// LogValue implements slog.LogValuer; the reasons for a delay are
// redacted.
func (n Notification) LogValue() slog.Value { return gdpr.LogValueOf(n) }

// LogValue implements slog.LogValuer.
func (n SubjectNotice) LogValue() slog.Value { return gdpr.LogValueOf(n) }

// LogValue implements slog.LogValuer; the reason is redacted.
func (e Exemption) LogValue() slog.Value { return gdpr.LogValueOf(e) }

// LogValue implements slog.LogValuer; the note is redacted.
func (a Adjustment) LogValue() slog.Value { return gdpr.LogValueOf(a) }

// LogValue implements slog.LogValuer; the adjustments' notes are redacted.
func (c DataContext) LogValue() slog.Value { return gdpr.LogValueOf(c) }

// LogValue implements slog.LogValuer; the reasons for a delay are
// redacted.
func (r Row) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// LogValue implements slog.LogValuer; the contexts' notes are redacted.
func (a Assessment) LogValue() slog.Value { return gdpr.LogValueOf(a) }

// LogValue implements slog.LogValuer; the assessment's notes are
// redacted.
func (s Score) LogValue() slog.Value { return gdpr.LogValueOf(s) }

// LogValue implements slog.LogValuer; the score's notes are redacted.
func (d Decision) LogValue() slog.Value { return gdpr.LogValueOf(d) }
