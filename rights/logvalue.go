package rights

import (
	"log/slog"

	"github.com/dkgdpr/gdpr"
)

// The record and result types below implement slog.LogValuer with
// gdpr.LogValueOf: their exported fields under their JSON names, with
// every personal text (gdpr.Personal, a Requester, a Request) redacted,
// so that even a handler not wrapped in gdpr.RedactingHandler logs them
// without personal data when they are an attribute's value.

// LogValue implements slog.LogValuer; the reason is redacted.
func (e Extension) LogValue() slog.Value { return gdpr.LogValueOf(e) }

// LogValue implements slog.LogValuer; the reason is redacted.
func (p Pause) LogValue() slog.Value { return gdpr.LogValueOf(p) }

// LogValue implements slog.LogValuer; the reason is redacted.
func (f Fee) LogValue() slog.Value { return gdpr.LogValueOf(f) }

// LogValue implements slog.LogValuer.
func (a Answer) LogValue() slog.Value { return gdpr.LogValueOf(a) }

// LogValue implements slog.LogValuer; the exception's reason is redacted.
func (c Collection) LogValue() slog.Value { return gdpr.LogValueOf(c) }

// LogValue implements slog.LogValuer; the request is logged as
// [Request.LogValue] logs it.
func (it Item) LogValue() slog.Value { return gdpr.LogValueOf(it) }

// LogValue implements slog.LogValuer; each item's request is logged as
// [Request.LogValue] logs it.
func (o Overview) LogValue() slog.Value { return gdpr.LogValueOf(o) }
