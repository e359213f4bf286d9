package kb

import (
	"strings"
	"testing"
)

// TestCompanyTrade: data/company_trades.tsv gives the main trade of the
// companies it lists, by id, and nothing for others; its loader refuses
// an unknown or non-business id, a name other than companies.tsv's, a
// trade that is not one lower-case word and a company listed twice.
func TestCompanyTrade(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ id, trade string }{
		{"FRA.BUS.RENAULT", "car"}, {"FRA.BUS.SANOFI", "drug"}, {"DEU.BUS.LUFTHANSA", "airline"},
		{"GBR.BUS.HSBC", "bank"}, {"TWN.BUS.TSMC", "chip"}, {"USA.BUS.BOEING", "plane"}, {"KOR.BUS.POSCO", "steel"},
		// Not listed: a company of companies.tsv, a state body, no id.
		{"USA.BUS.APPLE", ""}, {"FRA", ""}, {"", ""},
	} {
		if got := k.CompanyTrade(c.id); got != c.trade {
			t.Errorf("CompanyTrade(%q) = %q, want %q", c.id, got, c.trade)
		}
	}
	n := 0
	for _, a := range k.Actors() {
		if k.CompanyTrade(a.ID) != "" {
			n++
			if a.Sector != SectorBusiness {
				t.Errorf("%s has a trade but sector %q", a.ID, a.Sector)
			}
		}
	}
	if n < 70 {
		t.Errorf("%d companies with a trade, want the file's 77 or more", n)
	}

	// A fresh table over the loaded actors (read only), so that the shared
	// KB is not written to.
	b := &builder{k: &KB{actors: k.actors, byID: k.byID, trades: map[string]string{}}}
	if err := b.trade([]string{"FRA.BUS.RENAULT", "Renault", "car"}); err != nil {
		t.Fatalf("a good row: %v", err)
	}
	for _, rec := range [][]string{
		{"FRA.BUS.RENAULT", "Renault", "car"}, // twice
		{"FRA.BUS.NOSUCHFIRM", "No Such Firm", "car"},
		{"FRA", "France", "car"},
		{"FRA.BUS.SANOFI", "Sanofi SA", "drug"},
		{"FRA.BUS.SANOFI", "Sanofi", "Drug"},
		{"FRA.BUS.SANOFI", "Sanofi", "drug|car"},
		{"FRA.BUS.SANOFI", "Sanofi", ""},
	} {
		if err := b.trade(rec); err == nil {
			t.Errorf("row %q: no error", strings.Join(rec, "\t"))
		}
	}
}
