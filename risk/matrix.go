package risk

import (
	"cmp"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"golang.org/x/text/language"
)

// Matrix gives a [Band] for every (consequence, probability) cell: the risk
// matrix of a risk assessment. The band comes from the grid, not from a
// formula on the score, because real matrices are not symmetric: in
// OS2compliance's "4x4 Datatilsynet" matrix consequence 4 with probability 2
// is high, consequence 2 with probability 4 is above medium.
//
// A Matrix is an immutable value: it holds no slices or maps, so copying it
// copies everything and no caller can change a preset for anybody else. It
// is comparable with ==. Get one from [DefaultMatrix], a preset such as
// [OS2Standard], or [NewMatrix]. The zero Matrix has no cells: [Matrix.Rate]
// on it is an error, while the methods that rate assessments
// ([Matrix.Evaluate], [Assessment.ValidateOn], [Matrix.Summarize],
// [Set.Check], [Policy.Decide], [HeatMap]) read it as [DefaultMatrix],
// so a host that leaves its matrix unset gets the template's answers, not a
// silent all-clear.
type Matrix struct {
	// meta is the name and the packed step labels,
	// "name\x1eclabels\x1eplabels" (see packLabels): one string keeps the
	// value small, which matters because each call of Rate copies it.
	meta   string
	nc, np uint8 // number of consequence and probability steps
	// grid[c-1][p-1] is the band of consequence c and probability p.
	grid [MaxLevels][MaxLevels]Band
}

// Rating is where a risk lands in a matrix: its consequence and
// probability, the score R = K × S (the template's "R") and the band the
// matrix gives the cell. The zero Rating means "not rated". Ratings are
// small comparable values.
type Rating struct {
	Consequence Consequence `json:"consequence"`
	Probability Probability `json:"probability"`
	// Score is consequence × probability (R), 1-16 on the template's scale.
	Score int `json:"score"`
	// Band is the band of the cell in the matrix that rated it.
	Band Band `json:"band"`
}

// Rate returns the rating of consequence c and probability p: the score
// c × p and the band of the cell. A value off the matrix's scale (0 for
// "not assessed", 5 on a four-step matrix, 255) is an error wrapping
// [ErrInvalidScale]. Rate takes a few nanoseconds and does not allocate
// for values on the scale.
func (m Matrix) Rate(c Consequence, p Probability) (Rating, error) {
	if i, j := uint(c)-1, uint(p)-1; i < uint(m.nc) && j < uint(m.np) {
		return Rating{Consequence: c, Probability: p, Score: int(c) * int(p), Band: m.grid[i%MaxLevels][j%MaxLevels]}, nil
	}
	return Rating{}, &scaleError{nc: m.nc, np: m.np, c: c, p: p}
}

// scaleError is the error of Rate. It formats its message only when asked,
// so Rate stays small enough to inline.
type scaleError struct {
	nc, np uint8
	c      Consequence
	p      Probability
}

func (e *scaleError) Error() string {
	switch {
	case e.nc == 0:
		return ErrInvalidScale.Error() + ": the zero matrix has no cells"
	case e.c == 0 || uint8(e.c) > e.nc:
		return ErrInvalidScale.Error() + ": consequence " + strconv.Itoa(int(e.c)) + ", want 1-" + strconv.Itoa(int(e.nc))
	}
	return ErrInvalidScale.Error() + ": probability " + strconv.Itoa(int(e.p)) + ", want 1-" + strconv.Itoa(int(e.np))
}

// Unwrap returns ErrInvalidScale.
func (e *scaleError) Unwrap() error { return ErrInvalidScale }

// IsZero reports whether r is the zero Rating (not rated).
func (r Rating) IsZero() bool { return r == Rating{} }

// Compare orders ratings by band, then by score: -1 if r is the lower risk,
// +1 if it is the higher, 0 if they rank the same.
func (r Rating) Compare(o Rating) int {
	if c := cmp.Compare(r.Band, o.Band); c != 0 {
		return c
	}
	return cmp.Compare(r.Score, o.Score)
}

// String formats r for logs: "K3 S4 R12 above_medium".
func (r Rating) String() string {
	return "K" + strconv.Itoa(int(r.Consequence)) + " S" + strconv.Itoa(int(r.Probability)) +
		" R" + strconv.Itoa(r.Score) + " " + r.Band.String()
}

// Label formats r for people: "Over middel (12)".
func (r Rating) Label(tag language.Tag) string {
	return r.Band.Label(tag) + " (" + strconv.Itoa(r.Score) + ")"
}

// Name returns the matrix's name ("4x4 KL"); a caller's matrix may have
// none.
func (m Matrix) Name() string {
	name, _, _ := strings.Cut(m.meta, metaSep)
	return name
}

// labels returns the packed consequence and probability labels.
func (m Matrix) labels() (clabels, plabels string) {
	_, rest, _ := strings.Cut(m.meta, metaSep)
	clabels, plabels, _ = strings.Cut(rest, metaSep)
	return clabels, plabels
}

// metaSep separates the parts of Matrix.meta; labels and names have no
// control characters.
const metaSep = "\x1e"

func makeMeta(name, clabels, plabels string) string {
	return name + metaSep + clabels + metaSep + plabels
}

// Size returns the number of consequence and probability steps (4 and 4 for
// the template's matrix; 0 and 0 for the zero Matrix).
func (m Matrix) Size() (consequences, probabilities int) { return int(m.nc), int(m.np) }

// IsZero reports whether m is the zero Matrix.
func (m Matrix) IsZero() bool { return m.nc == 0 }

// orDefault returns m, or [DefaultMatrix] for the zero Matrix: what the
// methods that rate assessments work on.
func (m Matrix) orDefault() Matrix {
	if m.nc == 0 {
		return presetTemplate
	}
	return m
}

// Bands returns the bands the matrix uses, from low to high.
func (m Matrix) Bands() []Band {
	var used [High + 1]bool
	for c := range m.nc {
		for p := range m.np {
			used[m.grid[c][p]] = true
		}
	}
	var out []Band
	for b := Low; b <= High; b++ {
		if used[b] {
			out = append(out, b)
		}
	}
	return out
}

// ConsequenceLabel returns the name of consequence step c on this matrix:
// the matrix's own label if it has labels, else the template's name on a
// four-step matrix, else the digit.
func (m Matrix) ConsequenceLabel(c Consequence, tag language.Tag) string {
	clabels, _ := m.labels()
	switch {
	case c == 0 || uint8(c) > m.nc:
		return c.String()
	case clabels != "":
		return packedLabel(clabels, int(c)-1, tag)
	case m.nc == 4:
		return c.Label(tag)
	}
	return strconv.Itoa(int(c))
}

// ProbabilityLabel returns the name of probability step p on this matrix,
// as [Matrix.ConsequenceLabel] does for consequences.
func (m Matrix) ProbabilityLabel(p Probability, tag language.Tag) string {
	_, plabels := m.labels()
	switch {
	case p == 0 || uint8(p) > m.np:
		return p.String()
	case plabels != "":
		return packedLabel(plabels, int(p)-1, tag)
	case m.np == 4:
		return p.Label(tag)
	}
	return strconv.Itoa(int(p))
}

// MatrixSpec describes a matrix for [NewMatrix], and is what
// [Matrix.Spec] and a matrix's JSON form give back.
type MatrixSpec struct {
	// Name names the matrix ("4x4 KL"). Optional.
	Name string `json:"name,omitempty"`
	// Bands[c-1][p-1] is the band of consequence c and probability p: the
	// first row is the lowest consequence, the first column the lowest
	// probability. MinLevels to MaxLevels rows of equally many (MinLevels
	// to MaxLevels) cells, every cell set, bands never decreasing along a
	// row or a column.
	Bands [][]Band `json:"bands"`
	// ConsequenceLabels names the consequence steps, lowest first: none, or
	// one per row. Each needs a Danish text; the English falls back to it.
	ConsequenceLabels []gdpr.Text `json:"consequenceLabels,omitempty"`
	// ProbabilityLabels names the probability steps, lowest first: none, or
	// one per column.
	ProbabilityLabels []gdpr.Text `json:"probabilityLabels,omitempty"`
}

// NewMatrix validates spec and returns its matrix, of any size from 3x3 to
// 6x6. The grid must have [MinLevels] to [MaxLevels] rows (consequence
// steps) of equally many cells (probability steps, also MinLevels to
// MaxLevels; the two axes may differ), every cell a valid band, and bands
// that never decrease as consequence or probability grows. Labels are
// optional, one per step. A spec that breaks a rule gives an error
// wrapping [ErrInvalidMatrix] and a [gdpr.Problems] listing every reason.
func NewMatrix(spec MatrixSpec) (Matrix, error) {
	var ps gdpr.Problems
	if strings.TrimSpace(spec.Name) != spec.Name || hasControl(spec.Name) || !utf8.ValidString(spec.Name) {
		ps.Add("name", gdpr.CodeMalformed, "the name has surrounding spaces or control characters, or is not UTF-8")
	}
	nc := len(spec.Bands)
	np := 0
	if nc > 0 {
		np = len(spec.Bands[0])
	}
	switch {
	case nc < MinLevels || nc > MaxLevels:
		ps.Add("bands", gdpr.CodeOutOfRange, fmt.Sprintf("%d consequence steps (rows), want %d-%d", nc, MinLevels, MaxLevels))
		return Matrix{}, matrixError(ps)
	case np < MinLevels || np > MaxLevels:
		ps.Add("bands[0]", gdpr.CodeOutOfRange, fmt.Sprintf("%d probability steps (cells), want %d-%d", np, MinLevels, MaxLevels))
		return Matrix{}, matrixError(ps)
	}
	m := Matrix{nc: uint8(nc), np: uint8(np)}
	before := len(ps) // the grid's order is checked only when its cells are all set
	for c, row := range spec.Bands {
		rowPath := "bands[" + strconv.Itoa(c) + "]"
		if len(row) != np {
			ps.Add(rowPath, gdpr.CodeMalformed, fmt.Sprintf("%d cells, want %d like the first row", len(row), np))
			continue
		}
		for p, b := range row {
			if !b.Valid() {
				ps.Add(rowPath+"["+strconv.Itoa(p)+"]", gdpr.CodeRequired, "every cell needs a band")
			}
			m.grid[c][p] = b
		}
	}
	if len(ps) == before {
		for c := range nc {
			for p := range np {
				path := "bands[" + strconv.Itoa(c) + "][" + strconv.Itoa(p) + "]"
				b := m.grid[c][p]
				if c > 0 && b < m.grid[c-1][p] {
					ps.Add(path, gdpr.CodeOrder, fmt.Sprintf("band %s is below %s of the lower consequence in the same column", b, m.grid[c-1][p]))
				}
				if p > 0 && b < m.grid[c][p-1] {
					ps.Add(path, gdpr.CodeOrder, fmt.Sprintf("band %s is below %s of the lower probability in the same row", b, m.grid[c][p-1]))
				}
			}
		}
	}
	m.meta = makeMeta(spec.Name,
		packLabels(spec.ConsequenceLabels, nc, "consequenceLabels", &ps),
		packLabels(spec.ProbabilityLabels, np, "probabilityLabels", &ps))
	if len(ps) > 0 {
		return Matrix{}, matrixError(ps)
	}
	return m, nil
}

func matrixError(ps gdpr.Problems) error { return fmt.Errorf("%w: %w", ErrInvalidMatrix, ps) }

// Spec returns a fresh description of m that [NewMatrix] turns back into m.
func (m Matrix) Spec() MatrixSpec {
	spec := MatrixSpec{Name: m.Name()}
	if m.nc == 0 {
		return spec
	}
	spec.Bands = make([][]Band, m.nc)
	for c := range spec.Bands {
		spec.Bands[c] = append([]Band(nil), m.grid[c][:m.np]...)
	}
	clabels, plabels := m.labels()
	spec.ConsequenceLabels = unpackLabels(clabels)
	spec.ProbabilityLabels = unpackLabels(plabels)
	return spec
}

// MarshalJSON encodes m as its [MatrixSpec]; the zero Matrix encodes as
// null.
func (m Matrix) MarshalJSON() ([]byte, error) {
	if m.nc == 0 {
		return []byte("null"), nil
	}
	return json.Marshal(m.Spec())
}

// UnmarshalJSON decodes a [MatrixSpec] strictly (unknown fields and
// duplicate keys are problems) and validates it as [NewMatrix] does; null
// leaves m unchanged.
func (m *Matrix) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var spec MatrixSpec
	if err := jsonstrict.Decode(b, &spec); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidMatrix, err)
	}
	v, err := NewMatrix(spec)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Labels are packed into one string, "da\x00en\x00da\x00en...", so a
// Matrix holds no slice and stays comparable and immutable.
const labelSep = "\x00"

func packLabels(labels []gdpr.Text, n int, field string, ps *gdpr.Problems) string {
	if len(labels) == 0 {
		return ""
	}
	if len(labels) != n {
		ps.Add(field, gdpr.CodeMalformed, fmt.Sprintf("%d labels for %d steps", len(labels), n))
		return ""
	}
	var b strings.Builder
	for i, l := range labels {
		path := field + "[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(l.Da) == "" {
			ps.Add(path+".da", gdpr.CodeRequired, "a step label needs a Danish text")
		}
		if hasControl(l.Da) || !utf8.ValidString(l.Da) {
			ps.Add(path+".da", gdpr.CodeMalformed, "the label has control characters or is not UTF-8")
		}
		if hasControl(l.En) || !utf8.ValidString(l.En) {
			ps.Add(path+".en", gdpr.CodeMalformed, "the label has control characters or is not UTF-8")
		}
		if i > 0 {
			b.WriteString(labelSep)
		}
		b.WriteString(l.Da)
		b.WriteString(labelSep)
		b.WriteString(l.En)
	}
	return b.String()
}

func unpackLabels(s string) []gdpr.Text {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, labelSep)
	out := make([]gdpr.Text, len(parts)/2)
	for i := range out {
		out[i] = gdpr.Text{Da: parts[2*i], En: parts[2*i+1]}
	}
	return out
}

// packedLabel returns label i of a packed string without allocating; an
// empty English label falls back to the Danish one.
func packedLabel(s string, i int, tag language.Tag) string {
	for range 2 * i {
		_, s, _ = strings.Cut(s, labelSep)
	}
	da, rest, _ := strings.Cut(s, labelSep)
	if !gdpr.English(tag) {
		return da
	}
	if en, _, _ := strings.Cut(rest, labelSep); en != "" {
		return en
	}
	return da
}

func hasControl(s string) bool {
	return strings.IndexFunc(s, unicode.IsControl) >= 0
}
