package catalog

// RULES.md at the module root is the catalogue rendered as Markdown; a test
// fails when it is stale.
//go:generate go run ./internal/genrules -o ../RULES.md
