//go:build !race

package risk_test

// raceEnabled is set under go test -race.
const raceEnabled = false
