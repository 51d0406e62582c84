package ropa

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// os2Register is the shape of OS2compliance's register JSON, in which it
// ships KL's (Local Government Denmark's) standard records of processing
// activities ("kl_article30_*.json").
type os2Register struct {
	PackageName   string       `json:"packageName"`
	Name          string       `json:"name"`
	Description   string       `json:"description"`
	GDPRChoices   []string     `json:"gdprChoices"`
	KLEMainGroups []string     `json:"kleMainGroups"`
	KLEGroups     []string     `json:"kleGroups"`
	Purposes      []os2Purpose `json:"purposes"`
}

// os2Purpose is one purpose with its own legal-basis codes, for a file
// that says which basis serves which purpose.
type os2Purpose struct {
	Description string   `json:"description"`
	GDPRChoices []string `json:"gdprChoices"`
}

// ImportOS2compliance turns one file of OS2compliance's register JSON (KL's
// standard records of processing activities: name, description, legal-basis
// codes and KLE main groups and groups) into a Record. file is the file's
// name; the record's ID is its base name without ".json"
// ("kl_article30_21"), and findings name it.
//
// The record is a [Template]: a standard record the authority has not yet
// adopted, whose findings [Register.CheckTemplates] reports apart from the
// authority's own records until it gets another status. KL's files give
// the record's legal bases as one list, without saying which purpose each
// serves: the record then has one purpose, with the file's description,
// all the bases marked [Purpose.BasesPooled] (so consent next to another
// basis is not judged on a guess) and the KLE numbers (main groups, then
// groups, each once). A file that lists "purposes", each with a
// "description" and its own "gdprChoices", gets one purpose per entry with
// its own bases (a purpose without any gets the file's own list, pooled),
// each with the file's KLE numbers. The legal-basis codes
// map as OS2compliance's choice lists define them: "register-gdpr-valpN"
// is databeskyttelsesloven § N (6-14), "register-gdpr-p6-x" is GDPR art.
// 6(1)(x) and "register-gdpr-p7-x" is GDPR art. 9(2)(x). Names and
// descriptions are trimmed.
//
// Defects in the data are findings, with paths "file:field", never guesses:
// a KLE number that does not parse (KL's data has the main group "4." where
// "54" is meant) is left out with ropa.import_kle_malformed; a record with
// no KLE number at all gets ropa.import_kle_missing; an unknown legal-basis
// code is left out with ropa.import_basis_unknown. Input that is not such a
// file (not JSON, wrong field types, no name) is an error wrapping
// [ErrMalformedImport] that names the file. The imported record has no
// controller, data types or erasure time limits, which a check of the
// template reports.
func ImportOS2compliance(file string, data []byte) (Record, []gdpr.Finding, error) {
	base := path.Base(strings.ReplaceAll(file, `\`, "/"))
	id := strings.TrimSuffix(base, ".json")
	if file == "" || id == "" || id == "." || id == "/" {
		return Record{}, nil, fmt.Errorf("%w: no file name", ErrMalformedImport)
	}
	var src os2Register
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&src); err != nil {
		return Record{}, nil, fmt.Errorf("%w %s: %v", ErrMalformedImport, enum.Quote(base), err)
	}
	if dec.More() {
		return Record{}, nil, fmt.Errorf("%w %s: data after the JSON object", ErrMalformedImport, enum.Quote(base))
	}
	name := strings.TrimSpace(src.Name)
	if name == "" {
		return Record{}, nil, fmt.Errorf("%w %s: no name", ErrMalformedImport, enum.Quote(base))
	}
	if strings.ContainsAny(name, "\r\n") {
		return Record{}, nil, fmt.Errorf("%w %s: the name holds a line break", ErrMalformedImport, enum.Quote(base))
	}
	at := func(field string) string { return base + ":" + field }
	var findings []gdpr.Finding
	defect := func(rule *gdpr.Rule, field, value string) {
		f := rule.Finding(at(field))
		if value != "" {
			f.Text.Da += " Værdi: " + enum.Quote(value) + "."
			f.Text.En += " Value: " + enum.Quote(value) + "."
		}
		findings = append(findings, f)
	}

	bases := func(field string, codes []string) []gdpr.LegalBasis {
		var out []gdpr.LegalBasis
		for i, code := range codes {
			b, ok := os2Basis(code)
			if !ok {
				defect(&ruleImportBasisUnknown, index(field, i), code)
				continue
			}
			if !containsBasis(out, b) {
				out = append(out, b)
			}
		}
		return out
	}
	var kle []gdpr.KLE
	for _, list := range [...]struct {
		field  string
		values []string
	}{{"kleMainGroups", src.KLEMainGroups}, {"kleGroups", src.KLEGroups}} {
		for i, s := range list.values {
			k, err := gdpr.ParseKLE(s)
			if err != nil {
				defect(&ruleImportKLEMalformed, index(list.field, i), s)
				continue
			}
			if !containsKLE(kle, k) {
				kle = append(kle, k)
			}
		}
	}
	var purposes []Purpose
	if len(src.Purposes) == 0 {
		p := Purpose{Description: strings.TrimSpace(src.Description), KLE: kle}
		if p.Description == "" {
			p.Description = name
		}
		p.LegalBases = bases("gdprChoices", src.GDPRChoices)
		p.BasesPooled = len(p.LegalBases) > 0
		purposes = append(purposes, p)
	}
	for i, sp := range src.Purposes {
		p := Purpose{ID: "p" + strconv.Itoa(i+1), Description: strings.TrimSpace(sp.Description), KLE: slices.Clone(kle)}
		if p.Description == "" {
			p.Description = name
		}
		p.LegalBases = bases(index("purposes", i)+".gdprChoices", sp.GDPRChoices)
		if len(sp.GDPRChoices) == 0 && len(src.GDPRChoices) > 0 {
			// The purpose names no bases of its own: the record's, pooled.
			p.LegalBases = bases("gdprChoices", src.GDPRChoices)
			p.BasesPooled = len(p.LegalBases) > 0
		}
		purposes = append(purposes, p)
	}
	if len(src.KLEMainGroups) == 0 && len(src.KLEGroups) == 0 {
		defect(&ruleImportKLEMissing, "kleMainGroups", "")
	}
	rec := Record{ID: id, Name: name, Status: Template, Purposes: purposes}
	if err := rec.Validate(); err != nil {
		return Record{}, nil, fmt.Errorf("%w %s: %w", ErrMalformedImport, enum.Quote(base), err)
	}
	return rec, findings, nil
}

// os2Basis maps an OS2compliance legal-basis code to a LegalBasis.
func os2Basis(code string) (gdpr.LegalBasis, bool) {
	var b gdpr.LegalBasis
	if n, ok := strings.CutPrefix(code, "register-gdpr-valp"); ok {
		k, err := strconv.Atoi(n)
		if err != nil || k < 6 || k > 14 || strconv.Itoa(k) != n {
			return "", false
		}
		b = gdpr.LegalBasis("dbl_" + n)
	} else if x, ok := strings.CutPrefix(code, "register-gdpr-p6-"); ok && len(x) == 1 {
		b = gdpr.LegalBasis("art6_1_" + x)
	} else if x, ok := strings.CutPrefix(code, "register-gdpr-p7-"); ok && len(x) == 1 {
		b = gdpr.LegalBasis("art9_2_" + x)
	}
	if !b.Valid() {
		return "", false
	}
	return b, true
}

func containsBasis(bs []gdpr.LegalBasis, b gdpr.LegalBasis) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

func containsKLE(ks []gdpr.KLE, k gdpr.KLE) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}
