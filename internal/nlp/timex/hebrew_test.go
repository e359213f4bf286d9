package timex

import "testing"

// The feasts of the Hebrew calendar fall on the days the calendar's
// published tables give (first days; the eve before is when they begin at
// sundown), over years of every length: 2023 (a leap year of 383 days),
// 2024 (355), 2025 (354), 2026 (385).
func TestHebrewHoliday(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{"rosh hashanah", 2023, "2023-09-16"},
		{"yom kippur", 2023, "2023-09-25"},
		{"hanukkah", 2023, "2023-12-08"},
		{"passover", 2023, "2023-04-06"},
		{"rosh hashanah", 2024, "2024-10-03"},
		{"hanukkah", 2024, "2024-12-26"},
		{"passover", 2024, "2024-04-23"},
		{"purim", 2024, "2024-03-24"},
		{"passover", 2025, "2025-04-13"},
		{"shavuot", 2025, "2025-06-02"},
		{"sukkot", 2025, "2025-10-07"},
		{"hanukkah", 2025, "2025-12-15"},
		{"rosh hashanah", 2026, "2026-09-12"},
		{"passover", 2026, "2026-04-02"},
		{"hanukkah", 2026, "2026-12-05"},
	}
	for _, tt := range tests {
		got, ok := hebrewHoliday(tt.name, tt.year)
		if !ok || day(got) != tt.want {
			t.Errorf("hebrewHoliday(%q, %d) = %s, %v; want %s", tt.name, tt.year, day(got), ok, tt.want)
		}
	}
	if _, ok := hebrewHoliday("diwali", 2025); ok {
		t.Error("hebrewHoliday knows diwali")
	}
	if _, ok := hebrewHoliday("passover", 1850); ok {
		t.Error("hebrewHoliday reads 1850")
	}
}
