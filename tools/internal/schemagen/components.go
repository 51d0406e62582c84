package schemagen

import (
	"fmt"
	"reflect"
)

// Components describes Go types for an OpenAPI 3.1 document, whose schema
// objects are JSON Schema draft 2020-12: it returns a reference to the
// component of each type (in the order of types) and every component
// reached, keyed by definition name ("api.RightsDeadlineRequest",
// "rights.Request"), referred to as "#/components/schemas/<name>". Every
// type must be a named struct. dirs are the package directories, relative
// to root, whose doc comments describe the types besides the module's own.
func Components(root string, dirs []string, types []reflect.Type) ([]*Schema, map[string]*Schema, error) {
	d, err := readDocs(root, append(sourceDirs(), dirs...))
	if err != nil {
		return nil, nil, err
	}
	g := &generator{
		docs:    d,
		defs:    make(map[string]*Schema),
		types:   make(map[string]reflect.Type),
		used:    make(map[string]bool),
		refBase: "#/components/schemas/",
	}
	refs := make([]*Schema, 0, len(types))
	for _, t := range types {
		if t.Kind() != reflect.Struct || t.Name() == "" {
			return nil, nil, fmt.Errorf("schemagen: %v is no named struct", t)
		}
		s, err := g.schemaOf(t)
		if err != nil {
			return nil, nil, err
		}
		refs = append(refs, s)
	}
	return refs, g.defs, nil
}
