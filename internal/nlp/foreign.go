package nlp

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Articles in other languages. The tagger and its gazetteer are English:
// in a French, Spanish, Portuguese, Italian or German article they read
// the capital of a sentence's first word, an article before a name or a
// German noun as the mark of a name ("Le Soudan" MISC, "Sprecher" LOC),
// and they do not know the countries' names in that language ("Allemagne",
// "Estados Unidos"). For an article whose language the knowledge base has
// country names in (kb.ForeignName), foreignEntities
//   - tags the names of countries and capitals in that language, and
//     countries' English names, as GPE, also after an elided article
//     ("l'Allemagne", "dell'Italia") and, in German, in the genitive
//     ("Russlands");
//   - drops a span that is nothing but articles and determiners ("Le" of
//     "Le président français a déclaré", "Los" of "Los diputados");
//   - drops the articles, prepositions and lower-case words (titles:
//     "le président") that open a span ("la Chine" -> "Chine"), unless the
//     whole span is a name the knowledge base knows ("Le Monde", "El
//     Salvador", "Los Angeles");
//   - in German, where every noun is capitalised, keeps only the spans
//     the knowledge base or the gazetteer knows, those of several
//     capitalised words holding such a name, and persons' names that
//     begin with a known given name.
// English articles (and those of any other language) are left untouched.

// leadWords are the articles and the prepositions fused with them that
// open a span in each language; particles of persons' names ("de Gaulle",
// "da Silva", "von der Leyen") are kept in a person's span (namePrep).
var leadWords = map[string]map[string]bool{
	"fr": wordSet("le la les l un une des du de d au aux"),
	"es": wordSet("el la los las lo un una unos unas del de al"),
	"pt": wordSet("o a os as um uma uns umas do da dos das de no na nos nas ao aos à"),
	"it": wordSet("il lo la i gli le l un una uno del dello della dei degli delle di al allo alla ai agli alle nel nello nella nei negli nelle dal dalla"),
	"de": wordSet("der die das den dem des ein eine einer einem einen eines"),
}

// determiners are the demonstratives, possessives and quantifiers that,
// like an article, open a sentence with a capital in each language ("Cette
// décision", "Esta ley", "Questo governo"). Unlike leadWords they are not
// trimmed from a longer span ("Notre Dame"); a span of nothing but them
// and articles is no name and is dropped (onlyLeadWords).
var determiners = map[string]map[string]bool{
	"fr": wordSet("ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs chaque quel quelle quels quelles tout toute tous toutes plusieurs certains certaines"),
	"es": wordSet("este esta estos estas ese esa esos esas aquel aquella aquellos aquellas mi mis tu tus su sus nuestro nuestra nuestros nuestras cada todo toda todos todas varios varias"),
	"pt": wordSet("este esta estes estas esse essa esses essas aquele aquela aqueles aquelas meu minha seu sua seus suas nosso nossa cada todo toda todos todas vários várias"),
	"it": wordSet("questo questa questi queste quel quello quella quei quelle mio mia suo sua suoi sue nostro nostra ogni tutto tutta tutti tutte alcuni alcune"),
	"de": wordSet("dieser diese dieses diesem diesen jeder jede jedes sein seine ihr ihre unser unsere alle"),
}

// onlyLeadWords reports whether every token of toks is an article, a
// preposition fused with one, or a determiner of lang: "Le" in "Le
// président français a déclaré" or "Los" in "Los diputados votaron",
// which the tagger, reading the capital, takes for a name.
func onlyLeadWords(lang string, toks []model.Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		// "UN", "DE": an acronym written in capitals is no article.
		if !leadWords[lang][w] && !determiners[lang][w] || utf8.RuneCountInString(t.Text) > 1 && allCaps(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// namePrep are the particles that stand inside persons' names.
var namePrep = wordSet("de d du des da das do dos di del della van von der den le la")

// elided are the forms of French and Italian articles and prepositions
// written glued to the next word with an apostrophe ("l'Allemagne",
// "d'Italie", "nell'Unione").
var elided = wordSet("l d qu dell nell all dall sull coll quell un")

// elisionLen returns the bytes of an elided article opening token t
// ("l'" in "l'Allemagne") when what follows starts with a capital, else 0.
func elisionLen(t string) int {
	i := strings.IndexAny(t, "'’")
	if i <= 0 || !elided[strings.ToLower(t[:i])] {
		return 0
	}
	_, w := utf8.DecodeRuneInString(t[i:])
	rest := t[i+w:]
	if !upperStart(rest) {
		return 0
	}
	return i + w
}

func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// foreignMatch is a country's or capital's name found in the text: its
// sentence's Index and its byte offsets.
type foreignMatch struct {
	sentence, start, end int
}

// foreignEntities returns ents fixed for an article in lang (see above);
// ents itself when the knowledge base has no names in lang.
func (an *Analyzer) foreignEntities(lang, text string, sents []model.Sentence, ents []model.Entity) []model.Entity {
	if an.kb == nil || !an.kb.HasForeignNames(lang) {
		return ents
	}
	lang = kb.BaseLanguage(lang)
	var matches []foreignMatch
	for si := range sents {
		matches = an.foreignNames(lang, text, &sents[si], matches)
	}
	var out []model.Entity
	for _, e := range ents {
		toks := entityTokens(sents, e)
		if len(toks) == 0 {
			out = append(out, e)
			continue
		}
		known := an.knownSpan(lang, text, e.Start, e.End)
		if !known && onlyLeadWords(lang, toks) {
			continue
		}
		e, toks = trimLead(lang, text, e, toks, known)
		inside := overlapping(matches, e)
		if len(inside) > 0 {
			// A span around a country's name: the name unless the span
			// is an organisation's or a work's name of more words
			// ("Gobierno de España", "Banque de France").
			if (e.Type == model.EntityOrg || e.Type == model.EntityMisc) && !coveredBy(inside, e) && len(toks) > 1 {
				out = append(out, e)
			}
			continue
		}
		if lang == "de" && !an.germanName(lang, text, e, toks) {
			continue
		}
		out = append(out, e)
	}
	for _, m := range matches {
		if overlapsAny(out, m) {
			continue
		}
		out = append(out, model.Entity{Text: text[m.start:m.end], Type: model.EntityGPE, Sentence: m.sentence,
			Start: m.start, End: m.end})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// foreignNames appends the names of countries and capitals in lang found
// in sentence s, longest first.
func (an *Analyzer) foreignNames(lang, text string, s *model.Sentence, out []foreignMatch) []foreignMatch {
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		start := toks[i].Start + elisionLen(toks[i].Text)
		if !upperStart(text[start:toks[i].End]) {
			continue
		}
		for n := min(6, len(toks)-i); n >= 1; n-- {
			if r, _ := utf8.DecodeRuneInString(toks[i+n-1].Text); !unicode.IsLetter(r) {
				continue // "Pékin," is no longer name than "Pékin"
			}
			end := toks[i+n-1].End
			if !an.countryOrCapital(lang, kb.Normalize(text[start:end])) {
				continue
			}
			out = append(out, foreignMatch{sentence: s.Index, start: start, end: end})
			i += n - 1
			break
		}
	}
	return out
}

// countryOrCapital reports whether key names a country or capital in
// lang, or a country under its English name (which many languages share:
// "China", "Rússia" in Portuguese, "Venezuela").
func (an *Analyzer) countryOrCapital(lang, key string) bool {
	if _, ok := an.kb.ForeignName(lang, key); ok {
		return true
	}
	for _, a := range an.kb.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypeCountry {
			return true
		}
	}
	return false
}

// entityTokens returns the tokens of the sentence of e that lie inside it.
func entityTokens(sents []model.Sentence, e model.Entity) []model.Token {
	for si := range sents {
		s := &sents[si]
		if s.Index != e.Sentence {
			continue
		}
		var out []model.Token
		for _, t := range s.Tokens {
			if t.Start >= e.Start && t.End <= e.End {
				out = append(out, t)
			}
		}
		return out
	}
	return nil
}

// knownSpan reports whether text[start:end] is a name the knowledge base
// knows as it stands, in English or in lang.
func (an *Analyzer) knownSpan(lang, text string, start, end int) bool {
	key := kb.Normalize(text[start:end])
	if _, ok := an.kb.ForeignName(lang, key); ok {
		return true
	}
	if _, ok := an.kb.City(key); ok {
		return true
	}
	return len(an.kb.LookupNorm(key, time.Time{})) > 0
}

// trimLead drops the articles, prepositions and lower-case words opening
// e ("Le Soudan", "la Chine", "le président Emmanuel Macron", "L'Élysée"),
// unless the whole span is a known name.
func trimLead(lang, text string, e model.Entity, toks []model.Token, known bool) (model.Entity, []model.Token) {
	if known {
		return e, toks
	}
	lead := leadWords[lang]
	k := 0
	for k < len(toks)-1 {
		w := strings.ToLower(toks[k].Text)
		switch {
		case lead[w] && !(e.Type == model.EntityPerson && namePrep[w] && upperStart(toks[k+1].Text)):
			// "Le Pen", "De Gaulle": a particle before a capitalised
			// word may open a person's name.
		case !upperStart(toks[k].Text) && !namePrep[w] && letters(w):
			// "président", "ministre": a title in lower case.
		default:
			goto done
		}
		k++
	}
done:
	start := toks[k].Start
	if n := elisionLen(toks[k].Text); n > 0 && n < toks[k].End-toks[k].Start {
		start += n
	}
	if start == e.Start || !upperStart(text[start:e.End]) {
		return e, toks
	}
	e.Start = start
	e.Text = text[start:e.End]
	return e, toks[k:]
}

func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// germanName reports whether a German span is a name: one the knowledge
// base or the gazetteer knows, several capitalised words around such a
// name, or a person's name that begins with a known given name.
func (an *Analyzer) germanName(lang, text string, e model.Entity, toks []model.Token) bool {
	if an.knownSpan(lang, text, e.Start, e.End) || an.gazKnows(toks) {
		return true
	}
	if len(toks) < 2 {
		return false
	}
	if e.Type == model.EntityPerson && an.givenName(toks[0].Text) {
		return true
	}
	for _, t := range toks {
		if !upperStart(t.Text) {
			return false
		}
	}
	for i := range toks {
		for j := i + 1; j <= len(toks); j++ {
			if j-i < len(toks) && (an.knownSpan(lang, text, toks[i].Start, toks[j-1].End) || an.gazKnows(toks[i:j])) {
				return true
			}
		}
	}
	return false
}

// gazKnows reports whether the gazetteer tags the whole of toks as one
// name of any type.
func (an *Analyzer) gazKnows(toks []model.Token) bool {
	if an.gaz == nil {
		return false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	g := make([]string, len(words))
	an.gaz.Tag(words, g)
	if len(g) == 0 || !strings.HasPrefix(g[0], "B-") {
		return false
	}
	typ := g[0][2:]
	for _, t := range g[1:] {
		if t != "I-"+typ {
			return false
		}
	}
	return true
}

func overlapping(ms []foreignMatch, e model.Entity) []foreignMatch {
	var out []foreignMatch
	for _, m := range ms {
		if m.start < e.End && e.Start < m.end {
			out = append(out, m)
		}
	}
	return out
}

// coveredBy reports whether the names ms cover e but for the words
// between them ("Alemania y Francia").
func coveredBy(ms []foreignMatch, e model.Entity) bool {
	return ms[0].start <= e.Start && ms[len(ms)-1].end >= e.End
}

func overlapsAny(ents []model.Entity, m foreignMatch) bool {
	for _, e := range ents {
		if m.start < e.End && e.Start < m.end {
			return true
		}
	}
	return false
}
