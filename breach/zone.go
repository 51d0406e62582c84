package breach

import (
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
)

// copenhagen returns Europe/Copenhagen from the module's embedded tzdata,
// so the package gives the same answers on a host without zoneinfo files.
func copenhagen() *time.Location { return calendar.Copenhagen() }
