package events

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Match reports borrow the words of war: "Brazil crushed Argentina",
// "Germany fought back", "Japan seized the lead", "the United States
// besieged the Mexican goal", "South Korea blocked Japan's path to the
// title". A coder reading them literally codes fights between states,
// a known flaw of GDELT-style coding. sportsPlay drops such a trigger when
// three things hold: the sentence or the article tells of sport, the
// sides are teams or players (never police, soldiers, rebels, criminals,
// an office or a crowd) and the verb is one sport uses figuratively, with
// an object of play where the verb alone would be literal. Real violence
// at a match keeps its event: "fans clashed with police after the match"
// (police are a force), "a bomb exploded near the stadium, killing four"
// (no team acts, and a death is told), "Russian forces shelled the
// stadium" (a force, and a stadium is no object of play).

// sportsPlay says whether a trigger of pattern p (coded as typ, code)
// tells of play between sports sides rather than of violence, coercion
// or a yielding between political actors.
func sportsPlay(st *articleState, toks []tok, t *trigger, p *Pattern, code string, src, tgt group) bool {
	if t.nominal || len(p.Words) == 0 || len(src) == 0 || !players(src) || forceSide(src) || forceSide(tgt) {
		return false
	}
	if !(st.sportsContext(toks, t) || sportsClause(toks, t) || sportsFixture(toks, t) || strikesToWin(toks, t)) || violenceSentence(toks) {
		return false
	}
	verb := p.Words[0]
	switch {
	case p.Type == "ASSAULT" || p.Type == "COERCE" || p.Type == "PROTEST" && strings.HasPrefix(code, "144"):
	case p.Type == "CONCEDE" && verb == "concede":
		// "Ghana conceded twice before half-time", "conceded a late
		// goal": goals let in, no yielding to anyone.
		return len(tgt) == 0 && playObject(toks, t)
	default:
		return false
	}
	// Sport's figurative verbs take the other side as their object:
	// "crushed Argentina", "fought back against Chile", "clashed with
	// Spain". The other side must be a team or a country (allSides), or
	// the object one of play.
	if matchFigures[verb] && (len(tgt) > 0 && allSides(tgt) || playObject(toks, t)) {
		return true
	}
	// Any other verb of force reads as play only with an object of play
	// or none: "attacked relentlessly", "seized the lead", "struck twice",
	// "blocked Japan's path to the title"; "shelled the stadium",
	// "attacked a bus" and "blocked Iran's team from entering" keep their
	// literal reading.
	return playObject(toks, t)
}

// matchFigures are first words of violent or coercive patterns that match
// reports use for one side playing, beating or resisting another.
var matchFigures = map[string]bool{"fight": true, "battle": true, "crush": true, "destroy": true, "demolish": true,
	"punish": true, "pound": true, "overrun": true, "storm": true, "beat": true, "besiege": true, "bombard": true,
	"clash": true}

// fixtureForce says whether an ASSAULT trigger in a sentence naming a
// fixture may be play: a verb that also tells of a match ("beat",
// "crushed", "fought back") or force on an object of play, in a sentence
// telling of no death or bomb. "Russia attacked Ukraine during the World
// Cup" attacks a country with a verb of war: it stays coded.
func fixtureForce(toks []tok, t *trigger, p *Pattern) bool {
	if violenceSentence(toks) {
		return false
	}
	w := p.Words[0]
	return matchVerbs[w] || matchFigures[w] || !t.nominal && playObject(toks, t)
}

// playObject says whether the object of a verb trigger is one of play or
// there is none: the verb followed by an adverb, a preposition, a count
// of goals or the end of the clause ("attacked relentlessly", "fought
// back", "struck twice in five minutes"), or an object whose first words
// hold a noun of play ("the lead", "England's line", "the Mexican goal",
// "Norway's hopes"), or by a score.
func playObject(toks []tok, t *trigger) bool {
	if t.j >= len(toks) {
		return true
	}
	next := toks[t.j]
	if next.low == "back" || next.low == "twice" || next.low == "thrice" || strings.HasPrefix(next.pos, "RB") ||
		isPunct(next.text) || locPreps[next.low] || next.low == "to" || next.low == "from" || next.low == "after" || timeWords[next.low] {
		return true
	}
	// "struck three times in the second half": blows counted, as with
	// "twice", have no object.
	if t.j+1 < len(toks) && toks[t.j+1].low == "times" && (isNumber(next.low) || seriesCounts[next.low]) {
		return true
	}
	// "fought back", "hit back": the particle ends a phrase pattern.
	if t.j > 0 && toks[t.j-1].low == "back" {
		return true
	}
	for k := t.j; k < len(toks) && k < t.j+6; k++ {
		l := toks[k].low
		// "attacked Italy 3-0": a score after the object makes it the
		// side beaten.
		if playNouns[l] || playTargets[l] || k > t.j && scoreRE.MatchString(toks[k].text) {
			return true
		}
		if l != "'s" && l != "'" && (isPunct(toks[k].text) || objPreps[l] || locPreps[l] || finiteVerb(toks[k])) {
			break
		}
	}
	return false
}

// playTargets are, beside playNouns, what a side takes, spoils or lets in
// during a match: a lead, a title, points, another side's hopes or path.
var playTargets = map[string]bool{"lead": true, "initiative": true, "title": true, "trophy": true, "crown": true,
	"point": true, "points": true, "advantage": true, "possession": true, "ball": true, "hopes": true, "hope": true,
	"chances": true, "path": true, "mistakes": true, "mistake": true, "errors": true, "error": true, "goals": true,
	"equaliser": true, "equalizer": true, "winner": true, "penalty": true, "penalties": true, "try": true,
	"tries": true, "batting": true, "line-up": true, "lineup": true, "backline": true, "midfield": true,
	"attack": true, "rearguard": true, "net": true, "wicket": true, "wickets": true}

// sportsClause says whether the sentence of a trigger tells of sport
// (sportsSentence), a word that may also be said of other things counting
// only in the trigger's own clause: "punished India with strikes after
// the match was cancelled" tells of a match in another clause.
func sportsClause(toks []tok, t *trigger) bool {
	if len(toks) == 0 {
		return false
	}
	lo, hi, rel := sportsBounds(toks, t)
	if rel {
		// Even words found only in sport count within the relative
		// clause alone: the score of "Ukraine, which has fought Russia
		// since 2022, beat Georgia 2-0" is the main clause's.
		a, b := 0, len(toks)
		for a < b && toks[a].start < lo {
			a++
		}
		for b > a && toks[b-1].start >= hi {
			b--
		}
		return sportsSentence(toks[a:b], lo, hi)
	}
	return sportsSentence(toks, lo, hi)
}

// sportsBounds returns the byte range of the clause around a trigger in
// which words of sport tell of its act, and whether the trigger stands in
// a non-restrictive relative clause (", which has fought Russia since
// 2022,"): there the range ends at the comma closing the relative clause,
// the main clause after it ("beat Georgia 2-0") telling of another act.
func sportsBounds(toks []tok, t *trigger) (int, int, bool) {
	lo, hi := clauseBounds(toks, t)
	if t.nominal || !inRelative(toks, t.i) {
		return lo, hi, false
	}
	for k := t.j; k < len(toks) && toks[k].start < hi; k++ {
		if toks[k].low == "," {
			return lo, toks[k].start, true
		}
	}
	return lo, hi, true
}

// sportsSentence says whether a sentence tells of sport: anywhere in it a
// score ("3-0"), a word found almost only in sports news ("striker",
// "half-time"), a pair of words that is ("second half", "stoppage time",
// "group stage") or a match minute; or, between the byte offsets lo and
// hi, a word that is sport's in news mostly but not only: a match or
// final after a determiner ("after the match", "in the final"), the
// lower-cased league, a coach, a referee, a tournament, goals counted.
func sportsSentence(toks []tok, lo, hi int) bool {
	for k, tk := range toks {
		l := tk.low
		switch {
		case sportsCueWords[l]:
			return true
		case scoreRE.MatchString(tk.text) && k > 0 && !isPunct(toks[k-1].text) && !voteCount(toks, k):
			return true
		case k > 0 && sportsCuePairs[[2]string{toks[k-1].low, l}]:
			// "the first half of the year" is a span of time.
			if l == "half" && k+1 < len(toks) && toks[k+1].low == "of" {
				continue
			}
			return true
		case minuteOrdinal(toks, k):
			return true
		case tk.start < lo || tk.start >= hi:
		case weakSportsWords[l] || tk.text == "league":
			// Lower-cased, the league is the competition ("the league
			// match", "top of the league"); a capital names a body ("the
			// Arab League").
			return true
		case (l == "goals" || l == "goal") && k > 0 && (seriesCounts[toks[k-1].low] || isNumber(toks[k-1].low) || toks[k-1].low == "one"):
			// "two goals down", "scored three goals"; "the goals of the
			// summit" are aims.
			return true
		case (l == "match" || l == "final" || l == "derby") && k > 0 && (determiners[toks[k-1].low] || fixtureOrdinals[toks[k-1].low] || toks[k-1].low == "league" || toks[k-1].low == "cup"):
			// "the final" is the noun only where no noun follows ("the
			// final round of talks" is none).
			if l == "final" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].pos, "NN") {
				continue
			}
			return true
		}
	}
	return false
}

// voteCount says whether the score-like toks[k] counts votes or judges:
// "voted 7-2", "a 5-4 ruling", "the 6-3 decision".
func voteCount(toks []tok, k int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j >= 0 && j < len(toks) && voteWords[toks[j].low] {
			return true
		}
	}
	return false
}

var voteWords = map[string]bool{"vote": true, "voted": true, "votes": true, "ruling": true, "ruled": true,
	"decision": true, "majority": true, "verdict": true}

// minuteOrdinal says whether toks[k] is a match minute: "in the 34th
// minute", "the 90th-minute winner".
func minuteOrdinal(toks []tok, k int) bool {
	l := toks[k].low
	if strings.HasSuffix(l, "-minute") {
		l = strings.TrimSuffix(l, "-minute")
	} else if k+1 >= len(toks) || toks[k+1].low != "minute" {
		return false
	}
	n := strings.TrimRight(l, "stndrh")
	return len(n) > 0 && len(n) < len(l) && isNumber(n)
}

// sportsCueWords occur in news almost only in sports reports.
var sportsCueWords = map[string]bool{"striker": true, "strikers": true, "goalkeeper": true, "goalkeepers": true,
	"midfielder": true, "midfielders": true, "defender": true, "defenders": true, "winger": true, "wingers": true,
	"half-time": true, "halftime": true, "equaliser": true, "equalizer": true, "hat-trick": true, "goalless": true,
	"semifinal": true, "semi-final": true, "quarterfinal": true,
	"quarter-final": true, "playoff": true, "play-off": true, "qualifier": true, "qualifiers": true,
	"soccer": true, "football": true, "cricket": true, "rugby": true, "basketball": true, "hockey": true,
	"baseball": true, "handball": true, "volleyball": true, "tennis": true,
	"scoreline": true, "kick-off": true, "kickoff": true, "innings": true,
	"wickets": true, "batsman": true, "batsmen": true, "bowlers": true, "touchdown": true, "quarterback": true,
	"relegation": true, "scrum": true}

// weakSportsWords are mostly, not only, sport's: "the coach" may be a bus,
// "the tournament" one of chess or poker, a referee one of a dispute.
var weakSportsWords = map[string]bool{"coach": true, "referee": true, "tournament": true}

// sportsCuePairs are two-word sports terms whose words alone are not.
var sportsCuePairs = map[[2]string]bool{{"first", "half"}: true, {"second", "half"}: true, {"stoppage", "time"}: true,
	{"injury", "time"}: true, {"extra", "time"}: true, {"group", "stage"}: true, {"final", "whistle"}: true,
	{"late", "goal"}: true, {"own", "goal"}: true, {"opening", "goal"}: true, {"winning", "goal"}: true,
	{"world", "cup"}: true, {"fa", "cup"}: true, {"asian", "cup"}: true, {"gold", "cup"}: true,
	{"nations", "cup"}: true, {"davis", "cup"}: true, {"champions", "league"}: true, {"premier", "league"}: true}

// violenceSentence says whether a sentence tells of real harm, which no
// sports reading removes: a death, a wound, a bomb, a riot, soldiers or
// police. "Injured" is no such word: sport has its injured players.
func violenceSentence(toks []tok) bool {
	for k, tk := range toks {
		if harmWords[tk.low] || tk.low == "gas" && k > 0 && toks[k-1].low == "tear" {
			return true
		}
	}
	return false
}

var harmWords = map[string]bool{"killed": true, "killing": true, "kills": true, "dead": true, "died": true,
	"death": true, "deaths": true, "wounded": true, "wounding": true, "bomb": true, "bombs": true, "bombing": true,
	"bomber": true, "explosion": true, "exploded": true, "blast": true, "gunmen": true, "gunman": true,
	"gunfire": true, "stabbed": true, "stabbing": true, "teargas": true, "riot": true, "riots": true,
	"rioting": true, "rioters": true, "hooligans": true, "missile": true, "missiles": true, "rocket": true,
	"rockets": true, "airstrike": true, "airstrikes": true, "shelling": true, "troops": true, "soldiers": true,
	"militants": true, "police": true, "war": true, "invasion": true, "hostages": true, "casualties": true}

// teamAttacked says whether an ASSAULT trigger with a team for its only
// target tells of force on the team: the sentence tells of harm
// (hooligans, a bomb, police) or the verb's object is none of play ("a
// bus carrying Turkey's players"), where "attacked Belgium's defence"
// plays.
func teamAttacked(toks []tok, t *trigger, p *Pattern) bool {
	return p.Type == "ASSAULT" && (violenceSentence(toks) || !t.nominal && !playObject(toks, t))
}

// venuePark says whether the clause of a trigger names its venue as a
// park: "at" before a capitalised name ending in "Park" ("at Eden Park",
// "at the Parc des Princes"). Alone it is no fixture (a protest or a clash
// is held in parks too); the caller asks it only of two sides that will
// meet.
func venuePark(toks []tok, t *trigger) bool {
	lo, hi := clauseBounds(toks, t)
	for k := t.j; k+1 < len(toks) && toks[k].start < hi; k++ {
		if toks[k].start < lo || toks[k].low != "at" {
			continue
		}
		q := k + 1
		if toks[q].low == "the" {
			q++
		}
		for ; q < len(toks) && q < k+6 && isCap(toks[q].text) && !isPunct(toks[q].text); q++ {
			if toks[q].text == "Park" && q > k+1 && toks[q-1].low != "the" || toks[q].text == "Parc" {
				return true
			}
		}
	}
	return false
}

// strikesToWin says whether a verb trigger counts its blows and its clause
// ends in a win over a named side: "struck twice in five minutes to beat
// Peru", "scored three times to sink Ghana". Goals counted towards beating
// a side are play, with no other word of sport in the sentence; "missiles
// struck twice" tells of harm (violenceSentence) and "struck twice to beat
// back the offensive" beats back no side.
//
// Only "beat", "sink", "edge" and "down" are said of sides alone; a verb
// also said of war ("struck twice to stun Ukraine", "to defeat",
// "to topple") reads as a match only where sport is told near the
// sentence (articleState.sportsContext, asked first): in a war report
// Russia striking twice to stun Ukraine attacks it.
func strikesToWin(toks []tok, t *trigger) bool {
	if t.nominal || t.j >= len(toks) {
		return false
	}
	switch n := toks[t.j].low; {
	case n == "twice" || n == "thrice":
	case t.j+1 < len(toks) && toks[t.j+1].low == "times" && (isNumber(n) || seriesCounts[n]):
	default:
		return false
	}
	_, hi := clauseBounds(toks, t)
	for k := t.j + 1; k+2 < len(toks) && toks[k].start < hi; k++ {
		if toks[k].low == "to" && winVerbs[toks[k+1].low] && isCap(toks[k+2].text) && !isPunct(toks[k+2].text) {
			return matchOnlyWinVerbs[toks[k+1].low]
		}
	}
	return false
}

// matchOnlyWinVerbs are the winVerbs news says of sides in a match and
// hardly of states at war.
var matchOnlyWinVerbs = map[string]bool{"beat": true, "sink": true, "edge": true, "down": true}

// winVerbs, after "to", win a match over the side named after them.
var winVerbs = map[string]bool{"beat": true, "defeat": true, "down": true, "stun": true, "sink": true, "edge": true,
	"overcome": true, "topple": true, "eliminate": true, "oust": true}

// sportsContext says whether the trigger's sentence reads as sport from
// the article around it: the article reads as a sports report
// (model.Article.Sports) and a sentence near this one tells of sport
// (sportsSentence: the sentence before or after it, or one in its
// paragraph at most two sentences away). The article-wide flag alone made
// play of "Russia struck twice to stun Ukraine" in a paragraph on the war
// closing a match report. A trigger in a relative clause ("Ukraine,
// which has fought Russia since 2022, ...") tells of its party's
// background, never the match: only its own clause's words of sport
// count (sportsClause).
func (st *articleState) sportsContext(toks []tok, t *trigger) bool {
	return st.sportsReport(toks, t) && st.sentPos >= 0 && st.sentPos < len(st.sportsNear) && st.sportsNear[st.sentPos]
}

// sportsReport says whether the trigger's article reads as a sports report
// and the trigger stands outside a relative clause. It is enough for the
// verbs of a match itself (matchVerbs: "Germany beat Spain in Munich",
// "Spain meet Italy next week" between sides); verbs of force borrowed by
// match reports need sport told near the sentence (sportsContext).
func (st *articleState) sportsReport(toks []tok, t *trigger) bool {
	return st.sports && (t.nominal || !inRelative(toks, t.i))
}

// sportsNearby marks, for each sentence of a sports report, whether sport
// is told near it (see sportsContext).
func sportsNearby(sents []model.Sentence) []bool {
	told := make([]bool, len(sents))
	for i, s := range sents {
		told[i] = sportsSentence(toToks(s), 0, math.MaxInt)
	}
	near := make([]bool, len(sents))
	for i := range sents {
		for j := max(0, i-2); j <= i+2 && j < len(sents) && !near[i]; j++ {
			d := j - i
			if d < 0 {
				d = -d
			}
			near[i] = told[j] && (d <= 1 || sents[j].Paragraph == sents[i].Paragraph)
		}
	}
	return near
}
