//go:build race

package risk_test

// raceEnabled is set under go test -race, which makes the mutation tests
// several times slower; they then run a quarter of their variants, since
// they look for panics and unstorable values, not races.
const raceEnabled = true
