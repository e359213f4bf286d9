package timex

import (
	_ "embed"
	"strconv"
	"strings"
	"time"
)

// lunarTable holds the Gregorian days of holidays that follow a lunar or
// lunisolar calendar, which no rule of this package computes; its header
// says where the days come from.
//
//go:embed lunar.tsv
var lunarTable string

// lunarColumns are the holidays of lunarTable's columns after the year.
var lunarColumns = []string{"lunar new year", "ramadan", "eid al-fitr", "eid al-adha"}

// lunarDays is lunarTable read: holiday, then year, to its first day.
var lunarDays = readLunar(lunarTable)

func readLunar(table string) map[string]map[int]time.Time {
	out := map[string]map[int]time.Time{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		y, err := strconv.Atoi(col[0])
		if err != nil || len(col) != len(lunarColumns)+1 {
			panic("timex: bad lunar.tsv line: " + line)
		}
		for i, name := range lunarColumns {
			t, err := time.Parse("2006-01-02", col[i+1])
			if err != nil {
				panic("timex: bad lunar.tsv day: " + line)
			}
			if out[name] == nil {
				out[name] = map[int]time.Time{}
			}
			out[name][y] = time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, time.UTC)
		}
	}
	return out
}

// eidArticle writes the article of an Eid's name ("Eid ul-Fitr", "Eid
// el-Adha") as "al".
var eidArticle = strings.NewReplacer("eid ul ", "eid al ", "eid el ", "eid al ")

// lunarName is the lunarTable name of a holiday's words, or that of a
// feast of the Hebrew calendar (hebrew.go), or "" for words it does not
// hold: the spellings of the Eids ("Eid al-Fitr", "Eid ul-Fitr",
// "Eid-al-Adha"), the Chinese New Year, another name for the Lunar New
// Year, and the transliterations of the Hebrew feasts ("Pesach",
// "Chanukah").
func lunarName(name string) string {
	n := strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(name), "-", " ")), " ")
	n = eidArticle.Replace(n)
	switch n {
	case "lunar new year", "chinese new year":
		return "lunar new year"
	case "ramadan", "ramadhan":
		return "ramadan"
	case "eid al fitr":
		return "eid al-fitr"
	case "eid al adha":
		return "eid al-adha"
	case "rosh hashanah", "rosh hashana":
		return "rosh hashanah"
	case "yom kippur":
		return "yom kippur"
	case "passover", "pesach":
		return "passover"
	case "hanukkah", "hanukah", "chanukah":
		return "hanukkah"
	case "sukkot", "succot":
		return "sukkot"
	case "shavuot", "purim":
		return n
	}
	return ""
}

// lunarHoliday is the first day of a lunarTable holiday in year y, and
// for Ramadan, a month, its last day too (the day before Eid al-Fitr);
// false for a year the table does not cover.
func lunarHoliday(name string, y int) (first, last time.Time, ok bool) {
	if t, ok := hebrewHoliday(name, y); ok {
		return t, t, true
	}
	first, ok = lunarDays[name][y]
	if !ok {
		return first, last, false
	}
	if name == "ramadan" {
		// Eid al-Fitr of the same Islamic year: the first one after the
		// Ramadan's start, this Gregorian year's or, for a Ramadan
		// begun in December, the next one's.
		for _, ey := range []int{y, y + 1} {
			if e, ok := lunarDays["eid al-fitr"][ey]; ok && e.After(first) {
				return first, e.AddDate(0, 0, -1), true
			}
		}
		return first, last, false
	}
	return first, first, true
}

// holidayOn is the day a movable holiday (holidayName's name) falls on in
// year y, by rule (Easter, Thanksgiving) or by lunarTable, and its last
// day (the same but for Ramadan); false for a name or year not covered.
func holidayOn(name string, y int) (first, last time.Time, ok bool) {
	if n := lunarName(name); n != "" {
		return lunarHoliday(n, y)
	}
	first, ok = movableHoliday(name, y)
	return first, first, ok
}
