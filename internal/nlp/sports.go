package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Sports metonymy. Sports reports name clubs after their home town, county
// or state: "Surrey beat Kent by six wickets", "Seattle 5 Boston 3",
// "Chicago pitcher ...". A tagger trained on general news calls these
// places, and an event coder that believes it then reads "Seattle beat
// Boston" as an American city assaulting another. News NER guidelines
// (CoNLL-2003, OntoNotes) make such a team an organisation.
//
// In a document that reads as a sports report, a place that stands in a
// team's slot becomes ORG: next to a result verb ("beat", "lost to"), on
// either side of "v"/"vs", before a score or a table row's numbers, before
// a player's role ("Essex captain"), or after "play for"/"joined". Country
// names are left alone here: a national side is written as its country and
// the guidelines keep it a place (CoNLL-2003 tags "Sweden beat Italy" LOC).
// The pipeline's entities read them as teams all the same (markNationalTeams,
// applied by Analyzer.Tag after TagDocument): in a sports report a country in
// a team's slot is its national side, an organisation, which resolve links
// to a team of that country rather than to its state. Outside sports reports
// nothing changes.

// sportsWords are words that, in news, occur almost only in sports reports.
var sportsWords = wordSet(`innings inning wicket wickets batsman batsmen bowler bowlers bowled
	goalkeeper midfielder midfielders striker strikers defender winger half-time halftime
	league premiership bundesliga championship tournament semifinal semifinals semi-final
	semi-finals quarterfinal quarterfinals quarter-final quarter-finals playoff playoffs
	pitcher pitchers homer homers touchdown touchdowns quarterback rbi rbis runs-batted-in
	soccer football cricket baseball basketball hockey rugby tennis golf cycling athletics
	seeded stadium referee fixtures scorer scorers hat-trick hat-tricks goalless equaliser
	equalizer relegation scrum scrums scrum-half fly-half lineout lineouts line-out kick-off kickoff
	try-line`)

// sportsPairs are two-word sports terms whose words alone are not: "the
// final whistle", "the FA Cup", "over the try line".
var sportsPairs = map[[2]string]bool{{"final", "whistle"}: true, {"fa", "cup"}: true, {"try", "line"}: true,
	{"penalty", "try"}: true, {"stoppage", "time"}: true, {"injury", "time"}: true}

// pairSeconds are the second words of sportsPairs, tested first so that
// most words cost no lower-casing.
var pairSeconds = wordSet(`whistle cup line try time`)

// sportsPair says whether a, b form one of sportsPairs.
func sportsPair(a, b string) bool {
	return hasFold(pairSeconds, b) && sportsPairs[[2]string{strings.ToLower(a), strings.ToLower(b)}]
}

// resultVerbs take the winner or loser before them and the other side after.
var resultVerbs = wordSet(`beat beats beaten defeated defeat defeats downed edged routed thrashed
	crushed hammered overcame outplayed blanked trounced whipped outscored upset
	swept edges beating defeating thrashing`)

// resultLinks join two sides through a preposition: "X drew with Y",
// "X lost to Y", "X's win over Y".
var resultLinks = map[[2]string]bool{
	{"drew", "with"}: true, {"draw", "with"}: true, {"tied", "with"}: true, {"lost", "to"}: true,
	{"lose", "to"}: true, {"loses", "to"}: true, {"fell", "to"}: true, {"win", "over"}: true,
	{"won", "over"}: true, {"wins", "over"}: true, {"victory", "over"}: true, {"defeat", "to"}: true,
	{"defeat", "by"}: true,
}

// sideAfter take a team after them only: "at home to Y", "away to Y"
// (and "against Y").
var sideAfter = map[[2]string]bool{{"home", "to"}: true, {"away", "to"}: true}

// sidesWords join two sides: "Surrey v Kent", "Chicago vs. Seattle".
var sidesWords = wordSet(`v v. vs vs. versus`)

// teamRoles are roles a team's name modifies: "Essex captain", "the
// Chicago pitcher", "Derbyshire supporters".
var teamRoles = wordSet(`captain skipper coach manager striker midfielder defender goalkeeper
	keeper batsman bowler opener pitcher starter reliever quarterback winger forward
	supporters fans side squad players player team`)

// joinVerbs take a team after them, directly or through "for": "joined
// Kent", "played for Surrey", "signed for Leeds".
var joinVerbs = wordSet(`joined joins join rejoined play plays played playing signed`)

// nationalSides are names of national teams that are not countries in the
// knowledge base: the home nations of the United Kingdom, which play as
// themselves, and former states that appear in sports history.
var nationalSides = map[string]bool{
	"england": true, "scotland": true, "wales": true, "northern ireland": true,
	"yugoslavia": true, "soviet union": true, "ussr": true, "czechoslovakia": true,
	"east germany": true, "west germany": true, "serbia and montenegro": true,
}

// sportsDocument reports whether sents read as a sports report: at least
// one sports word, and at least three sports words and scores ("3-1",
// "6-4") in all. A score after a result verb counts as a sports word too.
func sportsDocument(sents [][]string) bool {
	words, scores := 0, 0
	for _, ws := range sents {
		for i, w := range ws {
			if hasFold(sportsWords, w) || i > 0 && sportsPair(ws[i-1], w) {
				words++
			} else if isScore(w) {
				scores++
				if resultScore(ws, i) {
					// "England thrashed Germany 4-0", "Petkovic beat the
					// Spaniard 6-3 6-4": a result told with its score is
					// a sports word of its own, so a short round-up of
					// results reads as sport without naming its sport.
					words++
				}
			}
		}
	}
	return words >= 1 && words+scores >= 3
}

// resultScore says whether the score ws[i] closes a result: a result verb
// at most four words before it, and a score of one- or two-digit numbers
// (a vote "defeated the bill 220-197" counts hundreds, no sports score).
func resultScore(ws []string, i int) bool {
	w := ws[i]
	k := strings.IndexAny(w, "-–")
	if k > 2 || len(strings.TrimLeft(w[k:], "-–")) > 2 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if hasFold(resultVerbs, ws[j]) {
			return true
		}
	}
	return false
}

// hasFold reports whether set holds w lower-cased. It lower-cases a short
// ASCII word on the stack, without allocating: rules over every word of a
// document ask this of each.
func hasFold(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// isScore reports whether w is a score such as "3-1" or "239-8": two
// numbers of at most three digits joined by a hyphen or dash (a year range
// "1996-97" has four digits before the dash).
func isScore(w string) bool {
	// Most words are rejected by their first byte: a score starts with a
	// digit.
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	i := strings.IndexAny(w, "-–")
	if i <= 0 {
		return false
	}
	a, b := w[:i], strings.TrimLeft(w[i:], "-–")
	return len(a) <= 3 && allDigits(a) && len(b) >= 1 && len(b) <= 3 && allDigits(b)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// smallNumber is a number a score or a table cell holds (at most three
// digits, or a score); a date ("1996-08-30") or a year is not.
func smallNumber(w string) bool {
	return len(w) <= 3 && allDigits(w) || isScore(w)
}

// markTeams retypes places in team slots as ORG in a sports document
// (sports: sportsDocument(sents), computed once per document by the
// caller). country reports whether words name a country.
func markTeams(sents, tags [][]string, country func(words []string) bool, sports bool) {
	if !sports {
		return
	}
	// A name seen in a team's slot is the team throughout the report
	// ("Cleveland 's lead", "homered for Cleveland"), except where it is
	// written as a venue; the document's majority vote would otherwise
	// turn it back into a place.
	for si, ws := range sents {
		joinSaintClubs(ws, tags[si])
	}
	teams := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		for si, ws := range sents {
			ts := tags[si]
			table := tableRow(ws)
			if pass == 0 && table {
				for _, r := range rowNames(ws) {
					if key := strings.ToLower(strings.Join(ws[r[0]:r[1]], " ")); untypedName(ts[r[0]:r[1]]) &&
						!country(ws[r[0]:r[1]]) && !nationalSides[key] {
						setSpan(ts, r[0], r[1], "ORG")
					}
				}
			}
			forSpans(ts, func(typ string, i, j int) {
				if typ == "LOC" || typ == "GPE" {
					key := strings.ToLower(strings.Join(ws[i:j], " "))
					if !country(ws[i:j]) && !nationalSides[key] && !venue(ws, i, j) &&
						(pass == 0 && (table || teamSlot(ws, i, j)) || pass == 1 && teams[key]) {
						teams[key] = true
						setSpan(ts, i, j, "ORG")
					}
				}
			})
		}
	}
}

// stateWords, after a country's name or its "'s", make it the state even in
// a sports report: "Germany 's chancellor", "Brazil 's government".
var stateWords = wordSet(`government president prime premier minister ministry chancellor king queen
	prince emir sultan embassy ambassador army military police parliament foreign defence defense
	economy border capital leader leaders officials authorities`)

// markNationalTeams retypes as ORG the countries (and the home nations of
// the United Kingdom, which play as themselves) that stand in a team's slot
// in a sports report, and their other mentions there, except where written
// as a venue ("in Russia") or with a word of the state ("Germany 's
// chancellor"). country reports whether words name a country. It returns
// the teams' spans as {sentence, start, end}; sports is sportsDocument(sents).
func markNationalTeams(sents, tags [][]string, country func(words []string) bool, sports bool) map[[3]int]bool {
	if !sports {
		return markSquads(sents, tags, country)
	}
	spans := map[[3]int]bool{}
	side := func(ws []string, i, j int) bool {
		key := strings.ToLower(strings.Join(ws[i:j], " "))
		return (country(ws[i:j]) || nationalSides[key]) && !venue(ws, i, j) && !stateAfter(ws, j)
	}
	teams := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		for si, ws := range sents {
			ts := tags[si]
			var rows [][2]int
			if pass == 0 && tableRow(ws) {
				rows = rowNames(ws)
			}
			forSpans(ts, func(typ string, i, j int) {
				// The tagger may already call a home nation a team.
				if typ != "LOC" && typ != "GPE" && typ != "ORG" || !side(ws, i, j) {
					return
				}
				key := strings.ToLower(strings.Join(ws[i:j], " "))
				inRow := false
				for _, r := range rows {
					inRow = inRow || r[0] == i && r[1] == j
				}
				if pass == 0 && (inRow || teamSlot(ws, i, j) || sideSlot(ws, i, j)) || pass == 1 && teams[key] {
					teams[key] = true
					setSpan(ts, i, j, "ORG")
					spans[[3]int{si, i, j}] = true
				}
			})
		}
	}
	return spans
}

// squadWords, after a country's "'s", name its national side's players
// in any report: "a bus carrying Turkey's players", "Ghana's squad". Unlike
// "team" (a negotiating team) or "side", none is said of a state.
var squadWords = wordSet(`players footballers cricketers squad`)

// markSquads retypes as ORG, outside sports reports, a country owning
// squadWords ("Hooligans attacked a bus carrying Turkey's players"): the
// players are its national side's, so the name is the team, and an act on
// them is on the team, not on the state. "Turkey's soldiers" or "Turkey's
// team of negotiators" are left alone.
func markSquads(sents, tags [][]string, country func(words []string) bool) map[[3]int]bool {
	var spans map[[3]int]bool
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if typ != "LOC" && typ != "GPE" || j+1 >= len(ws) || ws[j] != "'s" && ws[j] != "’s" || !squadWords[strings.ToLower(ws[j+1])] ||
				!country(ws[i:j]) && !nationalSides[strings.ToLower(strings.Join(ws[i:j], " "))] {
				return
			}
			if strings.EqualFold(ws[j+1], "players") && marketComplement(ws, j+2) {
				return
			}
			if spans == nil {
				spans = map[[3]int]bool{}
			}
			setSpan(ts, i, j, "ORG")
			spans[[3]int{si, i, j}] = true
		})
	}
	return spans
}

// playerFields are the non-sporting fields "players" are said to act in:
// "Turkey's players in the gas market", "the country's players in the
// energy sector" are its firms or powers, not its national side.
var playerFields = wordSet(`market markets sector sectors industry industries region regions
	business businesses economy trade finance banking energy scene politics talks
	negotiations conflict crisis war peace deal process`)

// marketComplement reports whether the words from k on open a phrase
// ("in the gas market", "across the region", "of the energy sector") whose
// head, within a few words and before any punctuation, is a playerFields word.
func marketComplement(ws []string, k int) bool {
	if k >= len(ws) {
		return false
	}
	switch strings.ToLower(ws[k]) {
	case "in", "on", "of", "across", "within", "throughout":
	default:
		return false
	}
	for n := k + 1; n < len(ws) && n <= k+5; n++ {
		w := strings.ToLower(ws[n])
		if playerFields[w] {
			return true
		}
		if !hasAlnum(w) {
			return false
		}
	}
	return false
}

// sideVerbs take a national side before them, or after them for "face":
// "England won", "Spain drew", "Tunisia faced England". In CoNLL-2003 a town
// in such a slot ("Montreal lost") is as often tagged a place as a team, so
// markTeams does not read them.
var sideVerbs = wordSet(`won win wins winning lost lose loses losing drew draw draws drawing
	faced face faces facing`)

// sideSlot reports whether the span ws[i:j] stands where a national side
// does, beyond teamSlot: before sideVerbs, after "face", or after a score
// written in three tokens ("Tunisia 1 – 2 England").
func sideSlot(ws []string, i, j int) bool {
	if j < len(ws) && sideVerbs[strings.ToLower(ws[j])] {
		return true
	}
	if i > 0 && strings.HasPrefix(strings.ToLower(ws[i-1]), "fac") && sideVerbs[strings.ToLower(ws[i-1])] {
		return true
	}
	return i >= 3 && smallNumber(ws[i-1]) && dash(ws[i-2]) && smallNumber(ws[i-3])
}

// stateAfter reports whether a word of the state follows the name ending at
// j, directly or after "'s".
func stateAfter(ws []string, j int) bool {
	if j < len(ws) && (ws[j] == "'s" || ws[j] == "’s") {
		j++
	}
	return j < len(ws) && stateWords[strings.ToLower(ws[j])]
}

// rowNames returns the [start, end) spans of the names a results or
// standings line gives its sides: "Reading 2 Stoke 2" (name, score, name,
// score) names two, "Brechin 3 0 3 0 2 2 3" (a name and at least four
// figures: played, won, drawn, lost, goals, points) names one.
func rowNames(ws []string) [][2]int {
	name := func(i int) int { // end of a capitalised name starting at i
		j := i
		for j < len(ws) && j-i < 4 && capitalised(ws[j]) && hasAlnum(ws[j]) && !smallNumber(ws[j]) {
			j++
		}
		return j
	}
	a := name(0)
	if a == 0 || a == len(ws) || !smallNumber(ws[a]) {
		return nil
	}
	if b := name(a + 1); b > a+1 && b == len(ws)-1 && smallNumber(ws[b]) {
		return [][2]int{{0, a}, {a + 1, b}}
	}
	figures := 0
	for _, w := range ws[a:] {
		switch {
		case smallNumber(w) || strings.HasPrefix(w, ".") && allDigits(w[1:]):
			figures++
		case w == "-" || w == "1/2":
		default:
			return nil
		}
	}
	if figures >= 4 {
		return [][2]int{{0, a}}
	}
	return nil
}

// untypedName reports whether a row's name is untagged or tagged only as a
// place or organisation: a person or a name of another kind keeps its tag.
func untypedName(ts []string) bool {
	for _, t := range ts {
		if t != "O" && !strings.HasSuffix(t, "-LOC") && !strings.HasSuffix(t, "-GPE") && !strings.HasSuffix(t, "-ORG") {
			return false
		}
	}
	return true
}

// venue reports whether the place ws[i:j] is written as where something
// happens rather than who plays: after "in", "at" or "near", inside
// brackets ("Alba ( Germany )"), heading a results line ("Bristol :"), or
// in a dateline.
func venue(ws []string, i, j int) bool {
	if i > 0 {
		switch strings.ToLower(ws[i-1]) {
		case "in", "at", "near", "(":
			return true
		}
	}
	// A dateline: "NEW YORK 1996-08-30", "ARLINGTON , Texas 2024-05-01".
	return j < len(ws) && (ws[j] == ":" || ws[j] == ")" || len(ws[j]) >= 8 && allDigits(ws[j][:4]))
}

// tableRow reports whether ws is a results or standings line: names,
// numbers and punctuation only, with at least one number and no lower-case
// word but "v", "vs", "at" or "and" ("Surrey 12 4 3 5 150", "CHICAGO 5
// SEATTLE 3").
func tableRow(ws []string) bool {
	nums := 0
	for _, w := range ws {
		switch {
		case smallNumber(w):
			nums++
		case sidesWords[w] || w == "at" || w == "and":
		default:
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return nums > 0
}

// teamSlot reports whether the span ws[i:j] stands where a team does.
func teamSlot(ws []string, i, j int) bool {
	lower := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return strings.ToLower(ws[k])
	}
	next, prev := lower(j), lower(i-1)
	switch {
	case j < len(ws) && smallNumber(ws[j]): // "Surrey 239-8", "Seattle 5"
		return true
	case resultVerbs[next] || sidesWords[next] || resultVerbs[prev] || sidesWords[prev]:
		return true
	case resultLinks[[2]string{next, lower(j + 1)}] || resultLinks[[2]string{lower(i - 2), prev}]:
		return true
	case sideAfter[[2]string{lower(i - 2), prev}] || prev == "against":
		return true
	case teamRoles[next] || next == "'s" && teamRoles[lower(j+1)]: // "Essex captain"
		return true
	case joinVerbs[prev] || joinVerbs[lower(i-2)] && prev == "for": // "joined Kent", "played for Surrey"
		return true
	}
	return false
}

// dash reports whether w is a hyphen or a dash, as between a score's numbers.
func dash(w string) bool { return w == "-" || w == "–" || w == "—" }

// Clubs named after their town. Football clubs are named with a town and a
// word that makes the name a club's: "Real Madrid", "Inter Milan", "AC
// Milan", "Bayern Munich" (a word before the town) or "Manchester United",
// "Paris Saint-Germain", "Bolton Wanderers" (a word after it). The tagger
// knows the town and types the name as the place, or splits it and takes
// the town for a person ("Real" | "Madrid" PER). Such a name is one ORG in
// any document, sports report or not; "City", "Town" and "County", which
// end towns' own names too ("Mexico City"), are left to the tagger and to
// markTeams.

// markClubs makes a town's name with a club word before or after it one
// ORG span. The town must be tagged as a name ("Real Estate" is no club);
// lines in title case or capitals are left alone ("AS" is a word there).
func markClubs(words, tags []string) {
	if titleCase(words) {
		return
	}
	for i := 0; i+1 < len(words); i++ {
		// k is the club words' last: "Real", or "Star" of "Red Star".
		k := i
		if !kb.ClubPrefix(words[i]) {
			if i+2 >= len(words) || !kb.ClubPrefixPhrase(words[i], words[i+1]) {
				continue
			}
			k = i + 1
		}
		// A club word inside an organisation's span is that name's already
		// ("Marlow Athletic Club"): splitting the span there cut it in two.
		if strings.HasPrefix(tags[i], "I-") && (i == 0 || tags[i-1] != "B-"+tags[i][2:]) ||
			tags[i] == "I-"+model.EntityOrg {
			continue
		}
		// The town: the span that begins right after the club words, or
		// the span that holds both.
		var j int
		switch {
		case tags[k] != "O" && tags[k+1] == "I-"+tags[k][2:]:
			j = spanEnd(tags, k)
		case strings.HasPrefix(tags[k+1], "B-") && capitalised(words[k+1]):
			j = spanEnd(tags, k+1)
		default:
			continue
		}
		if j-i > 4 {
			continue
		}
		setSpan(tags, i, j, "ORG")
		i = j - 1
	}
	joinTownClubs(words, tags)
	forSpans(tags, func(typ string, i, j int) {
		switch {
		case j < len(words) && kb.ClubSuffix(words[j]) && tags[j] == "O" &&
			(typ == "LOC" || typ == "GPE" || typ == "ORG" || typ == "PER" && j == i+1):
			// "Manchester" LOC + "United"
			setSpan(tags, i, j+1, "ORG")
		case j-i >= 2 && kb.ClubSuffix(words[j-1]) && typ != "ORG" && typ != "NORP":
			// "Paris Saint-Germain" LOC
			setSpan(tags, i, j, "ORG")
		}
	})
}

// townClubWords end clubs' names after their town ("Stoke City", "Luton
// Town", "Derby County") and towns' own names too ("Mexico City").
var townClubWords = wordSet("City Town County")

// joinTownClubs makes a club named with its town and "City", "Town" or
// "County" one ORG span where the tagger called part of it an organisation:
// "Stoke" ORG with "City" left out, or "City" ORG with the town left out
// ("Exeter" | "City"). Where the tagger calls the town or the whole name a
// place, it is left to it and to markTeams: "Mexico City" is a city. The
// word after the name must not be capitalised ("Stoke City Council" is the
// town's).
func joinTownClubs(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg {
			return
		}
		switch {
		case j < len(words) && townClubWords[words[j]] && tags[j] == "O" && (j+1 == len(words) || !capitalised(words[j+1])):
			setSpan(tags, i, j+1, model.EntityOrg)
		case j == i+1 && townClubWords[words[i]] && i > 0 && (j == len(words) || !capitalised(words[j])):
			a := i - 1
			switch {
			case tags[a] == "O" && nameModifier(words[a], "O") && !allCaps(words[a]):
			case strings.HasSuffix(tags[a], "-"+model.EntityLoc) || strings.HasSuffix(tags[a], "-"+model.EntityGPE):
				a = spanStart(tags, a)
			default:
				return
			}
			setSpan(tags, a, j, model.EntityOrg)
		}
	})
}

// spanEnd returns the end of the entity span that holds token i.
func spanEnd(tags []string, i int) int {
	if tags[i] == "O" {
		return i + 1
	}
	typ := tags[i][2:]
	j := i + 1
	for j < len(tags) && tags[j] == "I-"+typ {
		j++
	}
	return j
}

// pluralPlaceHeads end places' names in the plural ("Blue Ridge
// Mountains", "Golan Heights"), not teams'.
var pluralPlaceHeads = wordSet(`falls islands heights hills springs mountains lakes plains highlands lowlands
	keys woods forests sands straits narrows isles glades`)

// markTeamNames makes a team's name of the form "<Place> <Plural>" one
// ORG span: American teams are called after a place and a capitalised
// plural noun ("Chicago Bulls", "Golden State Warriors"), and the tagger
// keeps the place and leaves the plural out, or misses a place it does not
// know. The plural is untagged, capitalised (not in capitals), and the name
// ends with it: the next word is not capitalised ("Ohio Farmers Union" is
// another name). After a place's span the pair is a team wherever it
// stands, unless the plural names people, a nationality or group, or
// something the knowledge base knows ("Chicago Democrats", "Texas
// Farmers") or a place's head ("Blue Ridge Mountains"); after untagged
// capitalised words (one to three, "Golden State") it is a team only in a
// team's slot ("beat the ...", "... coach"), where a role's word may be the
// team's too ("Sacramento Kings"). In a team's slot a place's span and one
// capitalised word that is no place's head is a team too, plural or not
// ("the Utah Jazz beat"; not "Kansas City beat"). common reports whether
// a word names people, a group or a known thing.
func markTeamNames(words, tags []string, demonym, common func(string) bool) {
	if titleCase(words) {
		return
	}
	for j := 1; j < len(words); j++ {
		w := words[j]
		lw := strings.ToLower(w)
		if tags[j] != "O" || !capitalised(w) || allCaps(w) || len(w) < 3 || !lowerWord(lw) ||
			pluralPlaceHeads[lw] || placeHeads[lw] || demonym(w) {
			continue
		}
		plural := len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		if j+1 < len(words) && capitalised(words[j+1]) {
			continue
		}
		var a int
		placed := strings.HasSuffix(tags[j-1], "-"+model.EntityLoc) || strings.HasSuffix(tags[j-1], "-"+model.EntityGPE)
		switch {
		case placed:
			a = spanStart(tags, j-1)
		case tags[j-1] == "O":
			a = j
			for a > 0 && j-a < 3 && tags[a-1] == "O" && nameModifier(words[a-1], "O") && !allCaps(words[a-1]) {
				a--
			}
			if a == j {
				continue
			}
		default:
			continue
		}
		slot := teamSlot(words, a, j+1) || a > 0 && strings.EqualFold(words[a-1], "the") && teamSlot(words, a-1, j+1)
		if !slot && (!placed || common(w)) || !plural && !(slot && placed) {
			continue
		}
		setSpan(tags, a, j+1, model.EntityOrg)
	}
}

// resultSubjectVerbs follow a team as the subject of a game's result: "the Miami
// Heat lost", "Orlando Magic won".
var resultSubjectVerbs = wordSet(`lost won drew beat defeated beats defeats loses wins edged`)

// markFoldedTeams makes a place's span that the tagger grew by one
// capitalised word ("Miami Heat" LOC) an ORG where it stands in a team's
// slot: the subject of a result ("... lost", "... beat") or its object
// ("beat the ...", "lost to the ..."). markTeamNames sees only a word left
// outside the place's span. The span without its last word must be a known
// place and the whole span must not be one ("Kansas City lost power", "New
// York beat Boston" are places); the last word must be no place's head nor
// a nationality. place reports whether words name a known place.
func markFoldedTeams(words, tags []string, demonym func(string) bool, place func([]string) bool) {
	if titleCase(words) {
		return
	}
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityLoc && typ != model.EntityGPE || j-i < 2 || j-i > 4 {
			return
		}
		w := words[j-1]
		lw := strings.ToLower(w)
		if !capitalised(w) || allCaps(w) || len(w) < 3 || !lowerWord(lw) ||
			pluralPlaceHeads[lw] || placeHeads[lw] || demonym(w) {
			return
		}
		next := ""
		if j < len(words) {
			next = strings.ToLower(words[j])
		}
		slot := resultSubjectVerbs[next] || teamSlot(words, i, j) ||
			i > 0 && strings.EqualFold(words[i-1], "the") && teamSlot(words, i-1, j)
		if !slot || !place(words[i:j-1]) || place(words[i:j]) {
			return
		}
		setSpan(tags, i, j, model.EntityOrg)
	})
}
