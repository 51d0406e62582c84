// Package schemagen generates the JSON Schemas of the module's records and
// results from their Go types, by reflection over the types and their json
// struct tags, with descriptions from their doc comments and a table of
// Danish terms, and the README that documents their members once.
//
// It lives in the tools module so that the library's go.mod stays free of
// it; cmd/genschema writes its output to the schema directory.
package schemagen

//go:generate go run ../../cmd/genschema -root ../../.. -out ../../../schema

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
)

// Generate returns the contents of the schema directory by file name: one
// schema per document and README.md. root is the module's root directory,
// whose sources give the doc comments.
func Generate(root string) (map[string][]byte, error) {
	files, _, err := generate(root)
	return files, err
}

// generate is Generate, and also returns the keys of terms() it used.
func generate(root string) (map[string][]byte, map[string]bool, error) {
	d, err := readDocs(root, sourceDirs())
	if err != nil {
		return nil, nil, err
	}
	used := make(map[string]bool)
	files := make(map[string][]byte)
	idx := newIndex()
	for _, doc := range Documents() {
		g := &generator{docs: d, used: used}
		s, err := g.document(doc)
		if err != nil {
			return nil, nil, err
		}
		b, err := Encode(s)
		if err != nil {
			return nil, nil, fmt.Errorf("schemagen: %s: %w", doc.File, err)
		}
		if _, dup := files[doc.File]; dup {
			return nil, nil, fmt.Errorf("schemagen: two documents are named %s", doc.File)
		}
		files[doc.File] = b
		if err := idx.add(doc, s, g); err != nil {
			return nil, nil, err
		}
	}
	readme, err := idx.render()
	if err != nil {
		return nil, nil, err
	}
	files["README.md"] = readme
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if c := checkCitations(files[name]); c != "" {
			return nil, nil, fmt.Errorf("schemagen: %s cites a document outside the repository: %q; cite the public source in the doc comment", name, c)
		}
	}
	return files, used, nil
}

// index collects every definition once, in the order the documents first
// reach it, for the README.
type index struct {
	docs  []indexedDoc
	order []string
	defs  map[string]*Schema
	types map[string]reflect.Type
}

type indexedDoc struct {
	doc    Document
	schema *Schema
}

func newIndex() *index {
	return &index{defs: make(map[string]*Schema), types: make(map[string]reflect.Type)}
}

func (x *index) add(d Document, s *Schema, g *generator) error {
	x.docs = append(x.docs, indexedDoc{doc: d, schema: s})
	if d.Type.Kind() == reflect.Struct && d.Type.Name() != "" {
		// The root type is inline in its document; index it as a
		// definition of its own.
		root := *s
		root.Schema, root.ID, root.Defs = "", "", nil
		if err := x.put(defName(d.Type), &root, d.Type); err != nil {
			return err
		}
	}
	for _, name := range g.order {
		if err := x.put(name, g.defs[name], g.types[name]); err != nil {
			return err
		}
	}
	return nil
}

func (x *index) put(name string, s *Schema, t reflect.Type) error {
	if prev, ok := x.types[name]; ok {
		if prev != t {
			return fmt.Errorf("schemagen: two types are named %s: %v and %v", name, prev, t)
		}
		return nil
	}
	x.types[name] = t
	x.defs[name] = s
	x.order = append(x.order, name)
	return nil
}
