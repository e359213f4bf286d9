// Package shared locates the evaluation and training data that lives beside
// the repository in ../shared/data (never inside it: much of it may be used
// for measurement only and must not be redistributed).
package shared

import (
	"os"
	"path/filepath"
)

// TB is the part of testing.TB that Path and Example use. The evals and
// trainers in the binary import this package too, and naming testing.TB
// here would link the testing package (and its flags) into newsgraph.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
}

// EnvVar overrides where the shared data directory is.
const EnvVar = "NEWSGRAPH_SHARED_DATA"

// DataDir returns the shared data directory: $NEWSGRAPH_SHARED_DATA, or
// ../shared/data beside the module root found by walking up from the working
// directory. It returns "" when neither exists.
func DataDir() string {
	if d := os.Getenv(EnvVar); d != "" {
		if isDir(d) {
			return d
		}
		return ""
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared", "data")
			if isDir(d) {
				return filepath.Clean(d)
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path joins elem onto the shared data directory, or skips the test with a
// clear message when the data is not there.
func Path(tb TB, elem ...string) string {
	tb.Helper()
	d := DataDir()
	if d == "" {
		tb.Skipf("shared data not found (looked for ../shared/data beside the module root, or $%s); skipping", EnvVar)
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not found; skipping", p)
	}
	return p
}

// ExampleFile is the shared example article (third-party text: read in
// place from ../shared/examples, never copied into the repository).
const ExampleFile = "newsweek-2021-07-30-xi-kim.txt"

// Example returns the text of the shared example article, or skips the test
// with a clear message when it is not there.
func Example(tb TB) string {
	tb.Helper()
	p := Path(tb, "..", "examples", ExampleFile)
	raw, err := os.ReadFile(p)
	if err != nil {
		tb.Skipf("example not found: %v", err)
	}
	return string(raw)
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
