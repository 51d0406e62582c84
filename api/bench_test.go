package api

import "testing"

// The README's request, decoded, validated and answered.
func BenchmarkRightsDeadline(b *testing.B) {
	op, _ := Lookup("rights/deadline")
	body := []byte(`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := op.Call(body, serverNow); err != nil {
			b.Fatal(err)
		}
	}
}
