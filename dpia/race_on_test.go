//go:build race

package dpia_test

// raceEnabled is true when the tests run under the race detector, which
// makes the mutation test's rendering about ten times slower.
const raceEnabled = true
