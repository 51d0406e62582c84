//go:build race

package rights_test

// raceEnabled is set under the race detector, which makes the mutation
// test about twenty times slower; it then runs fewer mutations.
const raceEnabled = true
