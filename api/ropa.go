package api

import (
	"errors"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/ropa"
)

// RopaCheckRequest asks for the compliance gaps of a record of processing
// activities, or of a whole register, at an instant.
type RopaCheckRequest struct {
	At
	// Record is one record of processing activities (GDPR art. 30(1)).
	// Exactly one of record and register is given.
	Record *ropa.Record `json:"record,omitempty"`
	// Register is the authority's whole register of records and consents.
	Register *ropa.Register `json:"register,omitempty"`
	// Agreements are data processing agreements whose reaches (every
	// country or international organisation a processor or sub-processor
	// reaches the data from) are reconciled with the records' transfers
	// (GDPR art. 30(1)(d) and (e), 44). Agreements that concern no record
	// checked are ignored, so a caller may pass all it has.
	Agreements []dpa.Agreement `json:"agreements,omitempty"`
	// Reaches are reaches worked out already (dpa/reach), reconciled as
	// the agreements' are.
	Reaches []gdpr.Reach `json:"reaches,omitempty"`
}

// RopaCheckResponse lists the compliance gaps.
type RopaCheckResponse struct {
	Evaluated
	// Findings are the gaps of the record, or of the register's records
	// (templates aside) and consents, with paths from the request's root
	// ("record.retention", "register.records[3].transfers[0]"). A
	// malformed value is a finding ropa.invalid at its path.
	Findings []gdpr.Finding `json:"findings"`
	// TemplateFindings are the gaps of the register's templates (standard
	// records not yet adopted, such as those imported from OS2compliance),
	// reported apart: they are the work of adopting them. Empty for a
	// record.
	TemplateFindings []gdpr.Finding `json:"templateFindings"`
}

func ropaCheck(r RopaCheckRequest) (RopaCheckResponse, error) {
	if (r.Record == nil) == (r.Register == nil) {
		return RopaCheckResponse{}, gdpr.Problems{{Path: "record", Code: gdpr.CodeRequired, Message: "give exactly one of record and register"}}
	}
	reaches, err := reachesOf(r.Agreements)
	if err != nil {
		return RopaCheckResponse{}, err
	}
	reaches = append(reaches, r.Reaches...)
	resp := RopaCheckResponse{TemplateFindings: []gdpr.Finding{}}
	if r.Record != nil {
		resp.Findings = prefixed("record", r.Record.Check(r.Now, reaches...))
	} else {
		resp.Findings = prefixed("register", r.Register.Check(r.Now, reaches...))
		resp.TemplateFindings = prefixed("register", r.Register.CheckTemplates(r.Now))
	}
	return resp, nil
}

// reachesOf validates agreements and returns their reaches.
func reachesOf(agreements []dpa.Agreement) ([]gdpr.Reach, error) {
	var ps gdpr.Problems
	for i, a := range agreements {
		ps.Merge("agreements["+strconv.Itoa(i)+"]", a.Validate())
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	var out []gdpr.Reach
	for _, a := range agreements {
		out = append(out, a.Reaches()...)
	}
	return out, nil
}

// RopaImportRequest asks to turn files of OS2compliance's register into
// records of processing activities.
type RopaImportRequest struct {
	// Files are the files of OS2compliance's register JSON (KL's standard
	// records of processing activities), one record each.
	Files []ImportFile `json:"files"`
}

// ImportFile is one file to import.
type ImportFile struct {
	// Name is the file's name ("kl_article30_21.json"); the record's id is
	// its base name without ".json".
	Name string `json:"name"`
	// Content is the file's JSON text, as read from the file.
	Content string `json:"content"`
}

// RopaImportResponse holds the imported records.
type RopaImportResponse struct {
	// Register holds one record per file, in the order of the files, each
	// with status "template": a standard record the authority has not yet
	// adopted.
	Register ropa.Register `json:"register"`
	// Findings are the defects of the data, left out of the records rather
	// than guessed (an unknown legal-basis code, a malformed KLE number),
	// with paths "<file>:<field>".
	Findings []gdpr.Finding `json:"findings"`
}

func ropaImport(r RopaImportRequest) (RopaImportResponse, error) {
	var ps gdpr.Problems
	if len(r.Files) == 0 {
		ps.Add("files", gdpr.CodeRequired, "give at least one file")
	}
	resp := RopaImportResponse{Register: ropa.Register{Records: []ropa.Record{}}, Findings: []gdpr.Finding{}}
	for i, f := range r.Files {
		at := "files[" + strconv.Itoa(i) + "]"
		if f.Name == "" {
			ps.Add(at+".name", gdpr.CodeRequired, "the file's name is required")
			continue
		}
		rec, findings, err := ropa.ImportOS2compliance(f.Name, []byte(f.Content))
		switch {
		case errors.Is(err, ropa.ErrMalformedImport):
			// The message names the file; the path says which it is.
			ps.Add(at+".content", gdpr.CodeMalformed, "not a file of OS2compliance's register: its JSON, a member's type or the name is wrong")
			continue
		case err != nil:
			return RopaImportResponse{}, err
		}
		resp.Register.Records = append(resp.Register.Records, rec)
		resp.Findings = append(resp.Findings, findings...)
	}
	if err := ps.Err(); err != nil {
		return RopaImportResponse{}, err
	}
	return resp, nil
}
