package sample

import "testing"

func FuzzLevel(f *testing.F) {}
func TestLevel(t *testing.T) {}
