package rights_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func problemPaths(t *testing.T, err error) []string {
	t.Helper()
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps), "error %v holds gdpr.Problems", err)
	paths := make([]string, len(ps))
	for i, p := range ps {
		paths[i] = p.Path
	}
	return paths
}

func problemList(t *testing.T, err error) []string {
	t.Helper()
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps), "error %v holds gdpr.Problems", err)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Path + " " + p.Code
	}
	return out
}

// validRequest is a complete request that validates: an access request
// from a parent, identity asked for and confirmed, an extension, a pause,
// a partial refusal and a fee.
func validRequest() rights.Request {
	return rights.Request{
		ID:                  "2025-001234",
		Kind:                rights.Access,
		ReceivedAt:          at(2025, 1, 31, 10, 0),
		Channel:             gdpr.DigitalPost,
		Requester:           rights.NewRequester(rights.Parent, "Jens Hansen", "jens@example.dk").WithSubject("Ida Hansen"),
		AuthorityCheckedAt:  at(2025, 2, 3, 9, 0),
		Basis:               gdpr.Art6PublicTask,
		IdentityRequestedAt: at(2025, 2, 3, 9, 0),
		IdentityConfirmedAt: at(2025, 2, 5, 9, 0),
		ScopeClarifiedAt:    at(2025, 2, 6, 9, 0),
		Extension:           &rights.Extension{NotifiedAt: at(2025, 2, 20, 9, 0), Reason: gdpr.NewPersonal("records in three case systems")},
		Pauses:              []rights.Pause{{From: at(2025, 2, 3, 9, 0), Until: at(2025, 2, 5, 9, 0), Reason: gdpr.NewPersonal("identity")}},
		Answer: &rights.Answer{At: at(2025, 4, 10, 9, 0), RefusedAt: at(2025, 2, 25, 9, 0), Outcome: rights.PartlyGranted,
			Grounds: []rights.Ground{rights.PrivateInterests}, ComplaintNotice: true},
		Fee: &rights.Fee{Amount: decimal.RequireFromString("150.00"), Reason: gdpr.NewPersonal("further copies (art. 15(3))")},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *rights.Request)
		want   []string
	}{
		{"a complete request", func(r *rights.Request) {}, nil},
		{"the least a request needs: kind and receipt", func(r *rights.Request) {
			*r = rights.Request{Kind: rights.Erasure, ReceivedAt: at(2025, 1, 31, 10, 0)}
		}, nil},
		{"the zero request", func(r *rights.Request) { *r = rights.Request{} }, []string{"kind required", "receivedAt required"}},
		{"a kind that does not exist", func(r *rights.Request) { r.Kind = 42 }, []string{"kind unknown_code"}},
		{"received before the GDPR applied", func(r *rights.Request) {
			*r = rights.Request{Kind: rights.Access, ReceivedAt: time.Date(2018, 5, 24, 23, 0, 0, 0, time.UTC)}
		}, nil},
		{"received before 25 May 2018 in Copenhagen", func(r *rights.Request) {
			*r = rights.Request{Kind: rights.Access, ReceivedAt: time.Date(2018, 5, 24, 21, 59, 0, 0, time.UTC)}
		}, []string{"receivedAt out_of_range"}},
		{"unknown codes", func(r *rights.Request) {
			r.Channel, r.Requester.Relation, r.Basis = 99, 99, "art6_1_x"
		}, []string{"channel unknown_code", "requester.relation unknown_code", "basis unknown_code"}},
		{"identity asked for before receipt", func(r *rights.Request) { r.IdentityRequestedAt = at(2025, 1, 30, 9, 0) },
			[]string{"identityRequestedAt order"}},
		{"identity confirmed before it was asked for", func(r *rights.Request) { r.IdentityConfirmedAt = at(2025, 2, 2, 9, 0) },
			[]string{"identityConfirmedAt order"}},
		{"scope clarified before receipt", func(r *rights.Request) { r.ScopeClarifiedAt = at(2025, 1, 1, 9, 0) },
			[]string{"scopeClarifiedAt order"}},
		{"an extension without reason or notice", func(r *rights.Request) { r.Extension = &rights.Extension{Reason: gdpr.NewPersonal(" \n")} },
			[]string{"extension.notifiedAt required", "extension.reason required"}},
		{"an extension on a request already answered", func(r *rights.Request) { r.Extension.NotifiedAt = at(2025, 4, 11, 9, 0) },
			[]string{"extension.notifiedAt conflict"}},
		{"an extension notified before receipt", func(r *rights.Request) { r.Extension.NotifiedAt = at(2025, 1, 30, 9, 0) },
			[]string{"extension.notifiedAt order"}},
		{"an answer before receipt", func(r *rights.Request) {
			r.Answer.At = at(2025, 1, 30, 9, 0)
			r.Extension, r.Pauses = nil, nil
		}, []string{"answer.at order"}},
		{"an answer without time or outcome", func(r *rights.Request) { r.Answer = &rights.Answer{} },
			[]string{"answer.at required", "answer.outcome required"}},
		{"a refusal part of its own only for a partial grant (art. 12(4))", func(r *rights.Request) { r.Answer.Outcome = rights.Refused },
			[]string{"answer.refusedAt conflict"}},
		{"a refusal part before the receipt", func(r *rights.Request) { r.Answer.RefusedAt = at(2025, 1, 30, 9, 0) },
			[]string{"answer.refusedAt order"}},
		{"an unknown outcome", func(r *rights.Request) { r.Answer.Outcome, r.Answer.RefusedAt = 7, time.Time{} }, []string{"answer.outcome unknown_code"}},
		{"a refusal without grounds", func(r *rights.Request) {
			r.Answer.Outcome, r.Answer.Grounds, r.Answer.RefusedAt = rights.Refused, nil, time.Time{}
		},
			[]string{"answer.grounds required"}},
		{"a grant in full with refusal grounds", func(r *rights.Request) { r.Answer.Outcome, r.Answer.RefusedAt = rights.Granted, time.Time{} },
			[]string{"answer.grounds conflict"}},
		{"grounds unknown, repeated, or not for the kind", func(r *rights.Request) {
			r.Answer.Grounds = []rights.Ground{rights.Excessive, 0, rights.Excessive, rights.Archiving, 99}
		}, []string{"answer.grounds[1] unknown_code", "answer.grounds[2] duplicate", "answer.grounds[3] unsupported", "answer.grounds[4] unknown_code"}},
		{"a pause without start or reason", func(r *rights.Request) { r.Pauses = []rights.Pause{{Until: at(2025, 2, 5, 9, 0)}} },
			[]string{"pauses[0].from required", "pauses[0].reason required"}},
		{"a pause that ends before it begins and before receipt", func(r *rights.Request) {
			r.Pauses = []rights.Pause{{From: at(2025, 1, 20, 9, 0), Until: at(2025, 1, 19, 9, 0), Reason: gdpr.NewPersonal("x")}}
		}, []string{"pauses[0].from order", "pauses[0].until order"}},
		{"overlapping pauses", func(r *rights.Request) {
			r.Pauses = []rights.Pause{{From: at(2025, 2, 3, 9, 0), Until: at(2025, 2, 10, 9, 0), Reason: gdpr.NewPersonal("x")}, {From: at(2025, 2, 7, 9, 0), Until: at(2025, 2, 12, 9, 0), Reason: gdpr.NewPersonal("y")}}
		}, []string{"pauses[1].from order"}},
		{"a pause after one that never ended", func(r *rights.Request) {
			r.Answer = nil
			r.Pauses = []rights.Pause{{From: at(2025, 2, 3, 9, 0), Reason: gdpr.NewPersonal("x")}, {From: at(2025, 2, 7, 9, 0), Reason: gdpr.NewPersonal("y")}}
		}, []string{"pauses[1].from order"}},
		{"a pause running past the answer", func(r *rights.Request) { r.Pauses[0].Until = time.Time{} },
			[]string{"pauses[0] conflict"}},
		{"answered and withdrawn", func(r *rights.Request) { r.WithdrawnAt = at(2025, 3, 1, 9, 0) },
			[]string{"withdrawnAt conflict"}},
		{"withdrawn before receipt", func(r *rights.Request) { r.Answer, r.WithdrawnAt = nil, at(2025, 1, 1, 9, 0) },
			[]string{"withdrawnAt order"}},
		{"a fee of nothing, without reason", func(r *rights.Request) { r.Fee = &rights.Fee{} },
			[]string{"fee.amount out_of_range", "fee.reason required"}},
		{"a negative fee", func(r *rights.Request) { r.Fee.Amount = decimal.NewFromInt(-5) },
			[]string{"fee.amount out_of_range"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := validRequest()
			tc.change(&r)
			err := r.Validate()
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, tc.want, problemList(t, err))
			assert.NotContains(t, err.Error(), "Jens")
			assert.NotContains(t, err.Error(), "Ida")
			assert.NotContains(t, err.Error(), "jens@")
		})
	}
}

// Every problem message is English, lowercase, and free of the input's
// personal data.
func TestValidateMessages(t *testing.T) {
	r := rights.Request{Kind: 200, Requester: rights.NewRequester(77, "Secret Name", ""),
		Answer: &rights.Answer{Outcome: rights.Refused}, Extension: &rights.Extension{}, Fee: &rights.Fee{Reason: gdpr.NewPersonal("Secret Name")}}
	err := r.Validate()
	require.Error(t, err)
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps))
	for _, p := range ps {
		assert.Equal(t, strings.ToLower(p.Message[:1]), p.Message[:1], "%q starts in lowercase", p.Message)
		assert.NotContains(t, p.Message, "Secret")
	}
}
