package breach

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Phase is the phase of a notification to Datatilsynet. The information
// may come in phases without undue further delay (GDPR art. 33(4)): a
// first notification within 72 hours, then follow-ups as the
// investigation finds more. The zero value means "not set".
type Phase uint8

// The phases of a notification.
const (
	Initial  Phase = iota + 1 // første anmeldelse
	FollowUp                  // opfølgende anmeldelse
)

var phaseDef = enum.Def[Phase]{
	Type: "Phase",
	Kind: "breach: phase",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Initial:  {Code: "initial", Da: "Første anmeldelse", En: "Initial notification"},
		FollowUp: {Code: "follow_up", Da: "Opfølgende anmeldelse", En: "Follow-up notification"},
	},
}

// Notification is one notification to Datatilsynet (anmeldelse af brud på
// persondatasikkerheden), GDPR art. 33: its phase, when it was made, what
// it contained, and, when the first one came after 72 hours, the reasons
// for the delay (art. 33(1)).
type Notification struct {
	// Phase is initial for the first notification, follow-up after it.
	Phase Phase `json:"phase"`
	// At is when it was sent.
	At time.Time `json:"at"`
	// Reference is Datatilsynet's reference (journal number), if any.
	Reference string `json:"reference,omitempty"`
	// Items are the parts of art. 33(3) this notification gave.
	Items []Item `json:"items,omitempty"`
	// DelayReasons are the reasons for the delay; required on the first
	// notification when it came after the deadline (art. 33(1)). A free
	// text that may describe a person: redacted in String, fmt, log/slog
	// and errors; JSON keeps it.
	DelayReasons gdpr.Personal `json:"delayReasons,omitzero"`
}

// SubjectNotice is one communication of the breach to the data subjects
// (underretning af de registrerede), GDPR art. 34, or a public
// communication instead (art. 34(3)(c)). It holds no personal data: how
// many were told, not who.
type SubjectNotice struct {
	// At is when the data subjects were told.
	At time.Time `json:"at"`
	// Channel is how.
	Channel gdpr.Channel `json:"channel"`
	// Count is how many data subjects this communication reached (0 for a
	// public communication or when not counted).
	Count int `json:"count,omitempty"`
	// Items are the parts the communication contained; art. 34(2) asks for
	// the nature, the contact point, the likely consequences and the
	// measures.
	Items []Item `json:"items,omitempty"`
}
