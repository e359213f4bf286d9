package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// possessiveVerbs are reporting verbs that cannot stand before a noun as
// an adjective, so a name, "'s" and one of them reads as a subject and its
// verb ("Moody's said", "Sotheby's says"), never as a possessive ("Trump's
// adviser"), while "announced" or "reported" can ("Trump's announced
// plan"). "'s" for "has" or "is" after a person's name is rare in wire
// copy, and the rule leaves the names the knowledge base holds as persons
// alone.
var possessiveVerbs = wordSet(`said says told added noted warned`)

// possessiveNames keeps the "'s" of names that end in one (companies named
// after their founder in the genitive: "Moody's", "McDonald's",
// "Sotheby's", "Macy's"), which the tokeniser splits off like any clitic
// and trimSpans then leaves outside the span: "Moody's said" gave the
// organisation "Moody", and the knowledge base's "McDonald's" was never
// matched. A name followed by "'s" keeps it, as one organisation, when the
// gazetteer knows the whole form as an organisation, or when a one-word
// name that is no person of the knowledge base is followed by "'s" and a
// possessiveVerbs verb. Every other mention of a form so found, in any
// sentence, keeps it too ("a Moody's analyst"), as an article names one
// company one way throughout; a person's possessive ("Trump's adviser")
// stays a possessive. gaz holds each sentence's gazetteer tags (nil
// without a gazetteer); person reports whether a name is a person of the
// knowledge base.
func possessiveNames(sents, tags, gaz [][]string, person func(string) bool) {
	var forms map[string]bool
	for si, ws := range sents {
		ts := tags[si]
		for j := 1; j < len(ws); j++ {
			if !possessiveClitic(ws[j]) || !capitalised(ws[j-1]) {
				continue
			}
			if i, ok := knownPossessive(ws, ts, gaz, si, j); ok {
				forms = addForm(forms, ws[i:j])
				continue
			}
			if j+1 >= len(ws) || !possessiveVerbs[strings.ToLower(ws[j+1])] {
				continue
			}
			// One word, tagged as a name or not, that starts no sentence
			// unless tagged ("Macy's said" heads many a sentence).
			if strings.HasPrefix(ts[j-1], "I-") || ts[j-1] == "O" && j-1 == 0 {
				continue
			}
			if functionWords[strings.ToLower(ws[j-1])] || person(ws[j-1]) {
				continue
			}
			forms = addForm(forms, ws[j-1:j])
		}
	}
	if forms == nil {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for j := 1; j < len(ws); j++ {
			if !possessiveClitic(ws[j]) || j+1 < len(ts) && strings.HasPrefix(ts[j+1], "I-") {
				continue
			}
			for i := j - 1; i >= 0 && j-i <= maxPossessiveWords; i-- {
				if !forms[strings.Join(ws[i:j], " ")] {
					continue
				}
				// The form's words must be one span of their own or
				// untagged: a longer name that holds them is left whole.
				if strings.HasPrefix(ts[i], "I-") || !spanOrUntagged(ts, i, j) {
					break
				}
				setSpan(ts, i, j+1, model.EntityOrg)
				break
			}
		}
	}
}

// maxPossessiveWords bounds the names possessiveNames looks for ("Lloyd's",
// "Dick's Sporting Goods" aside, such names are short).
const maxPossessiveWords = 3

func possessiveClitic(w string) bool { return w == "'s" || w == "’s" }

// knownPossessive reports whether the words before the clitic at j, with
// it, are an organisation's name the gazetteer knows ("McDonald 's"), and
// where that name begins.
func knownPossessive(ws, ts []string, gaz [][]string, si, j int) (int, bool) {
	if gaz == nil || gaz[si] == nil || gaz[si][j] != "I-ORG" || j+1 < len(ts) && gaz[si][j+1] == "I-ORG" {
		return 0, false
	}
	i := j - 1
	for i > 0 && gaz[si][i] == "I-ORG" {
		i--
	}
	if gaz[si][i] != "B-ORG" {
		return 0, false
	}
	if strings.EqualFold(ws[i], "the") {
		i++
	}
	return i, i < j
}

func addForm(forms map[string]bool, words []string) map[string]bool {
	if forms == nil {
		forms = map[string]bool{}
	}
	forms[strings.Join(words, " ")] = true
	return forms
}

// spanOrUntagged reports whether ts[i:j] is exactly one span or all "O".
func spanOrUntagged(ts []string, i, j int) bool {
	if allO(ts[i:j]) {
		return true
	}
	_, end, ok := spanAt(ts, i)
	return ok && end == j
}

// splitPossessiveOrgs cuts an organisation's span that runs over a
// possessive into the owner and the body it owns, when the owner is an
// organisation the knowledge base knows and the words after the clitic
// are a capitalised name of two words or more: "the World Bank's
// International Centre for Settlement of Investment Disputes" is the World
// Bank and its centre, "the United Nations' International Court of
// Justice" the UN and its court. The tagger often stops such a name at its
// first "for" or "of"; the owned name is carried on over "of"/"for" (and
// "the") and the capitalised words after them, the usual shape of an
// institution's formal name. Names that end in a genitive ("McDonald's",
// known to the knowledge base with the clitic) are left whole. A place
// as the owner is left too: "Berkeley's Department of Linguistics" is the
// university's (GUM), and a place's name there is as often its university
// or its club as the place. owner reports whether words name an
// organisation of the knowledge base (no person, no place); known whether
// they name any actor of it.
func splitPossessiveOrgs(words, tags []string, owner, known func([]string) bool) {
	type split struct{ i, p, end int }
	var splits []split
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg {
			return
		}
		for p := i + 1; p+1 < j; p++ {
			if !possessiveClitic(words[p]) && words[p] != "'" && words[p] != "’" {
				continue
			}
			if !capitalised(words[p+1]) || !owner(words[i:p]) || known(words[i:p+1]) || known(words[i:j]) {
				return
			}
			end := ownedNameEnd(words, tags, j)
			if end-(p+1) >= 2 {
				splits = append(splits, split{i, p, end})
			}
			return
		}
	})
	for _, s := range splits {
		setSpan(tags, s.i, s.p, model.EntityOrg)
		tags[s.p] = "O"
		setSpan(tags, s.p+1, s.end, model.EntityOrg)
	}
}

// ownedNameEnd returns where an institution's name ending at j goes on
// to over untagged "of"/"for" phrases of capitalised words ("Centre | for
// Settlement of Investment Disputes", "Office | of the Prosecutor").
func ownedNameEnd(words, tags []string, j int) int {
	for j+1 < len(words) && tags[j] == "O" && (words[j] == "of" || words[j] == "for") {
		k := j + 1
		if words[k] == "the" && k+1 < len(words) {
			k++
		}
		m := k
		for m < len(words) && tags[m] == "O" && capitalised(words[m]) && startsWithLetter(words[m]) {
			m++
			// "and" joins two capitalised words of one name: "Trade and Development".
			if m+1 < len(words) && words[m] == "and" && tags[m] == "O" && tags[m+1] == "O" && capitalised(words[m+1]) {
				m++
			}
		}
		if m == k {
			break
		}
		j = m
	}
	return j
}
