package gdpr

import "golang.org/x/text/language"

// English reports whether labels and reports for tag should be in English.
// Danish is the default: every tag whose base language is not English, and
// the undetermined tag, give Danish wording.
func English(tag language.Tag) bool {
	base, _ := tag.Base()
	return base.String() == "en"
}

// Text is a short text in Danish and English. Findings and decisions carry
// their explanations as Text so a host can show either language.
type Text struct {
	Da string `json:"da"`
	En string `json:"en"`
}

// In returns the text in the language of tag (Danish unless tag is English).
func (t Text) In(tag language.Tag) string {
	if English(tag) {
		return t.En
	}
	return t.Da
}
