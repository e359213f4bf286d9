package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Acronyms defined in brackets. News writes a body's full name once with
// its acronym in brackets ("the National Union of Mineworkers (NUM)") and
// then the acronym alone ("The NUM said"). When the acronym's letters are
// the initials of the capitalised words before the bracket, the two name
// one thing: the full name is one entity, the acronym has its type, and so
// has every later use of the acronym in the document. The tagger, reading
// one word at a time, knows neither an invented acronym nor a long name of
// common words ("Greater New Orleans Fair Housing Action Center").

// acronymLinks are the lower-case words inside a name that an acronym may
// skip or spell ("Organisation for Security and Cooperation in Europe").
var acronymLinks = wordSet(`of for and the on in de du des la le del di da & 's ’s to at`)

// acronymHeads end names that, with an acronym after them, are an
// organisation's even when the tagger found nothing in them: common words
// under capitals before an acronym are as often a term ("Gross Domestic
// Product (GDP)", "Chief Executive Officer (CEO)"), and only a body's head
// says which.
var acronymHeads = wordSet(`center centre network alliance coalition federation league union group society
	association organisation organization unit observatory tribunal court institute institution
	academy laboratory laboratories service services authority administration commission committee`)

// acronymDef is an acronym defined in brackets and the type of its name.
type acronymDef struct {
	word, typ string
}

// markAcronyms finds acronyms defined in brackets after a name, makes the
// name one span and the acronym and its other uses in the document (where
// untagged or tagged as a one-word name of another type) that type. place
// reports whether words name a known place ("Democratic Republic of Congo
// (DRC)" stays a place).
func markAcronyms(sents, tags [][]string, place func([]string) bool) {
	var defs []acronymDef
	for si, ws := range sents {
		for i := 1; i+2 < len(ws); i++ {
			acr := ""
			switch {
			case ws[i] == "(" && ws[i+2] == ")" && acronymWord(ws[i+1]):
				acr = ws[i+1]
			case orAcronym(ws, i):
				// "the Northern Farmers Union, or NFU, said": the other
				// way news defines an acronym.
				acr = ws[i+2]
			default:
				continue
			}
			if typ := defineAcronym(ws, tags[si], i, acr, place); typ != "" {
				defs = append(defs, acronymDef{acr, typ})
			}
		}
	}
	if len(defs) == 0 {
		return
	}
	typeOf := map[string]string{}
	for _, d := range defs {
		if t, ok := typeOf[d.word]; ok && t != d.typ {
			typeOf[d.word] = "" // defined twice with two types: leave it
			continue
		}
		typeOf[d.word] = d.typ
	}
	for si, ws := range sents {
		ts := tags[si]
		for i, w := range ws {
			typ := typeOf[w]
			if typ == "" || ts[i] == "B-"+typ {
				continue
			}
			// Only a lone word: "NUM" untagged or tagged a one-word name,
			// not a word inside a longer span ("NUM Youth League").
			alone := ts[i] == "O" || strings.HasPrefix(ts[i], "B-") && (i+1 == len(ts) || !strings.HasPrefix(ts[i+1], "I-"))
			if alone {
				ts[i] = "B-" + typ
			}
		}
	}
}

// orAcronym reports whether ws[i:] is ", or ACRONYM" closed by a comma, a
// full stop, a bracket or the sentence's end.
func orAcronym(ws []string, i int) bool {
	if ws[i] != "," || ws[i+1] != "or" || i+2 >= len(ws) || !acronymWord(ws[i+2]) {
		return false
	}
	if i+3 == len(ws) {
		return true
	}
	switch ws[i+3] {
	case ",", ".", ")", ";", ":":
		return true
	}
	return false
}

// defineAcronym reads the acronym acr defined after the name that ends
// before ws[open] (a bracket or the comma of ", or") and the name, retags
// the name when the evidence is strong, and returns the acronym's type (""
// for none).
func defineAcronym(ws, ts []string, open int, acr string, place func([]string) bool) string {
	e := open // the name ends before the bracket
	a := -1
	for s := e - 1; s >= 0 && s >= e-15; s-- {
		if !nameRunWord(ws[s]) {
			break
		}
		if capitalised(ws[s]) && initialsMatch(ws[s:e], acr) {
			a = s
			break
		}
	}
	// The type of a span the tagger ended right before the bracket.
	spanBefore := ""
	if e > 0 && ts[e-1] != "O" {
		spanBefore = ts[e-1][2:]
	}
	switch {
	case spanBefore == model.EntityPerson:
		return "" // "John Fitzgerald Kennedy (JFK)": a person's initials are no name to spread
	case a < 0:
		// The acronym does not spell the name (an acronym from another
		// language: "World Conservation Union (IUCN)"); only an
		// organisation's name is trusted to be followed by its own.
		if spanBefore == model.EntityOrg {
			return model.EntityOrg
		}
		return ""
	case spanBefore != "" && spanStart(ts, e-1) <= a:
		// The tagger's span holds the name, maybe with more before it
		// ("United Nations Food and Agriculture Organization (FAO)"): it
		// stays.
		return spanBefore
	}
	typ := ""
	switch {
	case place(ws[a:e]):
		typ = model.EntityGPE
	case bodyHead(ws[a:e]):
		typ = model.EntityOrg
	default:
		return ""
	}
	setSpan(ts, a, e, typ)
	return typ
}

// spanStart returns the start of the span holding token k.
func spanStart(ts []string, k int) int {
	for k > 0 && strings.HasPrefix(ts[k], "I-") {
		k--
	}
	return k
}

// bodyHead reports whether a name's head, its last word or the word
// before its first linking word ("Housing Authority of New Orleans"), ends
// an organisation's name: "Convention on the Conservation of Antarctic
// Marine Living Resources (CCAMLR)" is a treaty.
func bodyHead(words []string) bool {
	h := words[len(words)-1]
	for k := 1; k < len(words); k++ {
		if acronymLinks[words[k]] {
			h = words[k-1]
			break
		}
	}
	lh := strings.ToLower(h)
	return acronymHeads[lh] || orgHeads[lh] || orgNameHeads[lh] || corporateHeads[lh] || companyHeads[lh]
}

// acronymWord reports whether w is written like an acronym: two to eight
// capital letters, digits or "&", at least two of them letters.
func acronymWord(w string) bool { return kb.Acronym(w, 8) }

// nameRunWord reports whether w can stand inside a name spelt by an
// acronym: a capitalised word, a linking word or a hyphen.
func nameRunWord(w string) bool {
	return capitalised(w) && hasAlnum(w) || acronymLinks[strings.ToLower(w)] || w == "-"
}

// initialsMatch reports whether the acronym's letters spell the initials
// of words: every capitalised word gives its initial (an all-capital word
// may give all its letters, "US"), a linking word may give its initial or
// nothing, and at most one capitalised word inside the name may be left
// out ("European Centre for Disease Prevention and Control (ECDC)"). The
// first and the last word must be spelt.
func initialsMatch(words []string, acr string) bool {
	letters := make([]rune, 0, len(acr))
	for _, r := range acr {
		if r != '&' {
			letters = append(letters, r)
		}
	}
	var match func(w, l, skips int) bool
	match = func(w, l, skips int) bool {
		if w == len(words) {
			return l == len(letters)
		}
		word := words[w]
		if word == "-" {
			return match(w+1, l, skips)
		}
		first, _ := utf8.DecodeRuneInString(word)
		first = unicode.ToUpper(first)
		if acronymLinks[strings.ToLower(word)] && !capitalised(word) || word == "'s" || word == "’s" || word == "&" {
			if match(w+1, l, skips) {
				return true
			}
			return l < len(letters) && letters[l] == first && match(w+1, l+1, skips)
		}
		if l < len(letters) && letters[l] == first && match(w+1, l+1, skips) {
			return true
		}
		// "US" in "US National Hurricane Center (USNHC)".
		if allCaps(word) && len(word) > 1 && l+len(word) <= len(letters) && string(letters[l:l+len(word)]) == word &&
			match(w+1, l+len(word), skips) {
			return true
		}
		// "Co-operation": the part after a hyphen may give a letter too.
		if k := strings.IndexByte(word, '-'); k > 0 && k+1 < len(word) && l+1 < len(letters) && letters[l] == first {
			second, _ := utf8.DecodeRuneInString(word[k+1:])
			if unicode.IsUpper(second) && letters[l+1] == second && match(w+1, l+2, skips) {
				return true
			}
		}
		if skips > 0 && w > 0 && w < len(words)-1 && !acronymLinks[strings.ToLower(word)] {
			return match(w+1, l, skips-1)
		}
		return false
	}
	return len(letters) >= 2 && match(0, 0, 1)
}
