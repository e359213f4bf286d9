package shared

import (
	"go/build"
	"slices"
	"testing"
)

// The package is linked into the newsgraph binary (evals, trainers): it
// must not import testing, which would bring the test framework and its
// command-line flags along.
func TestNoTestingImport(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(pkg.Imports, "testing") {
		t.Errorf("internal/shared imports testing outside its tests: %v", pkg.Imports)
	}
}

// Path skips a test, through the small TB interface, when the data is
// missing.
func TestPathSkipsWhenMissing(t *testing.T) {
	t.Setenv(EnvVar, t.TempDir())
	ran := false
	t.Run("missing", func(t *testing.T) {
		Path(t, "no-such-folder")
		ran = true
	})
	if ran {
		t.Error("Path went on past a missing folder")
	}
}
