// Package cli holds newsgraph's subcommands, their flags, and the wiring of
// stages, stores and servers. main hands it os.Args and nothing else.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"
)

// Env is the process environment a command runs in. Tests pass their own.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Log    *slog.Logger
	// StdinIsTerminal reports standard input read from a terminal (a
	// person typing, not a pipe or a file); nil checks Stdin itself
	// (isTerminalReader). Tests stand in a terminal with it.
	StdinIsTerminal func() bool
}

// stdinIsTerminal reports env's standard input read from a terminal.
func (env Env) stdinIsTerminal() bool {
	if env.StdinIsTerminal != nil {
		return env.StdinIsTerminal()
	}
	return isTerminalReader(env.Stdin)
}

// OSEnv returns the real process environment.
func OSEnv() Env {
	return Env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
		Log:    slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

// commands lists every subcommand. Add new ones here.
func commands() []command {
	return []command{
		{"actors", "top actors in the store, or one actor's counterparts", runActors},
		{"analyze", "analyse articles (files, URLs, -) and print the structured result", runAnalyze},
		{"eval", "score a stage on evaluation data (eval -h lists them)", runEval},
		{"events", "list merged events (filters: actor, type, country, QuadClass, dates, sources)", runEvents},
		{"export", "write stored events as GDELT 2.0 Events/Mentions TSV or JSONL", runExport},
		{"ingest", "analyse files, folders, URLs, feeds, WARC and JSONL into the store", runIngest},
		{"quotes", "list stored quotes: who said what, through whom, to whom (filters: speaker, article, dates, words)", runQuotes},
		{"reanalyze", "analyse the stored articles again with the current models and coder, then merge their events again", runReanalyze},
		{"remerge", "merge the stored articles' events again under the current merging rules", runRemerge},
		{"search", "full-text search over stored articles", runSearch},
		{"serve", "serve the web UI and JSON API (demo corpus on an empty store)", runServe},
		{"train", "train an embedded model (train clusters|pos|ner)", runTrain},
		{"version", "print the version", runVersion},
		{"worker", "analyse and store what `ingest --queue` published (NATS JetStream)", runWorker},
	}
}

// isHelpArg reports an argument that asks for help, in the spellings the
// flag package answers to.
func isHelpArg(a string) bool {
	return a == "-h" || a == "--help" || a == "-help" || a == "--h"
}

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

// usageError reports a command-line mistake.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// Run executes the command line and returns the process exit status.
func Run(ctx context.Context, env Env, args []string) int {
	if env.Log == nil {
		env.Log = slog.New(slog.NewTextHandler(env.Stderr, nil))
	}
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if len(args) < 2 {
		printUsage(env.Stderr)
		return 2
	}
	if isHelpArg(args[1]) || args[1] == "help" {
		// Asked for: on standard output, so that "newsgraph help | less"
		// shows it.
		printUsage(env.Stdout)
		return 0
	}
	if args[1] == "--version" || args[1] == "-version" {
		// The spelling most tools answer to; what follows it is checked
		// as "version"'s own arguments.
		args = append([]string{args[0], "version"}, args[2:]...)
	}
	for _, c := range commands() {
		if c.name == args[1] {
			err := c.run(ctx, env, args[2:])
			return exitStatus(env, c.name, err)
		}
	}
	names := make([]string, 0, len(commands()))
	for _, c := range commands() {
		names = append(names, c.name)
	}
	hint := ""
	if near := closest(args[1], names); near != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", near)
	}
	fmt.Fprintf(env.Stderr, "newsgraph: unknown command %q%s\n\n", args[1], hint)
	printUsage(env.Stderr)
	return 2
}

func exitStatus(env Env, name string, err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "newsgraph %s: %v\n", name, strings.TrimPrefix(err.Error(), "usage: "))
		return 2
	case errors.Is(err, errPartial):
		return 1
	default:
		fmt.Fprintf(env.Stderr, "newsgraph %s: %v\n", name, err)
		return 1
	}
}

// errPartial means the command ran but some inputs failed; each failure was
// already reported in the output.
var errPartial = errors.New("some inputs failed")

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "newsgraph turns news articles into structured, sourced, queryable knowledge.")
	fmt.Fprintln(w, "\nUsage: newsgraph <command> [flags] [args]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nExamples:")
	fmt.Fprintln(w, "  newsgraph ingest --db news.db ./articles/")
	fmt.Fprintln(w, "  newsgraph events --db news.db --actor NGA.GOV --since 2026-11")
	fmt.Fprintln(w, "  newsgraph serve --db news.db")
	fmt.Fprintln(w, "\nRun 'newsgraph <command> -h' for a command's flags and examples.")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
// Its help, asked for with -h, goes to standard output, as "newsgraph help"
// does ("newsgraph ingest -h | less" shows it); after a mistake it goes to
// standard error with the error.
func newFlagSet(env Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	errOut := &flagErrors{w: env.Stderr}
	fs.SetOutput(errOut)
	fs.Usage = func() {
		// The flag package writes the error before calling Usage, and
		// nothing before the help it was asked for.
		w := env.Stdout
		if errOut.wrote {
			w = env.Stderr
		}
		fmt.Fprintf(w, "Usage: newsgraph %s\n", usage)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n == 0 {
			return
		}
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(errOut)
		if ex := commandExamples(name); len(ex) > 0 {
			fmt.Fprintf(w, "\nExamples:\n")
			for _, e := range ex {
				fmt.Fprintf(w, "  %s\n", e)
			}
		}
	}
	return fs
}

// flagErrors is a flag set's output: standard error, noting whether the
// flag package has written a mistake to it.
type flagErrors struct {
	w     io.Writer
	wrote bool
}

func (f *flagErrors) Write(p []byte) (int, error) {
	f.wrote = true
	return f.w.Write(p)
}

// aliasFlag makes alias another name for the defined flag canonical: the
// same value, set by either spelling. Commands that share a filter spell it
// the same way in help (the canonical name), and the other spelling a
// command used before keeps working in scripts.
func aliasFlag(fs *flag.FlagSet, alias, canonical string) {
	f := fs.Lookup(canonical)
	if f == nil {
		return // a misspelt canonical name: TestQuadClassFlagSpellings fails
	}
	fs.Var(f.Value, alias, "the same as --"+canonical)
}

// parseFlags parses args, accepting flags after positional arguments too
// ("analyze a.html --format text").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v%s", errUsage, err, flagHint(fs, err))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, checkNumbers(fs)
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), checkNumbers(fs)
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// flagHint names the flag a mistyped one was probably meant to be
// ("--fromat": did you mean --format?), from the flag package's "flag
// provided but not defined" error.
func flagHint(fs *flag.FlagSet, err error) string {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: ")
	if !ok {
		return ""
	}
	name = strings.TrimLeft(name, "-")
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if near := closest(name, names); near != "" {
		return " (did you mean --" + near + "?)"
	}
	return ""
}

// closest returns the candidate nearest to s when it is near enough to be a
// typo (edit distance at most 2, and less than half of s), a prefix of
// exactly one candidate, or a candidate and a hyphenated suffix; else "".
func closest(s string, candidates []string) string {
	s = strings.ToLower(s)
	best, bestD, prefixed, nPrefixed := "", 3, "", 0
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD && 2*d < len(s) {
			best, bestD = c, d
		}
		if len(s) >= 3 && strings.HasPrefix(c, s) {
			prefixed, nPrefixed = c, nPrefixed+1
		}
	}
	if best == "" && nPrefixed == 1 {
		return prefixed
	}
	if best == "" {
		// A longer spelling of a flag ("--quad-class" for --quad, as
		// export and the API call it).
		for _, c := range candidates {
			if len(c) >= 4 && strings.HasPrefix(s, c+"-") {
				return c
			}
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, by bytes (flag and
// command names are ASCII), with a transposition counting once.
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// positiveFlags are the numeric flags for which zero means nothing useful
// (no bytes, no time, no workers); every other numeric flag but --seed
// must not be negative. One table, so that every command says the same of
// the same flag.
var positiveFlags = map[string]bool{
	"max-bytes": true, "timeout": true, "workers": true, "batch": true, "summary-sentences": true,
	"query-timeout": true, "max-crashes": true, "rate": true, "sentences": true, "models": true,
	"depth": true, "max-words": true, "analysis-budget": true, "host-concurrency": true, "host-retry-after": true,
}

// checkNumbers turns a nonsensical number given on the command line (a
// negative timeout, a zero size limit) into a usage error, as the flag
// package does for one that is not a number.
func checkNumbers(fs *flag.FlagSet) error {
	var bad error
	fs.Visit(func(f *flag.Flag) {
		if bad != nil || f.Name == "seed" {
			return
		}
		g, ok := f.Value.(flag.Getter)
		if !ok {
			return
		}
		var sign int
		switch v := g.Get().(type) {
		case int:
			sign = cmpZero(v)
		case int64:
			sign = cmpZero(v)
		case float64:
			sign = cmpZero(v)
		case time.Duration:
			sign = cmpZero(v)
		default:
			return
		}
		switch {
		case positiveFlags[f.Name] && sign <= 0:
			bad = usageError("--%s must be greater than 0 (got %s)", f.Name, f.Value)
		case sign < 0:
			bad = usageError("--%s must not be negative (got %s)", f.Name, f.Value)
		}
	})
	return bad
}

func cmpZero[T int | int64 | float64 | time.Duration](v T) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

var version = "0.1.0-dev"

func runVersion(_ context.Context, env Env, args []string) error {
	// Parsed like every other command, so "version -h" shows its usage and
	// "version extra" is a mistake (status 2) rather than silently ignored.
	fs := newFlagSet(env, "version", "version")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("unexpected arguments %q (version takes none)", rest)
	}
	fmt.Fprintln(env.Stdout, "newsgraph", version)
	return nil
}
