package breach_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/fuzzcheck"
)

// codeDecoders are the package's every ParseT, UnmarshalText and Scan.
var codeDecoders = []fuzzcheck.Enum{
	fuzzcheck.EnumOf("Availability", breach.ParseAvailability),
	fuzzcheck.EnumOf("Confidentiality", breach.ParseConfidentiality),
	fuzzcheck.EnumOf("DataKind", breach.ParseDataKind),
	fuzzcheck.EnumOf("Driver", breach.ParseDriver),
	fuzzcheck.EnumOf("Exception", breach.ParseException),
	fuzzcheck.EnumOf("Factor", breach.ParseFactor),
	fuzzcheck.EnumOf("Ground", breach.ParseGround),
	fuzzcheck.EnumOf("Harm", breach.ParseHarm),
	fuzzcheck.EnumOf("Identification", breach.ParseIdentification),
	fuzzcheck.EnumOf("Integrity", breach.ParseIntegrity),
	fuzzcheck.EnumOf("Item", breach.ParseItem),
	fuzzcheck.EnumOf("Level", breach.ParseLevel),
	fuzzcheck.EnumOf("Nature", breach.ParseNature),
	fuzzcheck.EnumOf("Phase", breach.ParsePhase),
	fuzzcheck.EnumOf("Retrieval", breach.ParseRetrieval),
	fuzzcheck.EnumOf("Risk", breach.ParseRisk),
	fuzzcheck.EnumOf("Status", breach.ParseStatus),
}

// FuzzDecodeCodes feeds the same text to every ParseT, UnmarshalText and
// Scan of the package (the seeds hold every code of every enumeration, so each
// decoder's success path is reached): none panics; each fails with an
// error matching gdpr.ErrInvalid or gives the value whose code is the
// input; ParseT and UnmarshalText agree.
func FuzzDecodeCodes(f *testing.F) {
	fuzzcheck.FuzzEnums(f, codeDecoders, "", "Low", "\xff", "070761-4285", " low", "1")
}

// TestEveryCodeDecoderIsFuzzed: the table above holds one entry per ParseT
// of the package, and each has codes for the seeds.
func TestEveryCodeDecoderIsFuzzed(t *testing.T) {
	fuzzcheck.CheckEnums(t, codeDecoders, 17)
}
