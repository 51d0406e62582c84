package breach_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// edpbCase is one of the 18 worked cases of EDPB Guidelines 01/2021 on
// examples regarding personal data breach notification, version 2.0
// (adopted 14 December 2021), entered from the guideline's facts as a case
// worker would record them, with the EDPB's conclusion on notifying the
// supervisory authority (art. 33) and on telling the data subjects (art.
// 34) from the table that ends each case ("Actions necessary based on the
// identified risks"). Every case is also documented (art. 33(5)).
//
// Where the text gives no number, none is entered; where it gives a vague
// one ("a few dozen", "thousands"), the least number the words allow is
// entered and the comment says so. Harm is entered only where the text
// describes the consequences for the people.
type edpbCase struct {
	no      int    // the case number, CASE No. 01 to 18
	section string // the section of the guideline
	title   string // the case's title in the guideline
	inc     breach.Incident
	notify  bool // the EDPB: notify the supervisory authority
	inform  bool // the EDPB: communicate to the data subjects
	drivers []breach.Driver
}

// name is the subtest name, which cites the case.
func (c edpbCase) name() string {
	return fmt.Sprintf("EDPB Guidelines 01/2021, section %s, case No. %d: %s", c.section, c.no, c.title)
}

func edpbCases() []edpbCase {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	custom := func(name string, c gdpr.DataCategory) gdpr.DataType { return gdpr.CustomDataType(name, c) }
	clients := gdpr.DataSubjectCategory{Name: "Kunder"}
	employees := gdpr.Employees.Category()
	address := custom("Postadresse", gdpr.Ordinary)
	birth := custom("Fødselsdato", gdpr.Ordinary)
	return []edpbCase{
		{
			// A small manufacturing company's systems were hit by
			// ransomware; all data were encrypted at rest with a
			// state-of-the-art algorithm and the key was not compromised;
			// the logs show with certainty that nothing was exfiltrated;
			// clients and employees, "a few dozen individuals" (40
			// entered); restored from a backup a few hours later, with no
			// consequence for the day-to-day operation.
			no: 1, section: "2.1", title: "Ransomware with proper backup and without exfiltration",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityExposed, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityRestored,
				Unintelligible: true, Backup: true, Harm: breach.HarmNegligible,
				DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, SubjectCategories: []gdpr.DataSubjectCategory{clients, employees},
				ApproxSubjects: 40, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.UnintelligibleData},
		},
		{
			// Ransomware on a computer of an agricultural company; no
			// encryption at rest; the logs show no exfiltration; employees
			// and clients, "a few dozen individuals" (40 entered), no
			// special categories; no electronic backup: most data were
			// restored from paper in 5 working days, with minor delays in
			// delivering orders.
			no: 2, section: "2.2", title: "Ransomware without proper backup",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityExposed, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityTemporary,
				Harm:      breach.HarmLimited,
				DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, SubjectCategories: []gdpr.DataSubjectCategory{employees, clients},
				ApproxSubjects: 40, Identification: breach.Maximum},
			notify: true, inform: false, drivers: []breach.Driver{},
		},
		{
			// Ransomware encrypted a significant part of a hospital's
			// information system; the logs show no exfiltration; employees
			// and patients, "thousands of individuals" (2,000 entered);
			// restored from an electronic backup in 2 working days, with
			// major delays in treatment, surgery cancelled or postponed.
			no: 3, section: "2.3", title: "Ransomware with backup and without exfiltration in a hospital",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityExposed, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityTemporary,
				Backup: true, Harm: breach.HarmSevere,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.Health},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Patients.Category(), employees},
				ApproxSubjects:    2000, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.LargeNumber, breach.SpecialCategories, breach.VulnerablePeople, breach.SevereHarm, breach.ENISAVeryHigh},
		},
		{
			// Ransomware on a public transport company's server; the data
			// were also exfiltrated; clients and employees and "several
			// thousand" people using its services (3,000 entered); basic
			// identity data, identity card numbers and financial data such
			// as credit card details; the backup was encrypted too.
			no: 4, section: "2.4", title: "Ransomware without backup and with exfiltration",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityPermanent,
				DataTypes: []gdpr.DataType{gdpr.PersonName,
					custom("Identitetskortnummer", gdpr.Confidential), custom("Betalingskortoplysninger", gdpr.Confidential)},
				SubjectCategories: []gdpr.DataSubjectCategory{clients, employees},
				ApproxSubjects:    3000, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.LargeNumber, breach.IdentityFraud, breach.ENISAVeryHigh},
		},
		{
			// Malicious code on an employment agency's web server made the
			// online job application forms stored there accessible: 213
			// forms, no special categories; the toolkit could erase the
			// traces of exfiltration and capture data, and was found a
			// month after it was installed.
			no: 5, section: "3.1", title: "Exfiltration of job application data from a website",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, ExtensiveData: true,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.PositionEducation},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Applicants.Category()},
				ApproxSubjects:    213, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.ExtensiveData},
		},
		{
			// An SQL injection on a cooking website gave access to the user
			// names, freely chosen pseudonyms, and the passwords of 1,200
			// users, hashed with a strong algorithm, the salt not
			// compromised. The controller told the users anyway, as a
			// precaution, which the EDPB does not require.
			no: 6, section: "3.2", title: "Exfiltration of hashed password from a website",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Unintelligible: true,
				DataTypes:      []gdpr.DataType{gdpr.Credentials},
				ApproxSubjects: 1200, Identification: breach.Limited},
			notify: false, inform: false, drivers: []breach.Driver{breach.UnintelligibleData},
		},
		{
			// Credential stuffing with a trivial 8-digit password on a
			// bank's online banking website leaked the name, gender, date
			// and place of birth, fiscal code (the national identification
			// number, recorded as the CPR number it is in Denmark) and user
			// ID of about 100,000 people, and gave access to about 2,000
			// accounts that used the trivial password; no transactions were
			// made.
			no: 7, section: "3.3", title: "Credential stuffing attack on a banking website",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality:   breach.ConfidentialityUnknownRecipients,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, birth, gdpr.CPRNumber, gdpr.Credentials},
				SubjectCategories: []gdpr.DataSubjectCategory{clients},
				ApproxSubjects:    100_000, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.LargeNumber, breach.IdentityFraud},
		},
		{
			// During his notice period an employee copied business data
			// he was authorised to use only for his tasks; months later he
			// used the clients' basic contact data to lure them to his new
			// business. No number is given.
			no: 8, section: "4.1", title: "Exfiltration of business data by an employee",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityKnownRecipients, Harm: breach.HarmLimited,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails},
				SubjectCategories: []gdpr.DataSubjectCategory{clients}, Identification: breach.Maximum},
			notify: true, inform: false, drivers: []breach.Driver{},
		},
		{
			// An insurance agent bound by professional secrecy, the sole
			// recipient of an e-mail, could see two dozen customers outside
			// his scope in an Excel file: contact data and data on the
			// insurance (type, amount), no special categories; he signalled
			// it at once, deleted the message and confirmed the deletion in
			// writing.
			no: 9, section: "4.2", title: "Accidental transmission of data to a trusted third party",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, TrustedRecipients: true, Retrieval: breach.RetrievalConfirmed,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, custom("Forsikringsoplysninger", gdpr.Ordinary)},
				SubjectCategories: []gdpr.DataSubjectCategory{clients},
				ApproxSubjects:    24, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.TrustedRecipient},
		},
		{
			// Two tablets of a child day-care centre were stolen; their app
			// held the children's names, dates of birth and data on their
			// education; the tablets were encrypted and switched off, tablet
			// and app protected by a strong password, the devices wiped
			// remotely, and a backup was readily available. No number is
			// given.
			no: 10, section: "5.1", title: "Stolen material storing encrypted personal data",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Availability: breach.AvailabilityRestored,
				Unintelligible: true, Backup: true,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, birth, gdpr.PositionEducation},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Children.Category()}, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.UnintelligibleData},
		},
		{
			// A service provider employee's electronic notepad, not
			// encrypted, was stolen, with the names, sex, addresses and
			// dates of birth of "more than 100 000" customers (100,001
			// entered).
			no: 11, section: "5.2", title: "Stolen material storing non-encrypted personal data",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality:   breach.ConfidentialityUnknownRecipients,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, address, birth, custom("Køn", gdpr.Ordinary)},
				SubjectCategories: []gdpr.DataSubjectCategory{clients},
				ApproxSubjects:    100_001, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.LargeNumber},
		},
		{
			// The paper log book of a drug addiction rehabilitation centre,
			// with the basic identity and health data of its patients, was
			// stolen; it was not locked away, and there was no backup for
			// the doctors treating the patients. No number is given.
			no: 12, section: "5.3", title: "Stolen paper files with sensitive data",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Availability: breach.AvailabilityPermanent,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.Health},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Patients.Category()}, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.SpecialCategories, breach.VulnerablePeople, breach.ENISAVeryHigh},
		},
		{
			// A retailer mixed up the packing bills of two orders of shoes,
			// so each of the two customers got the other's order with its
			// packing bill; the controller recalled the orders and sent
			// them to the right recipients.
			no: 13, section: "6.1", title: "Postal mail mistake",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Retrieval: breach.RetrievalRequested, Harm: breach.HarmNegligible,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, address, custom("Købte varer og pris", gdpr.Ordinary)},
				SubjectCategories: []gdpr.DataSubjectCategory{clients},
				ApproxSubjects:    2, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.RetrievedHarmless},
		},
		{
			// The employment department of a public administration office
			// e-mailed its registered jobseekers about trainings with a
			// document attached holding every jobseeker's name, e-mail and
			// postal address and social security number: "more than
			// 60 000" people (60,001 entered); it then asked the recipients
			// to delete the message and not to use the data.
			no: 14, section: "6.2", title: "Highly confidential personal data sent by mail by mistake",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Retrieval: breach.RetrievalRequested,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, address, gdpr.CPRNumber},
				SubjectCategories: []gdpr.DataSubjectCategory{{Name: "Jobsøgende"}},
				ApproxSubjects:    60_001, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.LargeNumber},
		},
		{
			// The list of the 15 participants of a 5-day course in Legal
			// English (names, e-mail addresses, food preferences; two
			// stated that they are lactose intolerant; none has a
			// confidential identity) went to 15 former participants instead
			// of the hotel; the controller saw the mistake at once, told the
			// recipients and asked them to delete the list.
			no: 15, section: "6.3", title: "Personal data sent by mail by mistake",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Retrieval: breach.RetrievalRequested, Harm: breach.HarmNegligible,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.Health},
				SubjectCategories: []gdpr.DataSubjectCategory{{Name: "Kursusdeltagere"}},
				ApproxSubjects:    15, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.RetrievedHarmless},
		},
		{
			// An enveloping machine put two adjusted car insurance policies
			// in one envelope, so one policyholder received the other's:
			// name, address, unmasked registration number, rates of this
			// and next year, approximate annual mileage and date of birth;
			// no health, payment or financial data. The EDPB rates the
			// effects as medium and the likelihood of misuse as low to
			// medium (entered as limited harm).
			no: 16, section: "6.4", title: "Postal mail mistake",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Harm: breach.HarmLimited,
				DataTypes: []gdpr.DataType{gdpr.PersonName, address, birth,
					custom("Registreringsnummer", gdpr.Ordinary), custom("Forsikringspræmie og kørselsomfang", gdpr.Ordinary)},
				SubjectCategories: []gdpr.DataSubjectCategory{clients},
				ApproxSubjects:    1, Identification: breach.Maximum},
			notify: true, inform: false, drivers: []breach.Driver{},
		},
		{
			// A caller posing as a client of a telecom company, knowing the
			// client's fiscal number and postal address, had the e-mail
			// address for the bills changed; the bills went to him until
			// the client complained the following month.
			no: 17, section: "7.1", title: "Identity theft",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality:   breach.ConfidentialityUnknownRecipients,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, address, custom("Faktureringsoplysninger", gdpr.Confidential)},
				SubjectCategories: []gdpr.DataSubjectCategory{clients},
				ApproxSubjects:    1, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.IdentityFraud, breach.ENISAVeryHigh},
		},
		{
			// A hypermarket chain found, 3 months after they were set up,
			// rules in the mailboxes of the staff handling payments that
			// forwarded every e-mail about invoices, payments, bank wires,
			// credit card authentication and bank account details to an
			// outside address; a supplier's bank details had been changed
			// to the attacker's and fake invoices sent. No number is given.
			no: 18, section: "7.2", title: "Email exfiltration",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality:   breach.ConfidentialityUnknownRecipients,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, custom("Bankoplysninger", gdpr.Confidential)},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Suppliers.Category(), employees},
				Identification:    breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.IdentityFraud, breach.ENISAVeryHigh},
		},
	}
}

// The 18 cases of EDPB Guidelines 01/2021 reach the EDPB's conclusions on
// notification (GDPR art. 33(1)) and communication (art. 34(1)) with the
// default policy, and each decision explains itself in Danish and English
// with ENISA's severity beside the factors.
func TestEDPBGuidelines012021(t *testing.T) {
	cases := edpbCases()
	require.Len(t, cases, 18)
	for i, c := range cases {
		require.Equal(t, i+1, c.no, "the cases in the guideline's order")
		t.Run(c.name(), func(t *testing.T) {
			require.NoError(t, c.inc.Validate(), "the facts make a valid record")
			d := c.inc.Decide()
			assert.Equal(t, c.notify, d.NotifyAuthority, "notify Datatilsynet (the EDPB: %v)", c.notify)
			assert.Equal(t, c.inform, d.InformSubjects, "tell the data subjects (the EDPB: %v)", c.inform)
			assert.Equal(t, c.drivers, d.Drivers, "the drivers")
			assert.True(t, d.Score.Level.Valid(), "ENISA's severity is reported beside the factors")
			for _, tag := range []language.Tag{language.Danish, language.English} {
				assert.Len(t, d.Explain(tag), len(d.Reasons))
			}
			for _, r := range d.Reasons {
				assert.NotEmpty(t, r.Rule)
				assert.NotEqual(t, r.Reference.Da, r.Reference.En, "a Danish citation for %s", r.Rule)
			}
		})
	}
}
