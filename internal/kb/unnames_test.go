package kb

import (
	"testing"
	"time"
)

// TestUNNames: a body of the UN system resolves under its name with the
// UN's name before it, spelled out or short, as under its own name; a
// one-word name takes no prefix.
func TestUNNames(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, id string }{
		{"United Nations Food and Agriculture Organization", "UNO.FAO"},
		{"U.N. Food and Agriculture Organization", "UNO.FAO"},
		{"United Nations Food and Agriculture Organisation", "UNO.FAO"},
		{"United Nations Children's Fund", "UNO.UNICEF"},
		{"United Nations Development Programme", "UNO.UNDP"},
		{"United Nations World Food Programme", "UNO.WFP"},
		{"United Nations Population Fund", "UNO.UNFPA"},
		{"UN Population Fund", "UNO.UNFPA"},
		{"United Nations Office for the Coordination of Humanitarian Affairs", "UNO.OCHA"},
		{"United Nations International Labour Organization", "UNO.ILO"},
	} {
		got := k.Lookup(c.name, at)
		if len(got) == 0 || got[0].ID != c.id || got[0].Sector != SectorIGO {
			t.Errorf("Lookup(%q) = %v, want %s (igo)", c.name, got, c.id)
		}
	}
	for _, name := range []string{"United Nations UNICEF", "UN FAO"} {
		if got := k.Lookup(name, at); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", name, got)
		}
	}
}
