package schemagen

import (
	"reflect"

	"github.com/dkgdpr/gdpr/rights"
)

// Mirrors are types of this package with the JSON shape of something the
// module writes with a type it does not export. Each stands for a named
// type of the module: its definition takes that name, and its fields that
// type's doc comments. The tests check each mirror against the module's
// output, so that a change there fails here.

// requesterJSON is the shape rights.Requester's MarshalJSON writes: the
// requester's identity in clear, for the host's store.
type requesterJSON struct {
	Name        string          `json:"name,omitempty"`
	Contact     string          `json:"contact,omitempty"`
	Relation    rights.Relation `json:"relation,omitempty"`
	SubjectName string          `json:"subjectName,omitempty"`
}

// mirror is the module type a mirror stands for.
type mirror struct {
	name string       // the definition's name
	doc  reflect.Type // whose doc comments describe it
}

func mirrors() map[reflect.Type]mirror {
	return map[reflect.Type]mirror{
		reflect.TypeFor[requesterJSON](): {name: "rights.Requester", doc: reflect.TypeFor[rights.Requester]()},
	}
}

// substitutes maps module types to a mirror that describes their JSON
// wherever they appear. None is needed now that every record's JSON is its
// Go shape (a consent's subject is in clear); the hook stays for a type
// whose JSON differs from its fields.
func substitutes() map[reflect.Type]reflect.Type {
	return map[reflect.Type]reflect.Type{}
}
