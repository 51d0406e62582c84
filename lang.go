package gdpr

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

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
	Da string `json:"da"` // Danish, the default
	En string `json:"en"` // English
}

// In returns the text in the language of tag (Danish unless tag is English).
func (t Text) In(tag language.Tag) string {
	if English(tag) {
		return t.En
	}
	return t.Da
}

// plainText reports whether s can stand as a name or reference inside a
// code (a custom data type's name, a special law): not empty, no leading or
// trailing space, valid UTF-8 (JSON would replace a bad byte and so change
// the value) and no control characters such as line breaks or tabs.
func plainText(s string) bool {
	if s == "" || strings.TrimSpace(s) != s || !utf8.ValidString(s) {
		return false
	}
	return strings.IndexFunc(s, unicode.IsControl) < 0
}
