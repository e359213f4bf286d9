package cli

import (
	"flag"
	"io"
	"testing"
	"time"
)

// --upgrade-window 0 turns upgrades off: the runner must get a window less
// than 0, since its own 0 means the 72-hour default. A window given is
// passed on, and the flag's default is the runner's.
func TestUpgradeWindowFlag(t *testing.T) {
	for _, c := range []struct {
		args []string
		want time.Duration
	}{
		{nil, 72 * time.Hour},
		{[]string{"--upgrade-window", "0"}, -1},
		{[]string{"--upgrade-window", "6h"}, 6 * time.Hour},
	} {
		fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		d := upgradeWindowFlag(fs)
		if err := fs.Parse(c.args); err != nil {
			t.Fatal(err)
		}
		if got := upgradeWindow(*d); got != c.want {
			t.Errorf("%q: runner window %v; want %v", c.args, got, c.want)
		}
	}
}
