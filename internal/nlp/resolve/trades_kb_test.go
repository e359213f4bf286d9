package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// TestCompanyTradesNamed: every trade the knowledge base gives a company
// (data/company_trades.tsv) is one a trade noun names ("carmaker": car),
// so that no row of the file is dead for a misspelt trade ("cars").
func TestCompanyTradesNamed(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, trade := range tradeNouns {
		named[trade] = true
	}
	seen := map[string]bool{}
	for _, a := range k.Actors() {
		trade := k.CompanyTrade(a.ID)
		if trade == "" {
			continue
		}
		seen[trade] = true
		if !named[trade] {
			t.Errorf("%s (%s): trade %q, which no trade noun names", a.ID, a.Name, trade)
		}
	}
	for trade := range named {
		if !seen[trade] {
			t.Errorf("trade %q of the trade nouns has no company in the knowledge base", trade)
		}
	}
}
