package breach_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// edpbCase is one of the 18 worked cases of EDPB Guidelines 01/2021
// (version 2.0), entered from the guideline's facts as a case worker would
// record them, with the EDPB's conclusion on notifying the supervisory
// authority (art. 33) and on telling the data subjects (art. 34). Every
// case is also documented (art. 33(5)).
type edpbCase struct {
	name    string
	inc     breach.Incident
	notify  bool // the EDPB: notify the supervisory authority
	inform  bool // the EDPB: communicate to the data subjects
	drivers []breach.Driver
}

func edpbCases() []edpbCase {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	custom := func(name string, c gdpr.DataCategory) gdpr.DataType { return gdpr.CustomDataType(name, c) }
	clients := gdpr.DataSubjectCategory{Name: "Kunder"}
	employees := gdpr.Employees.Category()
	return []edpbCase{
		{
			// Ransomware at a small manufacturing company; all data encrypted
			// at rest with a state-of-the-art algorithm, the key not
			// compromised; logs show no exfiltration; a few dozen clients and
			// employees; restored from a backup a few hours later, with no
			// consequence for the day-to-day operation.
			name: "case 1: ransomware with proper backup and without exfiltration (EDPB Guidelines 01/2021, section 2.1)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityExposed, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityRestored,
				Unintelligible: true, Backup: true, Harm: breach.HarmNegligible,
				DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, SubjectCategories: []gdpr.DataSubjectCategory{clients, employees},
				ApproxSubjects: 40, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.UnintelligibleData},
		},
		{
			// Ransomware at an agricultural company; no encryption at rest;
			// logs show no exfiltration; a few dozen employees and clients,
			// no special categories; no electronic backup, restored from
			// paper in 5 working days with minor delays in deliveries.
			name: "case 2: ransomware without proper backup (EDPB Guidelines 01/2021, section 2.2)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityExposed, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityTemporary,
				Harm:      breach.HarmLimited,
				DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, SubjectCategories: []gdpr.DataSubjectCategory{employees, clients},
				ApproxSubjects: 40, Identification: breach.Maximum},
			notify: true, inform: false, drivers: []breach.Driver{},
		},
		{
			// Ransomware at a hospital; logs show no exfiltration; thousands
			// of patients and employees; restored from an electronic backup
			// in 2 working days, with major delays in treatment and
			// operations cancelled.
			name: "case 3: ransomware with backup and without exfiltration in a hospital (EDPB Guidelines 01/2021, section 2.3)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityExposed, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityTemporary,
				Backup: true, Harm: breach.HarmSevere,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Patients.Category(), employees},
				ApproxSubjects:    3000, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.LargeNumber, breach.SpecialCategories, breach.IdentityFraud, breach.VulnerablePeople, breach.SevereHarm, breach.ENISAVeryHigh},
		},
		{
			// Ransomware at a public transport company; the data were also
			// exfiltrated; clients and employees, several thousand people;
			// identity data, identity card numbers and credit card details;
			// the backup was encrypted too.
			name: "case 4: ransomware without backup and with exfiltration (EDPB Guidelines 01/2021, section 2.4)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Integrity: breach.IntegrityAltered, Availability: breach.AvailabilityPermanent,
				DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails,
					custom("Identitetskortnummer", gdpr.Confidential), custom("Betalingskortoplysninger", gdpr.Confidential)},
				ApproxSubjects: 5000, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.LargeNumber, breach.IdentityFraud, breach.ENISAVeryHigh},
		},
		{
			// Malicious code on an employment agency's website captured 213
			// job application forms (CVs), no special categories; the toolkit
			// could erase traces of exfiltration and was found a month later.
			name: "case 5: exfiltration of job application data from a website (EDPB Guidelines 01/2021, section 3.1)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, ExtensiveData: true,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.PositionEducation},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Applicants.Category()},
				ApproxSubjects:    213, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.ExtensiveData},
		},
		{
			// An SQL injection on a recipe website gave access to the user
			// names and passwords, hashed with a state-of-the-art salted
			// algorithm; nothing else.
			name: "case 6: exfiltration of hashed passwords from a website (EDPB Guidelines 01/2021, section 3.2)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Unintelligible: true,
				DataTypes:      []gdpr.DataType{gdpr.Credentials},
				ApproxSubjects: 1200, Identification: breach.Limited},
			notify: false, inform: false, drivers: []breach.Driver{breach.UnintelligibleData},
		},
		{
			// Credential stuffing on a bank's website leaked the name,
			// gender, date and place of birth, fiscal code and user ID of
			// about 100,000 people, and gave access to about 2,000 accounts
			// with a trivial password; no transactions were made.
			name: "case 7: credential stuffing attack on a banking website (EDPB Guidelines 01/2021, section 3.3)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients,
				DataTypes:       []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Credentials},
				ApproxSubjects:  100_000, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.LargeNumber, breach.IdentityFraud},
		},
		{
			// During his notice period an employee copies clients' basic
			// contact data and later uses them to lure the clients to his
			// new business; no special categories.
			name: "case 8: exfiltration of business data by an employee (EDPB Guidelines 01/2021, section 4.1)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityKnownRecipients, Harm: breach.HarmLimited,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails},
				SubjectCategories: []gdpr.DataSubjectCategory{clients}, Identification: breach.Maximum},
			notify: true, inform: false, drivers: []breach.Driver{},
		},
		{
			// An insurance agent bound by professional secrecy, the sole
			// recipient, could see two dozen customers outside his scope in an
			// Excel file; he signalled it at once, deleted the file and
			// confirmed the deletion in writing.
			name: "case 9: accidental transmission of data to a trusted third party (EDPB Guidelines 01/2021, section 4.2)",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, TrustedRecipients: true, Retrieval: breach.RetrievalConfirmed,
				DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, custom("Forsikringsoplysninger", gdpr.Ordinary)},
				ApproxSubjects: 24, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.TrustedRecipient},
		},
		{
			// Two tablets of a day-care centre were stolen; their app held the
			// children's names, dates of birth and data on their education;
			// the tablets were encrypted, switched off and protected by a
			// strong password, wiped remotely, and a backup was at hand.
			name: "case 10: stolen material storing encrypted personal data (EDPB Guidelines 01/2021, section 5.1)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Availability: breach.AvailabilityRestored,
				Unintelligible: true, Backup: true,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.PositionEducation},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Children.Category()}, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.UnintelligibleData},
		},
		{
			// A service provider's notebook without a password was stolen,
			// with the names, sex, addresses and dates of birth of more than
			// 100,000 customers; daily backups exist.
			name: "case 11: stolen material storing non-encrypted personal data (EDPB Guidelines 01/2021, section 5.2)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Availability: breach.AvailabilityRestored, Backup: true,
				DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails},
				ApproxSubjects: 100_001, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.LargeNumber},
		},
		{
			// The log book of a drug addiction rehabilitation centre, with
			// the patients' identity and health data, was stolen; it existed
			// only on paper, with no backup.
			name: "case 12: stolen paper files with sensitive data (EDPB Guidelines 01/2021, section 5.3)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients, Availability: breach.AvailabilityPermanent,
				DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.Health},
				SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Patients.Category()}, Identification: breach.Maximum},
			notify: true, inform: true,
			drivers: []breach.Driver{breach.SpecialCategories, breach.VulnerablePeople, breach.ENISAVeryHigh},
		},
		{
			// A retailer mixed up two orders of shoes with their packing bills
			// (name, address, items and price); each customer got the other's;
			// the controller recalled the bills.
			name: "case 13: postal mail mistake (EDPB Guidelines 01/2021, section 6.1)",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Retrieval: breach.RetrievalRequested, Harm: breach.HarmNegligible,
				DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, custom("Købte varer og pris", gdpr.Ordinary)},
				ApproxSubjects: 2, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.RetrievedHarmless},
		},
		{
			// A public employment office e-mailed all its jobseekers a file
			// with every jobseeker's name, e-mail and postal address and
			// social security number: more than 60,000 people; it asked the
			// recipients to delete the message.
			name: "case 14: highly confidential personal data sent by mail by mistake (EDPB Guidelines 01/2021, section 6.2)",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Retrieval: breach.RetrievalRequested, Harm: breach.HarmSignificant,
				DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber},
				ApproxSubjects: 60_000, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.LargeNumber},
		},
		{
			// The list of 15 participants of a language course (names,
			// e-mails, food preferences; two lactose intolerant) went to 15
			// former participants instead of the hotel; the mistake was seen
			// at once and the recipients were asked to delete the list.
			name: "case 15: personal data sent by mail by mistake (EDPB Guidelines 01/2021, section 6.3)",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Retrieval: breach.RetrievalRequested, Harm: breach.HarmNegligible,
				DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.Health},
				ApproxSubjects: 15, Identification: breach.Maximum},
			notify: false, inform: false, drivers: []breach.Driver{breach.RetrievedHarmless},
		},
		{
			// An enveloping machine put two car insurance letters (name,
			// address, registration number, rates, mileage, date of birth; no
			// health, payment or financial data) in one envelope, and one
			// policyholder received the other's.
			name: "case 16: postal mail mistake (EDPB Guidelines 01/2021, section 6.4)",
			inc: breach.Incident{AwareAt: aware,
				Confidentiality: breach.ConfidentialityKnownRecipients, Harm: breach.HarmLimited,
				DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, custom("Forsikringsoplysninger", gdpr.Ordinary)},
				ApproxSubjects: 1, Identification: breach.Maximum},
			notify: true, inform: false, drivers: []breach.Driver{},
		},
		{
			// A caller posing as a client of a telecom company, with the
			// client's fiscal number and address, had the billing e-mail
			// changed and received the client's bills for a month.
			name: "case 17: identity theft (EDPB Guidelines 01/2021, section 7.1)",
			inc: breach.Incident{AwareAt: aware, Malicious: true,
				Confidentiality: breach.ConfidentialityUnknownRecipients,
				DataTypes:       []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, custom("Faktureringsoplysninger", gdpr.Confidential)},
				ApproxSubjects:  1, Identification: breach.Maximum},
			notify: true, inform: true, drivers: []breach.Driver{breach.IdentityFraud, breach.ENISAVeryHigh},
		},
		{
			// For three months, rules in a hypermarket chain's mailboxes
			// forwarded every e-mail about invoices, payments, bank transfers,
			// card authentication and bank details to an outside address,
			// and a supplier's bank details were changed to the attacker's.
			name: "case 18: email exfiltration (EDPB Guidelines 01/2021, section 7.2)",
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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
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
