package nlp

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// romanceArticles are the definite articles of Spanish, Portuguese,
// Italian and French, capitalised as the first word of a name: "El
// Comercio", "La Nación", "Le Monde", "Il Giornale", "O Globo". A name
// that opens with one is a title (a newspaper, a broadcaster, a club, a
// building), not a given name, so it is never a person by itself; the
// tagger, having seen few of them, reads "El Comercio reported" as a
// person's name. Family names with a particle ("Marine Le Pen", "Ignazio
// La Russa", "Mohamed El-Erian") stand after a given name, which
// articleNames checks for in the whole document.
var romanceArticles = wordSet(`el la le il lo los las les gli o os`)

// articleNames retags as organisations the person spans that open with a
// Romance definite article and a capitalised word ("El Comercio said"),
// and widens a person span to the article before it when the tagger left
// the article out ("Il Giornale" tagged "Giornale"). Kept as persons: a
// span after an honorific or a title ("Mr. Le Pen"), a span after a
// capitalised word (the article is then a particle inside a name), a name
// the knowledge base knows as a person, and one the document writes
// elsewhere after a given name ("Marine Le Pen ... Le Pen said").
// An organisation's span is widened to its article the same way ("O
// Globo" tagged "Globo"). Places are left alone: "La Paz", "Los Angeles", "El Salvador".
func articleNames(sents, tags [][]string, person, givenName func(string) bool) {
	// Names written after another name word somewhere in the document: in
	// a person's span, or in any span that opens with a given name (the
	// tagger reads "Marine Le Pen" as an organisation at times).
	particle := map[string]bool{}
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			for k := i + 1; k < j-1; k++ {
				if (typ == model.EntityPerson || givenName(ws[i])) && romanceArticles[strings.ToLower(ws[k])] {
					particle[strings.Join(ws[k:j], " ")] = true
				}
			}
		})
	}
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if typ != model.EntityPerson && typ != model.EntityOrg {
				return
			}
			start := i
			if !romanceArticles[strings.ToLower(ws[i])] && i > 0 && ts[i-1] == "O" &&
				romanceArticles[strings.ToLower(ws[i-1])] && capitalised(ws[i-1]) {
				start = i - 1
			}
			a := ws[start]
			if start+1 >= j || !romanceArticles[strings.ToLower(a)] || !capitalised(a) || allCaps(a) && len(a) > 1 ||
				!capitalised(ws[start+1]) || allCaps(ws[start+1]) {
				return
			}
			if start > 0 {
				prev := strings.ToLower(ws[start-1])
				if honorifics[prev] || personTitles[prev] || capitalised(ws[start-1]) && !firstOfSentence(ws, start-1) {
					return
				}
			}
			if typ == model.EntityOrg {
				// An organisation keeps its type and gains its article.
				setSpan(ts, start, j, model.EntityOrg)
				return
			}
			if name := strings.Join(ws[start:j], " "); particle[name] || person(name) || vietnameseFullName(ws[start:j]) {
				return
			}
			setSpan(ts, start, j, model.EntityOrg)
		})
	}
}

// firstOfSentence reports whether ws[k] opens the sentence, after any
// opening quotes or brackets: its capital says nothing of a name.
func firstOfSentence(ws []string, k int) bool {
	for _, w := range ws[:k] {
		if hasAlnum(w) {
			return false
		}
	}
	return true
}

// knownPerson reports whether name is the name or the family name of a
// person of the knowledge base ("Le Drian" of Jean-Yves Le Drian). It
// says whether a name is a person's at all, to keep the tagger's person
// from being retyped a place or an organisation, and links nothing: so it
// asks none of the evidence a lone family name needs to be an office
// holder's (kb.LoneSurname), which would make a common family name
// ("Castro") less a person's than a rare one; and the tagging it serves
// runs before the article's countries are known.
func (an *Analyzer) knownPerson(name string) bool {
	if an.kb == nil {
		return false
	}
	key := kb.Normalize(name)
	words := strings.Fields(key)
	if len(words) == 0 {
		return false
	}
	for _, a := range an.kb.Surname(words[len(words)-1]) {
		if full := kb.Normalize(a.Name); full == key || strings.HasSuffix(full, " "+key) {
			return true
		}
	}
	for _, a := range an.kb.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypePerson {
			return true
		}
	}
	return false
}
