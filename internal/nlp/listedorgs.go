package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// listHeads end names of bodies of members that list the trades or groups
// they gather: "Kenya Medical Practitioners, Pharmacists and Dentists
// Union", "Food, Beverage and Tobacco Workers Federation".
var listHeads = wordSet(`union unions association federation council party congress alliance confederation society guild`)

// listedOrgNames makes one organisation of a name that lists capitalised
// nouns separated by commas and a last "and", ended by a head word of a
// body of members (listHeads): "The Kenya Medical Practitioners,
// Pharmacists and Dentists Union said". The tagger, reading the commas as
// a list of names, splits it into two organisations or more ("[Kenya
// Medical Practitioners], [Pharmacists and Dentists Union]"). The list
// must be all capitalised words (one to three per item) and no item a
// place or a person to the tagger, so "Germany, France and European Union
// officials" stays three names; the first item must be part of an
// organisation already. The items after the first name the members, in
// plural common nouns ("Pharmacists", "Dentists", "Allied Workers"): a
// list of bodies ("Oxfam, CARE and Norwegian Refugee Council") has names
// there, an acronym or a name known (known) or no plural, and keeps its
// items.
func listedOrgNames(words, tags []string, known func([]string) bool) {
	for h := 2; h < len(words); h++ {
		if !capitalised(words[h]) || !listHeads[strings.ToLower(words[h])] || !strings.HasSuffix(tags[h], "-"+model.EntityOrg) {
			continue
		}
		// The last item, then "and": "Pharmacists and Dentists Union".
		k := h - 1
		for k >= 0 && h-k <= 3 && listWord(words[k]) {
			k--
		}
		if k < 1 || k == h-1 || words[k] != "and" || !memberItem(words[k+1:h], known) {
			continue
		}
		// Items back to the first, each after a comma: one at least.
		start, commas := -1, 0
		for p := k - 1; ; {
			q := p
			for q >= 0 && p-q < 3 && listWord(words[q]) {
				q--
			}
			if q == p {
				start = -1
				break // no item before the comma or the "and"
			}
			if q >= 0 && words[q] == "," {
				if !memberItem(words[q+1:p+1], known) {
					break
				}
				commas++
				p = q - 1
				continue
			}
			start = q + 1
			break
		}
		if commas == 0 || start < 0 || !strings.HasSuffix(tags[start], "-"+model.EntityOrg) {
			continue
		}
		for start > 0 && strings.HasPrefix(tags[start], "I-") {
			start-- // the first item's organisation begins before the words read
		}
		if !listTagsOK(tags[start:h]) {
			continue
		}
		placeSpan(tags, start, h+1, model.EntityOrg)
		h++
	}
}

// listWord says whether w can be a word of an item of a listed name: a
// capitalised word that is no function word ("The", "And").
func listWord(w string) bool {
	return capitalised(w) && !functionWords[strings.ToLower(w)]
}

// listTagsOK says whether no tag among tags marks a place, a person or
// another kind of name than an organisation.
func listTagsOK(tags []string) bool {
	for _, t := range tags {
		if t != "O" && !strings.HasSuffix(t, "-"+model.EntityOrg) {
			return false
		}
	}
	return true
}

// memberItem says whether item, words of a listed name after its first
// item, names members: capitalised words, the last a plural ("Dentists",
// "Allied Workers"), no acronym, and no name known to the knowledge base.
func memberItem(item []string, known func([]string) bool) bool {
	if len(item) == 0 {
		return false
	}
	for _, w := range item {
		if allCaps(w) {
			return false
		}
	}
	last := strings.ToLower(item[len(item)-1])
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "'s") {
		return false
	}
	return known == nil || !known(item)
}
