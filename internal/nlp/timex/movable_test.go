package timex

import (
	"testing"
	"time"
)

func TestMovableHoliday(t *testing.T) {
	tests := []struct {
		name string
		y    int
		want string
	}{
		{"easter", 2024, "2024-03-31"},
		{"easter", 2025, "2025-04-20"},
		{"easter", 2026, "2026-04-05"},
		{"easter", 2019, "2019-04-21"},
		{"good friday", 2026, "2026-04-03"},
		{"easter monday", 2024, "2024-04-01"},
		{"orthodox easter", 2024, "2024-05-05"},
		{"orthodox easter", 2025, "2025-04-20"},
		{"orthodox easter", 2026, "2026-04-12"},
		{"thanksgiving", 2024, "2024-11-28"},
		{"thanksgiving", 2025, "2025-11-27"},
		{"thanksgiving", 2026, "2026-11-26"},
	}
	for _, tt := range tests {
		got, ok := movableHoliday(tt.name, tt.y)
		if !ok || day(got) != tt.want {
			t.Errorf("movableHoliday(%q, %d) = %s %v, want %s", tt.name, tt.y, day(got), ok, tt.want)
		}
	}
	if _, ok := movableHoliday("ramadan", 2026); ok {
		t.Errorf("ramadan: a lunar holiday has no computed day")
	}
	if _, ok := movableHoliday("orthodox easter", 2150); ok {
		t.Errorf("orthodox easter 2150: outside the years the Julian offset holds")
	}
}

// A movable holiday after a word that leads a time, or with its year, is
// that year's day; its bare name in another name is no date.
func TestFindMovableHoliday(t *testing.T) {
	r := time.Date(2026, 9, 23, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value string
	}{
		{"Retailers expect record sales over Thanksgiving.", "Thanksgiving", "2026-11-26"},
		{"The airline cancelled flights before Thanksgiving last year.", "Thanksgiving", "2025-11-27"},
		{"The ceasefire held until Easter 2024.", "Easter 2024", "2024-03-31"},
		{"Pilgrims gathered in Jerusalem on Orthodox Easter 2025.", "Orthodox Easter 2025", "2025-04-20"},
		{"Thousands marched in Dublin on Good Friday 2026.", "Good Friday 2026", "2026-04-03"},
		{"The church was attacked last Easter.", "last Easter", "2026-04-05"},
		{"The talks will resume after Easter.", "Easter", "2027-03-28"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value {
			t.Errorf("%q: %q = %s, want %s", tt.sentence, tt.text, te.Value, tt.value)
		}
	}
	// Near misses: a name that leads another name, a bare name, an
	// observance of another calendar or country.
	for _, s := range []string{
		"The Good Friday Agreement ended three decades of conflict.",
		"Families cooked a Thanksgiving dinner.",
		"The Easter Sunday bombings killed more than 250 people.",
		"Shops closed for Canadian Thanksgiving.",
		"Millions travel home for the Lunar New Year.",
		"Muslims fast during Ramadan.",
	} {
		for _, f := range Find(s, 0, 0, r) {
			t.Errorf("%q: got %q = %s, want no date", s, f.Text, f.Value)
		}
	}
}
