package timex

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A count of units after or before a dated thing dates what it tells:
// "Ten years after the 2015 earthquake, Nepal is still rebuilding" is 2025,
// "two days after the March 3 vote" March 5, "a year before the 2028
// Olympics" 2027. The count is an expression of its own ("Ten years
// after"), counted from the date that follows it, which keeps its own.

// countFromRE is the count and its word of direction at the end of the
// words before a date, with the determiner that may lead the dated thing:
// "Ten years after the ", "two days before ", "five years on from the ".
var countFromRE = regexp.MustCompile(`\b(` + numRE + `) (?i:(days?|weeks?|months?|years?|decades?)) (?i:(after|before|on from)) (?i:(?:the|a|an|its|their|his|her) )?$`)

// countedFrom adds, for each point in time out holds (s is the sentence at
// byte offset base of the text) that a count of units after or before
// leads, the day, month or year so counted; a count finer than the date
// ("three days after the 2015 vote") is none. An expression the count's
// words made already (a duration) gives way to it.
func countedFrom(s string, base int, out []found, ref time.Time, hasRef bool) []found {
	var add []found
	for _, f := range out {
		te := f.te
		at := te.Start - base
		if at <= 0 || at > len(s) || te.EndValue != "" || te.Value == "" || te.Duration != "" {
			continue
		}
		m := countFromRE.FindStringSubmatchIndex(s[:at])
		if m == nil {
			continue
		}
		n := parseNum(s[m[2]:m[3]])
		unit := strings.TrimSuffix(strings.ToLower(s[m[4]:m[5]]), "s")
		if n <= 0 {
			continue
		}
		if !strings.EqualFold(s[m[6]:m[7]], "after") && !strings.EqualFold(s[m[6]:m[7]], "on from") {
			n = -n
		}
		v, ok := countFrom(te.Value, n, unit)
		if !ok {
			continue
		}
		c := model.TimeExpr{Text: s[m[2]:m[7]], Start: base + m[2], End: base + m[7], Value: v, Precision: precisionOf(v),
			Sentence: te.Sentence}
		if hasRef {
			c.Relation = relation(v, ref)
		}
		add = append(add, found{te: c, kind: kAgo})
	}
	if len(add) == 0 {
		return out
	}
	out = slices.DeleteFunc(out, func(f found) bool {
		for _, a := range add {
			if f.te.Start < a.te.End && a.te.Start < f.te.End {
				return true
			}
		}
		return false
	})
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b found) int { return a.te.Start - b.te.Start })
	return out
}

// countFrom counts n units (day, week, month, year, decade) from the value
// v, a year, a month or a day, at v's precision; ok is false for a unit
// finer than v.
func countFrom(v string, n int, unit string) (string, bool) {
	prec := precisionOf(v)
	if len(v) != 4 && len(v) != 7 && len(v) != 10 || v[0] == '-' {
		return "", false
	}
	t, err := time.Parse("2006-01-02"[:len(v)], v)
	if err != nil {
		return "", false
	}
	switch unit {
	case "day", "week":
		if prec != model.PrecisionDay {
			return "", false
		}
		if unit == "week" {
			n *= 7
		}
		t = t.AddDate(0, 0, n)
	case "month":
		if prec == model.PrecisionYear {
			return "", false
		}
		t = t.AddDate(0, n, 0)
	case "decade":
		t = t.AddDate(10*n, 0, 0)
	default:
		t = t.AddDate(n, 0, 0)
	}
	return valueAt(t, prec), true
}
