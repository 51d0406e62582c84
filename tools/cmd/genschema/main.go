// Command genschema writes the JSON Schemas of the module's records and
// results, and their README, to the schema directory:
//
//	cd tools && go run ./cmd/genschema
//
// The output is deterministic. Schema files in the directory that are no
// longer generated are removed. The tests of package schemagen fail when
// the committed files differ from what genschema writes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/dkgdpr/gdpr/tools/internal/schemagen"
)

func main() {
	root := flag.String("root", "..", "the module's root directory")
	out := flag.String("out", filepath.Join("..", "schema"), "the schema directory to write")
	flag.Parse()
	if err := run(*root, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
}

func run(root, out string) error {
	files, err := schemagen.Generate(root)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(out, "*.schema.json"))
	if err != nil {
		return err
	}
	for _, f := range old {
		if _, ok := files[filepath.Base(f)]; !ok {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(out, name), files[name], 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("genschema: wrote %d files to %s\n", len(names), out)
	return nil
}
