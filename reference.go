package gdpr

import (
	"regexp"
	"strings"
)

// Reason explains one part of a decision (a screening result, a risk or
// breach decision, whether a right applies, a DPIA decision): the rule
// that fired, its legal source and what it means, in Danish and English.
// Every package's decisions explain themselves with []Reason.
type Reason struct {
	// Rule is the stable id of the rule that fired, "package.snake_case".
	Rule string `json:"rule"`
	// Reference is the legal source, in Danish and English.
	Reference Text `json:"reference"`
	// Text says what the rule found, in Danish and English.
	Text Text `json:"text"`
}

// Cite returns a legal reference written in English ("GDPR art. 12(4)",
// "Regulation 1182/71 art. 3(4)", "EDPB Guidelines 9/2022, para. 35",
// "databeskyttelsesloven § 11") together with its Danish citation
// ("databeskyttelsesforordningen art. 12, stk. 4"), so that a Danish report
// cites in Danish. The translation covers the citation forms the module
// uses; a test checks every rule's reference.
func Cite(en string) Text { return Text{Da: citeDanish(en), En: en} }

// articleRef matches "12(4)(a)" style article references, with an optional
// range of points ("(a)-(c)").
var articleRef = regexp.MustCompile(`\b(\d+)\((\d+)\)(?:\(([a-z])\)(?:-\(([a-z])\))?)?`)

// bareParagraph matches a paragraph without its article, "(4)" after "and".
var bareParagraph = regexp.MustCompile(`(, | and )\((\d+)\)`)

// citePhrases are the fixed phrases of citations, English to Danish, in
// the order they are replaced.
var citePhrases = [...][2]string{
	{"Commission Implementing Decision", "Kommissionens gennemførelsesafgørelse"},
	{"EDPB Guidelines", "EDPB's retningslinjer"},
	{"WP29 Guidelines", "Artikel 29-gruppens retningslinjer"},
	{"Regulation 1182/71", "forordning nr. 1182/71"},
	{"the municipal DPIA template", "den kommunale skabelon til konsekvensanalyse"},
	{"DPIA template", "skabelonen til konsekvensanalyse"},
	{"second subparagraph", "andet afsnit"},
	{"first subparagraph", "første afsnit"},
	{"Datatilsynet's list", "Datatilsynets liste"},
	{"Datatilsynet's guidance", "Datatilsynets vejledning"},
	{"Recital", "betragtning"},
	{"recital", "betragtning"},
	{"paras.", "punkt"},
	{"para.", "punkt"},
	{"section", "afsnit"},
	{"Annex", "bilag"},
	{"local policy", "lokal politik"},
	{"Local policy", "Lokal politik"},
	{"GDPR", "databeskyttelsesforordningen"},
	{" and ", " og "},
}

func citeDanish(en string) string {
	s := articleRef.ReplaceAllStringFunc(en, func(m string) string {
		g := articleRef.FindStringSubmatch(m)
		out := g[1] + ", stk. " + g[2]
		switch {
		case g[4] != "":
			out += ", litra " + g[3] + "-" + g[4]
		case g[3] != "":
			out += ", litra " + g[3]
		}
		return out
	})
	s = bareParagraph.ReplaceAllString(s, "${1}stk. $2")
	for _, p := range citePhrases {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}
