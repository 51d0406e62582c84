package overview_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func TestArea(t *testing.T) {
	assert.Equal(t, overview.Areas(), enumtest.Check[overview.Area](t, overview.ParseArea))
	assert.Equal(t, "Databehandleraftaler", overview.Agreements.Label(language.Danish))
	assert.Equal(t, "Data processing agreements", overview.Agreements.Label(language.English))
	areas := overview.Areas()
	areas[0] = 0
	assert.Equal(t, overview.Records, overview.Areas()[0], "a fresh slice")
}

func TestDueKind(t *testing.T) {
	assert.Equal(t, overview.DueKinds(), enumtest.Check[overview.DueKind](t, overview.ParseDueKind))
	for _, k := range overview.DueKinds() {
		assert.True(t, k.Area().Valid(), "%s has an area", k)
		assert.True(t, strings.HasPrefix(k.Reference().En, "GDPR art. "), "%s cites its article", k)
	}
	assert.Zero(t, overview.DueKind(0).Area())
	assert.Empty(t, overview.DueKind(0).Reference())
	assert.Equal(t, "Anmeldelse af brud til Datatilsynet", overview.BreachNotification.Label(language.Danish))
}
