package api

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen

import (
	"errors"
	"time"

	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/dkgdpr/gdpr/internal/invalid"
	"golang.org/x/text/language"
)

// At is embedded in the request of an operation whose answer depends on the
// instant it is evaluated at.
type At struct {
	// Now is the instant to evaluate at, an RFC 3339 time with its offset.
	// Left out, the caller's clock gives it and the response's nowSource
	// says "server".
	Now time.Time `json:"now,omitzero"`
}

func (a *At) at() *At { return a }

// Sources of the instant an operation was evaluated at.
const (
	// NowFromRequest: the request gave "now".
	NowFromRequest = "request"
	// NowFromServer: the request left "now" out, and the server (or the
	// command) used its clock.
	NowFromServer = "server"
)

// Evaluated is embedded in the response of an operation whose request
// embeds [At]: the instant the answer holds at, and where it came from.
type Evaluated struct {
	// Now is the instant the response was evaluated at.
	Now time.Time `json:"now"`
	// NowSource is "request" when the request gave now, "server" when the
	// server's or the command's clock did.
	NowSource string `json:"nowSource"`
}

func (e *Evaluated) evaluated() *Evaluated { return e }

// Lang is the language of the texts an operation writes. The zero value
// means "not set" and gives Danish, the default.
type Lang uint8

// Languages of the texts.
const (
	Danish  Lang = iota + 1 // "da", the default
	English                 // "en"
)

var langDef = enum.Def[Lang]{
	Type: "Lang",
	Kind: "api: language",
	Err:  errUnknownCode,
	Entries: []enum.Entry{
		Danish:  {Code: "da", Da: "dansk", En: "Danish"},
		English: {Code: "en", Da: "engelsk", En: "English"},
	},
}

// Tag returns the language tag of l: English for English, Danish otherwise.
func (l Lang) Tag() language.Tag {
	if l == English {
		return language.English
	}
	return language.Danish
}

var (
	// errUnknownCode is the sentinel of an unknown code of the package's
	// enumerations (a language).
	errUnknownCode = invalid.New("api: unknown code")
	errNoOperation = errors.New("api: no such operation")
)

// Format is the format of a document an operation makes. The zero value
// means "not set" and gives HTML.
type Format uint8

// Formats of documents.
const (
	HTML     Format = iota + 1 // "html", the default
	Markdown                   // "md"
	DOCX                       // "docx", a Word document (Office Open XML)
)

var formatDef = enum.Def[Format]{
	Type: "Format",
	Kind: "api: document format",
	Err:  errUnknownCode,
	Entries: []enum.Entry{
		HTML:     {Code: "html", Da: "HTML", En: "HTML"},
		Markdown: {Code: "md", Da: "Markdown", En: "Markdown"},
		DOCX:     {Code: "docx", Da: "Word-dokument", En: "Word document"},
	},
}

// mediaType is the media type of documents of format f.
func (f Format) mediaType() string {
	switch f {
	case Markdown:
		return "text/markdown; charset=utf-8"
	case DOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	}
	return "text/html; charset=utf-8"
}

// fileName is a file name for a document about the object with id, or
// named kind (such as "dpia") when the id has nothing usable, in format f:
// the id's letters, digits, dots, underscores and hyphens only, so that it
// is safe in any file system.
func fileName(kind, id string, f Format) string {
	var b []byte
	for i := 0; i < len(id) && len(b) < 64; i++ {
		c := id[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' {
			b = append(b, c)
		}
	}
	name := kind
	if len(b) > 0 {
		name = string(b)
	}
	return name + "." + f.String()
}
