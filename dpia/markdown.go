package dpia

import "strings"

// markdown writes the document as CommonMark with GitHub tables.
func (d *document) markdown() []byte {
	var w strings.Builder
	w.Grow(64 << 10)
	for i, bl := range d.blocks {
		if i > 0 {
			w.WriteByte('\n')
		}
		switch bl.kind {
		case bHeading:
			w.WriteString(strings.Repeat("#", bl.level))
			w.WriteByte(' ')
			w.WriteString(strings.ReplaceAll(mdInline(oneLine(bl.text)), "#", "\\#"))
			w.WriteByte('\n')
		case bPara:
			text := mdBlock(bl.text)
			if bl.note {
				text = "*" + text + "*"
			}
			w.WriteString(text)
			w.WriteByte('\n')
		case bList:
			for _, it := range bl.items {
				w.WriteString("- ")
				w.WriteString(mdInline(strings.ReplaceAll(it, "\n", " ")))
				w.WriteByte('\n')
			}
		case bHeatMap:
			w.WriteString("```text\n")
			w.WriteString(strings.ReplaceAll(bl.plain, "```", "'''"))
			if !strings.HasSuffix(bl.plain, "\n") {
				w.WriteByte('\n')
			}
			w.WriteString("```\n")
		case bTable:
			mdTable(&w, bl.table)
		}
	}
	return []byte(w.String())
}

func mdTable(w *strings.Builder, t *table) {
	n := len(t.head)
	w.WriteByte('|')
	for _, h := range t.head {
		w.WriteByte(' ')
		w.WriteString(mdCell(h))
		w.WriteString(" |")
	}
	w.WriteString("\n|")
	for i := range t.head {
		if i < len(t.numeric) && t.numeric[i] {
			w.WriteString("---:|")
		} else {
			w.WriteString("---|")
		}
	}
	w.WriteByte('\n')
	for _, r := range t.rows {
		w.WriteByte('|')
		for i := 0; i < n; i++ {
			cell := ""
			if i < len(r.cells) {
				cell = mdCell(r.cells[i])
			}
			if r.group && i == 0 && cell != "" {
				cell = "**" + cell + "**"
			}
			w.WriteByte(' ')
			w.WriteString(cell)
			w.WriteString(" |")
		}
		w.WriteByte('\n')
	}
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// mdCell escapes text for a table cell: line breaks become <br>.
func mdCell(s string) string {
	lines := strings.Split(strings.TrimSpace(normalise(s)), "\n")
	for i, l := range lines {
		lines[i] = mdInline(l)
	}
	return strings.Join(lines, "<br>")
}

// mdBlock escapes text for a paragraph: blank lines separate paragraphs,
// other line breaks are hard breaks, and a line cannot start a list, a
// heading, a quote or a code block.
func mdBlock(s string) string {
	s = strings.TrimSpace(normalise(s))
	var out strings.Builder
	for i, para := range strings.Split(s, "\n\n") {
		if i > 0 {
			out.WriteString("\n\n")
		}
		lines := strings.Split(strings.TrimSpace(para), "\n")
		for j, l := range lines {
			if j > 0 {
				out.WriteString("\\\n")
			}
			out.WriteString(mdLineStart(mdInline(strings.TrimSpace(l))))
		}
	}
	return out.String()
}

// normalise turns CR LF and CR into LF, tabs into spaces and drops the other
// control characters, so that user text cannot break the layout.
func normalise(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f }) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r' || r == '\t':
			if r == '\r' {
				return '\n'
			}
			return ' '
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// mdInline escapes the characters that have a meaning in CommonMark inline
// text, and < > & as entities, so no user text becomes markup or HTML.
func mdInline(s string) string {
	s = normalise(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdLineStart escapes what would make a line a list item, a quote, a
// heading underline or a code block.
func mdLineStart(l string) string {
	if l == "" {
		return l
	}
	switch l[0] {
	case '-', '+', '=', '#':
		return "\\" + l
	}
	// "1." or "1)" starts an ordered list.
	i := 0
	for i < len(l) && i < 10 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i < len(l) && (l[i] == '.' || l[i] == ')') {
		return l[:i] + "\\" + l[i:]
	}
	return l
}
