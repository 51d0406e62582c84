package dpia

import (
	"errors"

	"github.com/dkgdpr/gdpr/internal/invalid"
)

// Sentinel errors of the package.
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations. It means invalid input: errors.Is(err,
	// gdpr.ErrInvalid) holds for every error that wraps it.
	ErrUnknownCode error = invalid.New("dpia: unknown code")

	// ErrInvalidPolicy is returned by the methods of [Policy] for a policy
	// that does not validate. It means invalid input.
	ErrInvalidPolicy error = invalid.New("dpia: invalid policy")

	// ErrRecordMismatch is returned by [Assessment.WithRecord] for a record
	// whose ID is not the one the assessment refers to. It means invalid
	// input.
	ErrRecordMismatch error = invalid.New("dpia: record does not match")

	// ErrTransition is wrapped by every error of [Assessment.Transition]: a
	// move the lifecycle does not allow, or one that would break a rule.
	// It is not invalid input (the document may be valid and still not
	// ready), so errors.Is(err, gdpr.ErrInvalid) does not hold for it;
	// errors.As finds the [*TransitionError] with the rules that were broken.
	ErrTransition = errors.New("dpia: transition refused")
)
