//go:build !race

package screening_test

// raceEnabled is set under go test -race.
const raceEnabled = false
