package gdpr_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// contactRecord stands for a package's record type: personal fields next
// to ordinary ones, JSON tags, an embedded struct, nesting.
type contactRecord struct {
	caseMeta
	Name     gdpr.Personal            `json:"name"`
	CPR      gdpr.CPR                 `json:"cpr,omitzero"`
	Phones   []gdpr.Personal          `json:"phones,omitempty"`
	ByRole   map[string]gdpr.Personal `json:"byRole,omitempty"`
	Keyed    map[gdpr.Personal]int    `json:"-"`
	Parent   *contactRecord           `json:"parent,omitempty"`
	Extra    any                      `json:"extra,omitempty"`
	Received gdpr.Date                `json:"received"`
	Country  gdpr.Country             `json:"country"`
	note     gdpr.Personal
}

type caseMeta struct {
	CaseID string `json:"caseId"`
}

// summary has a LogValue on its pointer: the wrapper finds it on a value.
type summary struct{ Who gdpr.Personal }

func (s *summary) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", "summary"), slog.Any("who", s.Who))
}

const (
	markerName  = "Markus Markersen"
	markerPhone = "+45 70707070"
	markerNote  = "lives at Markørvej 7"
	markerCPR   = "241299-7351"
)

func sampleRecord(t *testing.T) contactRecord {
	t.Helper()
	inner := contactRecord{
		caseMeta: caseMeta{CaseID: "K-2026-17"},
		Name:     gdpr.NewPersonal(markerName),
		CPR:      mustCPR(t, markerCPR),
		Phones:   []gdpr.Personal{gdpr.NewPersonal(markerPhone)},
		ByRole:   map[string]gdpr.Personal{"guardian": gdpr.NewPersonal(markerName)},
		Keyed:    map[gdpr.Personal]int{gdpr.NewPersonal(markerName): 1, gdpr.NewPersonal(markerPhone): 2},
		Extra:    map[string]any{"deep": []any{gdpr.NewPersonal(markerNote), &summary{Who: gdpr.NewPersonal(markerName)}}},
		Received: gdpr.MustParseDate("2026-03-02"),
		Country:  gdpr.MustParseCountry("DK"),
		note:     gdpr.NewPersonal(markerNote),
	}
	outer := inner
	outer.Parent = &inner
	return outer
}

var allMarkers = []string{markerName, markerPhone, markerNote, "2412997351", markerCPR}

func logThrough(asJSON bool, log func(*slog.Logger)) string {
	var buf bytes.Buffer
	var h slog.Handler = slog.NewTextHandler(&buf, nil)
	if asJSON {
		h = slog.NewJSONHandler(&buf, nil)
	}
	log(slog.New(gdpr.RedactingHandler(h)))
	return buf.String()
}

func TestRedactingHandlerRedactsAtAnyDepth(t *testing.T) {
	rec := sampleRecord(t)
	logs := map[string]func(*slog.Logger){
		"struct":           func(l *slog.Logger) { l.Info("saved", "record", rec) },
		"pointer":          func(l *slog.Logger) { l.Info("saved", "record", &rec) },
		"slice":            func(l *slog.Logger) { l.Info("saved", "records", []contactRecord{rec, rec}) },
		"map":              func(l *slog.Logger) { l.Info("saved", "byID", map[string]contactRecord{"a": rec}) },
		"map of pointers":  func(l *slog.Logger) { l.Info("saved", "byID", map[int]*contactRecord{1: &rec}) },
		"interface slice":  func(l *slog.Logger) { l.Info("saved", "xs", []any{rec.Name, rec, 7}) },
		"group":            func(l *slog.Logger) { l.Info("saved", slog.Group("g", "record", rec, "n", 1)) },
		"With":             func(l *slog.Logger) { l.With("record", rec).Info("saved") },
		"WithGroup":        func(l *slog.Logger) { l.WithGroup("req").With("record", rec).Info("saved", "again", rec) },
		"pointer LogValue": func(l *slog.Logger) { l.Info("saved", "s", []summary{{Who: rec.Name}}) },
		"anonymous struct": func(l *slog.Logger) { l.Info("saved", "x", struct{ R []*contactRecord }{[]*contactRecord{&rec}}) },
	}
	for name, log := range logs {
		for _, asJSON := range []bool{false, true} {
			handler := map[bool]string{false: "text", true: "json"}[asJSON]
			t.Run(name+"/"+handler, func(t *testing.T) {
				out := logThrough(asJSON, log)
				for _, m := range allMarkers {
					assert.NotContains(t, out, m, "leak in %s", out)
				}
				assert.Contains(t, out, gdpr.Redacted)
				if asJSON {
					var doc map[string]any
					require.NoError(t, json.Unmarshal([]byte(out), &doc), "the JSON handler still writes JSON: %s", out)
				}
			})
		}
	}
}

func TestRedactingHandlerKeepsTheRest(t *testing.T) {
	rec := sampleRecord(t)
	out := logThrough(true, func(l *slog.Logger) { l.Info("saved", "record", rec, "count", 3, "plain", struct{ N int }{4}) })
	var doc struct {
		Msg    string         `json:"msg"`
		Count  int            `json:"count"`
		Plain  map[string]any `json:"plain"`
		Record map[string]any `json:"record"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	assert.Equal(t, "saved", doc.Msg)
	assert.Equal(t, 3, doc.Count)
	assert.Equal(t, map[string]any{"N": float64(4)}, doc.Plain, "a value without personal data is passed on as it is")
	assert.Equal(t, "K-2026-17", doc.Record["caseId"], "an embedded struct is flattened, as in JSON")
	assert.Equal(t, "2026-03-02", doc.Record["received"], "a date keeps its JSON form")
	assert.Equal(t, "DK", doc.Record["country"])
	assert.Equal(t, gdpr.Redacted, doc.Record["name"])
	assert.Equal(t, "241299-xxxx", doc.Record["cpr"], "a CPR number shows its LogValue, the birth date")
	assert.Equal(t, []any{gdpr.Redacted}, doc.Record["phones"])
	assert.NotContains(t, doc.Record, "Keyed", `a field tagged json:"-" stays out`)
	assert.NotContains(t, doc.Record, "note", "an unexported field stays out")
	parent, ok := doc.Record["parent"].(map[string]any)
	require.True(t, ok, "the parent is an object: %s", out)
	assert.Equal(t, gdpr.Redacted, parent["name"])
}

func TestRedactingHandlerMapKeysAndCycles(t *testing.T) {
	keyed := map[gdpr.Personal]int{gdpr.NewPersonal(markerName): 1, gdpr.NewPersonal(markerPhone): 2}
	out := logThrough(true, func(l *slog.Logger) { l.Info("m", "keyed", keyed) })
	assert.NotContains(t, out, markerName)
	assert.NotContains(t, out, markerPhone)
	assert.Contains(t, out, `"[redacted]"`)
	assert.Contains(t, out, `"[redacted]#2"`, "keys that redact alike stay apart")

	type node struct {
		Name gdpr.Personal
		Next *node
	}
	n := &node{Name: gdpr.NewPersonal(markerName)}
	n.Next = n
	out = logThrough(true, func(l *slog.Logger) { l.Info("cycle", "n", n) })
	assert.NotContains(t, out, markerName)
	assert.Contains(t, out, gdpr.Redacted)

	deep := any(gdpr.NewPersonal(markerName))
	for range 100 {
		deep = []any{deep}
	}
	out = logThrough(false, func(l *slog.Logger) { l.Info("deep", "d", deep) })
	assert.NotContains(t, out, markerName)
}

// panicky's LogValue panics; the wrapper writes it as redacted.
type panicky struct{ Name gdpr.Personal }

func (panicky) LogValue() slog.Value { panic("boom") }

func TestRedactingHandlerPassesThrough(t *testing.T) {
	var buf bytes.Buffer
	inner := slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn})
	h := gdpr.RedactingHandler(inner)
	assert.Equal(t, h, gdpr.RedactingHandler(h), "wrapping twice wraps once")
	assert.False(t, h.Enabled(context.Background(), slog.LevelInfo))
	assert.True(t, h.Enabled(context.Background(), slog.LevelError))

	slog.New(h).Warn("nested", "p", []panicky{{Name: gdpr.NewPersonal(markerName)}})
	assert.NotContains(t, buf.String(), markerName)
	assert.True(t, strings.Contains(buf.String(), "level=WARN"), buf.String())
}

func BenchmarkRedactingHandler(b *testing.B) {
	rec := contactRecord{Name: gdpr.NewPersonal(markerName), Phones: []gdpr.Personal{gdpr.NewPersonal(markerPhone)}}
	plain := struct{ N, M int }{1, 2}
	b.Run("with personal data", func(b *testing.B) {
		l := slog.New(gdpr.RedactingHandler(slog.NewJSONHandler(discard{}, nil)))
		b.ReportAllocs()
		for b.Loop() {
			l.Info("saved", "record", rec)
		}
	})
	b.Run("without", func(b *testing.B) {
		l := slog.New(gdpr.RedactingHandler(slog.NewJSONHandler(discard{}, nil)))
		b.ReportAllocs()
		for b.Loop() {
			l.Info("saved", "n", 3, "plain", plain)
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestRedactingHandlerConcurrently logs through one wrapped handler from
// several goroutines, new types included, for the race detector.
func TestRedactingHandlerConcurrently(t *testing.T) {
	var buf lockedBuffer
	l := slog.New(gdpr.RedactingHandler(slog.NewJSONHandler(&buf, nil)))
	rec := sampleRecord(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			type local struct{ P []gdpr.Personal }
			for range 50 {
				l.Info("saved", "record", rec, "i", i, "local", local{P: []gdpr.Personal{rec.Name}})
			}
		}()
	}
	wg.Wait()
	out := buf.String()
	assert.Equal(t, 400, strings.Count(out, "\n"))
	assert.NotContains(t, out, markerName)
}

type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// request stands for a record type whose LogValue is LogValueOf.
type request struct {
	ID        string        `json:"id"`
	Requester gdpr.Personal `json:"requester"`
	Reasons   []string      `json:"reasons,omitempty"`
	Contact   *contactRecord
	secret    gdpr.Personal
}

func (r request) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// requests is a collection type whose LogValue is LogValueOf.
type requests []request

func (rs requests) LogValue() slog.Value { return gdpr.LogValueOf(rs) }

func TestLogValueOf(t *testing.T) {
	rec := sampleRecord(t)
	r := request{ID: "R-1", Requester: gdpr.NewPersonal(markerName), Reasons: []string{"a"}, Contact: &rec, secret: gdpr.NewPersonal(markerNote)}
	for _, asJSON := range []bool{false, true} {
		var buf bytes.Buffer
		var h slog.Handler = slog.NewTextHandler(&buf, nil)
		if asJSON {
			h = slog.NewJSONHandler(&buf, nil)
		}
		// Not wrapped: the record's own LogValue redacts.
		slog.New(h).Info("saved", "request", r, "ptr", &r, "all", requests{r, r})
		out := buf.String()
		for _, m := range allMarkers {
			assert.NotContains(t, out, m, out)
		}
		assert.Contains(t, out, "R-1", "what is not personal stays")
	}
	v := gdpr.LogValueOf(r)
	require.Equal(t, slog.KindGroup, v.Kind())
	var keys []string
	for _, a := range v.Group() {
		keys = append(keys, a.Key)
	}
	assert.Equal(t, []string{"id", "requester", "reasons", "Contact"}, keys, "exported fields, JSON names, in order")
	assert.Equal(t, gdpr.Redacted, v.Group()[1].Value.String())
	assert.Equal(t, slog.AnyValue(nil), gdpr.LogValueOf(nil))
	assert.Equal(t, slog.AnyValue(nil), gdpr.LogValueOf((*request)(nil)))
	assert.Equal(t, slog.IntValue(7), gdpr.LogValueOf(7))
}

// Blank, ValidUTF8 and Len answer what the revealed text would, so that a
// validator can check a personal text without unmasking it.
func TestPersonalChecksInPlace(t *testing.T) {
	long := strings.Repeat("abc ", 100) // past the key stream's 256 bytes
	for _, s := range []string{"", " ", "\t\n\v\f\r ", " x ", "Jens", "\u00a0", " \u2003 ", "Ærø", "\xff", "a\xffb", long, long + "ø", strings.Repeat(" ", 300),
		strings.Repeat("a", 127) + "ø" + "b", strings.Repeat("æ", 100) + "\xff", strings.Repeat("\u2003", 90) + "x", strings.Repeat("ø", 300)} {
		p := gdpr.NewPersonal(s)
		assert.Equal(t, strings.TrimSpace(s) == "", p.Blank(), "Blank of %q", s)
		assert.Equal(t, utf8.ValidString(s), p.ValidUTF8(), "ValidUTF8 of %q", s)
		assert.Equal(t, utf8.RuneCountInString(s), p.Len(), "Len of %q", s)
		assert.Equal(t, s, p.Reveal())
	}
	p := gdpr.NewPersonal("Jens Hansen")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = p.Blank() || !p.ValidUTF8() || p.Len() == 0 }), "ASCII text is checked without allocating")
}

func FuzzPersonalChecks(f *testing.F) {
	f.Add("Jens Hansen")
	f.Add(strings.Repeat("a", 127) + "ø")
	f.Add(" \u00a0\xff")
	f.Fuzz(func(t *testing.T, s string) {
		p := gdpr.NewPersonal(s)
		if p.Blank() != (strings.TrimSpace(s) == "") || p.ValidUTF8() != utf8.ValidString(s) || p.Len() != utf8.RuneCountInString(s) || p.Reveal() != s {
			t.Fatalf("in-place checks disagree with the text for %q", s)
		}
	})
}
