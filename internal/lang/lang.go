// Package lang chooses between the module's two languages: Danish, the
// default, and English on request.
package lang

import "golang.org/x/text/language"

// english is the base language of English tags. Read-only.
var english = language.MustParseBase("en")

// English reports whether text for tag should be in English. Danish is the
// default: every tag whose base language is not (with high confidence)
// English, the undetermined tag included, gives Danish.
func English(tag language.Tag) bool {
	base, conf := tag.Base()
	return base == english && conf >= language.High
}
