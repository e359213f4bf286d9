package timex

import (
	"testing"
	"time"
)

// TestLunarTable checks lunar.tsv against what the calendars it copies
// guarantee, so a mistyped day fails: every year 2010-2030 is there, the
// Lunar New Year falls from January 21 to February 20, Ramadan lasts 29
// or 30 days and Eid al-Adha comes 67 to 69 days after Eid al-Fitr
// (1 Shawwal: Shawwal and Dhu al-Qadah have 29 or 30 days each, and the
// Eid is the tenth of the next month, nine days on).
func TestLunarTable(t *testing.T) {
	for y := 2010; y <= 2030; y++ {
		lny, _, ok := lunarHoliday("lunar new year", y)
		if !ok {
			t.Fatalf("%d: no Lunar New Year", y)
		}
		if lo, hi := time.Date(y, 1, 21, 12, 0, 0, 0, time.UTC), time.Date(y, 2, 20, 12, 0, 0, 0, time.UTC); lny.Before(lo) || lny.After(hi) {
			t.Errorf("%d: Lunar New Year %s outside January 21 - February 20", y, day(lny))
		}
		first, last, ok := lunarHoliday("ramadan", y)
		if !ok {
			t.Fatalf("%d: no Ramadan", y)
		}
		if n := int(last.Sub(first).Hours()/24) + 1; n != 29 && n != 30 {
			t.Errorf("%d: Ramadan %s to %s lasts %d days", y, day(first), day(last), n)
		}
		fitr, _, _ := lunarHoliday("eid al-fitr", y)
		adha, _, ok := lunarHoliday("eid al-adha", y)
		if !ok {
			t.Fatalf("%d: no Eid al-Adha", y)
		}
		if n := int(adha.Sub(fitr).Hours() / 24); n < 67 || n > 69 {
			t.Errorf("%d: Eid al-Adha %s is %d days after Eid al-Fitr %s", y, day(adha), n, day(fitr))
		}
	}
	if _, _, ok := lunarHoliday("ramadan", 2031); ok {
		t.Errorf("2031: the table ends in 2030")
	}
}

// TestLunarNames: the spellings of the Eids and the Lunar New Year's other
// name are the table's holidays; other words are not.
func TestLunarNames(t *testing.T) {
	for in, want := range map[string]string{
		"Eid al-Fitr": "eid al-fitr", "Eid ul-Fitr": "eid al-fitr", "Eid-al-Adha": "eid al-adha",
		"Eid el-Adha": "eid al-adha", "Chinese New Year": "lunar new year", "Lunar New Year": "lunar new year",
		"Ramadan": "ramadan", "Ramadhan": "ramadan", "Eid": "", "Diwali": "", "New Year": "",
	} {
		if got := lunarName(in); got != want {
			t.Errorf("lunarName(%q) = %q, want %q", in, got, want)
		}
	}
}
