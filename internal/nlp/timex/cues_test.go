package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
)

// cueProbes hold at least one match of every rule and clock pattern, in
// wire style, with look-alikes that must not run a rule ("Mara", "today",
// "Marseille").
var cueProbes = []string{
	"Talks were held on 3-5 March 2021 and on March 3-5, from March to May 2020.",
	"Leaders meet on June 21 and 22, after talks on 14 and 15 April.",
	"Prices fell over the past fortnight and talks will resume in a fortnight.",
	"The vote is due in the second week of April or the first half of May.",
	"The tariff takes effect on the first of next month, after a vote on the 5th of this month.",
	"Talks resume the week of March 23, a year after the week of June 8, 2025.",
	"Output grew between 2009 and 2012 in fiscal 2024, FY25 and fiscal year '23.",
	"Profit rose in the third quarter of 2022 and in Q3 2021 and H1-24.",
	"By the end of the year, at the start of 2020, by year-end and end-year, results improve.",
	"The following day, that same morning and the night before, police waited.",
	"In the six months to September 30, 2023 and the year ended March 2024, sales rose.",
	"On Christmas Day and New Year’s Eve 2019, last Christmas, on St. Patrick's Day, crowds gathered.",
	"From June 3 to July 9, 2021, and 3 June to 9 July, the tour ran.",
	"The file is dated 2020-03-15; it happened on July 27, 2021 and 27 July 2019.",
	"Elections were held on 2 May and on May 2 in late March 2019 since April and in June.",
	"The accord took effect on the first day of July and lapsed on the twenty-first of March, 2021.",
	"Summits held in 2018-2019, 2018/19 and (1704 – 1787) failed in the 1990s and the late 1980's and the '90s.",
	"Her early stories (1892 – 94) drew on court poetry; the bishop (c. 315 – 386) wrote in the year 71; Holt (2013 – present) played.",
	"In the 19th century and the early twentieth century, the 5th century BC, and in 2018, mills grew.",
	"Yesterday, today, tonight and this morning, at the time of writing, she waited.",
	"Last Friday and on Monday, earlier this week, next week, over the weekend, they met.",
	"They marched on May 3 and again the following weekend.",
	"Talks will resume in the new year.",
	"Prices rose last month's high and last month, this year and the previous year.",
	"He was arrested three years ago, two days later, a few weeks earlier.",
	"The fifties and the Sixties, in May, in the Cold War, after World War II and WWII, 9/11, the Middle Ages.",
	"That same year, the year before, the past three years, the next 14 months, a 10-day visit.",
	"The past decade and the next century, next spring, the winter of 1791-92 and autumn 2020.",
	"The 68th anniversary of the truce and the first anniversary of the war were marked.",
	"Voting ran from May 3 to 7 and between 10 and 12 June 2020, in recent weeks, 5,000 years ago, 24 hours ago, a fortnight ago, the past 48 hours, in the coming days, on the 3rd, the week after next, overnight.",
	"In 753 BC, AD 79, 410 A.D. and 300 B.C.E. the empire fell in 476, circa 850.",
	"At 3 p.m. (1400 GMT), at 10:30am, 9.15 a.m., 14:30, shortly before midnight, at noon.",
	"The meeting starts at 9 and ends before 11, at midday.",
	"Mara Lindqvist said the market in Marseille was busy on Monday.",
	// Dates at the edges, beside non-ASCII text and far apart, for the cuts
	// of findAll.
	"Tuesday—“the café on 3 May”…and since Juneteenth, from June 3 to late June 2020, last week’s",
	"During the campaign, which lasted for several years and covered dozens of provinces and many hundreds of towns across the country, the officials said on Friday that the work would end by March 2024.",
	"Évian, 2019-05-01: x2020-03-15y, ½2021-07-01, 12th-century Friday´s",
	// The Kelvin sign and the long s fold to k and s: "(?i:weeks)" matches them.
	"Three wee\u212as ago and \u017fince Tuesday, two day\u017f later.",
	"Polls opened on the first Tuesday of November 2026 and the last Sunday in May; Eid ul-Fitr, the Lunar New Year and Ramadan fell early, as a century ago; a week from today, two years from now, in the first nine months of 2025.",
	"Spring 2025 ended on the last day of May; rent was due the final day of June, 2019, in the last week of March and the final days of 2025.",
	"Rates fell at the turn of the year and at the turn of 2025; Ascension Day, Whit Monday and Mardi Gras fell late.",
	"Cities grew in the second half of the 20th century and in the first decade of this century.",
}

// cueTexts are the probes, the sentences of the repository's articles and
// their whole texts.
func cueTexts(t testing.TB) []string {
	texts := append([]string(nil), cueProbes...)
	paths, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("../testdata/*.txt")
	paths = append(paths, more...)
	paths = append(paths, "../../../examples/seoul-tokyo-talks.txt", "../../events/testdata/wire.txt", "../../events/testdata/feature.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		texts = append(texts, text)
		for _, s := range segment.Sentences(text) {
			texts = append(texts, text[s.Start:s.End])
		}
	}
	return texts
}

// checkCues fails when a pattern of cs matches s but cs would not let it
// run, or when findAll, which runs it on a part of s, finds other matches
// than the pattern does on the whole of s.
func checkCues(t testing.TB, name string, cs *cueSet, patterns []*regexp.Regexp, s string) (matched []bool) {
	var h cueHits
	cs.scan(s, &h)
	matched = make([]bool, len(patterns))
	for i, re := range patterns {
		if re.MatchString(s) {
			matched[i] = true
			if !cs.may(&h, i) {
				t.Fatalf("%s pattern %d (%s) matches %q but its cues were not found", name, i, re, s)
			}
		}
		if !cs.may(&h, i) {
			continue
		}
		if got, want := cs.findAll(i, re, s, &h), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s pattern %d (%s) on %q: findAll %v, want %v", name, i, re, s, got, want)
		}
	}
	return matched
}

// TestCuesNeeded: a pattern that matches a text always has its cues there
// (so skipping the others changes no output), on every pattern.
func TestCuesNeeded(t *testing.T) {
	clock := []*regexp.Regexp{clockRE, bareHourRE}
	ruleSeen := make([]bool, len(rules))
	clockSeen := make([]bool, len(clock))
	for _, s := range cueTexts(t) {
		for i, m := range checkCues(t, "rule", ruleCues, rulePatterns(), s) {
			ruleSeen[i] = ruleSeen[i] || m
		}
		for i, m := range checkCues(t, "clock", clockCues, clock, s) {
			clockSeen[i] = clockSeen[i] || m
		}
	}
	for i, seen := range ruleSeen {
		if !seen {
			t.Errorf("rule %d (%s) matched no probe: add one", i, rules[i].re)
		}
	}
	for i, seen := range clockSeen {
		if !seen {
			t.Errorf("clock pattern %d matched no probe: add one", i)
		}
	}
}

// TestCuesSkip: sentences with no date run no rule, look-alikes of date
// words ("Mara", "Mayotte", "Junction", "Marseille", "may") included.
func TestCuesSkip(t *testing.T) {
	for _, s := range []string{
		"The minister told reporters the talks had been useful.",
		"Mara Lindqvist said the market in Marseille was busy.",
		"Police said the rally ended peacefully and that officers may return.",
		"Officials in Mayotte and Decatur said the dispute over the Junction road was old.",
		"\"We have turned a difficult page,\" Shin told reporters after the meeting.",
	} {
		gate := newRuleGate(s)
		for i, r := range rules {
			if gate.may(i) {
				t.Errorf("%q runs rule %d (%s)", s, i, r.re)
			}
		}
		var h cueHits
		clockCues.scan(s, &h)
		if clockCues.may(&h, 0) || clockCues.may(&h, 1) {
			t.Errorf("%q runs a clock pattern", s)
		}
	}
}

// TestCueOf shows the cues read from small patterns: word boundaries kept
// at the strings' ends ("|" marks one), letters in either case lower-cased
// (shown after "~"), spelled-out alternatives, and no cue from what can be
// anything.
func TestCueOf(t *testing.T) {
	tests := []struct{ pattern, want string }{
		{`\bweek\b`, `[|week|]`},
		{`\b(?i:last|next) week\b`, `[|~last week| |~next week|]`},
		{`\b[Tt]he (twenties|thirties)\b`, `[|~the twenties| |~the thirties|]`},
		{`\bQ([1-4])\b`, `[|Q1| |Q2| |Q3| |Q4|]`},
		{`\b[0-9]+ (?i:days?)\b`, `[0 1 2 3 4 5 6 7 8 9] [~ days| ~ day|]`},
		{`(?:early )?May\b`, `[early May| May|]`},
		{`.*`, ``},
		{`[a-z]+ing`, `[ing]`},
		{`x?`, ``},
		{`a\bb`, `[]`}, // a boundary between two letters: never matches
		{`(?i:é)t`, `[t]`},
	}
	for _, tc := range tests {
		re, err := syntax.Parse(tc.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var clauses []string
		for _, c := range needOf(cueOf(re)) {
			var ls []string
			for _, l := range c.lits {
				ls = append(ls, showLit(l))
			}
			clauses = append(clauses, "["+strings.Join(ls, " ")+"]")
		}
		if got := strings.Join(clauses, " "); got != tc.want {
			t.Errorf("%s: cues %s, want %s", tc.pattern, got, tc.want)
		}
	}
}

// TestMaxLen: the longest match of a pattern in bytes, the non-ASCII forms
// a letter matched in either case folds to counted (the Kelvin sign is
// three bytes); -1 when unbounded or tied to the text's edges.
func TestMaxLen(t *testing.T) {
	tests := []struct {
		pattern string
		want    int
	}{
		{`\bweek\b`, 4},
		{`(?i:k)`, 3},
		{`(?i:s)`, 2},
		{`[0-9]{1,3}(?:st|nd)?`, 5},
		{`(?:May|June)[-–]`, 7},
		{`\s+`, -1},
		{`a*`, -1},
		{`^May`, -1},
		{`May$`, -1},
	}
	for _, tc := range tests {
		re, err := syntax.Parse(tc.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := maxLen(re); got != tc.want {
			t.Errorf("maxLen(%s) = %d, want %d", tc.pattern, got, tc.want)
		}
	}
}

// TestCueBounds: how much of a match can stand before and after a clause's
// string (-1: no bound), which findAll cuts the sentence by.
func TestCueBounds(t *testing.T) {
	tests := []struct {
		pattern string
		want    string
	}{
		// A day of one or two digits and a space (3 bytes) may stand
		// before the month, nothing after.
		{`\b(?:[0-9]{1,2} )?(?:May|June)\b`, `[May| June|] 3 0`},
		// All spelled out: the strings are the whole match.
		{`\b(?:(?i:last|next) )?Friday\b`, `[|~last Friday| |~next Friday| |Friday|] 0 0`},
		// Any number of spaces before the hour: no bound before.
		{`(?:at\s+)?\b([0-9]{1,2}) ?(?i:pm)\b`, `[0 1 2 3 4 5 6 7 8 9] -1 -1 [~ pm| ~pm|] -1 0`},
		{`(?:May|June) ([0-9]{1,2})\b`, `[May  June ] 0 2 [0 1 2 3 4 5 6 7 8 9] -1 -1`},
	}
	for _, tc := range tests {
		re, err := syntax.Parse(tc.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, c := range needOf(cueOf(re)) {
			var ls []string
			for _, l := range c.lits {
				ls = append(ls, showLit(l))
			}
			parts = append(parts, fmt.Sprintf("[%s] %d %d", strings.Join(ls, " "), c.before, c.after))
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.pattern, got, tc.want)
		}
	}
}

func showLit(l lit) string {
	s := l.b
	if strings.Contains(l.fold, "i") {
		s = "~" + s
	}
	if l.wbL {
		s = "|" + s
	}
	if l.wbR {
		s += "|"
	}
	return s
}

// FuzzCues: on any text, a pattern that matches has its cues there.
func FuzzCues(f *testing.F) {
	for _, s := range cueTexts(f) {
		f.Add(s)
	}
	clock := []*regexp.Regexp{clockRE, bareHourRE}
	patterns := rulePatterns()
	f.Fuzz(func(t *testing.T, s string) {
		checkCues(t, "rule", ruleCues, patterns, s)
		checkCues(t, "clock", clockCues, clock, s)
	})
}
