package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// compoundRest matches what may follow "the past two years" to make one
// span of two units: " and three months", " and 10 months past".
var compoundRest = regexp.MustCompile(`^ and (` + numRE + `) (?i:(months?|weeks?|days?))\b(?: (?i:past)\b)?`)

// compoundPast widens a span counted back from the publish date ("the past
// two years") over a smaller unit joined to it ("and three months"): the
// span is then both, "the past two years and three months" up to the day
// of writing, P2Y3M. A unit no smaller than the first ("the past two weeks
// and three years") is left alone.
func compoundPast(s string, end int, te *model.TimeExpr, ref time.Time) {
	if te.Relation != "past" || te.EndValue == "" || !strings.HasPrefix(te.Duration, "P") {
		return
	}
	loc := compoundRest.FindStringSubmatchIndex(s[end:])
	if loc == nil {
		return
	}
	n := parseNum(s[end+loc[2] : end+loc[3]])
	unit := strings.TrimSuffix(strings.ToLower(s[end+loc[4]:end+loc[5]]), "s")
	main := te.Duration[len(te.Duration)-1:]
	rank := map[string]int{"Y": 4, "E": 5, "M": 3, "W": 2, "D": 1} // "E": decade or century
	small := map[string]int{"month": 3, "week": 2, "day": 1}
	if n == 0 || small[unit] >= rank[main] || main == "W" || strings.HasPrefix(te.Duration, "PT") {
		return // ISO 8601 writes no weeks with other units
	}
	switch strings.ToLower(lastWord(strings.TrimSpace(strings.SplitN(s[end+loc[1]:]+" ", " ", 3)[1]))) {
	case "later", "ago", "earlier", "before", "after", "afterwards":
		return // "two years and three months later": a count of its own
	}
	back, ok := addDuration(ref, te.Duration, -1)
	if !ok {
		return
	}
	switch unit {
	case "month":
		back = back.AddDate(0, -n, 0)
	case "week":
		back = back.AddDate(0, 0, -7*n)
	default:
		back = back.AddDate(0, 0, -n)
	}
	te.Value = day(back.AddDate(0, 0, 1))
	te.Duration += strconv.Itoa(n) + map[string]string{"month": "M", "week": "W", "day": "D"}[unit]
	te.End += loc[1]
	te.Text = s[te.Start:te.End]
}
