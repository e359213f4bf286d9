package nlp

import "strings"

// courtNames makes a court's full name one ORG span when the name has a
// number or three or more words: "the Beijing No. 2 Intermediate People's
// Court", "the International Crimes Tribunal", "Anti-Terrorism Court No.
// 3". The tagger knows "Supreme Court" and "High Court", but a longer or
// numbered name it leaves untagged or cuts to its last words ("People's
// Court", "Tribunal"), and the court it names is lost; the city that opens
// the name (Beijing) says whose court it is, and resolution reads it
// there. The words before the head ("Court", "Tribunal") are capitalised
// words, "No." with its number, and "'s" after "People" ("People's
// Court", as China names its courts); any other possessive ("Kenya's High
// Court") owns the court and stays out, as does a person's name, and a
// span the tagger began before the words is left alone.
func courtNames(words, tags []string) {
	for h := 1; h < len(words); h++ {
		if words[h] != "Court" && words[h] != "Tribunal" {
			continue
		}
		a := h
		number := false
		for a > 0 {
			w := words[a-1]
			switch {
			case (w == "'s" || w == "’s") && a >= 2 && strings.EqualFold(words[a-2], "people"):
				a -= 2
				continue
			case courtNumber(words, a-1):
				a -= 2
				number = true
				continue
			case nameWordOfCourt(w):
				a--
				continue
			}
			break
		}
		e := h + 1
		if e+1 < len(words) && courtNumber(words, e+1) {
			e += 2
			number = true
		}
		capWords := 0
		for k := a; k < e; k++ {
			if strings.HasSuffix(tags[k], "-PER") {
				a = -1
				break
			}
			if capitalised(words[k]) {
				capWords++
			}
		}
		if a < 0 || a == h || !number && capWords < 3 {
			continue
		}
		if strings.HasPrefix(tags[a], "I-") || e < len(tags) && strings.HasPrefix(tags[e], "I-") {
			continue
		}
		setSpan(tags, a, e, "ORG")
		h = e - 1
	}
}

// courtNumber reports whether words[i-1:i+1] is "No." and a number, as
// courts are numbered ("No. 2 Intermediate People's Court", "Court No. 3").
func courtNumber(words []string, i int) bool {
	if i < 1 || i >= len(words) || words[i-1] != "No." && words[i-1] != "No" {
		return false
	}
	for _, r := range words[i] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return words[i] != ""
}

// nameWordOfCourt reports whether w may be a word of a court's name before
// its head: capitalised, no function word ("The", "In"), no number.
func nameWordOfCourt(w string) bool {
	return nameShaped(w) && w != "No." && w != "No"
}
