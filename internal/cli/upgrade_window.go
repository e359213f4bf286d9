package cli

import (
	"flag"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
)

// upgradeWindowFlag adds --upgrade-window, which ingest and serve share:
// how long an article stored from its feed's description has its page read
// again (runner.Config.UpgradeWindow). Read its value with upgradeWindow.
func upgradeWindowFlag(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("upgrade-window", runner.DefaultUpgradeWindow, "how long after it was stored an article read only from its feed's description (a paywall, a page not fetched) has its page fetched again when the feed offers the item again or its URL is ingested, to take the description's place once the page holds the article (0: never)")
}

// upgradeWindow is the runner's window for the flag's value d: the flag's 0
// turns upgrades off, which the runner's 0 (its default) would not.
func upgradeWindow(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}
