package breach_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/require"
)

// problemPaths returns the paths of the gdpr.Problems in err.
func problemPaths(t *testing.T, err error) []string {
	t.Helper()
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps), "error %v is not gdpr.Problems", err)
	paths := make([]string, len(ps))
	for i, p := range ps {
		paths[i] = p.Path
	}
	return paths
}

func errorIs(err, target error) bool { return errors.Is(err, target) }
