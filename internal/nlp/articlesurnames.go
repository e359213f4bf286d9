package nlp

import "strings"

// arabicArticles are the spellings of the Arabic article that begin a
// family name with a hyphen ("al-Sudani", "el-Sisi", "ash-Shaibani").
var arabicArticles = wordSet(`al el ad ar as ash at az an`)

// articleSurnames makes the capitalised form of a family name that begins
// with the Arabic article a person when a person named in full in the
// document ends with it: "Ahmed al-Sharaa ... Al-Sharaa thanked the kingdom"
// (the article is capitalised at the start of a sentence). The tagger does
// not know the capitalised word, leaves it untagged or calls it an
// organisation, and surnamesArePersons, matching words exactly, misses it;
// the quote after it then goes to the last person named. Only a word of
// one token, untagged or of a one-word span, is retyped, and not after a
// preposition of place.
func articleSurnames(sents, tags [][]string) {
	var family map[string]bool
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ != "PER" || j-i < 2 {
				return
			}
			if c, ok := capitalisedArticleName(ws[j-1]); ok {
				if family == nil {
					family = map[string]bool{}
				}
				family[c] = true
			}
		})
	}
	if family == nil {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for i, w := range ws {
			if !family[w] || i > 0 && placePrep[strings.ToLower(ws[i-1])] {
				continue
			}
			typ, j, ok := spanAt(ts, i)
			switch {
			case ts[i] == "O" && (i+1 == len(ts) || !strings.HasPrefix(ts[i+1], "I-")):
				ts[i] = "B-PER"
			case ok && j == i+1 && typ != "PER":
				ts[i] = "B-PER"
			}
		}
	}
}

// capitalisedArticleName returns w, a family name that begins with a
// lower-case Arabic article and a hyphen ("al-Sharaa"), with the article
// capitalised ("Al-Sharaa").
func capitalisedArticleName(w string) (string, bool) {
	art, rest, ok := strings.Cut(w, "-")
	if !ok || !arabicArticles[art] || !capitalised(rest) {
		return "", false
	}
	return strings.ToUpper(art[:1]) + art[1:] + "-" + rest, true
}
