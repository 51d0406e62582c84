// Command genopenapi writes the OpenAPI 3.1 document of the operation
// contract, generated from the registry of package api, to
// schema/openapi.json:
//
//	cd tools && go run ./cmd/genopenapi
//
// The output is deterministic. The tests of package openapigen fail when
// the committed file differs from what genopenapi writes; the command
// dkgdpr embeds and serves the committed file.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dkgdpr/gdpr/tools/internal/openapigen"
)

func main() {
	root := flag.String("root", "..", "the module's root directory")
	out := flag.String("out", filepath.Join("..", "schema", "openapi.json"), "the file to write")
	flag.Parse()
	b, err := openapigen.Generate(*root)
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genopenapi:", err)
		os.Exit(1)
	}
	fmt.Printf("genopenapi: wrote %s\n", *out)
}
