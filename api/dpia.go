package api

import (
	"bytes"
	"encoding/base64"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
)

// DPIADecideRequest asks for everything that follows from an impact
// assessment.
type DPIADecideRequest struct {
	// Assessment is the data protection impact assessment (GDPR art. 35)
	// in the municipal DPIA template's shape; it must validate.
	Assessment dpia.Assessment `json:"assessment"`
	// Policy is the authority's choices where the template leaves room;
	// left out, the stricter reading (every further measure before the
	// start).
	Policy dpia.Policy `json:"policy,omitzero"`
}

// DPIADecideResponse holds the decisions.
type DPIADecideResponse struct {
	// Decisions are the summary of the risks, the answers to the seven key
	// questions, prior consultation (GDPR art. 36(1)), whether the
	// processing may start and when the next review is due.
	Decisions dpia.Decisions `json:"decisions"`
}

func dpiaDecide(r DPIADecideRequest) (DPIADecideResponse, error) {
	if err := join(under("assessment", r.Assessment.Validate()), under("policy", r.Policy.Validate())); err != nil {
		return DPIADecideResponse{}, err
	}
	d, err := r.Policy.Decide(r.Assessment)
	if err != nil {
		return DPIADecideResponse{}, under("policy", err)
	}
	return DPIADecideResponse{Decisions: d}, nil
}

// DPIACheckRequest asks for the compliance gaps of an impact assessment at
// an instant.
type DPIACheckRequest struct {
	At
	// Assessment is the impact assessment.
	Assessment dpia.Assessment `json:"assessment"`
	// Policy is the authority's choices; left out, the default.
	Policy dpia.Policy `json:"policy,omitzero"`
	// Agreements are the data processing agreements the assessment refers
	// to (its record's and its own); one referred to and not given is a
	// finding.
	Agreements []dpa.Agreement `json:"agreements,omitempty"`
}

// DPIACheckResponse lists the compliance gaps.
type DPIACheckResponse struct {
	Evaluated
	// Findings are the gaps of the assessment, its screening and its
	// risks, with paths such as "assessment.risks[2].residual"; a
	// malformed value is a finding dpia.invalid.
	Findings []gdpr.Finding `json:"findings"`
}

func dpiaCheck(r DPIACheckRequest) (DPIACheckResponse, error) {
	return DPIACheckResponse{Findings: prefixed("assessment", r.Policy.Check(r.Assessment, r.Now, r.Agreements...))}, nil
}

// DPIAReportRequest asks for the impact assessment as a document in the
// municipal DPIA template's order and wording.
type DPIAReportRequest struct {
	// Assessment is the impact assessment; it must validate.
	Assessment dpia.Assessment `json:"assessment"`
	// Policy is the authority's policy the decisions apply; the report
	// states the reading it applies.
	Policy dpia.Policy `json:"policy,omitzero"`
	// Agreements are the data processing agreements the assessment refers
	// to, for sections 7.1-7.4.
	Agreements []dpa.Agreement `json:"agreements,omitempty"`
	// Format is "html" (the default), "md" (Markdown) or "docx" (Word).
	Format Format `json:"format,omitempty"`
	// Lang is the language of the report: "da" (the default, the
	// template's wording) or "en".
	Lang Lang `json:"lang,omitempty"`
	// FindingsAt, when set, adds a last section with the findings at that
	// instant. Left out, the report of a decided assessment does not
	// change with the day it is made.
	FindingsAt time.Time `json:"findingsAt,omitzero"`
}

// Document is a file an operation makes, in JSON like every answer: its
// bytes in base64 beside its media type and a file name. One JSON shape
// for every format is what clients generated from the OpenAPI document
// (.NET, Java) handle best; "dkgdpr dpia report" writes the bytes to a
// file.
type Document struct {
	// Format is the document's format: "html", "md" or "docx".
	Format Format `json:"format"`
	// MediaType is the document's media type, for a Content-Type header
	// or a case system's file store ("text/html; charset=utf-8").
	MediaType string `json:"mediaType"`
	// FileName is a name for the file, with the format's extension
	// ("dpia-2025-17.docx").
	FileName string `json:"fileName"`
	// Content is the document's bytes in base64 (RFC 4648 section 4, with
	// padding) whatever the format, so that a caller handles every format
	// alike: Convert.FromBase64String in .NET, Base64.getDecoder().decode
	// in Java, Buffer.from(content, "base64") in Node.
	Content string `json:"content"`
}

// Bytes returns the document's bytes, decoded from base64.
func (d Document) Bytes() ([]byte, error) { return base64.StdEncoding.DecodeString(d.Content) }

// DPIAReportResponse holds the report.
type DPIAReportResponse struct {
	// Document is the report.
	Document Document `json:"document"`
}

func dpiaReport(r DPIAReportRequest) (DPIAReportResponse, error) {
	if err := join(under("assessment", r.Assessment.Validate()), under("policy", r.Policy.Validate())); err != nil {
		return DPIAReportResponse{}, err
	}
	f := r.Format
	if f == 0 {
		f = HTML
	}
	o := dpia.ReportOptions{Lang: r.Lang.Tag(), Agreements: r.Agreements, Now: r.FindingsAt, Policy: r.Policy}
	var b bytes.Buffer
	var err error
	switch f {
	case Markdown:
		err = r.Assessment.WriteMarkdown(&b, o)
	case DOCX:
		err = r.Assessment.WriteDOCX(&b, o)
	default:
		err = r.Assessment.WriteHTML(&b, o)
	}
	if err != nil {
		return DPIAReportResponse{}, under("assessment", err)
	}
	return DPIAReportResponse{Document: Document{
		Format:    f,
		MediaType: f.mediaType(),
		FileName:  fileName("dpia", r.Assessment.ID, f),
		Content:   base64.StdEncoding.EncodeToString(b.Bytes()),
	}}, nil
}
