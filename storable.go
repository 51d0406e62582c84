package gdpr

import (
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
)

// Storable reports whether encoding/json can write t and read back the
// same instant and offset: RFC 3339 holds years 0000-9999 and offsets of
// whole minutes within ±23:59. A decoder must not accept a timestamp that
// a host could then not store; every Validate of the module checks its
// timestamps with Storable. The zero time is storable.
//
// It costs a few nanoseconds: a time in UTC or in the module's
// Europe/Copenhagen is checked on its UTC year without a zone look-up.
func Storable(t time.Time) bool {
	switch loc := t.Location(); {
	case loc == time.UTC:
		if y := t.Year(); y >= 0 && y <= 9999 {
			return true
		}
	case loc == calendar.Copenhagen():
		// From 1894 Copenhagen's offsets are whole hours within two hours
		// of UTC (before, local mean time was +00:50:20), so a UTC year
		// inside 1895-9998 is a local year inside 0000-9999.
		if y := t.UTC().Year(); y >= 1895 && y <= 9998 {
			return true
		}
	}
	_, off := t.Zone()
	if off%60 != 0 || off <= -24*3600 || off >= 24*3600 {
		return false
	}
	_, err := t.MarshalText()
	return err == nil
}

// AddUnstorable adds a problem at path when t is not [Storable]: the one
// check every Validate of the module makes of its timestamps.
func (ps *Problems) AddUnstorable(path string, t time.Time) {
	if !Storable(t) {
		ps.Add(path, CodeOutOfRange, "the timestamp cannot be stored: its year must lie in 0000-9999 and its offset be whole minutes within ±23:59")
	}
}
