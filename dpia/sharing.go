package dpia

import (
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/dkgdpr/gdpr/ropa"
)

// Sharing is what one processor or sub-processor of the record receives,
// the boxes of the municipal DPIA template's questions 7.1 (processors) and
// 7.2 (sub-processors): the purposes it processes the data for and, per
// category of data subjects, the types of data it receives.
type Sharing struct {
	// Processor names the processor as the record names it
	// (ropa.ProcessorRef.Name). Required.
	Processor string `json:"processor"`
	// Purposes are the template's purposes the processor processes the
	// data for ("Formål").
	Purposes []SharingPurpose `json:"purposes,omitempty"`
	// Subjects are the categories of data subjects and the types of data
	// the processor receives about each; empty means every category and
	// type of the record.
	Subjects []ropa.SubjectCategory `json:"subjects,omitempty"`
}

// SharingPurpose is a purpose a processor processes the data for, a box of
// "Formål" in the template's questions 7.1 and 7.2. The zero value means
// "not set" and is not valid.
type SharingPurpose uint8

// The template's purposes, in its order: the five both questions offer,
// then the one of 7.1, the one of 7.2 and the last both offer.
const (
	Marketing           SharingPurpose = iota + 1 // marketing: Markedsføring
	CustomerManagement                            // customer_management: Kundehåndtering
	SecurityPurpose                               // security: Sikkerhed
	Profiling                                     // profiling: Profilering
	Recruitment                                   // recruitment: Rekruttering
	ApplicationDelivery                           // application_delivery: Levering af Applikationen (7.1)
	CloudSupportHosting                           // cloud_support_hosting: Cloud computing, data centre, support og hosting (7.2)
	DatabaseHosting                               // database_hosting: Database og hosting
)

var sharingPurposeDef = enum.Def[SharingPurpose]{
	Type: "SharingPurpose",
	Kind: "dpia: sharing purpose",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Marketing:           {Code: "marketing", Da: "Markedsføring", En: "Marketing"},
		CustomerManagement:  {Code: "customer_management", Da: "Kundehåndtering", En: "Customer management"},
		SecurityPurpose:     {Code: "security", Da: "Sikkerhed", En: "Security"},
		Profiling:           {Code: "profiling", Da: "Profilering", En: "Profiling"},
		Recruitment:         {Code: "recruitment", Da: "Rekruttering", En: "Recruitment"},
		ApplicationDelivery: {Code: "application_delivery", Da: "Levering af Applikationen", En: "Delivery of the application"},
		CloudSupportHosting: {Code: "cloud_support_hosting", Da: "Cloud computing, data centre, support og hosting", En: "Cloud computing, data centre, support and hosting"},
		DatabaseHosting:     {Code: "database_hosting", Da: "Database og hosting", En: "Database and hosting"},
	},
}

// SharingPurposes returns the purposes in the template's order, in a fresh
// slice.
func SharingPurposes() []SharingPurpose { return sharingPurposeDef.Values() }

// purposesOf returns the boxes of question 7.1 (sub false) or 7.2 (sub
// true), in the template's order.
func purposesOf(sub bool) []SharingPurpose {
	last := ApplicationDelivery
	if sub {
		last = CloudSupportHosting
	}
	return []SharingPurpose{Marketing, CustomerManagement, SecurityPurpose, Profiling, Recruitment, last, DatabaseHosting}
}

// sharing returns the assessment's sharing of the named processor, if any.
func (a *Assessment) sharing(name string) (Sharing, bool) {
	for _, s := range a.Sharing {
		if s.Processor == name {
			return s, true
		}
	}
	return Sharing{}, false
}

// box writes a ticked or empty box and its text.
func box(on bool, text string) string {
	if on {
		return "☒ " + text
	}
	return "☐ " + text
}

// dataTypeBoxes renders the template's data type boxes of one category of
// data subjects, in its order and groups (ordinary, criminal offences,
// confidential, sensitive), ticked where types has the type; a custom type
// is added ticked under its tier.
func (b *builder) dataTypeBoxes(types []gdpr.DataType, indent string) []string {
	var lines []string
	for _, c := range []gdpr.DataCategory{gdpr.Ordinary, gdpr.Criminal, gdpr.Confidential, gdpr.Sensitive} {
		lines = append(lines, indent+tierHeadings[c].In(b.tag))
		for _, t := range gdpr.DataTypes() {
			if t.Category() == c {
				lines = append(lines, indent+box(containsType(types, t), t.Label(b.tag)))
			}
		}
		for _, t := range types {
			if t.IsCustom() && t.Category() == c {
				lines = append(lines, indent+box(true, t.Label(b.tag)))
			}
		}
	}
	return lines
}

// tierHeadings are the headings of the template's groups of data type
// boxes, in its words.
var tierHeadings = map[gdpr.DataCategory]gdpr.Text{
	gdpr.Ordinary:     {Da: "Almindelige personoplysninger", En: "Ordinary personal data"},
	gdpr.Criminal:     {Da: "Strafbare forhold", En: "Criminal offences"},
	gdpr.Confidential: {Da: "Fortrolige oplysninger", En: "Confidential data"},
	gdpr.Sensitive:    {Da: "Følsomme personoplysninger", En: "Sensitive personal data"},
}

func containsType(ts []gdpr.DataType, t gdpr.DataType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// vulnerableBox renders the template's box for a vulnerable group.
func (b *builder) vulnerableBox(c gdpr.DataSubjectCategory) string {
	return box(c.Vulnerable, b.tr("Udgør eller indeholder en sårbar gruppe af fysiske personer", "Is or contains a vulnerable group of natural persons"))
}

// sharingLines renders, for one processor of question 7.1 or 7.2, the
// template's purpose boxes and the data type boxes per category of data
// subjects: the assessment's Sharing where it has one, else the record's
// categories, marked as such.
func (a *Assessment) sharingLines(b *builder, p ropa.ProcessorRef) []string {
	sh, ok := a.sharing(p.Name)
	var lines []string
	lines = append(lines, "  "+b.tr("Formål", "Purposes"))
	for _, x := range purposesOf(p.SubProcessor()) {
		lines = append(lines, "  "+box(containsPurpose(sh.Purposes, x), x.Label(b.tag)))
	}
	for _, x := range sh.Purposes {
		if !containsPurpose(purposesOf(p.SubProcessor()), x) {
			lines = append(lines, "  "+box(true, x.Label(b.tag)))
		}
	}
	subjects := sh.Subjects
	if len(subjects) == 0 && a.Record != nil {
		subjects = a.Record.Subjects
		if ok || len(subjects) > 0 {
			lines = append(lines, "  "+b.tr("(Alle fortegnelsens kategorier og oplysninger.)", "(Every category and type of data of the record.)"))
		}
	}
	for i, s := range subjects {
		lines = append(lines, "  "+strconv.Itoa(i+1)+". "+s.Category.Label(b.tag))
		lines = append(lines, b.dataTypeBoxes(s.DataTypes, "  ")...)
	}
	return lines
}

func containsPurpose(ps []SharingPurpose, p SharingPurpose) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}
