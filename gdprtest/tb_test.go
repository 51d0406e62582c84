package gdprtest_test

import (
	"fmt"
	"strings"
	"testing"
)

// fakeTB records what an assertion does with its testing.TB: the messages
// of Error and Errorf, whether it failed, and whether it called Helper.
// The embedded testing.TB is nil: an assertion that used any other method
// would panic and fail the test that caught it.
type fakeTB struct {
	testing.TB
	msgs    []string
	failed  bool
	helpers int
}

func (f *fakeTB) Helper() { f.helpers++ }

func (f *fakeTB) Errorf(format string, args ...any) {
	f.failed = true
	f.msgs = append(f.msgs, fmt.Sprintf(format, args...))
}

func (f *fakeTB) Error(args ...any) {
	f.failed = true
	f.msgs = append(f.msgs, fmt.Sprint(args...))
}

func (f *fakeTB) Failed() bool { return f.failed }

// message returns the one message recorded, or all of them joined.
func (f *fakeTB) message() string { return strings.Join(f.msgs, "\n--\n") }
