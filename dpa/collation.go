package dpa

import (
	"bytes"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// danish computes Danish collation keys: æ, ø and å after z, "aa" as å
// (CLDR's Danish order). A collate.Collator keeps buffers and is not safe
// for concurrent use, so there is no shared one: each sort makes its own,
// and a Register can be queried from many goroutines at once.
type danish struct {
	c    *collate.Collator
	buf  collate.Buffer
	keys map[string][]byte // names repeat a lot in a register
}

func newDanish() *danish {
	return &danish{c: collate.New(language.Danish), keys: make(map[string][]byte)}
}

// key returns the collation key of s; it stays valid for the life of d.
func (d *danish) key(s string) []byte {
	k, ok := d.keys[s]
	if !ok {
		k = d.c.KeyFromString(&d.buf, s)
		d.keys[s] = k
	}
	return k
}

// sortDanish sorts items stably by the strings keys returns, compared one
// after the other in Danish order, then by tie (which may be nil).
func sortDanish[T any](items []T, keys func(*T) []string, tie func(a, b *T) int) {
	sortDanishBy(items, nil, keys, tie)
}

// sortDanishBy sorts items stably by first (which may be nil), then by the
// strings keys returns in Danish order, then by tie (which may be nil).
func sortDanishBy[T any](items []T, first func(a, b *T) int, keyFn func(*T) []string, tie func(a, b *T) int) {
	if len(items) < 2 {
		return
	}
	d := newDanish()
	// The keys of item i are flat[start[i]:start[i+1]], in one allocation.
	start := make([]int, len(items)+1)
	flat := make([][]byte, 0, len(items))
	for i := range items {
		for _, s := range keyFn(&items[i]) {
			flat = append(flat, d.key(s))
		}
		start[i+1] = len(flat)
	}
	// Sort indexes, not the items: fewer bytes move, and the index as the
	// last tie-breaker makes the unstable sort stable.
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if first != nil {
			if c := first(&items[a], &items[b]); c != 0 {
				return c
			}
		}
		ka, kb := flat[start[a]:start[a+1]], flat[start[b]:start[b+1]]
		for j := 0; j < len(ka) && j < len(kb); j++ {
			if c := bytes.Compare(ka[j], kb[j]); c != 0 {
				return c
			}
		}
		if c := len(ka) - len(kb); c != 0 {
			return c
		}
		if tie != nil {
			if c := tie(&items[a], &items[b]); c != 0 {
				return c
			}
		}
		return a - b
	})
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}

// SortDanish sorts names in Danish alphabetical order (æ, ø and å after z;
// "aa" as å), in place. It is safe to call from many goroutines on
// different slices.
func SortDanish(names []string) {
	sortDanish(names, func(s *string) []string { return []string{*s} }, nil)
}
