package rulesmd_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/catalog"
	"github.com/dkgdpr/gdpr/catalog/internal/rulesmd"
	"github.com/stretchr/testify/assert"
)

func TestCell(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text stays", "GDPR art. 30(1)(f)", "GDPR art. 30(1)(f)"},
		{"Danish letters stay", "Datatilsynet skal høres før behandlingen", "Datatilsynet skal høres før behandlingen"},
		{"a pipe would end the cell", "a | b", `a \| b`},
		{"markup is escaped", "snake_case *x* `c` <b> [l]", `snake\_case \*x\* \` + "`" + `c\` + "`" + ` \<b\> \[l\]`},
		{"a backslash is escaped", `a\b`, `a\\b`},
		{"line breaks become one space", "line 1\r\n  line 2\ttab", "line 1 line 2 tab"},
		{"leading and trailing space go", "  x  ", "x"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, rulesmd.Cell(tc.in))
		})
	}
}

func TestID(t *testing.T) {
	assert.Equal(t, "`ropa.retention_missing`", rulesmd.ID("ropa.retention_missing"))
	assert.Equal(t, `bad \| id`, rulesmd.ID("bad | id"), "a malformed id is escaped text, not code")
	assert.Equal(t, "", rulesmd.ID(""))
}

func TestRenderEscapesHostileRules(t *testing.T) {
	pkgs := []catalog.Package{{Name: "x", Path: "example.com/x", Title: gdpr.Text{Da: "titel", En: "title"},
		Rules: []gdpr.Rule{{ID: "x.a|b\nc", Severity: gdpr.Warning, Reference: gdpr.Cite("art.\n1 | 2"), Text: gdpr.Text{Da: "a\nb", En: "c|d"}}}}}
	md := string(rulesmd.Render(pkgs))
	var rows []string
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| id ") {
			rows = append(rows, line)
		}
	}
	if assert.Len(t, rows, 1, "the rule is one row") {
		assert.Equal(t, `| x.a\|b c | warning | art. 1 \| 2 | a b | c\|d |`, rows[0])
	}
}

// FuzzCell checks that no text can break out of a table cell: the result
// has no line break or control character and every pipe is escaped.
func FuzzCell(f *testing.F) {
	for _, s := range []string{"", "a|b", "a\\|b", "\\", "x\ny", "`code`", "\u2028", "æøå", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := rulesmd.Cell(s)
		if strings.ContainsFunc(c, func(r rune) bool { return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' }) {
			t.Fatalf("Cell(%q) = %q holds a control character", s, c)
		}
		// Walk the escapes: a backslash escapes the next character; a pipe
		// outside an escape would end the cell.
		for i := 0; i < len(c); i++ {
			switch c[i] {
			case '\\':
				i++
				if i == len(c) {
					t.Fatalf("Cell(%q) = %q ends in a lone backslash", s, c)
				}
			case '|':
				t.Fatalf("Cell(%q) = %q has an unescaped pipe", s, c)
			}
		}
	})
}
