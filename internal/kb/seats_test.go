package kb

import (
	"testing"
	"time"
)

// TestSeats: the international courts a wire reader meets are in the
// knowledge base under their names and abbreviations, each with its seat
// (data/seats.tsv); only the seats listed bare make a bare "court in
// <city>" an international one.
func TestSeats(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, id, seat, country string }{
		{"International Court of Justice", "UNO.ICJ", "The Hague", "NLD"},
		{"ICC", "ICC", "The Hague", "NLD"},
		{"Permanent Court of Arbitration", "PCA", "The Hague", "NLD"},
		{"ITLOS", "ITLOS", "Hamburg", "DEU"},
		{"European Court of Human Rights", "COE.ECHR", "Strasbourg", "FRA"},
		{"European Court of Justice", "EUR.CJEU", "Luxembourg", "LUX"},
		{"Inter-American Court of Human Rights", "OAS.IACTHR", "San José", "CRI"},
		{"African Court on Human and Peoples' Rights", "AFU.AFCHPR", "Arusha", "TZA"},
		{"East African Court of Justice", "EAC.EACJ", "Arusha", "TZA"},
		{"ECOWAS Court", "ECOWAS.CCJ", "Abuja", "NGA"},
		{"ICSID", "ICSID", "Washington", "USA"},
		{"WTO Appellate Body", "WTO.AB", "Geneva", "CHE"},
	} {
		t.Run(c.name, func(t *testing.T) {
			found := false
			for _, a := range k.Lookup(c.name, at) {
				found = found || a.ID == c.id
			}
			if !found {
				t.Fatalf("%q does not name %s", c.name, c.id)
			}
			p, ok := k.SeatOf(c.id)
			if !ok || p.Country != c.country {
				t.Fatalf("SeatOf(%s) = %v, %v; want a place of %s", c.id, p, ok, c.country)
			}
			if !k.SeatNamed(c.id, p.Name, c.country) || k.SeatNamed(c.id, p.Name, "ZZZ") {
				t.Errorf("SeatNamed(%s, %q) does not match its own seat by country", c.id, p.Name)
			}
		})
	}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"The Hague", true}, {"Hague", true}, {"Strasbourg", true}, {"Arusha", true},
		{"Hamburg", false}, {"Washington", false}, {"Luxembourg", false}, {"Paris", false},
	} {
		if got := k.InternationalCourtSeat(c.name); got != c.want {
			t.Errorf("InternationalCourtSeat(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
