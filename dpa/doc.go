// Package dpa models the data processing agreements (databehandleraftaler)
// between a controller and a processor that Article 28 of the GDPR
// requires, and what a Danish public authority must know and do about
// them: the processor's sub-processors as a tree, where the data goes and
// on what transfer basis, the supervision of the processor (tilsyn), and
// changes of sub-processors.
//
// In this package DPA means data processing agreement, not a data
// protection authority (the Danish supervisory authority is Datatilsynet).
//
// The rules come from GDPR art. 28 and chapter V (art. 44-49), from
// Datatilsynet's guidance on data processors and from the municipal DPIA
// template, sections 7.1-7.4. Danish terms:
// databehandler (processor), underdatabehandler (sub-processor),
// databehandleraftale (data processing agreement), tilsyn (supervision),
// tredjeland (third country), overførselsgrundlag (transfer basis).
//
// # The agreement
//
// An [Agreement] records the parties ([Controller], [Party]), the
// [Template] it is built on, its dates and the systems it covers, the
// subject matter, nature and purpose, the data types and data subjects
// (gdpr vocabulary), the art. 28(3) checklist of [Clause] values, the
// [Authorisation] of sub-processors (specific, or general with a notice
// period and an objection window in days, as agreed terms), the
// processor's [OwnUse] of the data, its [Location] values, its
// [SubProcessor] tree, the supervision [Plan] and [Supervision] records,
// the [Change] values of sub-processors, and at the end of the processing
// the [Deletion] or return of the data. It links to the records of
// processing (package ropa) by their IDs in [Agreement.Records].
//
// # Personal data
//
// The parties are organisations; a party's contact point (Party.Contact, a
// gdpr.Personal) may name a person, so String, every fmt verb, slog and
// errors redact it, and JSON, the stored agreement, keeps it. The free
// texts of an agreement (subject matter, nature, purpose, supervision
// remarks and actions, notes on objections and transfers) describe the
// processing and the processor's compliance, not a person, and print:
// name no person in them; put a contact in Party.Contact. Every type that
// holds a party implements slog.LogValuer, and [Agreement.LogValue] logs
// no contact or free text.
//
// Every kind of [Access] counts for the transfer rules: read access is a
// transfer, so a support desk in a third country that can see the data
// makes a transfer there even if it never looks. For each place outside
// the EEA, a [TransferBasis] gives the ground: an adequacy decision from
// the gdpr package's dated table, valid on the day and covering the
// recipient (the United States only for organisations certified under the
// Data Privacy Framework, from 2023-07-10; the United Kingdom to
// 2031-12-27); an art. 46 [Mechanism] with a [TIA]; or an art. 49
// [Derogation], of which a public authority exercising public powers
// cannot use (a) to (c) nor the second subparagraph (art. 49(3)): the
// [Controller] states it in PublicPowers, yes, no or not stated. A place
// is a country or an international organisation.
// [AssessTransfer] decides one transfer and explains itself.
//
// # Validation and findings
//
// [Agreement.Validate] reports invalid input as [gdpr.Problems] with field
// paths. [Agreement.Check] reports compliance gaps on a day as
// [gdpr.Finding] values; [Rules] lists every rule it can emit, with ids
// such as "dpa.transfer_basis_missing". [Agreement.CheckData] compares the
// agreement with the data its records actually process.
//
// # The register
//
// A [Register] holds many agreements for queries: [Register.Check],
// [Register.Parties] (which processors and sub-processors handle data for
// which systems), [Register.Reach] (every country the data can reach, with
// the path of sub-processors), [Register.SupervisionDue] and
// [Register.Exposure] (every agreement that depends on one sub-processor,
// by name or CVR number). Lists come in Danish alphabetical order (æ, ø
// and å after z), collated with golang.org/x/text/collate without shared
// state, so a Register is safe for concurrent use.
//
// # Records and agreements
//
// [Agreement.Reaches] and [Register.Reaches] give every place a processor
// or sub-processor reaches the data from, read access included, as
// [gdpr.Reach] values naming the agreement, the records it serves, the
// chain of sub-processors and the country or international organisation.
// Package ropa's record check takes them and reports each transfer the
// record leaves out, so that records and agreements tell the same story
// (GDPR art. 30(1)(e)) without either package importing the other.
//
// # Zero values and time
//
// Enumerations are small integers whose zero value means "not set"; a
// zero [gdpr.Date] means "no date". Checks take the instant now from the
// caller and work on its day in Europe/Copenhagen; month intervals count
// as Regulation 1182/71 does (31 January + 1 month is the end of
// February), never with time.AddDate.
//
// # Usage
//
//	a, err := dpa.ParseJSON[dpa.Agreement](data) // strict, then validated
//	if err != nil { ... } // errors.Is(err, gdpr.ErrInvalid), JSON field paths
//	for _, f := range a.Check(now) {
//		fmt.Println(f.Rule, f.Path, f.Text.In(language.Danish))
//	}
package dpa

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
