package schemagen

import (
	"reflect"
	"time"

	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/ropa"
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

// storedRegister is the shape ropa.EncodeJSON writes: a ropa.Register whose
// consents carry the data subject's key in clear.
type storedRegister struct {
	Records  []ropa.Record   `json:"records"`
	Consents []storedConsent `json:"consents,omitempty"`
}

// storedConsent is a ropa.Consent as ropa.EncodeJSON writes it, with the
// subject's key in clear rather than "[redacted]".
type storedConsent struct {
	ID        string    `json:"id"`
	RecordID  string    `json:"recordId"`
	PurposeID string    `json:"purposeId"`
	Subject   string    `json:"subject"`
	Given     time.Time `json:"given"`
	Expires   time.Time `json:"expires,omitzero"`
	Withdrawn time.Time `json:"withdrawn,omitzero"`
	Stopped   time.Time `json:"stopped,omitzero"`
}

// mirror is the module type a mirror stands for.
type mirror struct {
	name string       // the definition's name
	doc  reflect.Type // whose doc comments describe it
}

func mirrors() map[reflect.Type]mirror {
	return map[reflect.Type]mirror{
		reflect.TypeFor[requesterJSON]():  {name: "rights.Requester", doc: reflect.TypeFor[rights.Requester]()},
		reflect.TypeFor[storedRegister](): {name: "ropa.Register", doc: reflect.TypeFor[ropa.Register]()},
		reflect.TypeFor[storedConsent]():  {name: "ropa.Consent", doc: reflect.TypeFor[ropa.Consent]()},
	}
}

// substitutes maps module types to the mirror that describes their JSON
// wherever they appear: a ropa.Consent in any document (the overview's
// municipality) has the shape of a stored consent.
func substitutes() map[reflect.Type]reflect.Type {
	return map[reflect.Type]reflect.Type{
		reflect.TypeFor[ropa.Consent](): reflect.TypeFor[storedConsent](),
	}
}
