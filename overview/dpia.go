package overview

import (
	"slices"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/ropa"
)

// recordDPIA checks the record's reference to its impact assessment: that
// it exists, and that it assesses this record.
func (b *builder) recordDPIA(o *object, rec *ropa.Record) {
	if rec.DPIAID == "" {
		return
	}
	di, ok := b.dpiaIdx[rec.DPIAID]
	if !ok {
		b.rule(o, &ruleDPIAUnknown, "dpiaId")
		return
	}
	b.dpiaUsed[di] = true
	if id := b.m.DPIAs[di].RecordID; id != "" && id != rec.ID {
		b.rule(o, &ruleDPIARecordMismatch, "dpiaId")
	}
}

// dpias checks each impact assessment with its package, on the record it
// names and the agreements it refers to, and checks its references.
func (b *builder) dpias() {
	m := b.m
	for i := range m.DPIAs {
		a := m.DPIAs[i] // a copy: the record is attached to it for the check
		o := &object{area: DPIAs, id: a.ID, index: i}
		b.invalid(o, "", a.Validate())
		b.duplicate(o, b.dpiaDup, "id")

		var rec *ropa.Record
		attached := false
		if ri, ok := b.recordIdx[a.RecordID]; ok {
			rec = &m.Records[ri]
			if rec.DPIAID != a.ID && a.ID != "" {
				b.rule(o, &ruleDPIARecordUnlinked, "recordId")
			}
			if a.Record == nil {
				// The assessment refers to its record rather than embed a
				// snapshot: check it against the record as it stands.
				a.Record, attached = rec, true
			}
		} else if a.RecordID != "" {
			b.rule(o, &ruleRecordUnknown, "recordId")
		}

		// The agreements it refers to that exist: the record's and its
		// own. One that does not exist is dpia.agreement_missing.
		var agreements []dpa.Agreement
		seen := map[int]bool{}
		refer := func(id string) {
			if ai, ok := b.agreementIdx[id]; ok && !seen[ai] {
				seen[ai] = true
				agreements = append(agreements, m.Agreements[ai])
			}
		}
		if a.Record != nil {
			for _, p := range a.Record.Processors {
				refer(p.AgreementID)
			}
		}
		for _, id := range a.AgreementIDs {
			refer(id)
		}
		fs := a.Check(b.now, agreements...)
		if attached {
			// What the check says about the record's own fields (its
			// references to agreements) is reported on the record, where
			// the reference is made: the assessment holds no copy of it.
			fs = slices.DeleteFunc(fs, func(f gdpr.Finding) bool {
				return f.Path == "record" || strings.HasPrefix(f.Path, "record.") || strings.HasPrefix(f.Path, "record[")
			})
		}
		b.addAll(o, fs)

		if rec != nil && rec.Status == ropa.Ended {
			continue
		}
		if d := a.NextReview(); !d.Due.IsZero() {
			b.due(Due{Kind: DPIAReview, Area: DPIAs, ID: a.ID, Index: i, Path: o.path(), Day: d.Due})
		}
	}
}

// The overview's rules about impact assessments.
var (
	// ruleDPIARecordMismatch: the record names an impact assessment that
	// assesses another record (GDPR art. 35(7)(a): the assessment describes
	// the processing it assesses).
	ruleDPIARecordMismatch = gdpr.Rule{
		ID: "overview.dpia_record_mismatch", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(7)(a)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser til en konsekvensanalyse, som vurderer en anden behandling.",
			En: "The record refers to an impact assessment of another processing.",
		},
	}
	// ruleDPIARecordUnlinked: the record an impact assessment assesses does
	// not name it, so the overview (and the record's readers) cannot see
	// that the processing has its DPIA (GDPR art. 35(1), 5(2)).
	ruleDPIARecordUnlinked = gdpr.Rule{
		ID: "overview.dpia_record_unlinked", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(1), 5(2)"),
		Text: gdpr.Text{
			Da: "Den fortegnelse, som konsekvensanalysen vurderer, henviser ikke til konsekvensanalysen.",
			En: "The record the impact assessment assesses does not refer to it.",
		},
	}
)
