package rights_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/internal/fuzzcheck"
	"github.com/dkgdpr/gdpr/rights"
)

// codeDecoders are the package's every ParseT, UnmarshalText and Scan.
var codeDecoders = []fuzzcheck.Enum{
	fuzzcheck.EnumOf("ClosedDay", rights.ParseClosedDay),
	fuzzcheck.EnumOf("Condition", rights.ParseCondition),
	fuzzcheck.EnumOf("Exception", rights.ParseException),
	fuzzcheck.EnumOf("Ground", rights.ParseGround),
	fuzzcheck.EnumOf("InformException", rights.ParseInformException),
	fuzzcheck.EnumOf("Kind", rights.ParseKind),
	fuzzcheck.EnumOf("Outcome", rights.ParseOutcome),
	fuzzcheck.EnumOf("Relation", rights.ParseRelation),
	fuzzcheck.EnumOf("Status", rights.ParseStatus),
	fuzzcheck.EnumOf("Trigger", rights.ParseTrigger),
	fuzzcheck.EnumOf("Verdict", rights.ParseVerdict),
}

// FuzzDecodeCodes feeds the same text to every ParseT, UnmarshalText and
// Scan of the package (the seeds hold every code of every enumeration, so each
// decoder's success path is reached): none panics; each fails with an
// error matching gdpr.ErrInvalid or gives the value whose code is the
// input; ParseT and UnmarshalText agree.
func FuzzDecodeCodes(f *testing.F) {
	fuzzcheck.FuzzEnums(f, codeDecoders, "", "Access", "\xff", "070761-4285", " access")
}

// TestEveryCodeDecoderIsFuzzed: the table above holds one entry per ParseT
// of the package, and each has codes for the seeds.
func TestEveryCodeDecoderIsFuzzed(t *testing.T) {
	fuzzcheck.CheckEnums(t, codeDecoders, 11)
}
