package ropa_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedSlices returns the paths of the non-empty slices and maps of a
// that have the same backing array as in b: memory a and b share.
func sharedSlices(a, b reflect.Value, path string) []string {
	var out []string
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
		for i := 0; i < a.Len() && i < b.Len(); i++ {
			out = append(out, sharedSlices(a.Index(i), b.Index(i), path+"[]")...)
		}
	case reflect.Map:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
	case reflect.Pointer:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			out = append(out, path)
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			out = append(out, sharedSlices(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)...)
		}
	}
	return out
}

// emptySlices returns the paths of the empty lists of v, so that the
// test knows its fixture reaches every list of a record.
func emptySlices(v reflect.Value, path string) []string {
	var out []string
	switch v.Kind() {
	case reflect.Slice:
		if v.Len() == 0 {
			return []string{path}
		}
		for i := 0; i < v.Len(); i++ {
			out = append(out, emptySlices(v.Index(i), path+"[]")...)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				out = append(out, emptySlices(v.Field(i), path+"."+v.Type().Field(i).Name)...)
			}
		}
	}
	return out
}

// clonable is the full record with at least one element in every list of
// a record, nested lists included.
func clonable() ropa.Record {
	r := fullRecord()
	r.JointControllers = append(r.JointControllers, ropa.Party{Name: "Nabo Kommune"})
	r.Technologies = append(r.Technologies, ropa.TechnologyUse{Technology: gdpr.CCTV})
	for i := range r.Processors {
		if len(r.Processors[i].Organisations) == 0 {
			r.Processors[i].Organisations = []gdpr.InternationalOrganisation{1}
		}
		if len(r.Processors[i].Countries) == 0 {
			r.Processors[i].Countries = []gdpr.Country{gdpr.MustParseCountry("SE")}
		}
	}
	for i := range r.Purposes {
		if len(r.Purposes[i].Kinds) == 0 {
			r.Purposes[i].Kinds = []ropa.PurposeKind{1}
		}
	}
	for i := range r.Retention {
		if len(r.Retention[i].DataTypes) == 0 {
			r.Retention[i].DataTypes = []gdpr.DataType{gdpr.PersonName}
		}
	}
	for i := range r.Recipients {
		if len(r.Recipients[i].LegalBases) == 0 {
			r.Recipients[i].LegalBases = []gdpr.LegalBasis{gdpr.Art6PublicTask}
		}
	}
	return r
}

func TestCloneSharesNothing(t *testing.T) {
	r := clonable()
	require.Empty(t, emptySlices(reflect.ValueOf(r), "record"), "the fixture fills every list")
	c := r.Clone()
	assert.Equal(t, r, c)
	assert.Empty(t, sharedSlices(reflect.ValueOf(r), reflect.ValueOf(c), "record"))
	assert.Equal(t, ropa.Record{}, ropa.Record{}.Clone(), "nil lists stay nil")
}

// TestQueriesShareNothing: a record returned by Get, Select, AffectedBy or
// ByName shares no memory with the register.
func TestQueriesShareNothing(t *testing.T) {
	r := clonable()
	reg := ropa.Register{Records: []ropa.Record{r}}
	got, ok := reg.Get(r.ID)
	require.True(t, ok)
	results := map[string][]ropa.Record{
		"Get": {got}, "Select": reg.Select(ropa.Query{}), "ByName": reg.ByName(),
		"AffectedBy": reg.AffectedBy(r.Processors[0].Name),
	}
	for name, rs := range results {
		require.Len(t, rs, 1, name)
		assert.Empty(t, sharedSlices(reflect.ValueOf(reg.Records[0]), reflect.ValueOf(rs[0]), "record"), name)
		rs[0].Purposes[0].LegalBases[0] = gdpr.Art6Consent
		rs[0].Systems[0] = "edited"
	}
	assert.Equal(t, r, reg.Records[0], "editing the results leaves the register as it was")
}

// TestQueriesRace edits the results of every query from several goroutines
// at once while others query; go test -race finds any memory they share.
func TestQueriesRace(t *testing.T) {
	r := clonable()
	reg := ropa.Register{Records: []ropa.Record{r, clonable()}}
	reg.Records[1].ID = "other"
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				var rs []ropa.Record
				switch g % 4 {
				case 0:
					got, _ := reg.Get(r.ID)
					rs = []ropa.Record{got}
				case 1:
					rs = reg.Select(ropa.Query{})
				case 2:
					rs = reg.ByName()
				case 3:
					rs = reg.AffectedBy(r.Processors[0].Name)
				}
				for i := range rs {
					rs[i].Name = "edited"
					rs[i].Purposes[0].LegalBases[0] = gdpr.Art6Consent
					rs[i].Subjects[0].DataTypes[0] = gdpr.Health
					rs[i].Processors[0].Countries[0] = gdpr.MustParseCountry("US")
					rs[i].Retention[0].DataTypes = append(rs[i].Retention[0].DataTypes[:0], gdpr.Health)
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, r, reg.Records[0], "no goroutine edited the register")
}
