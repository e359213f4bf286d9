package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// intlWords are the attribution words of one language other than English
// (data/speech_verbs_intl.txt). French, Spanish, Portuguese and German
// reports attribute a quotation with the verb before its subject after the
// quotation (« ... », a déclaré le ministre / „...“, sagte Merz), or with
// a source preposition (selon, según, segundo, laut); the English reader,
// built on Penn tags and English word order, finds neither.
type intlWords struct {
	verb, aux, source, after, particle, pronoun, det, stop map[string]bool
	// Reported speech and partial quotes (foreign_report.go).
	comp, neg, subj, call, elide, clitic map[string]bool
}

func newIntlWords() *intlWords {
	return &intlWords{
		verb: map[string]bool{}, aux: map[string]bool{}, source: map[string]bool{}, after: map[string]bool{},
		particle: map[string]bool{}, pronoun: map[string]bool{}, det: map[string]bool{}, stop: map[string]bool{},
		comp: map[string]bool{}, neg: map[string]bool{}, subj: map[string]bool{}, call: map[string]bool{}, elide: map[string]bool{}, clitic: map[string]bool{},
	}
}

func (iw *intlWords) class(name string) (map[string]bool, bool) {
	m, ok := map[string]map[string]bool{
		"verb": iw.verb, "aux": iw.aux, "source": iw.source, "after": iw.after,
		"particle": iw.particle, "pronoun": iw.pronoun, "det": iw.det, "stop": iw.stop,
		"comp": iw.comp, "neg": iw.neg, "subj": iw.subj, "call": iw.call, "elide": iw.elide, "clitic": iw.clitic,
	}[name]
	return m, ok
}

// intlFor returns the words of an article's language ("fr", "fr-FR",
// "de_AT"), nil for English or a language without a list.
func (lx *Lexicon) intlFor(lang string) *intlWords {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if lang == "" || lang == "en" {
		return nil
	}
	return lx.intl[lang]
}

// verbWord splits a French inverted form ("dit-il", "a-t-elle") into the
// word and whether a pronoun subject is glued to it.
func verbWord(low string) (string, bool) {
	for _, suf := range []string{"-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles", "-on"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			return low[:len(low)-len(suf)], true
		}
	}
	return low, false
}

// intlDirect attributes direct quotation qi in a non-English article: the
// verb or source word after the quotation, then the one before it.
func (st *state) intlDirect(qi int) (*model.Speaker, int, bool) {
	iw := st.intl
	v := st.v
	aLo, aHi := st.frameAfter(qi)
	for aLo < aHi && isPunct(v.toks[aLo]) && !isSentenceEnd(v.toks[aLo].text) {
		aLo++
	}
	if aLo < aHi {
		t := v.toks[aLo]
		if iw.source[t.low] || iw.after[t.low] {
			if sp, ok := st.intlPhrase(qi, aLo+1, aHi); ok {
				return sp, -1, true
			}
		}
		auxPronoun := false // "a-t-il déclaré": the pronoun is on the auxiliary
		for k := aLo; k < aHi && k < aLo+10; k++ {
			t := v.toks[k]
			if t.quote >= 0 || isSentenceEnd(t.text) || t.text == ";" {
				break
			}
			w, glued := verbWord(t.low)
			if !iw.verb[w] {
				if glued && iw.aux[w] {
					auxPronoun = true
				}
				continue
			}
			// The subject is before the verb ("« ... », le ministre a
			// déclaré") or, inverted, after it.
			e := k
			for e > aLo && iw.aux[v.toks[e-1].low] {
				e--
			}
			if glued || auxPronoun || e > aLo && iw.pronoun[v.toks[e-1].low] {
				return st.intlPronoun(qi), k, true
			}
			if e > aLo {
				if sp, ok := st.intlPhrase(qi, aLo, e); ok {
					return sp, k, true
				}
				return nil, -1, false
			}
			j := k + 1
			for j < aHi && iw.aux[v.toks[j].low] {
				j++
			}
			if sp, ok := st.intlPhrase(qi, j, aHi); ok {
				return sp, k, true
			}
			// No subject after the verb: Spanish and Portuguese drop a
			// pronoun one ("—añadió."), whose referent spoke before.
			if j >= aHi || isPunct(v.toks[j]) || iw.stop[v.toks[j].low] || iw.particle[v.toks[j].low] {
				return st.intlPronoun(qi), k, true
			}
			return nil, -1, false
		}
	}
	bLo, bHi := st.frameBefore(qi)
	for bHi > bLo && isPunct(v.toks[bHi-1]) {
		bHi--
	}
	if bLo < bHi && iw.source[v.toks[bLo].low] {
		// "Selon le ministre, « ... »"
		if sp, ok := st.intlPhrase(qi, bLo+1, bHi); ok {
			return sp, -1, true
		}
	}
	// "Le ministre a déclaré : « ... »", "Merz sagte: „...“": the verb
	// ends the frame, perhaps with a pronoun or particle after it.
	for k := bHi - 1; k >= bLo && k >= bHi-3; k-- {
		w, glued := verbWord(v.toks[k].low)
		if !iw.verb[w] {
			if !iw.particle[v.toks[k].low] && !iw.pronoun[v.toks[k].low] {
				break
			}
			continue
		}
		if glued || k+1 < bHi && iw.pronoun[v.toks[k+1].low] {
			return st.intlPronoun(qi), k, true
		}
		e := k
		for e > bLo && iw.aux[v.toks[e-1].low] {
			e--
		}
		if e > bLo && iw.pronoun[v.toks[e-1].low] {
			return st.intlPronoun(qi), k, true
		}
		s := max(bLo, e-10)
		for i := e - 1; i >= s; i-- {
			if isPunct(v.toks[i]) || iw.stop[v.toks[i].low] {
				s = i + 1
				break
			}
		}
		sp, ok := st.intlPhrase(qi, s, e)
		return sp, k, ok
	}
	return nil, -1, false
}

func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

// intlPhrase reads the speaker phrase starting at token s: an entity in it
// when the tagger found one, else its words without the determiner, up to
// punctuation, a preposition or day, or a verb particle.
func (st *state) intlPhrase(qi, s, hi int) (*model.Speaker, bool) {
	return st.intlPhraseAt(st.v.tokAt(st.v.spans[qi].Open), s, hi)
}

// intlPhraseAt is intlPhrase for words said at token at (a pronoun phrase
// goes back to the speaker before it).
func (st *state) intlPhraseAt(at, s, hi int) (*model.Speaker, bool) {
	iw := st.intl
	v := st.v
	// Determiners first: German "ein" is also a verb particle ("lud
	// ... ein"), but opening the phrase it is the article.
	for s < hi && iw.det[v.toks[s].low] {
		s++
	}
	e := s
	for e < hi && e < s+10 {
		t := v.toks[e]
		// An elision apostrophe inside the phrase ("de l'Intérieur")
		// touches the words either side.
		elided := (t.text == "'" || t.text == "\u2019") && e > s && e+1 < hi && v.toks[e-1].end == t.start && t.end == v.toks[e+1].start
		if isPunct(t) && !elided || t.quote >= 0 || iw.stop[t.low] || iw.particle[t.low] || iw.verb[t.low] || iw.aux[t.low] {
			break
		}
		e++
	}
	if s >= e {
		return nil, false
	}
	if e-s == 1 && iw.pronoun[v.toks[s].low] {
		return st.intlPronounAt(at), true
	}
	best := -1
	for k := s; k < e; k++ {
		ei := int(v.toks[k].ent)
		if ei < 0 {
			continue
		}
		// A place or body named in a complement is not the speaker:
		// "l'ambassadeur de France" speaks, not France.
		if v.a.Entities[ei].Type != model.EntityPerson && k > s {
			continue
		}
		if best < 0 || v.a.Entities[ei].Type == model.EntityPerson && v.a.Entities[best].Type != model.EntityPerson {
			best = ei
		}
	}
	if (best < 0 || v.a.Entities[best].Type == model.EntityRole) && e+1 < hi && v.toks[e].text == "," {
		// A role with the name set off after it: "a déclaré le ministre
		// des Affaires étrangères, Ali Youssef, lors de ..."; the name
		// wins over the role the resolver marked.
		if ei := int(v.toks[e+1].ent); ei >= 0 && v.a.Entities[ei].Type == model.EntityPerson && v.a.Entities[ei].Start == int(v.toks[e+1].start) {
			best = ei
		} else if n := capitalisedRun(v, e+1, hi); n >= 2 {
			// No tagger named it (an English model reads the text): two
			// or more capitalised words closed by punctuation are a name.
			return &model.Speaker{Text: v.textOf(e+1, e+1+n)}, true
		}
	}
	if best >= 0 {
		return speakerOf(v.a.Entities[best]), true
	}
	text := v.textOf(s, e)
	// A French elided determiner glued to its noun: "l'ambassadeur".
	for _, d := range []string{"l'", "l\u2019", "d'", "d\u2019"} {
		if strings.HasPrefix(strings.ToLower(text), d) && len(text) > len(d) {
			text = text[len(d):]
		}
	}
	if r := []rune(text); len(r) == 0 || !unicode.IsLetter(r[0]) {
		return nil, false
	}
	return &model.Speaker{Text: text}, true
}

// intlPronoun returns the nearest speaker found before quotation qi, the
// one a pronoun subject ("a-t-il ajouté", "sagte er") or a dropped one
// (Spanish "añadió") points back to; nil when none was.
func (st *state) intlPronoun(qi int) *model.Speaker {
	return st.intlPronounAt(st.v.tokAt(st.v.spans[qi].Open))
}

// intlPronounAt is intlPronoun for a pronoun at token at.
func (st *state) intlPronounAt(at int) *model.Speaker {
	for i := len(st.speakers) - 1; i >= 0; i-- {
		if st.speakers[i].tok < at {
			return st.speakers[i].sp
		}
	}
	return nil
}

// capitalisedRun counts the capitalised words from token i when they run
// up to punctuation or hi; 0 when a lower-case word comes first.
func capitalisedRun(v *view, i, hi int) int {
	n := 0
	for k := i; k < hi && k < i+5; k++ {
		t := v.toks[k]
		if isPunct(t) {
			return n
		}
		if r, _ := utf8.DecodeRuneInString(t.text); !unicode.IsUpper(r) {
			return 0
		}
		n++
	}
	if i+n == hi {
		return n
	}
	return 0
}
