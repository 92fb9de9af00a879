// Command dossier is the command-line interface of the dossier intelligence workbench.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/dossier-osint/dossier"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	stop()
	m.Close()
	os.Exit(exitCode(m.Stderr, err))
}

// exitCode reports err on w and returns the process exit status: 0 for success, 2 for usage
// errors, 1 otherwise.
func exitCode(w io.Writer, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(w, "dossier:", ue.msg)
		return 2
	case errors.Is(err, errFailed):
		return 1 // the command already reported what failed
	default:
		fmt.Fprintln(w, "dossier:", err)
		return 1
	}
}

// errFailed is returned by commands that already printed their own failure report.
var errFailed = errors.New("failed")

type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// Main is the program: global options, standard streams and the open store. Tests build one
// with their own streams and call Run.
type Main struct {
	DBPath string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Env    func(string) string

	closers []io.Closer
}

// NewMain returns a Main on the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Env: os.Getenv}
}

// Close releases what the commands opened.
func (m *Main) Close() error {
	var first error
	for i := len(m.closers) - 1; i >= 0; i-- {
		if err := m.closers[i].Close(); err != nil && first == nil {
			first = err
		}
	}
	m.closers = nil
	return first
}

// command is one subcommand: its one-line summary and the function that runs it.
type command struct {
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

// commands is the table of subcommands. Each lives in a file named after it and registers
// itself here from an init function, so adding a command touches only its own file.
var commands = map[string]command{}

func init() {
	commands["version"] = command{"print the version", (*Main).runVersion}
}

// Run parses global flags and runs the subcommand named in args.
func (m *Main) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("dossier", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	def := "dossier.db"
	if v := m.Env("DOSSIER_DB"); v != "" {
		def = v
	}
	fs.StringVar(&m.DBPath, "db", def, "path of the SQLite store (also $DOSSIER_DB)")
	fs.Usage = func() { m.usage(fs) }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		m.usage(fs)
		return usagef("no command given")
	}
	name, rest := fs.Arg(0), fs.Args()[1:]
	if name == "help" {
		m.usage(fs)
		return nil
	}
	c, ok := commands[name]
	if !ok {
		return usagef("unknown command %q (see 'dossier help')", name)
	}
	return c.run(m, ctx, rest)
}

func (m *Main) usage(fs *flag.FlagSet) {
	fmt.Fprintf(m.Stderr, "dossier %s — an open-source intelligence workbench\n\n", dossier.Version)
	fmt.Fprintln(m.Stderr, "Usage: dossier [--db PATH] COMMAND [ARGS]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(m.Stderr, "  %-14s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(m.Stderr, "\nGlobal options:")
	fs.PrintDefaults()
	fmt.Fprintln(m.Stderr, "\nRun 'dossier COMMAND -h' for a command's options.")
}

// newFlagSet returns a flag set for a subcommand that reports to m.Stderr.
func (m *Main) newFlagSet(name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: dossier %s %s\n\n%s\n", name, args, strings.TrimSpace(about))
		if hasFlags(fs) {
			fmt.Fprintln(m.Stderr, "\nOptions:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func (m *Main) runVersion(ctx context.Context, args []string) error {
	fmt.Fprintf(m.Stdout, "dossier %s\n", dossier.Version)
	return nil
}

// parseArgs parses flags that may come before, between or after the positional arguments
// ("dossier show Husseiniyun --json"); a lone "--" ends flag parsing.
func parseArgs(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// printJSON writes v to standard output as indented JSON, without escaping <, > and & (names
// and quotes are shown as written).
func (m *Main) printJSON(v any) error {
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
