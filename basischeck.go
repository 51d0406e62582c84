package gdpr

// The rules of CheckBases: the bases GDPR art. 6, 9 and 10 and
// databeskyttelsesloven §§ 7, 8 and 11 ask for.
var (
	ruleArt6Missing = Rule{
		ID: "gdpr.art6_basis_missing", Severity: Error, Reference: Cite("GDPR art. 6(1)"),
		Text: Text{
			Da: "Behandlingen har intet grundlag efter GDPR art. 6, stk. 1; særlovgivning alene angiver ikke, om det er litra c eller e.",
			En: "The processing has no basis under GDPR art. 6(1); special legislation alone does not say whether it is point (c) or (e).",
		},
	}
	ruleArt9Missing = Rule{
		ID: "gdpr.art9_basis_missing", Severity: Error, Reference: Cite("GDPR art. 9(2); databeskyttelsesloven § 7"),
		Text: Text{
			Da: "Der behandles følsomme personoplysninger uden et grundlag efter GDPR art. 9, stk. 2 (eller databeskyttelsesloven §§ 7 eller 12).",
			En: "Sensitive data are processed without a condition under GDPR art. 9(2) (or Danish Data Protection Act ss. 7 or 12).",
		},
	}
	ruleArt10Missing = Rule{
		ID: "gdpr.art10_basis_missing", Severity: Error, Reference: Cite("GDPR art. 10; databeskyttelsesloven § 8"),
		Text: Text{
			Da: "Der behandles oplysninger om strafbare forhold uden hjemmel i GDPR art. 10 og databeskyttelsesloven § 8.",
			En: "Criminal offence data are processed without a basis in GDPR art. 10 and Danish Data Protection Act s. 8.",
		},
	}
	ruleCPRMissing = Rule{
		ID: "gdpr.cpr_basis_missing", Severity: Error, Reference: Cite("databeskyttelsesloven § 11"),
		Text: Text{
			Da: "Der behandles CPR-numre uden hjemmel i databeskyttelsesloven § 11.",
			En: "CPR numbers are processed without a basis in Danish Data Protection Act s. 11.",
		},
	}
)

// Rules returns the rules of the root package: those [CheckBases] applies.
// Each package of the module has a Rules function; package catalog lists
// them all.
func Rules() []Rule {
	return []Rule{ruleArt6Missing, ruleArt9Missing, ruleArt10Missing, ruleCPRMissing}
}

// CheckBases checks a set of data types against the legal bases given for
// them and returns a finding, at path, for each basis that is
// missing:
//
//   - anything: an art. 6(1) basis (special legislation supplements it, per
//     art. 6(3), but does not replace it);
//   - sensitive data: an art. 9(2) condition, or databeskyttelsesloven § 7
//     or § 12 (employment);
//   - criminal-offence data: art. 10 or databeskyttelsesloven § 8 (§ 12,
//     on employment, covers art. 9(1) data but not art. 10 data);
//   - CPR numbers: databeskyttelsesloven § 11.
//
// No types means nothing is processed and nothing is missing. Invalid types
// and bases are ignored here: Validate reports them.
func CheckBases(path string, types []DataType, bases []LegalBasis) []Finding {
	if len(types) == 0 {
		return nil
	}
	var art6, art9, art10, cpr bool
	for _, b := range bases {
		switch {
		case b.Article6():
			art6 = true
		case b.Article9(), b == DBL7:
			art9 = true
		case b == Art10, b == DBL8:
			art10 = true
		case b == DBL11:
			cpr = true
		case b == DBL12:
			// DBL § 12 covers employment data under art. 6(1) and 9(1),
			// not art. 10: criminal-offence data need § 8.
			art9 = true
		}
	}
	var needSensitive, needCriminal, needCPR bool
	for _, t := range types {
		switch t.Category() {
		case Sensitive:
			needSensitive = true
		case Criminal:
			needCriminal = true
		}
		if t == CPRNumber {
			needCPR = true
		}
	}
	var out []Finding
	if !art6 {
		out = append(out, ruleArt6Missing.Finding(path))
	}
	if needSensitive && !art9 {
		out = append(out, ruleArt9Missing.Finding(path))
	}
	if needCriminal && !art10 {
		out = append(out, ruleArt10Missing.Finding(path))
	}
	if needCPR && !cpr {
		out = append(out, ruleCPRMissing.Finding(path))
	}
	return out
}
