package gdpr_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// A CPR number prints, logs and encodes as its birth date only; Reveal is
// the one way to the full number. (The number is made up.)
func ExampleCPR() {
	c, err := gdpr.ParseCPR("241299-1351")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c)
	fmt.Printf("%q %+v\n", c, c)
	js, _ := json.Marshal(struct {
		CPR gdpr.CPR `json:"cpr"`
	}{c})
	fmt.Println(string(js))
	fmt.Println(c.BirthDate().Year)

	_, err = gdpr.ParseCPR("310225-1234")
	fmt.Println(err)
	// Output:
	// 241299-xxxx
	// "241299-xxxx" 241299-xxxx
	// {"cpr":"241299-xxxx"}
	// 1999
	// gdpr: invalid CPR number: no such birth date
}

// Transfers to the United States are adequate only for organisations
// certified under the Data Privacy Framework.
func ExampleTransferTo() {
	on := gdpr.Date{Year: 2026, Month: time.March, Day: 2}
	for _, code := range []string{"NO", "GB", "US", "GL"} {
		t := gdpr.TransferTo(gdpr.MustParseCountry(code), on)
		fmt.Printf("%s: %s", code, t.Status.Label(language.Danish))
		if t.Conditional() {
			fmt.Printf(" (%s)", t.Condition.Label(language.English))
		}
		fmt.Println()
	}
	uncertified := gdpr.TransferToRecipient(gdpr.MustParseCountry("US"), on, gdpr.TransferRecipient{})
	fmt.Println(uncertified)
	// Output:
	// NO: EU/EØS
	// GB: Sikkert tredjeland (tilstrækkeligt beskyttelsesniveau)
	// US: Sikkert tredjeland (tilstrækkeligt beskyttelsesniveau) (Only organisations certified under the EU-US Data Privacy Framework)
	// GL: Usikkert tredjeland
	// third_country US us_2023 on 2026-03-02
}

func ExampleKLE_Contains() {
	group := gdpr.MustParseKLE("27.24")
	k, err := gdpr.ParseKLE("27.24.00G01")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(k, k.Level(), k.Facet(), group.Contains(k))
	_, err = gdpr.ParseKLE("4.")
	fmt.Println(err)
	// Output:
	// 27.24.00 G01 subject G01 true
	// gdpr: malformed KLE number "4.": main group must be two digits
}

func ExampleParseCVR() {
	c, err := gdpr.ParseCVR("DK 29 18 98 46")
	fmt.Println(c, err)
	_, err = gdpr.ParseCVR("29189847")
	fmt.Println(err)
	// Output:
	// 29189846 <nil>
	// gdpr: invalid CVR number (a value of 8 characters): modulus 11 check fails
}
