package gdprtest

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
)

// Request returns a sample data-subject request (GDPR art. 15): a citizen
// asked by Digital Post for access to the data of the home care in
// [Record], received on Monday 16 February 2026 at 10:15 in Copenhagen, with
// the identity confirmed by MitID on receipt. It is open: the month runs to
// Monday 16 March 2026 (GDPR art. 12(3); Regulation 1182/71 art. 3(2)(c)), so at [Now] it is neither answered nor
// overdue.
//
// The request passes Validate and has no findings at Now. Its requester is
// a made-up person. Each call returns a new request that shares nothing with
// any other.
func Request() rights.Request {
	received := local(2026, time.February, 16, 10, 15)
	return rights.Request{
		ID:                  "INDSIGT-2026-017",
		Kind:                rights.Access,
		ReceivedAt:          received,
		Channel:             gdpr.DigitalPost,
		Requester:           rights.NewRequester(rights.Self, "Testborger Eksempelsen", "Digital Post"),
		Basis:               gdpr.Art6PublicTask,
		IdentityConfirmedAt: received,
	}
}
