package rights

import (
	"strings"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// complaintRight is the notice art. 12(4) requires in a refusal.
var complaintRight = gdpr.Text{
	Da: "Du kan klage over afgørelsen til Datatilsynet (www.datatilsynet.dk), og du kan indbringe sagen for domstolene (databeskyttelsesforordningens art. 12, stk. 4, art. 77 og art. 79).",
	En: "You may complain about the decision to Datatilsynet, the Danish Data Protection Agency (www.datatilsynet.dk), and you may bring the matter before the courts (GDPR art. 12(4), 77 and 79).",
}

// ComplaintRight returns the notice of the right to complain to
// Datatilsynet and to seek a judicial remedy that every refusal, in whole
// or in part, must give (GDPR art. 12(4)).
func ComplaintRight() gdpr.Text { return complaintRight }

// RefusalNotice returns the text of the refusal in r's answer, in the
// language of tag: the right concerned and its article, the outcome, each
// ground with its reference, and the right to complain to Datatilsynet
// ([ComplaintRight]). It returns "" when r has no answer that refuses in
// whole or in part. The text names no one, so it can be logged; the host
// adds the addressee.
//
//	Din anmodning om indsigt (GDPR art. 15) er afvist.
//	Begrundelse: ...
//	Du kan klage over afgørelsen til Datatilsynet ...
func (r Request) RefusalNotice(tag language.Tag) string {
	a := r.Answer
	if a == nil || !a.Outcome.Refuses() {
		return ""
	}
	en := gdpr.English(tag)
	var b strings.Builder
	right := strings.ToLower(r.Kind.Label(tag))
	if r.Kind.Valid() {
		right += " (" + r.Kind.Reference(tag) + ")"
	}
	switch {
	case en && a.Outcome == Refused:
		b.WriteString("Your request for " + right + " is refused.")
	case en:
		b.WriteString("Your request for " + right + " is granted in part and refused in part.")
	case a.Outcome == Refused:
		b.WriteString("Din anmodning om " + right + " er afvist.")
	default:
		b.WriteString("Din anmodning om " + right + " er delvist imødekommet og delvist afvist.")
	}
	if len(a.Grounds) > 0 {
		b.WriteString(gdpr.Text{Da: "\nBegrundelse:", En: "\nGrounds:"}.In(tag))
		for _, g := range a.Grounds {
			b.WriteString("\n- " + g.Label(tag))
			if ref := g.Reference(tag); ref != "" {
				b.WriteString(" (" + ref + ")")
			}
		}
	}
	b.WriteString("\n" + complaintRight.In(tag))
	return b.String()
}
