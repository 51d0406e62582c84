package gdpr

import "golang.org/x/text/language"

// english is the base language of English tags. Read-only.
var english = language.MustParseBase("en")

// English reports whether labels and reports for tag should be in English.
// Danish is the default: every tag whose base language is not (with high
// confidence) English, the undetermined tag included, gives Danish wording.
func English(tag language.Tag) bool {
	base, conf := tag.Base()
	return base == english && conf >= language.High
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
