package overview_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
)

// TestElementPath: the path of a finding, built in one allocation, is the
// path gdpr.JoinPath gives.
func TestElementPath(t *testing.T) {
	long := strings.Repeat("x", 100) // longer than the buffer on the stack
	for _, tc := range []struct {
		name, field string
		index       int
		inner, rest string
	}{
		{"the object itself", "records", 3, "", ""},
		{"a field of the object", "breaches", 12, "", "recordIds[0]"},
		{"the package's value", "requests", 99999, "request", ""},
		{"a field of the package's value", "breaches", 0, "incident", "notifications[0].at"},
		{"an index straight after the value", "risks", 7, "assessments", "[2].residual"},
		{"an index straight after the object", "risks", 7, "", "[2]"},
		{"no field", "", 1, "", "id"},
		{"a path longer than the buffer", "requests", 123456, "request", long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := tc.field + "[" + strconv.Itoa(tc.index) + "]"
			want := gdpr.JoinPath(gdpr.JoinPath(base, tc.inner), tc.rest)
			assert.Equal(t, want, overview.ElementPath(tc.field, tc.index, tc.inner, tc.rest))
		})
	}
}
