package overview_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"golang.org/x/text/language"
)

// tag matches a tag the dashboard writes outside its heat map: a name and
// attributes with quoted values.
var tag = regexp.MustCompile(`^<(/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)>`)

// attrName matches the name of each attribute of a tag.
var attrName = regexp.MustCompile(`\s+([a-z-]+)="[^"]*"`)

// The tags and attributes of the dashboard outside the heat map.
var (
	pageTags  = []string{"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "ul", "li", "a", "main", "section", "table", "thead", "tbody", "tr", "th", "td", "span", "code", "br", "figure", "footer"}
	pageAttrs = []string{"lang", "charset", "http-equiv", "content", "name", "id", "aria-label", "aria-labelledby", "aria-hidden", "href", "class", "scope", "colspan", "style"}
)

// FuzzDashboardHTML puts arbitrary text into the name, the note and the ids
// and names of the broken municipality: outside the heat map (whose text is
// the overview's own: numbers, threat labels and the title) every "<" of
// the page starts one of the dashboard's tags with its own attributes, so
// no text became markup, and writing never fails or panics.
func FuzzDashboardHTML(f *testing.F) {
	f.Add("Eksempel Kommune", "note", "rec-1", "Hjemmepleje", false)
	f.Add(hostile, hostile, hostile, hostile, true)
	f.Add("</title><script>", "]]><!--", "\"><svg onload=x>", "\x00\x1b[2J", false)
	f.Fuzz(func(t *testing.T, name, noteText, id, recordName string, en bool) {
		m := broken()
		m.Name = name
		m.Records[0].Name, m.Records[1].ID, m.Records[1].Name = recordName, id, recordName
		m.Agreements[0].ID = id
		m.Requests[len(m.Requests)-1].Request.ID = id
		r, err := overview.Build(m, gdprtest.Now(), 30)
		if err != nil {
			t.Fatal(err)
		}
		o := overview.DashboardOptions{Note: gdpr.Text{Da: noteText, En: noteText}}
		if en {
			o.Lang = language.English
		}
		var b bytes.Buffer
		if err := r.WriteHTML(&b, m, o); err != nil {
			t.Fatal(err)
		}
		html, ok := strings.CutPrefix(b.String(), "<!DOCTYPE html>\n")
		if !ok {
			t.Fatal("no doctype")
		}
		before, rest, ok := strings.Cut(html, "<svg ")
		if !ok {
			t.Fatal("no heat map")
		}
		_, after, ok := strings.Cut(rest, "</svg>")
		if !ok {
			t.Fatal("the heat map does not end")
		}
		html = before + after
		for i := strings.IndexByte(html, '<'); i >= 0; i = strings.IndexByte(html, '<') {
			html = html[i:]
			m := tag.FindStringSubmatch(html)
			if m == nil {
				t.Fatalf("text became markup: %.40q", html)
			}
			if !slices.Contains(pageTags, m[2]) {
				t.Fatalf("a tag the dashboard does not write: %q", m[0])
			}
			for _, a := range attrName.FindAllStringSubmatch(m[3], -1) {
				if !slices.Contains(pageAttrs, a[1]) {
					t.Fatalf("an attribute the dashboard does not write: %q", m[0])
				}
			}
			html = html[len(m[0]):]
		}
	})
}
