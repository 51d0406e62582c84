package schema

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// OpenAPI returns the committed file's bytes, and a copy each time.
func TestOpenAPI(t *testing.T) {
	want, err := os.ReadFile("openapi.json")
	require.NoError(t, err)
	got := OpenAPI()
	assert.True(t, bytes.Equal(want, got))
	got[0] = 'x'
	assert.True(t, bytes.Equal(want, OpenAPI()), "a caller cannot change the document")
}
