package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/dkgdpr/gdpr/api"
)

// Exit statuses.
const (
	exitOK       = 0 // valid, no findings
	exitFindings = 1 // valid, findings present
	exitInvalid  = 2 // invalid input
	exitUsage    = 3 // usage error or internal fault
	exitInternal = 3
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs the command line args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || isHelp(args[0]) {
		usage(stderr, "")
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "serve" {
		return serveCmd(ctx, args[1:], stderr)
	}
	pkg := args[0]
	if !slices.Contains(packages(), pkg) {
		fmt.Fprintf(stderr, "dkgdpr: no command or package %q\n\n", pkg)
		usage(stderr, "")
		return exitUsage
	}
	if len(args) == 1 || isHelp(args[1]) {
		usage(stderr, pkg)
		if len(args) == 1 {
			return exitUsage
		}
		return exitOK
	}
	op, ok := api.Lookup(pkg + "/" + args[1])
	if !ok {
		fmt.Fprintf(stderr, "dkgdpr: package %s has no operation %q\n\n", pkg, args[1])
		usage(stderr, pkg)
		return exitUsage
	}
	return runOp(op, args[2:], stdin, stdout, stderr)
}

func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}

// packages lists the packages with operations, in the registry's order.
func packages() []string {
	var out []string
	for _, op := range api.Operations() {
		pkg, _, _ := strings.Cut(op.Name, "/")
		if !slices.Contains(out, pkg) {
			out = append(out, pkg)
		}
	}
	return out
}

// usage lists the commands and the operations of the registry, or of pkg
// when it is set.
func usage(w io.Writer, pkg string) {
	if pkg == "" {
		fmt.Fprint(w, "Usage:\n"+
			"  dkgdpr serve [flags]                      serve every operation over HTTP (dkgdpr serve -h)\n"+
			"  dkgdpr <package> <operation> [-in file]   run one operation on a JSON request\n\n"+
			"Operations:\n")
	} else {
		fmt.Fprintf(w, "Usage: dkgdpr %s <operation> [-in file]\n\nOperations:\n", pkg)
	}
	for _, op := range api.Operations() {
		p, name, _ := strings.Cut(op.Name, "/")
		if pkg == "" || p == pkg {
			fmt.Fprintf(w, "  %-30s %s\n", p+" "+name, op.Summary)
		}
	}
	fmt.Fprint(w, "\nExit status: 0 valid and no findings, 1 findings present, 2 invalid input, 3 usage error or fault.\n")
}

// exitFor is the exit status of a flag parsing error: 0 for -h.
func exitFor(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
