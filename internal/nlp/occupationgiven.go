package nlp

import "strings"

// occupationGivenNames mends a person's name after a lower-case occupation
// ("economist Bismarck Rewane said", "the lawyer Tomasz Wielgosz told"):
// the tagger, which learnt the occupation word as part of outlet and
// company names ("The Economist"), may make the given name a one-word
// organisation, place or nothing and keep only the family name as the
// person, so the speaker becomes "Rewane". After an occupation the two or
// three capitalised words up to a lower-case word, a punctuation mark or
// the sentence's end are one person's name when the tagger made a person
// of the last of them and nothing longer than one word of the others (a
// name of several words there is a body's: "analyst Capital Economics
// said" has no person in it at all). role reports whether a lower-case
// word is an occupation the knowledge base lists, known whether words name
// something the knowledge base knows and no person; plurals ("economists
// Ngozi Adeyemi and ...") are left alone, as a list follows them.
func occupationGivenNames(words, tags []string, role func(string) bool, known func([]string) bool) {
	for s := 0; s+2 < len(words); s++ {
		w := words[s]
		if w != strings.ToLower(w) || strings.HasSuffix(w, "s") || titleModifiers[w] || !role(w) && !occupations[w] {
			continue
		}
		a := s + 1
		e := a
		for e < len(words) && e-a < 4 && nameShaped(words[e]) && !months[strings.ToLower(words[e])] && !weekdays[strings.ToLower(words[e])] {
			if lw := strings.ToLower(words[e]); role(lw) || personTitles[lw] || holderTitles[lw] || ambiguousTitles[lw] {
				e = -1
				break
			}
			e++
		}
		if e < 0 || e-a < 2 || e-a > 3 {
			continue
		}
		if e < len(words) && (capitalised(words[e]) || strings.HasPrefix(tags[e], "I-")) {
			continue
		}
		if occupations[w] && wholeOrgName(words, tags, a, e, known) {
			// "analyst Bismarck Adeyemi said": the tagger made the whole
			// name an organisation, which no occupation of a person
			// stands before without a preposition ("an analyst at
			// Capital Economics").
			setSpan(tags, a, e, "PER")
			continue
		}
		// The tagger's person ends the run; each word before it that is
		// no part of that person is untagged or a one-word name.
		if l := tags[e-1]; l != "B-PER" && l != "I-PER" {
			continue
		}
		p := e - 1
		for p > a && tags[p] == "I-PER" {
			p--
		}
		if p == a {
			continue // the whole run is the person already
		}
		ok := true
		for k := a; k < p; k++ {
			if t := tags[k]; t != "O" && (!strings.HasPrefix(t, "B-") || strings.HasPrefix(tags[k+1], "I-")) {
				ok = false
			}
		}
		if ok {
			setSpan(tags, a, e, "PER")
		}
	}
}

// wholeOrgName says words a..e are one organisation span of the tagger's
// whose words are all name words of a person's shape: none is a word of
// bodies or companies ("Capital", "Group", "Bank", "Economics") or a
// place's head, and
// the knowledge base knows them for no organisation or place.
func wholeOrgName(words, tags []string, a, e int, known func([]string) bool) bool {
	if tags[a] != "B-ORG" {
		return false
	}
	for k := a; k < e; k++ {
		if k > a && tags[k] != "I-ORG" {
			return false
		}
		lw := strings.ToLower(words[k])
		if orgHeads[lw] || nonPersonNameWords[lw] || placeHeads[lw] || companyHeads[lw] || tradeHeads[lw] || corporateHeads[lw] || shortFormHeads[lw] || firmFieldWords[lw] {
			return false
		}
	}
	return known == nil || !known(words[a:e])
}

// firmFieldWords end the names of research and advisory firms, which an
// analyst's or an economist's work is often named beside ("Oxford
// Economics", "Capital Alpha Research").
var firmFieldWords = wordSet(`economics analytics research consulting consultants associates advisers advisors advisory strategies insights intelligence`)
