package events_test

import "testing"

// TestSweepEconomic runs testdata/sweep_economic.tsv: sentences written
// for this repository on economic measures between states (sanctions
// imposed, eased and lifted, tariffs and export bans, airspace closed,
// aid halted, debts forgiven, arms bought) and business news that is no
// event (companies that leave a market, prices and exports).
func TestSweepEconomic(t *testing.T) {
	runSweep(t, "testdata/sweep_economic.tsv", 140)
}
