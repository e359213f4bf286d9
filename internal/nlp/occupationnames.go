package nlp

import "strings"

// occupationNames fixes a person named after an occupation that opens a
// sentence: "Journalist Irfan Mir was detained", "Lawyer Asif Sultan said".
// Capitalised only because it begins the sentence, the occupation reads to
// the tagger as a name's first word, and it stops the name one word early
// ("Journalist [Irfan] Mir") or takes the given name for a title
// ("Journalist Asif [Sultan]"). The occupation is a title, no part of the
// name: the two or three capitalised words after it are the person when
// the tagger made a person of at least one of them and of nothing else
// there, and a lower-case word, a punctuation mark or the sentence's end
// follows them. role reports whether a lower-case word is an occupation
// the knowledge base lists (a role); plurals ("Journalists") are left
// alone, as "Reporters Without Borders" is an organisation.
func occupationNames(words, tags []string, role func(string) bool) {
	if role == nil {
		return
	}
	s := 0
	if d := wireDatelineDash(words); d > 0 {
		s = d + 1
	}
	for s < len(words) && isOpeningQuote(words[s]) {
		s++
	}
	occupationName(words, tags, s, role)
	// After a quotation, its reporting clause begins as a sentence does:
	// "'We did nothing wrong,' Journalist Irfan Mir said."
	for k := s + 2; k < len(words); k++ {
		if isQuoteMark(words[k-1]) && words[k-2] == "," {
			occupationName(words, tags, k, role)
		}
	}
}

// occupationName applies occupationNames' rule to the occupation at s.
func occupationName(words, tags []string, s int, role func(string) bool) {
	if s+2 >= len(words) {
		return
	}
	// "Economist Bismarck Rewane said": the tagger may make the occupation
	// a one-word organisation of its own ("The Economist") before the
	// person it did find.
	oneWordName := (tags[s] == "B-ORG" || tags[s] == "B-MISC") && tags[s+1] == "B-PER"
	if tags[s] != "O" && tags[s] != "B-PER" && !oneWordName {
		return
	}
	w := words[s]
	lw := strings.ToLower(w)
	if !capitalised(w) || allCaps(w) || strings.HasSuffix(lw, "s") || personTitles[lw] || holderTitles[lw] || titleModifiers[lw] ||
		!role(lw) && !occupations[lw] {
		return
	}
	a := s + 1
	e := a
	per := false
	for e < len(words) && e-a < 4 && nameShaped(words[e]) {
		if lw := strings.ToLower(words[e]); role(lw) || personTitles[lw] || holderTitles[lw] || ambiguousTitles[lw] {
			// "Deputy Secretary Jane Doe": a title of several words, whose
			// last word is no name.
			return
		}
		switch tags[e] {
		case "O":
		case "B-PER", "I-PER":
			per = true
		default:
			return
		}
		e++
	}
	n := e - a
	if n < 2 || n > 3 || !per {
		return
	}
	if e < len(words) && (capitalised(words[e]) || tags[e] == "I-PER") {
		return
	}
	tags[s] = "O"
	setSpan(tags, a, e, "PER")
}

// occupations are occupations written before a name that the knowledge
// base's roles lack, having no sector of their own.
var occupations = wordSet(`writer photographer poet novelist blogger filmmaker author cartoonist photojournalist ` +
	`economist analyst strategist researcher scientist academic historian commentator columnist engineer entrepreneur businesswoman consultant campaigner banker`)

// nameShaped reports whether w could be one word of a person's name:
// capitalised, letters (and hyphens or apostrophes) only, not all
// capitals, and no function word.
func nameShaped(w string) bool {
	if !capitalised(w) || allCaps(w) || functionWords[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if r == '.' || r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// isOpeningQuote reports whether w is a quotation mark that may open a
// sentence.
func isOpeningQuote(w string) bool {
	return w == `"` || w == "“" || w == "‘" || w == "``"
}

// isQuoteMark reports whether w is a quotation mark.
func isQuoteMark(w string) bool {
	return w == `"` || w == "”" || w == "“" || w == "’" || w == "‘" || w == "''" || w == "``"
}
