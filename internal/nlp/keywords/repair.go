package keywords

import (
	"strings"
)

// markSplitPlurals reads as a plural noun a word the tagger took for a
// present-tense verb where it ends a noun compound: in "the bank kept
// interest rates unchanged" the tagger has "rates/VBZ unchanged/VBN", so
// "interest" and "rates" never made the phrase "interest rates". A word is
// read so when it looks plural (ends in -s, not -ss), follows a common
// singular noun, comes before a participle, past form or adjective (the
// object's complement: "unchanged", "frozen", "steady") and the article
// uses the same form as a plural noun elsewhere: the text itself shows it
// is a noun. A verb in the same place stays ("inflation remains elevated",
// "the outlook looks uncertain": "remains" and "looks" are no nouns of
// that text), and so does one before an object or a clause ("the law bans
// smoking", "growth slows when").
func markSplitPlurals(words []word) {
	var at []int
	for k := 1; k+1 < len(words); k++ {
		w, prev, next := words[k], words[k-1], words[k+1]
		if w.tok.POS != "VBZ" || w.stop || w.stem == "" || prev.sent != w.sent || next.sent != w.sent {
			continue
		}
		if prev.pos() != "NN" || prev.stop || prev.name || capitalised(w.surface()) {
			continue
		}
		if t := next.pos(); t != "VBN" && t != "VBD" && t != "JJ" {
			continue
		}
		if s := w.surface(); !strings.HasSuffix(s, "s") || strings.HasSuffix(s, "ss") {
			continue
		}
		at = append(at, k)
	}
	if len(at) == 0 {
		return
	}
	nouns := map[string]bool{}
	for _, w := range words {
		if w.tok.POS == "NNS" {
			nouns[strings.ToLower(w.surface())] = true
		}
	}
	for _, k := range at {
		if nouns[strings.ToLower(words[k].surface())] {
			words[k].plural = true
		}
	}
}

// repeatedNounLinks are the prepositions of the reduplicated adverbial
// idioms ("door to door", "face to face", "year on year", "step by step",
// "day after day", "hand in hand").
var repeatedNounLinks = wordSet(`to on by after in over upon`)

// markRepeatedNouns makes stop words of a noun repeated on both sides of a
// preposition ("volunteers went door to door", "they met face to face",
// "sales rose 4 percent year on year"): the idiom says how, not what
// about, and "door" or "face" alone is no topic of the story. The words
// must be the same word, written in lower case, right around the
// preposition ("from Lagos to Abuja", "the door to the garden" are not
// idioms).
func markRepeatedNouns(words []word) {
	for k := 0; k+2 < len(words); k++ {
		a, p, b := words[k], words[k+1], words[k+2]
		if a.stem == "" || a.sent != b.sent || p.sent != a.sent || !repeatedNounLinks[p.surface()] {
			continue
		}
		if capitalised(a.surface()) && (k > 0 && words[k-1].sent == a.sent) || capitalised(b.surface()) || a.name || b.name {
			continue
		}
		if !strings.EqualFold(a.surface(), b.surface()) || isNumber(Normalize(a.surface())) {
			continue
		}
		words[k].stop = true
		words[k+2].stop = true
	}
}
