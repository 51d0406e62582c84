// Package ropa models the records of processing activities (fortegnelser
// over behandlingsaktiviteter) that Danish public authorities keep under
// Article 30 of the GDPR, and checks them against the regulation and
// Datatilsynet's guidance.
//
// # The record
//
// A [Record] is the controller's record of one processing activity (art.
// 30(1)): controller, joint controllers, representative and DPO contact;
// purposes, each with its legal bases (special legislation included, as
// [gdpr.SpecialLaw]) and KLE numbers; categories of data subjects (the
// vulnerable flagged) with the data types processed about each; recipients
// and disclosures with their basis; transfers to third countries with their
// [Safeguard]; erasure time limits (slettefrister) per data type, each a
// [Period] with the event that starts it ([Trigger]) and the KLE plan's
// archive code B or K ([ArchiveCode]); the security measures and the ways
// data are sent ([Channel]); systems and processors ([ProcessorRef], which
// refers to its data processing agreement in package dpa by id); the owner
// and the annual review (the "årshjul"; [DefaultReviewInterval] is one year);
// and the ids of the risk assessment, the screening and the DPIA. Its other
// facts follow sections 1-7 of the municipal DPIA template, so
// the record is the one description of a processing that screening, risk
// and dpia build on: [Record.HighestCategory], [Record.Vulnerable],
// [Record.SubjectCategories], [Record.DataTypes], [Record.ThirdCountries],
// [Record.TransferStatuses], [Record.Uses] and their kin derive the facts.
//
// A [ProcessorRecord] is the record of art. 30(2), for when the authority
// processes on behalf of others. A [Consent] holds one data subject's
// consent to one purpose, with the instants it was given, expires, was
// withdrawn and stopped; its [Subject] is personal data: in clear in JSON,
// the host's store, and redacted in String, fmt, slog and errors. So are
// a [Party]'s e-mail address and phone number (gdpr.Personal), which may
// be a person's own; a party's name and postal address are an
// organisation's and print. Every record type implements slog.LogValuer.
// The records that [Register]'s queries return are deep copies
// ([Record.Clone]) that share no memory with the register.
//
// # Errors and findings
//
// Validate methods report malformed input (unknown codes, impossible dates,
// dangling references) as [gdpr.Problems] with field paths; errors.Is(err,
// gdpr.ErrInvalid) holds; [ParseJSON] decodes strictly and validates.
// Compliance gaps are not errors: [Record.Check],
// [ProcessorRecord.Check], [Consent.Check] and [Register.Check] return
// [gdpr.Finding]s with a rule id, a severity, a legal reference, a field
// path and Danish and English text; [Rules] lists every rule. The caller
// passes now; the day is taken in Europe/Copenhagen.
//
// # The register
//
// A [Register] holds many records and the consent register. [Register.Select]
// queries it by data category, data type, processor, country, KLE number and
// legal basis; [Register.AffectedBy] answers which records a failing
// processor would hit; [SortByName] sorts in Danish alphabetical order (æ, ø,
// å after z, "aa" as å). [WriteCSV] and [ReadCSV] exchange records with
// Danish Excel (UTF-8 with byte order mark, semicolons, Danish headers by
// default, English on request) without loss; encoding/json and
// [ParseJSON], its strict decoder, do the same in JSON.
// [ImportOS2compliance] reads KL's standard records as OS2compliance ships
// them, reporting the defects of that data as findings; each is a
// [Template] whose findings [Register.CheckTemplates] reports apart until
// the authority adopts it.
//
// # Zero values
//
// Every enumeration's zero value means "not set" and is not valid. The zero
// [Period] is "no period", the zero [Party] "not given", the zero [Record]
// an empty record that does not validate (it needs an ID and a name), and a
// record without a [Status] counts as active.
//
// # Records and agreements
//
// A record and the data processing agreements of its processors must tell
// the same story. [Record.Check] and [Register.Check] take, after now, the
// places the agreements' processors and sub-processors reach the data
// from ([gdpr.Reach], which package dpa's Agreement.Reaches and
// Register.Reaches give), and report every third country or international
// organisation among them that the record's transfers leave out, naming
// the record, the agreement, the sub-processor and the destination.
//
// # Usage
//
//	rec := ropa.Record{ID: "skole-elevadm", Name: "Elevadministration", ...}
//	if err := rec.Validate(); err != nil {
//		return err // malformed input, every problem with its path
//	}
//	for _, f := range rec.Check(now) {
//		fmt.Println(f.Severity.Label(tag), f.Path, f.Text.In(tag))
//	}
//	err := ropa.WriteCSV(w, register.ByName(), language.Danish)
package ropa

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
