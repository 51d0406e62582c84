package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
)

func TestChannel(t *testing.T) {
	all := enumtest.Check(t, gdpr.ParseChannel)
	assert.Equal(t, gdpr.Channels(), all)
	for _, c := range all {
		assert.Equal(t, c != gdpr.PublicNotice, c.Direct(), "%s", c)
	}
	assert.False(t, gdpr.Channel(0).Direct(), "not recorded is no channel")
	// The codes the rights and breach packages stored before they shared
	// the type still decode.
	for _, code := range []string{"letter", "email", "digital_post", "self_service", "phone", "in_person", "other", "public"} {
		_, err := gdpr.ParseChannel(code)
		assert.NoError(t, err, code)
	}
}
