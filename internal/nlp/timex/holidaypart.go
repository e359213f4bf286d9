package timex

import (
	"regexp"
	"strings"
	"time"
)

// holidayPartRE is the end of the words before a holiday that lasts days
// (Ramadan) that name a part of it: "the second week of Ramadan", "the
// last ten days of Ramadan", "the first days of Ramadan".
var holidayPartRE = regexp.MustCompile(`(?i)\bthe (first|second|third|fourth|last|final) (week|(?:ten|10) days|few days|days) of $`)

// holidayParts narrows each span of days out holds (a month of fasting:
// "Ramadan", 2026-02-18 to 2026-03-19) that holidayPartRE's words lead, to
// the part they name, and widens its text over them (s is the sentence at
// byte offset base of the text): the n-th week is its days 7n-6 to 7n, the
// last week or ten days its last seven or ten. "The first days" and "the
// last days" are no count: the first or last seven.
func holidayParts(s string, base int, out []found) {
	for i := range out {
		f := &out[i]
		at := f.te.Start - base
		if f.kind != kHoliday || f.te.EndValue == "" || at <= 0 || at > len(s) {
			continue
		}
		m := holidayPartRE.FindStringSubmatchIndex(s[:at])
		if m == nil {
			continue
		}
		first, err1 := time.Parse("2006-01-02", f.te.Value)
		last, err2 := time.Parse("2006-01-02", f.te.EndValue)
		if err1 != nil || err2 != nil {
			continue
		}
		which, unit := strings.ToLower(s[m[2]:m[3]]), strings.ToLower(s[m[4]:m[5]])
		n := 7
		if strings.Contains(unit, "10") || strings.Contains(unit, "ten") {
			n = 10
		}
		from, to := first, first.AddDate(0, 0, n-1)
		switch which {
		case "last", "final":
			from, to = last.AddDate(0, 0, -(n-1)), last
		case "second", "third", "fourth":
			if unit != "week" {
				continue
			}
			k := map[string]int{"second": 2, "third": 3, "fourth": 4}[which]
			from = first.AddDate(0, 0, 7*(k-1))
			to = from.AddDate(0, 0, 6)
		}
		if to.After(last) || from.Before(first) {
			continue
		}
		f.te.Start = base + m[0]
		f.te.Text = s[m[0] : f.te.End-base]
		f.te.Value, f.te.EndValue = day(from), day(to)
	}
}
