package events

// A clash is a fight only where force is told. "A clash of ideas", "a
// verbal clash", "clashed in the political arena", "clashed in parliament
// over the budget", "clashed at the UN Security Council" tell of a quarrel
// between parties, no violence (ASSAULT), and a warning of such a clash
// threatens no one (THREATEN). "Troops clashed with rebels", "police
// clashed with protesters outside parliament" keep their event: the
// venue must be the head of the phrase after "in" or "at" ("in Parliament
// Square" is a place), and a sentence telling of police, troops or harm
// (violenceSentence) is never figurative.

// clashForms are the forms of "clash", verb and noun.
var clashForms = wordSet("clash clashes clashed clashing")

// clashQuarrelModifiers, before a clash, make it one of words.
var clashQuarrelModifiers = wordSet("verbal verbally ideological rhetorical diplomatic legal procedural")

// clashOfWhat, after "a clash of", are things that only argue: ideas,
// views, cultures, personalities.
var clashOfWhat = wordSet(`ideas idea views opinions visions values cultures civilisations civilizations
	personalities egos wills interests ideologies narratives priorities styles words principles worldviews`)

// debateVenues, heading the phrase after "in" or "at", are where parties
// clash in words: a legislature, a council, a court, a debate, a meeting.
var debateVenues = wordSet(`parliament parliaments senate congress assembly chamber legislature debate debates
	hearing hearings committee court council summit meeting meetings talks negotiations session sessions
	forum conference television tv`)

// arenaModifiers, before "arena", make it no building: "the political arena".
var arenaModifiers = wordSet("political electoral public diplomatic parliamentary legal ideological international")

// figurativeClash says whether the clash word at i tells of a quarrel, not
// a fight.
func figurativeClash(toks []tok, i int) bool {
	if i < 0 || i >= len(toks) || !clashForms[toks[i].low] || violenceSentence(toks) {
		return false
	}
	if i > 0 && clashQuarrelModifiers[toks[i-1].low] {
		return true
	}
	if i+1 < len(toks) && toks[i+1].low == "verbally" {
		return true
	}
	if i+2 < len(toks) && toks[i+1].low == "of" && clashOfWhat[toks[i+2].low] {
		return true
	}
	// The clash's own clause: up to a full stop, a semicolon, a
	// subordinating word or another finite verb.
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		l := toks[k].low
		if l == "." || l == ";" || l == ":" || subordinators[l] || finiteVerb(toks[k]) {
			break
		}
		if l == "arena" && k > 0 && arenaModifiers[toks[k-1].low] {
			return true
		}
		if l == "on" && k+1 < len(toks) && (toks[k+1].low == "television" || toks[k+1].low == "tv" || toks[k+1].low == "air" || toks[k+1].low == "social") {
			return true
		}
		if (l == "in" || l == "at" || l == "during") && debateVenueAfter(toks, k+1) {
			return true
		}
	}
	return false
}

// debateVenueAfter says whether the noun phrase starting at q is headed by
// a debate venue: past an article and modifiers ("the UN Security
// Council", "a televised debate"), the last noun before a word that is
// none.
func debateVenueAfter(toks []tok, q int) bool {
	if q < len(toks) && (toks[q].low == "the" || toks[q].low == "a" || toks[q].low == "an" || toks[q].low == "its" || toks[q].low == "their") {
		q++
	}
	head := -1
	for k := q; k < len(toks) && k < q+5; k++ {
		p := toks[k].pos
		if p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS" || p == "JJ" || p == "VBN" && k == q {
			head = k
			continue
		}
		break
	}
	return head >= 0 && debateVenues[toks[head].low]
}

// quarrelObject says whether the object or complement of a verb of
// threatening, warning or intent, starting at j, is a figurative clash:
// "warned of a clash in the political arena" threatens no one, and "vowed
// to clash with the government in parliament" or "vowed a clash in the
// political arena" promises a quarrel, neither a fight (THREATEN) nor,
// the clash dropped, a pledge of cooperation (AGREE).
func quarrelObject(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if clashForms[toks[k].low] {
			return figurativeClash(toks, k)
		}
		if isPunct(toks[k].low) || finiteVerb(toks[k]) {
			return false
		}
	}
	return false
}
