// Command genrules writes RULES.md from the rule catalogue. It is run by
// go generate in package catalog:
//
//	go generate ./catalog
//
// It writes the file only when its content changes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/dkgdpr/gdpr/catalog"
	"github.com/dkgdpr/gdpr/catalog/internal/rulesmd"
)

func main() {
	out := flag.String("o", "../RULES.md", "the file to write")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genrules:", err)
		os.Exit(1)
	}
}

func write(path string) error {
	b := rulesmd.Render(catalog.ByPackage())
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
		return nil
	}
	return os.WriteFile(path, b, 0o644)
}
