package timex

import (
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A duration with "for" in the present perfect is the span up to the day of
// writing, as "the past N units" is: "the law has been settled for close to
// 100 years", "the family has lived there for more than 30 years", "the
// border has been closed for two weeks". In the past tense ("was jailed for
// ten years"), after "had" (up to a time the text may not give), or with a
// participle of an act that sets a term ("has been jailed for ten years",
// "has been banned for five years", "has signed for two years") the
// duration is a length, not a date.

var perfectForRE = regexp.MustCompile(`\b(?i:for) ((?i:(?:close to|nearly|almost|more than|over|about|around|some|at least|roughly|well over|just over|upwards of) )?(` + numRE + `) (?i:(years|decades|months|weeks|year|decade|month|week|century|centuries)))\b`)

// perfectAdverbs may stand between "has" and its participle.
var perfectAdverbs = map[string]bool{
	"not": true, "never": true, "already": true, "long": true, "only": true, "now": true,
	"also": true, "effectively": true, "largely": true, "mostly": true, "since": true, "reportedly": true,
}

// termParticiples set a term that runs from the act, often ahead: "has been
// jailed for ten years", "has signed for two years", "has been extended
// for a year".
var termParticiples = map[string]bool{
	"jailed": true, "sentenced": true, "banned": true, "suspended": true, "barred": true, "imprisoned": true,
	"extended": true, "renewed": true, "elected": true, "re-elected": true, "appointed": true, "given": true,
	"granted": true, "fined": true, "ordered": true, "signed": true, "approved": true, "postponed": true,
	"delayed": true, "scheduled": true, "set": true, "planned": true, "hired": true, "contracted": true,
	"named": true, "chosen": true, "nominated": true, "licensed": true, "awarded": true, "loaned": true,
	"leased": true, "rented": true, "booked": true, "reserved": true, "paid": true, "charged": true,
	"convicted": true, "committed": true, "agreed": true, "pledged": true, "promised": true, "budgeted": true,
	"allocated": true, "earmarked": true, "locked": true, "adjourned": true, "deferred": true, "frozen": true,
	"closed": false, // "has been closed for two weeks" is a state up to now
}

// perfectClause says the words before a "for" duration (its clause) put it
// in the present perfect of a state or an ongoing act.
func perfectClause(before string) bool {
	if i := strings.LastIndexAny(before, ",;:()—–\""); i >= 0 {
		before = before[i+1:]
	}
	ws := wordsOf(before)
	lows := make([]string, len(ws))
	for i, w := range ws {
		lows[i] = strings.ToLower(w)
	}
	for k := len(lows) - 1; k >= 0 && k >= len(lows)-10; k-- {
		switch lows[k] {
		case "had", "will", "would", "could", "should", "may", "might", "must", "to",
			// a clause of its own opens between: "has claimed that the
			// church imprisoned her for twelve years"
			"that", "which", "who", "whom", "when", "because", "after", "before", "while", "if", "where":
			return false
		case "has", "have", "hasn't", "haven't", "has’nt":
		default:
			continue
		}
		j := k + 1
		for j < len(lows) && perfectAdverbs[lows[j]] {
			j++
		}
		if j >= len(lows) {
			return false
		}
		w := lows[j]
		if w == "been" {
			return j+1 >= len(lows) || !termParticiples[lows[j+1]]
		}
		return !termParticiples[w] && (pastForm(w) || irregularParticiples[w])
	}
	return false
}

// irregularParticiples are participles of states and lasting acts that
// pastForm does not know.
var irregularParticiples = map[string]bool{
	"held": true, "run": true, "led": true, "known": true, "fought": true, "stood": true, "kept": true,
	"spent": true, "grown": true, "sat": true, "slept": true, "dwelt": true, "taught": true, "built": true,
	"been": true, "gone": true, "lain": true, "shown": true, "borne": true,
}

// perfectSpans adds the spans of "for N units" in the present perfect that
// no other expression of the sentence covers, up to the publish date.
func perfectSpans(s string, base, sentence int, out []found, ref time.Time, hasRef bool) []found {
	if !hasRef {
		return out
	}
	// A cheap test first: timex is on the hot path of split+tag+code.
	lower := strings.ToLower(s)
	if !strings.Contains(lower, "for ") || !containsAny(lower, []string{"year", "decade", "month", "week", "centur"}) || !containsAny(lower, []string{"has", "have"}) {
		return out
	}
	for _, loc := range perfectForRE.FindAllStringSubmatchIndex(s, -1) {
		start, end := loc[2], loc[3]
		if !perfectClause(s[:loc[0]]) {
			continue
		}
		if covered(out, base+start, base+end) {
			continue
		}
		te := model.TimeExpr{Text: s[start:end], Start: start, End: end}
		g := []string{s[start:end], "the past", s[loc[4]:loc[5]], " ", s[loc[6]:loc[7]]}
		if strings.HasSuffix(strings.ToLower(g[4]), "centuries") {
			g[4] = "century"
		}
		te, ok := duration(te, g, ref, hasRef, TensePast)
		if !ok {
			continue
		}
		te.Start += base
		te.End += base
		te.Sentence = sentence
		f := found{te: te, kind: kDuration, deictic: true}
		at := len(out)
		for at > 0 && out[at-1].te.Start > te.Start {
			at--
		}
		out = append(out, found{})
		copy(out[at+1:], out[at:])
		out[at] = f
	}
	return out
}

// covered says an expression of out overlaps the bytes start to end.
func covered(out []found, start, end int) bool {
	for _, f := range out {
		if f.te.Start < end && start < f.te.End {
			return true
		}
	}
	return false
}
