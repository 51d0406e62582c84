// Package gdpr is the shared vocabulary of dkgdpr, a library that turns the
// GDPR compliance work of Danish public authorities into typed values and
// rules that case systems call.
//
// The domain packages build on it:
//
//   - screening: does a processing need a DPIA (konsekvensanalyse)?
//   - risk: the 4x4 consequence x probability matrix and its bands
//   - ropa: records of processing activities (fortegnelser), GDPR art. 30
//   - breach: personal data breaches and the 72-hour clock, art. 33 and 34
//   - rights: data-subject requests and their deadlines, art. 12-22
//   - dpa: data processing agreements (databehandleraftaler), art. 28
//   - dpia: the whole impact assessment, art. 35 and 36
//
// This package holds what they share:
//
//   - [DataCategory]: the four protection tiers of the municipal DPIA
//     template, section 1.1 (almindelige, fortrolige, følsomme personoplysninger, strafbare
//     forhold), ordered so categories compare with < and >;
//   - [DataType]: the template's data types, each with its category, and
//     custom types named with an explicit category; [HighestCategory];
//   - [LegalBasis]: GDPR art. 6(1), 9(2) and 10, databeskyttelsesloven
//     §§ 6-14 and special legislation, with [CheckBases] to test data
//     types against bases;
//   - [DataSubjectCategory] and [SubjectGroup] presets with the template's
//     "vulnerable group" flag;
//   - [Country] (ISO 3166-1 alpha-2), the EEA ([EEA], [Country.InEEA]) and
//     the dated adequacy decisions ([AdequacyDecisions]): [TransferTo] says
//     whether sending data to a country on a date is within the EU/EEA,
//     covered by an adequacy decision (GDPR art. 45, possibly only for some
//     recipients, such as DPF-certified US organisations) or a transfer to
//     a third country that needs an art. 46 tool; Greenland is a third
//     country, the Faroe Islands are adequate;
//   - [Date], a civil date evaluated in Europe/Copenhagen;
//   - identifiers: [KLE] numbers (KLE-nummer), [CVR] numbers (modulus 11)
//     and [CPR] numbers (CPR-nummer; format and date checks only), the
//     latter redacted to the birth date wherever they are printed, logged
//     or encoded, with [CPR.Reveal] as the one way to the full number;
//   - [Personal], a text that identifies or may describe a person, and
//     [RedactingHandler], which keeps such texts out of logs;
//   - [Problems] for invalid input and [Finding] for compliance gaps.
//
// A short tour:
//
//	types := []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health}
//	gdpr.HighestCategory(types...)                  // gdpr.Sensitive
//	findings := gdpr.CheckBases("purposes[0]", types,
//		[]gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare})
//	// one finding: gdpr.cpr_basis_missing (databeskyttelsesloven § 11)
//
//	us, _ := gdpr.ParseCountry("US")
//	t := gdpr.TransferTo(us, gdpr.DateOf(now))      // adequate, if DPF-certified
//	cpr, err := gdpr.ParseCPR(input)                // fmt.Print(cpr) shows "DDMMYY-xxxx"
//
// # Errors and findings
//
// Invalid input is an error: Validate methods return every problem at once
// as [Problems], each with a field path, and errors.Is(err, [ErrInvalid])
// holds for every error of every package of the module. A message names its
// package once ("gdpr: malformed date \"2025-02-30\"") and quotes input
// only when it looks like a code, never what could be personal data. A compliance gap is not an error but a [Finding] with a stable rule
// id, a [Severity], a legal reference and a Danish and English text. Check
// functions return findings so hosts can list them and unit-test their own
// data against the rules.
//
// # Personal data in outputs
//
// One rule holds for every type of the module: the identity of a data
// subject or of a requester (a name, a contact address, a CPR number), a
// consent's subject and a free text that may describe a person are
// redacted in String, in every fmt verb (also when the value is a field,
// exported or not, a slice element or a map value of what is printed), in
// log/slog (also nested, also in the JSON handler, when the host's handler
// is wrapped with [RedactingHandler]) and in error messages. JSON and
// database/sql are storage and keep them in clear, so that every record
// round-trips; the one exception is the bare [CPR], which never shows its
// serial part in any encoding (a host stores [CPR.Reveal]). Contact
// details that the law makes public may print: a data protection
// officer's, which the controller publishes (GDPR art. 37(7)), and an
// authority's own.
//
// A package holds such data as [Personal] (or [CPR]), whose String,
// Format, GoString and LogValue print [Redacted] and which keeps its text
// masked, so that fmt shows nothing readable even for an unexported field.
// A record type that holds personal data implements slog.LogValuer,
// usually with [LogValueOf]; [RedactingHandler] calls LogValue at every
// depth, where slog itself calls it only for an attribute's own value. Errors never
// quote input that could be personal data: input that looks like a code is
// quoted, anything else is described ("a value of 16 characters").
//
// # Enumerations and zero values
//
// Enumerations are small typed integers whose zero value means "not set"
// and is not valid; the zero value of an identifier ([KLE], [CVR], [CPR],
// [Country], [Date]) means "none" and encodes as "" (NULL in SQL). Each has a stable snake_case code used by String, text,
// JSON and database/sql; unknown codes are errors, never silently zero.
// Labels are Danish by default, in the wording of the municipal DPIA
// template, and English for an English language.Tag.
//
// Everything in this module is pure: no I/O, no clock (the caller passes
// now), no mutable global state, safe for concurrent use.
package gdpr
