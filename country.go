package gdpr

import (
	"bytes"
	"database/sql/driver"
	"slices"
	"sort"

	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Country is a country or territory by its ISO 3166-1 alpha-2 code ("DK",
// "GL", "US"): where a processor, a sub-processor or a recipient is, for the
// rules on transfers to third countries (GDPR chapter V; see
// [TransferTo]). Only the 249 officially assigned codes are countries here;
// user-assigned codes such as "XK" (Kosovo, in common use but not assigned
// by ISO), "EU", and exceptionally reserved codes such as "UK" and "EL"
// are rejected (the United Kingdom is "GB", Greece "GR").
//
// A Country is a small comparable value; the zero value means "not set".
// Use [ParseCountry] to make one.
type Country struct {
	code [2]byte // two upper-case ASCII letters, or zeros for not set
}

// ParseCountry parses an assigned ISO 3166-1 alpha-2 code in upper or lower
// case ("DK", "dk", "Dk"). The empty string is an error;
// [Country.UnmarshalText] and [Country.Scan] decode empty input as the zero
// value. Errors wrap [ErrInvalid] and quote the input.
func ParseCountry(s string) (Country, error) {
	if len(s) != 2 || !countryLetter(s[0]) || !countryLetter(s[1]) {
		if s == "" {
			return Country{}, invalidf(CodeRequired, "empty country code")
		}
		return Country{}, invalidf(CodeMalformed, "malformed country code %s: want two letters (ISO 3166-1 alpha-2)", enum.Quote(s))
	}
	c := Country{code: [2]byte{s[0] &^ 0x20, s[1] &^ 0x20}} // ASCII upper case
	if _, ok := c.info(); !ok {
		hint := ""
		switch c.String() {
		case "UK":
			hint = ` (the United Kingdom is "GB")`
		case "EL":
			hint = ` (Greece is "GR")`
		}
		return Country{}, invalidf(CodeUnknown, "unknown country code %s: not an assigned ISO 3166-1 alpha-2 code%s", enum.Quote(s), hint)
	}
	return c, nil
}

// MustParseCountry is like [ParseCountry] but panics on error. It is meant
// for literals in tests and examples only.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

func countryLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// Countries returns every assigned ISO 3166-1 alpha-2 country, ordered by
// code, in a fresh slice.
func Countries() []Country {
	cs := make([]Country, len(countryTable))
	for i, e := range countryTable {
		cs[i] = Country{code: [2]byte{e.code[0], e.code[1]}}
	}
	return cs
}

// String returns the upper-case code ("DK"), or "" for the zero value.
func (c Country) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.code[:])
}

// IsZero reports whether c is the zero value (not set).
func (c Country) IsZero() bool { return c == Country{} }

// Label returns the Danish or English short name of c ("Grønland",
// "Greenland"), or "" for the zero value.
func (c Country) Label(tag language.Tag) string {
	e, ok := c.info()
	if !ok {
		return c.String()
	}
	if English(tag) {
		return e.en
	}
	return e.da
}

// Compare orders countries by code; the zero value comes first. It returns
// -1, 0 or +1.
func (c Country) Compare(o Country) int { return bytes.Compare(c.code[:], o.code[:]) }

// InEU reports whether c is in the European Union: one of the 27 member
// states of [EU], or a territory with its own ISO code that is part of a
// member state and where EU law, and so the GDPR, applies: the French
// outermost regions French Guiana (GF), Guadeloupe (GP), Martinique (MQ),
// Réunion (RE), Mayotte (YT) and Saint Martin (MF) (TFEU art. 349 and
// 355(1)), and the Åland Islands (AX) of Finland (TFEU art. 355(4)).
// Greenland (GL) and the Faroe Islands (FO), both part of the Kingdom of
// Denmark, are outside the EU, as are the overseas countries and
// territories such as French Polynesia (PF) or Aruba (AW), and Gibraltar
// (GI) since the United Kingdom left.
func (c Country) InEU() bool {
	switch c.String() {
	case "GF", "GP", "MQ", "RE", "YT", "MF", "AX":
		return true
	}
	return countryIn(c, euMembers[:])
}

// InEEA reports whether c is in the European Economic Area: in the EU (see
// [Country.InEU]), or Iceland, Liechtenstein or Norway. Within the EEA a
// disclosure is not a transfer to a third country. Greenland and the Faroe
// Islands are outside the EEA; so is Svalbard and Jan Mayen (SJ), to which
// the EEA Agreement does not apply (Protocol 40).
func (c Country) InEEA() bool {
	return c.InEU() || countryIn(c, eeaOnlyMembers[:])
}

func countryIn(c Country, list []string) bool {
	s := c.String()
	for _, m := range list {
		if m == s {
			return true
		}
	}
	return false
}

// EU returns the 27 member states of the European Union, ordered by code,
// in a fresh slice.
func EU() []Country { return countryList(euMembers[:]) }

// EEA returns the 30 states of the European Economic Area, the EU 27 plus
// Iceland (IS), Liechtenstein (LI) and Norway (NO), ordered by code, in a
// fresh slice.
func EEA() []Country {
	cs := countryList(append(euMembers[:len(euMembers):len(euMembers)], eeaOnlyMembers[:]...))
	slices.SortFunc(cs, Country.Compare)
	return cs
}

func countryList(codes []string) []Country {
	cs := make([]Country, len(codes))
	for i, s := range codes {
		cs[i] = Country{code: [2]byte{s[0], s[1]}}
	}
	return cs
}

// euMembers are the member states of the EU (since Croatia joined on
// 1 July 2013 and the United Kingdom left on 31 January 2020).
var euMembers = [...]string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

// eeaOnlyMembers are the EEA states outside the EU (the EEA EFTA states).
var eeaOnlyMembers = [...]string{"IS", "LI", "NO"}

// MarshalText encodes c as its upper-case code; the zero value encodes as
// "".
func (c Country) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a code as [ParseCountry] does; empty text decodes
// as the zero value.
func (c *Country) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Country{}
		return nil
	}
	p, err := ParseCountry(string(b))
	if err != nil {
		return err
	}
	*c = p
	return nil
}

// Scan implements sql.Scanner: NULL and "" give the zero value, a string or
// []byte is parsed.
func (c *Country) Scan(src any) error {
	return enum.ScanText(src, "gdpr: country", c.UnmarshalText, ErrInvalid)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (c Country) Value() (driver.Value, error) { return enum.TextValue(c.MarshalText) }

type countryInfo struct {
	code   string // ISO 3166-1 alpha-2
	da, en string // short names
}

func (c Country) info() (countryInfo, bool) {
	s := string(c.code[:])
	i := sort.Search(len(countryTable), func(i int) bool { return countryTable[i].code >= s })
	if i < len(countryTable) && countryTable[i].code == s {
		return countryTable[i], true
	}
	return countryInfo{}, false
}

// countryTable lists the 249 officially assigned ISO 3166-1 alpha-2 codes,
// sorted by code, with Danish and English short names. The names start
// from CLDR's (as golang.org/x/text/language/display has them) with renamed
// countries brought up to date (Eswatini, North Macedonia, Türkiye,
// Nederlandene) and "&" and "St." spelled out in English.
var countryTable = [...]countryInfo{
	{"AD", "Andorra", "Andorra"},
	{"AE", "De Forenede Arabiske Emirater", "United Arab Emirates"},
	{"AF", "Afghanistan", "Afghanistan"},
	{"AG", "Antigua og Barbuda", "Antigua and Barbuda"},
	{"AI", "Anguilla", "Anguilla"},
	{"AL", "Albanien", "Albania"},
	{"AM", "Armenien", "Armenia"},
	{"AO", "Angola", "Angola"},
	{"AQ", "Antarktis", "Antarctica"},
	{"AR", "Argentina", "Argentina"},
	{"AS", "Amerikansk Samoa", "American Samoa"},
	{"AT", "Østrig", "Austria"},
	{"AU", "Australien", "Australia"},
	{"AW", "Aruba", "Aruba"},
	{"AX", "Åland", "Åland Islands"},
	{"AZ", "Aserbajdsjan", "Azerbaijan"},
	{"BA", "Bosnien-Hercegovina", "Bosnia and Herzegovina"},
	{"BB", "Barbados", "Barbados"},
	{"BD", "Bangladesh", "Bangladesh"},
	{"BE", "Belgien", "Belgium"},
	{"BF", "Burkina Faso", "Burkina Faso"},
	{"BG", "Bulgarien", "Bulgaria"},
	{"BH", "Bahrain", "Bahrain"},
	{"BI", "Burundi", "Burundi"},
	{"BJ", "Benin", "Benin"},
	{"BL", "Saint Barthélemy", "Saint Barthélemy"},
	{"BM", "Bermuda", "Bermuda"},
	{"BN", "Brunei", "Brunei"},
	{"BO", "Bolivia", "Bolivia"},
	{"BQ", "Bonaire, Sint Eustatius og Saba", "Bonaire, Sint Eustatius and Saba"},
	{"BR", "Brasilien", "Brazil"},
	{"BS", "Bahamas", "Bahamas"},
	{"BT", "Bhutan", "Bhutan"},
	{"BV", "Bouvetøen", "Bouvet Island"},
	{"BW", "Botswana", "Botswana"},
	{"BY", "Hviderusland", "Belarus"},
	{"BZ", "Belize", "Belize"},
	{"CA", "Canada", "Canada"},
	{"CC", "Cocosøerne", "Cocos (Keeling) Islands"},
	{"CD", "Den Demokratiske Republik Congo", "Democratic Republic of the Congo"},
	{"CF", "Den Centralafrikanske Republik", "Central African Republic"},
	{"CG", "Republikken Congo", "Republic of the Congo"},
	{"CH", "Schweiz", "Switzerland"},
	{"CI", "Elfenbenskysten", "Côte d'Ivoire"},
	{"CK", "Cookøerne", "Cook Islands"},
	{"CL", "Chile", "Chile"},
	{"CM", "Cameroun", "Cameroon"},
	{"CN", "Kina", "China"},
	{"CO", "Colombia", "Colombia"},
	{"CR", "Costa Rica", "Costa Rica"},
	{"CU", "Cuba", "Cuba"},
	{"CV", "Kap Verde", "Cabo Verde"},
	{"CW", "Curaçao", "Curaçao"},
	{"CX", "Juleøen", "Christmas Island"},
	{"CY", "Cypern", "Cyprus"},
	{"CZ", "Tjekkiet", "Czechia"},
	{"DE", "Tyskland", "Germany"},
	{"DJ", "Djibouti", "Djibouti"},
	{"DK", "Danmark", "Denmark"},
	{"DM", "Dominica", "Dominica"},
	{"DO", "Den Dominikanske Republik", "Dominican Republic"},
	{"DZ", "Algeriet", "Algeria"},
	{"EC", "Ecuador", "Ecuador"},
	{"EE", "Estland", "Estonia"},
	{"EG", "Egypten", "Egypt"},
	{"EH", "Vestsahara", "Western Sahara"},
	{"ER", "Eritrea", "Eritrea"},
	{"ES", "Spanien", "Spain"},
	{"ET", "Etiopien", "Ethiopia"},
	{"FI", "Finland", "Finland"},
	{"FJ", "Fiji", "Fiji"},
	{"FK", "Falklandsøerne", "Falkland Islands"},
	{"FM", "Mikronesien", "Micronesia"},
	{"FO", "Færøerne", "Faroe Islands"},
	{"FR", "Frankrig", "France"},
	{"GA", "Gabon", "Gabon"},
	{"GB", "Storbritannien", "United Kingdom"},
	{"GD", "Grenada", "Grenada"},
	{"GE", "Georgien", "Georgia"},
	{"GF", "Fransk Guyana", "French Guiana"},
	{"GG", "Guernsey", "Guernsey"},
	{"GH", "Ghana", "Ghana"},
	{"GI", "Gibraltar", "Gibraltar"},
	{"GL", "Grønland", "Greenland"},
	{"GM", "Gambia", "Gambia"},
	{"GN", "Guinea", "Guinea"},
	{"GP", "Guadeloupe", "Guadeloupe"},
	{"GQ", "Ækvatorialguinea", "Equatorial Guinea"},
	{"GR", "Grækenland", "Greece"},
	{"GS", "South Georgia og De Sydlige Sandwichøer", "South Georgia and the South Sandwich Islands"},
	{"GT", "Guatemala", "Guatemala"},
	{"GU", "Guam", "Guam"},
	{"GW", "Guinea-Bissau", "Guinea-Bissau"},
	{"GY", "Guyana", "Guyana"},
	{"HK", "Hongkong", "Hong Kong"},
	{"HM", "Heard Island og McDonald Islands", "Heard Island and McDonald Islands"},
	{"HN", "Honduras", "Honduras"},
	{"HR", "Kroatien", "Croatia"},
	{"HT", "Haiti", "Haiti"},
	{"HU", "Ungarn", "Hungary"},
	{"ID", "Indonesien", "Indonesia"},
	{"IE", "Irland", "Ireland"},
	{"IL", "Israel", "Israel"},
	{"IM", "Isle of Man", "Isle of Man"},
	{"IN", "Indien", "India"},
	{"IO", "Det britiske territorium i Det Indiske Ocean", "British Indian Ocean Territory"},
	{"IQ", "Irak", "Iraq"},
	{"IR", "Iran", "Iran"},
	{"IS", "Island", "Iceland"},
	{"IT", "Italien", "Italy"},
	{"JE", "Jersey", "Jersey"},
	{"JM", "Jamaica", "Jamaica"},
	{"JO", "Jordan", "Jordan"},
	{"JP", "Japan", "Japan"},
	{"KE", "Kenya", "Kenya"},
	{"KG", "Kirgisistan", "Kyrgyzstan"},
	{"KH", "Cambodja", "Cambodia"},
	{"KI", "Kiribati", "Kiribati"},
	{"KM", "Comorerne", "Comoros"},
	{"KN", "Saint Kitts og Nevis", "Saint Kitts and Nevis"},
	{"KP", "Nordkorea", "North Korea"},
	{"KR", "Sydkorea", "South Korea"},
	{"KW", "Kuwait", "Kuwait"},
	{"KY", "Caymanøerne", "Cayman Islands"},
	{"KZ", "Kasakhstan", "Kazakhstan"},
	{"LA", "Laos", "Laos"},
	{"LB", "Libanon", "Lebanon"},
	{"LC", "Saint Lucia", "Saint Lucia"},
	{"LI", "Liechtenstein", "Liechtenstein"},
	{"LK", "Sri Lanka", "Sri Lanka"},
	{"LR", "Liberia", "Liberia"},
	{"LS", "Lesotho", "Lesotho"},
	{"LT", "Litauen", "Lithuania"},
	{"LU", "Luxembourg", "Luxembourg"},
	{"LV", "Letland", "Latvia"},
	{"LY", "Libyen", "Libya"},
	{"MA", "Marokko", "Morocco"},
	{"MC", "Monaco", "Monaco"},
	{"MD", "Moldova", "Moldova"},
	{"ME", "Montenegro", "Montenegro"},
	{"MF", "Saint Martin", "Saint Martin"},
	{"MG", "Madagaskar", "Madagascar"},
	{"MH", "Marshalløerne", "Marshall Islands"},
	{"MK", "Nordmakedonien", "North Macedonia"},
	{"ML", "Mali", "Mali"},
	{"MM", "Myanmar", "Myanmar"},
	{"MN", "Mongoliet", "Mongolia"},
	{"MO", "Macao", "Macao"},
	{"MP", "Nordmarianerne", "Northern Mariana Islands"},
	{"MQ", "Martinique", "Martinique"},
	{"MR", "Mauretanien", "Mauritania"},
	{"MS", "Montserrat", "Montserrat"},
	{"MT", "Malta", "Malta"},
	{"MU", "Mauritius", "Mauritius"},
	{"MV", "Maldiverne", "Maldives"},
	{"MW", "Malawi", "Malawi"},
	{"MX", "Mexico", "Mexico"},
	{"MY", "Malaysia", "Malaysia"},
	{"MZ", "Mozambique", "Mozambique"},
	{"NA", "Namibia", "Namibia"},
	{"NC", "Ny Kaledonien", "New Caledonia"},
	{"NE", "Niger", "Niger"},
	{"NF", "Norfolk Island", "Norfolk Island"},
	{"NG", "Nigeria", "Nigeria"},
	{"NI", "Nicaragua", "Nicaragua"},
	{"NL", "Nederlandene", "Netherlands"},
	{"NO", "Norge", "Norway"},
	{"NP", "Nepal", "Nepal"},
	{"NR", "Nauru", "Nauru"},
	{"NU", "Niue", "Niue"},
	{"NZ", "New Zealand", "New Zealand"},
	{"OM", "Oman", "Oman"},
	{"PA", "Panama", "Panama"},
	{"PE", "Peru", "Peru"},
	{"PF", "Fransk Polynesien", "French Polynesia"},
	{"PG", "Papua Ny Guinea", "Papua New Guinea"},
	{"PH", "Filippinerne", "Philippines"},
	{"PK", "Pakistan", "Pakistan"},
	{"PL", "Polen", "Poland"},
	{"PM", "Saint Pierre og Miquelon", "Saint Pierre and Miquelon"},
	{"PN", "Pitcairn", "Pitcairn"},
	{"PR", "Puerto Rico", "Puerto Rico"},
	{"PS", "Palæstina", "Palestine"},
	{"PT", "Portugal", "Portugal"},
	{"PW", "Palau", "Palau"},
	{"PY", "Paraguay", "Paraguay"},
	{"QA", "Qatar", "Qatar"},
	{"RE", "Réunion", "Réunion"},
	{"RO", "Rumænien", "Romania"},
	{"RS", "Serbien", "Serbia"},
	{"RU", "Rusland", "Russia"},
	{"RW", "Rwanda", "Rwanda"},
	{"SA", "Saudi-Arabien", "Saudi Arabia"},
	{"SB", "Salomonøerne", "Solomon Islands"},
	{"SC", "Seychellerne", "Seychelles"},
	{"SD", "Sudan", "Sudan"},
	{"SE", "Sverige", "Sweden"},
	{"SG", "Singapore", "Singapore"},
	{"SH", "Sankt Helena", "Saint Helena, Ascension and Tristan da Cunha"},
	{"SI", "Slovenien", "Slovenia"},
	{"SJ", "Svalbard og Jan Mayen", "Svalbard and Jan Mayen"},
	{"SK", "Slovakiet", "Slovakia"},
	{"SL", "Sierra Leone", "Sierra Leone"},
	{"SM", "San Marino", "San Marino"},
	{"SN", "Senegal", "Senegal"},
	{"SO", "Somalia", "Somalia"},
	{"SR", "Surinam", "Suriname"},
	{"SS", "Sydsudan", "South Sudan"},
	{"ST", "São Tomé og Príncipe", "São Tomé and Príncipe"},
	{"SV", "El Salvador", "El Salvador"},
	{"SX", "Sint Maarten", "Sint Maarten"},
	{"SY", "Syrien", "Syria"},
	{"SZ", "Eswatini", "Eswatini"},
	{"TC", "Turks- og Caicosøerne", "Turks and Caicos Islands"},
	{"TD", "Tchad", "Chad"},
	{"TF", "De franske besiddelser i Det Sydlige Indiske Ocean", "French Southern Territories"},
	{"TG", "Togo", "Togo"},
	{"TH", "Thailand", "Thailand"},
	{"TJ", "Tadsjikistan", "Tajikistan"},
	{"TK", "Tokelau", "Tokelau"},
	{"TL", "Østtimor", "Timor-Leste"},
	{"TM", "Turkmenistan", "Turkmenistan"},
	{"TN", "Tunesien", "Tunisia"},
	{"TO", "Tonga", "Tonga"},
	{"TR", "Tyrkiet", "Türkiye"},
	{"TT", "Trinidad og Tobago", "Trinidad and Tobago"},
	{"TV", "Tuvalu", "Tuvalu"},
	{"TW", "Taiwan", "Taiwan"},
	{"TZ", "Tanzania", "Tanzania"},
	{"UA", "Ukraine", "Ukraine"},
	{"UG", "Uganda", "Uganda"},
	{"UM", "USA's mindre øbesiddelser", "United States Minor Outlying Islands"},
	{"US", "USA", "United States"},
	{"UY", "Uruguay", "Uruguay"},
	{"UZ", "Usbekistan", "Uzbekistan"},
	{"VA", "Vatikanstaten", "Vatican City"},
	{"VC", "Saint Vincent og Grenadinerne", "Saint Vincent and the Grenadines"},
	{"VE", "Venezuela", "Venezuela"},
	{"VG", "De Britiske Jomfruøer", "British Virgin Islands"},
	{"VI", "De Amerikanske Jomfruøer", "U.S. Virgin Islands"},
	{"VN", "Vietnam", "Vietnam"},
	{"VU", "Vanuatu", "Vanuatu"},
	{"WF", "Wallis og Futuna", "Wallis and Futuna"},
	{"WS", "Samoa", "Samoa"},
	{"YE", "Yemen", "Yemen"},
	{"YT", "Mayotte", "Mayotte"},
	{"ZA", "Sydafrika", "South Africa"},
	{"ZM", "Zambia", "Zambia"},
	{"ZW", "Zimbabwe", "Zimbabwe"},
}
