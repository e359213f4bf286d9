package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// seasonText leaves the preposition of a season's match ("in the summer of
// 2012", "during the winter", "by the following spring", "until the
// autumn", "by summer") out of its text,
// as the other dates leave theirs ("in 2012" is "2012"): the rule takes the
// preposition in to tell "in the autumn" (a date) from "autumn" alone.
func seasonText(te *model.TimeExpr) {
	for _, p := range []string{"in ", "during ", "over ", "by ", "until ", "till ", "before ", "after "} {
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

// seasonSpan reads a season's match: the three months from its first,
// north of the equator spring March to May, summer June to August, autumn
// September to November, and winter December of its year to February of
// the next ("the winter of 2021" is 2021-12 to 2022-02; "last winter" in
// June 2024 is 2023-12 to 2024-02, in January 2024 the one before the
// winter under way). South of it (south) each season is the north's
// opposite: summer December to February, winter June to August.
func seasonSpan(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense, south bool) (model.TimeExpr, bool) {
	g := m.groups
	if !hasRef && g[3] == "" {
		return te, false
	}
	mod := strings.ToLower(g[1])
	if g[3] == "" && mod == "" {
		return te, false // "spring" alone is too often not a date ("Arab Spring")
	}
	switch mod {
	case "by the", "until the", "till the", "before the", "after the", "by", "until", "till", "before":
		// "by the summer", "until autumn": the season ends its phrase;
		// "before summer sales", "after the summer break" name a thing
		// of the season, which "in the summer" does not lead.
		if g[3] == "" && !ordDayFits(s[m.end:]) {
			return te, false
		}
	}
	if isCap(g[2]) && !capSeasonFits(s, m) {
		return te, false // "the Arab Spring of 2011", "the Prague Spring"
	}
	if place := seasonPlace(s[m.start:m.end], g[1], g[2]); place != "" {
		if isCap(g[2]) {
			return te, false // "during the Arab Spring", "in the Prague Spring"
		}
		// "during the European summer" written in Sydney is the north's
		// summer, "the Australian winter" written in London the south's:
		// the place named beside the season says whose it is.
		south = southernPlace(place)
	}
	start := seasonFirst(g[2], south)
	y := ref.Year()
	if g[3] != "" {
		y, _ = strconv.Atoi(g[3])
		if g[4] != "" {
			// "the winter of 1776-77" is one winter; other seasons
			// over years are the year range's.
			e, _ := strconv.Atoi(g[4])
			if len(g[4]) == 2 {
				e += y / 100 * 100
			}
			if start != 12 || e != y+1 {
				// (South of the equator the summer is the one over two
				// years: "the summer of 2019-20".)
				return te, false
			}
		}
	} else {
		t := tense
		switch mod {
		case "last", "the past":
			t = TensePast
		case "next", "the coming":
			t = TenseFuture
		}
		cur := seasonStart(ref)
		cand := time.Date(y, start, 1, 12, 0, 0, 0, time.UTC)
		if start == 12 && ref.Month() <= 2 {
			cand = cand.AddDate(-1, 0, 0)
		}
		switch {
		case mod == "this" && t == TensePast && cand.After(cur) && cand.AddDate(-1, 3, 0).Equal(cur):
			// "this winter" is the one under way or the next, but
			// "rainfall this winter was the lowest", told in March, is
			// of the winter just gone (not "warned of higher bills
			// this winter", told months before the coming one).
			cand = cand.AddDate(-1, 0, 0)
		case mod == "this" || (t == TenseUnknown && cand.Equal(cur)):
		case t == TensePast && cand.Equal(cur) && seasonUnderWay(mod):
			// "prices rose over the summer" told in August: the
			// summer under way, so far.
		case t == TensePast && !cand.Before(cur):
			cand = cand.AddDate(-1, 0, 0)
		case t == TenseFuture && !cand.After(cur):
			cand = cand.AddDate(1, 0, 0)
		}
		y = cand.Year()
	}
	st := time.Date(y, start, 1, 12, 0, 0, 0, time.UTC)
	te.Value, te.Precision, te.EndValue = month(st), model.PrecisionMonth, month(st.AddDate(0, 2, 0))
	seasonText(&te) // "in the summer of 2012": "the summer of 2012"
	return te, true
}

// seasonFirst is the first month of a season (its name, any case), north
// or south of the equator.
func seasonFirst(name string, south bool) time.Month {
	first := map[string]time.Month{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[strings.ToLower(name)]
	if south {
		first = (first+5)%12 + 1 // six months on: summer 12, winter 6
	}
	return first
}

// seasonPlace is the word of place or hemisphere between the lead and the
// season of a season's match text ("European" in "during the European
// summer"), or "".
func seasonPlace(text, lead, season string) string {
	rest := text[len(lead):]
	if i := strings.Index(rest, season); i >= 0 {
		return strings.TrimSpace(rest[:i])
	}
	return ""
}

// southernPlace says a place or hemisphere named beside a season lies
// south of the equator: "southern", "austral", or a place of
// southernPlaces ("Australian", "New Zealand"). Any other place named
// ("European", "Russian", "northern") keeps the north's seasons.
func southernPlace(place string) bool {
	low := strings.ToLower(place)
	if strings.HasPrefix(low, "southern") || strings.HasPrefix(low, "austral") {
		return true
	}
	return namesSouth(place)
}
