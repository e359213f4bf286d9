package timex

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// seasonText leaves the preposition of a season's match ("in the summer of
// 2012", "during the winter", "by the following spring") out of its text,
// as the other dates leave theirs ("in 2012" is "2012"): the rule takes the
// preposition in to tell "in the autumn" (a date) from "autumn" alone.
func seasonText(te *model.TimeExpr) {
	for _, p := range []string{"in ", "during ", "over ", "by "} {
		if len(te.Text) > len(p) && strings.EqualFold(te.Text[:len(p)], p) {
			te.Start += len(p)
			te.Text = te.Text[len(p):]
			return
		}
	}
}

// seasonUnderWay says a season with this lead word ("in the", "during the",
// "over the"), told in the past tense while it is under way, is the one
// under way: what happened in it so far. "Last summer" is the one before.
func seasonUnderWay(mod string) bool {
	switch mod {
	case "in the", "during the", "over the":
		return true
	}
	return false
}

// capSeasonFits says a season written with a capital, matched at m in s, is
// the season a lower-case one would be: it opens the sentence ("Spring 2025
// brought floods", "Last Spring", after an opening quote or bracket), or a
// word of time leads it in the match ("in the Spring of 2019"). Inside a
// sentence with no such word the capital makes a name: "the Arab Spring of
// 2011", "the Prague Spring". A capital season with its year right after a
// preposition of time is the season too, as wire copy and reports write
// it ("gas use peaked in Winter 2023-24", "the line opens in Spring 2027"):
// a name has its own word before the season ("in the Arab Spring of
// 2011", "at the Summer 2024 Olympics" has "the").
func capSeasonFits(s string, m match) bool {
	if m.groups[1] != "" {
		return true
	}
	before := strings.TrimLeft(s[:m.start], " \t\"'“‘([")
	if before == "" {
		return true
	}
	if m.groups[3] == "" {
		return false
	}
	switch strings.ToLower(lastWord(before)) {
	case "in", "during", "since", "until", "till", "by", "through", "throughout", "from", "before", "after", "over", "for":
		return true
	}
	return false
}
