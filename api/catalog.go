package api

import (
	"slices"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/catalog"
)

// CatalogRulesRequest asks for the rules of the catalogue.
type CatalogRulesRequest struct {
	// Package, when set, keeps only the rules of that package ("ropa",
	// "gdpr" for the module's root package).
	Package string `json:"package,omitempty"`
}

// CatalogRulesResponse lists rules.
type CatalogRulesResponse struct {
	// Rules are sorted by package and then by id.
	Rules []gdpr.Rule `json:"rules"`
}

func catalogRules(r CatalogRulesRequest) (CatalogRulesResponse, error) {
	if r.Package == "" {
		return CatalogRulesResponse{Rules: catalog.All()}, nil
	}
	if !slices.Contains(catalog.Names(), r.Package) {
		return CatalogRulesResponse{}, gdpr.Problems{{Path: "package", Code: gdpr.CodeUnknown, Message: "no package of the catalogue has that name"}}
	}
	for _, p := range catalog.ByPackage() {
		if p.Name == r.Package {
			return CatalogRulesResponse{Rules: p.Rules}, nil
		}
	}
	return CatalogRulesResponse{Rules: []gdpr.Rule{}}, nil
}
