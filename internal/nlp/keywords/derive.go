package keywords

import (
	"sort"
	"strings"
)

// Derivational variants. Porter stemming joins a word's inflections and many
// of its derivations ("protest", "protesters"; "negotiation", "negotiators"),
// but it leaves apart some pairs a reader takes for one topic: the agent
// noun in -ant and the process noun in -ation ("migrant", "migration"), the
// adherent in -ist and the doctrine in -ism ("terrorist", "terrorism"), and
// the relational adjective in -ary of a process noun ("inflationary",
// "inflation"). An article that says both showed them as two keyphrases of
// one topic. The rules below join such stems of one article, so that the
// ranker treats them as it treats a plural: one node of the word graph, one
// candidate, shown in its commonest form.
//
// They are rules of English word formation, not a list of pairs, and each is
// held back where the suffix also makes unrelated words: plain -er and -or
// are left out ("report"/"reporter", "success"/"successor",
// "direct"/"director", "compute"/"computer" are different things), -ary is
// taken only after a process noun of eight letters or more ("station"/
// "stationary", "document"/"documentary", "mission"/"missionary" stay
// apart), and -ment and -al are not suffixes here ("state"/"statement",
// "present"/"president", "general"/"generation" do not join; Porter itself
// already joins "nation" and "national").

const (
	// minAltRoot is the shortest root two words of alternating suffixes
	// share ("migr" of "migrant" and "migration").
	minAltRoot = 4
	// minAryBase is the shortest process noun -ary is read on
	// ("inflation", not "station").
	minAryBase = 8
)

// alternations are suffix pairs that make two nouns of one root: the first
// is joined to the second ("migrant" to "migration").
var alternations = [...][2]string{
	{"ant", "ation"},
	{"ist", "ism"},
}

// singular drops an English plural -s from a normalised word ("migrants"),
// keeping words in -ss and -is ("process", "crisis") and -us.
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}

// derivation is a word's base by the rules above: the word it is joined
// to, and the root and suffix that word is made of ("migr" + "ation").
type derivation struct {
	base, root, suffix string
}

// derivedBases says what a word derives from by the rules above. Both words
// must be in the article for the join to happen (see variantStems).
func derivedBases(w string) []derivation {
	w = singular(w)
	var out []derivation
	for _, alt := range alternations {
		if root, found := strings.CutSuffix(w, alt[0]); found && len(root) >= minAltRoot {
			out = append(out, derivation{base: root + alt[1], root: root, suffix: alt[1]})
		}
	}
	if b, found := strings.CutSuffix(w, "ary"); found && len(b) >= minAryBase {
		for _, suf := range [...]string{"ation", "ution", "sion"} {
			if root, ok := strings.CutSuffix(b, suf); ok {
				out = append(out, derivation{base: b, root: root, suffix: suf})
			}
		}
	}
	return out
}

// familyEndings are the endings a word of the base's stem may have after
// the root besides the base's own suffix: its inflections and those of the
// verb it names ("migrate", "migrated"). A stem that also holds a word of
// another ending is a wider family than the base ("community" beside
// "communism" under "commun") and is not joined to.
var familyEndings = map[string]bool{
	"": true, "s": true, "e": true, "es": true, "ed": true, "ing": true,
	"ate": true, "ates": true, "ated": true, "ating": true,
	"ute": true, "utes": true, "uted": true, "uting": true,
	"de": true, "des": true, "ded": true, "ding": true, // "conclude" of "conclusion"
	"se": true, "ses": true, "sed": true, "sing": true,
	"ion": true, "ions": true, "isms": true,
}

// pureFamily says every word of stem st in forms is the root followed by
// the derivation's suffix or a family ending.
func pureFamily(forms map[string]string, st string, d derivation) bool {
	for w, s := range forms {
		if s != st {
			continue
		}
		end, ok := strings.CutPrefix(w, d.root)
		if !ok {
			return false
		}
		if end != d.suffix && end != d.suffix+"s" && !familyEndings[end] {
			return false
		}
	}
	return true
}

// variantStems maps each stem of an article that is a derivational variant
// of another stem there to that stem; forms holds the article's normalised
// words and their Porter stems. A stem is joined only through a word whose
// base occurs in the article too, and when it could join two, to the
// smaller, so the result does not depend on map order.
func variantStems(forms map[string]string) map[string]string {
	var out map[string]string
	for w, st := range forms {
		for _, d := range derivedBases(w) {
			// The base as written, or its plural.
			to, found := forms[d.base]
			if !found {
				to, found = forms[d.base+"s"]
			}
			if !found || to == st || !pureFamily(forms, to, d) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			if cur, had := out[st]; !had || to < cur {
				out[st] = to
			}
		}
	}
	// A base that is itself joined to another: follow to the end (the
	// rules make no cycles, the walk is bounded all the same).
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		to := out[k]
		for range len(keys) {
			next, ok := out[to]
			if !ok || next == k {
				break
			}
			to = next
		}
		out[k] = to
	}
	return out
}

// joinedMark ends the stem of a joined family's words, which no Porter stem
// ends in: a name holding a word of the family keeps that word's own stem
// ("Migration Agency" stays the agency it is, found by its Porter stems),
// and the family in running text does not fold into the name.
const joinedMark = "~"

// joinVariants gives the words of each joined family (variants, from
// variantStems) one stem, outside names: the words of a named entity or a
// group, and capitalised words inside a sentence, which mark names the
// tagger missed, keep theirs. Call it after markHeadlines.
func joinVariants(words []word, variants map[string]string) {
	if len(variants) == 0 {
		return
	}
	targets := make(map[string]bool, len(variants))
	for _, to := range variants {
		targets[to] = true
	}
	for k := range words {
		w := &words[k]
		if w.stop || w.name || w.group || w.cap || w.stem == "" {
			continue
		}
		if to, ok := variants[w.stem]; ok {
			w.stem = to + joinedMark
		} else if targets[w.stem] {
			w.stem += joinedMark
		}
	}
}
