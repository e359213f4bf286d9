package quotes

import (
	"cmp"
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
	// Conduits, audiences and gender (see the file's header).
	to, outlet, hear, hearer, fem, masc map[string]bool
	// Pronouns inside a quotation (foreign_inner.go).
	self, person map[string]bool
	// Nouns for a person's office or post, in languages that drop a
	// pronoun subject (see roleSubject).
	title map[string]bool
}

func newIntlWords() *intlWords {
	return &intlWords{
		verb: map[string]bool{}, aux: map[string]bool{}, source: map[string]bool{}, after: map[string]bool{},
		particle: map[string]bool{}, pronoun: map[string]bool{}, det: map[string]bool{}, stop: map[string]bool{},
		comp: map[string]bool{}, neg: map[string]bool{}, subj: map[string]bool{}, call: map[string]bool{}, elide: map[string]bool{}, clitic: map[string]bool{},
		to: map[string]bool{}, outlet: map[string]bool{}, hear: map[string]bool{}, hearer: map[string]bool{}, fem: map[string]bool{}, masc: map[string]bool{},
		self: map[string]bool{}, person: map[string]bool{}, title: map[string]bool{},
	}
}

func (iw *intlWords) class(name string) (map[string]bool, bool) {
	m, ok := map[string]map[string]bool{
		"verb": iw.verb, "aux": iw.aux, "source": iw.source, "after": iw.after,
		"particle": iw.particle, "pronoun": iw.pronoun, "det": iw.det, "stop": iw.stop,
		"comp": iw.comp, "neg": iw.neg, "subj": iw.subj, "call": iw.call, "elide": iw.elide, "clitic": iw.clitic,
		"to": iw.to, "outlet": iw.outlet, "hear": iw.hear, "hearer": iw.hearer, "fem": iw.fem, "masc": iw.masc,
		"self": iw.self, "person": iw.person, "title": iw.title,
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
				return st.intlPronoun(qi, st.pronounGender(k)), k, true
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
			if c, end, _ := st.intlToldAt(j, aHi); c != nil {
				j = end // "a déclaré à l'AFP le ministre", "aux députés le ministre": the subject after the one told
			}
			if sp, ok := st.intlPhrase(qi, j, aHi); ok {
				return sp, k, true
			}
			// No subject after the verb: Spanish and Portuguese drop a
			// pronoun one ("—añadió."), whose referent spoke before.
			if j >= aHi || isPunct(v.toks[j]) || iw.stop[v.toks[j].low] || iw.particle[v.toks[j].low] {
				return st.intlPronoun(qi, ""), k, true
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
	// ends the frame, perhaps with a pronoun or particle after it, or the
	// one told ("Merz sagte vor Journalisten in Berlin: „...“").
	skipped := 0
	for k := bHi - 1; k >= bLo && k >= bHi-3-skipped; k-- {
		w, glued := verbWord(v.toks[k].low)
		if !iw.verb[w] {
			if !iw.particle[v.toks[k].low] && !iw.pronoun[v.toks[k].low] {
				m := st.toldAfterVerb(k, bLo, bHi)
				if m < 0 {
					break
				}
				skipped += k - m + 1
				k = m
			}
			continue
		}
		if glued || k+1 < bHi && iw.pronoun[v.toks[k+1].low] {
			return st.intlPronoun(qi, st.pronounGender(k)), k, true
		}
		e := k
		for e > bLo && iw.aux[v.toks[e-1].low] {
			e--
		}
		if e > bLo && iw.pronoun[v.toks[e-1].low] {
			return st.intlPronoun(qi, st.pronounGender(k)), k, true
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
	s0 := s // with its article, which may say the speaker's gender
	// Determiners first: German "ein" is also a verb particle ("lud
	// ... ein"), but opening the phrase it is the article.
	for s < hi && iw.det[v.toks[s].low] {
		s++
	}
	e := s
	for e < hi && e < s+10 {
		t := v.toks[e]
		if e > s {
			if c, _, _ := st.intlToldAt(e, hi); c != nil {
				break // "sagte der Minister der Nachrichtenagentur dpa", "den Abgeordneten": the one told
			}
		}
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
		return st.intlPronounAt(at, st.pronounGender(s)), true
	}
	sp, ok := st.intlSpeakerPhrase(s, e, hi)
	if sp != nil {
		if g := st.phraseGender(s0, e); g != "" {
			if st.intlGender == nil {
				st.intlGender = map[*model.Speaker]string{}
			}
			st.intlGender[sp] = g
		}
	}
	return sp, ok
}

// intlSpeakerPhrase is the speaker intlPhraseAt reads from the phrase
// s..e, its article dropped.
func (st *state) intlSpeakerPhrase(s, e, hi int) (*model.Speaker, bool) {
	v := st.v
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
// (Spanish "añadió") points back to, passing over a speaker of the other
// gender than g (the pronoun's, "" when it says none); nil when none was.
func (st *state) intlPronoun(qi int, g string) *model.Speaker {
	return st.intlPronounAt(st.v.tokAt(st.v.spans[qi].Open), g)
}

// intlPronounAt is intlPronoun for a pronoun at token at.
func (st *state) intlPronounAt(at int, g string) *model.Speaker {
	for i := len(st.speakers) - 1; i >= 0; i-- {
		f := st.speakers[i]
		if f.tok >= at {
			continue
		}
		if otherGender(g, st.speakerGender(f.sp)) {
			continue // "a-t-il ajouté" after "la présidente du Sénat" spoke
		}
		return f.sp
	}
	return nil
}

// speakerGender is what the article says of a speaker's gender: its phrase
// ("la ministre") or the person's entities; "" when nothing does.
func (st *state) speakerGender(sp *model.Speaker) string {
	if g := st.intlGender[sp]; g != "" {
		return g
	}
	return st.v.gender[sp.ActorID]
}

// otherGender says genders a and b are both known and differ.
func otherGender(a, b string) bool { return a != "" && b != "" && a != b }

// pronounGender is the gender of the subject pronoun at or around token k
// (the verb or the pronoun): "il"/"elle", "a-t-il", "dit-elle", "er"/"sie",
// "él"/"ella", "ele"/"ela"; "" when none stands there (a dropped Spanish
// subject) or it says none ("on", "ils").
func (st *state) pronounGender(k int) string {
	iw, v := st.intl, st.v
	if k < 0 || k >= len(v.toks) {
		return ""
	}
	for _, m := range []int{k, k - 1, k + 1, k - 2} {
		if m < 0 || m >= len(v.toks) || v.toks[m].sent != v.toks[k].sent {
			continue
		}
		low := v.toks[m].low
		if w, glued := verbWord(low); glued {
			switch suf := low[len(w):]; {
			case strings.HasSuffix(suf, "-elle"):
				return model.GenderFemale
			case strings.HasSuffix(suf, "-il"):
				return model.GenderMale
			}
			return ""
		}
		if iw.pronoun[low] {
			switch {
			case iw.fem[low]:
				return model.GenderFemale
			case iw.masc[low]:
				return model.GenderMale
			}
			return ""
		}
	}
	return ""
}

// phraseGender is the gender a speaker phrase s..e says its speaker has:
// a person's entity with a known gender, or the first article or title
// noun of a gender ("la ministre", "présidente du Sénat", "el ministro",
// "der Minister"); German feminine titles by their ending too
// ("Außenministerin", "Präsidentin"), as "die" may be plural.
func (st *state) phraseGender(s, e int) string {
	iw, v := st.intl, st.v
	german := st.intl == v.lx.intl["de"]
	for k := s; k < e && k < s+4; k++ {
		t := v.toks[k]
		if ei := int(t.ent); ei >= 0 && v.a.Entities[ei].Type == model.EntityPerson {
			if g := cmp.Or(v.a.Entities[ei].Gender, v.gender[v.a.Entities[ei].ActorID]); g != "" {
				return g
			}
		}
		w := t.low
		if i := strings.IndexAny(w, "'\u2019"); i > 0 && iw.elide[w[:i]+"'"] {
			_, size := utf8.DecodeRuneInString(w[i:])
			w = w[i+size:] // "l'ambassadrice"
		}
		switch {
		case iw.fem[w] && !iw.pronoun[w]:
			return model.GenderFemale
		case iw.masc[w] && !iw.pronoun[w]:
			return model.GenderMale
		case german && isProper(t) && (strings.HasSuffix(w, "erin") || strings.HasSuffix(w, "entin")):
			return model.GenderFemale
		}
	}
	return ""
}

// intlConduitAfter finds the outlet the words were told to after the
// speech verb at token verb ("a déclaré à l'AFP", "dijo a Reuters",
// "sagte der Nachrichtenagentur dpa", "disse à Lusa"), up to the reported
// clause's conjunction, a quotation or the sentence's end; nil when there
// is none.
func (st *state) intlConduitAfter(verb int) *model.Speaker {
	iw, v := st.intl, st.v
	if verb < 0 || verb >= len(v.toks) {
		return nil
	}
	hi := v.sentTok[v.toks[verb].sent][1]
	for k := verb + 1; k < hi && k <= verb+14; k++ {
		t := v.toks[k]
		if iw.endsVerbPhrase(t) {
			break
		}
		if c, _ := st.intlOutletAt(k, hi); c != nil {
			return c
		}
	}
	return nil
}

// intlOutletAt reads the one told at token k when it is a news medium:
// the conduit and the token after its phrase.
func (st *state) intlOutletAt(k, hi int) (*model.Speaker, int) {
	if c, end, outlet := st.intlToldAt(k, hi); outlet {
		return c, end
	}
	return nil, 0
}

// intlToldAt reads the one told at token k, a "to" or "hear" word of
// the language ("à l'AFP", "aux députés", "a los periodistas", "der
// Nachrichtenagentur dpa", "vor Journalisten"). The phrase after a "to"
// word is an outlet (a conduit, outlet true) when a news-medium word is
// in it, as "told Reuters" is in English; after a "hear" word, people or
// a body addressed (a hearer word of the language in its first two
// words, a person or an organisation named: "aux députés", "à ses
// partisans", "den Abgeordneten", "vor dem Bundestag") are the audience,
// as "told lawmakers" is; anything else ("à Paris", "vor einer Woche", the
// German genitive "der Sprecher der Regierung") is not read. It returns
// the one told and the token after its phrase.
func (st *state) intlToldAt(k, hi int) (*model.Speaker, int, bool) {
	iw, v := st.intl, st.v
	if k >= hi {
		return nil, 0, false
	}
	to, hear := iw.to[v.toks[k].low], iw.hear[v.toks[k].low]
	if !to && !hear {
		return nil, 0, false
	}
	s := k + 1
	for s < hi {
		if iw.det[v.toks[s].low] || isApostrophe(v.toks[s].text) || s+1 < hi && isApostrophe(v.toks[s+1].text) && iw.elide[v.toks[s].low+"'"] {
			s++
			continue
		}
		break
	}
	e, outlet, hearer := s, false, false
	for e < hi && e < s+4 {
		t := v.toks[e]
		if isPunct(t) || t.quote >= 0 || iw.stop[t.low] && !iw.hearer[t.low] || iw.comp[t.low] || iw.verb[t.low] || iw.aux[t.low] || iw.to[t.low] || iw.hear[t.low] ||
			e > s && (iw.fem[t.low] && !iw.hearer[t.low] || iw.masc[t.low] && !iw.hearer[t.low]) { // an article opens the next phrase: "à l'AFP le ministre"
			break
		}
		w := t.low
		if i := strings.IndexAny(w, "'\u2019"); i > 0 && iw.elide[w[:i]+"'"] {
			_, size := utf8.DecodeRuneInString(w[i:])
			w = w[i+size:] // "l'AFP" in one token
		}
		if to && (iw.outlet[w] || v.lx.outlet[w] || t.ent >= 0 && v.a.Entities[t.ent].Sector == "media") {
			outlet = true
		}
		if hear && e <= s+1 && (iw.hearer[w] || st.intlHearerEntity(e)) {
			hearer = true
		}
		e++
	}
	if !outlet && !hearer {
		return nil, 0, false
	}
	if !outlet {
		// "a los periodistas de la agencia EFE": those told, without
		// whom they work for.
		for m := s + 1; m < e; m++ {
			if iw.det[v.toks[m].low] {
				e = m
				break
			}
		}
	}
	text := v.textOf(s, e)
	for _, d := range []string{"l'", "l\u2019"} {
		if strings.HasPrefix(strings.ToLower(text), d) && len(text) > len(d) {
			text = text[len(d):]
		}
	}
	if !outlet {
		if ei := int(v.toks[s].ent); ei >= 0 {
			return speakerOf(v.a.Entities[ei]), e, false
		}
	}
	return &model.Speaker{Text: text}, e, outlet
}

// toldAfterVerb returns the token opening the one told ("vor
// Journalisten", "aux députés") that holds or comes shortly before token k
// and follows a speech verb, perhaps with where it was said after it
// ("sagte vor Journalisten in Berlin"); -1 when there is none.
func (st *state) toldAfterVerb(k, lo, hi int) int {
	v := st.v
	for m := k; m > lo && m >= k-8; m-- {
		if isPunct(v.toks[m]) || v.toks[m].quote >= 0 {
			return -1
		}
		if w, _ := verbWord(v.toks[m-1].low); !st.intl.verb[w] {
			continue
		}
		if c, _, _ := st.intlToldAt(m, hi); c != nil {
			return m
		}
		return -1
	}
	return -1
}

// intlHearerEntity says token k opens a person or organisation named (no
// place: "à Paris" says where the words were said).
func (st *state) intlHearerEntity(k int) bool {
	v := st.v
	ei := int(v.toks[k].ent)
	if ei < 0 || v.a.Entities[ei].Start != int(v.toks[k].start) {
		return false
	}
	switch v.a.Entities[ei].Type {
	case model.EntityPerson, model.EntityOrg:
		return v.a.Entities[ei].Sector != "media"
	}
	return false
}

// intlAudienceAfter finds who the words of q were addressed to after the
// speech verb at token verb ("a déclaré aux députés", "dijo a los
// periodistas", "disse aos jornalistas", "sagte den Abgeordneten", "sagte
// vor Journalisten"), as intlConduitAfter finds the outlet; nil when no
// one addressed is named there or it is the speaker.
func (st *state) intlAudienceAfter(verb int, q model.Quote) *model.Speaker {
	iw, v := st.intl, st.v
	if verb < 0 || verb >= len(v.toks) {
		return nil // no speaker is no reason to lose who heard the words (see audience)
	}
	hi := v.sentTok[v.toks[verb].sent][1]
	for k := verb + 1; k < hi && k <= verb+14; k++ {
		t := v.toks[k]
		if iw.endsVerbPhrase(t) {
			break
		}
		if int(t.end) > q.Start && int(t.start) < q.End {
			break // the reported words themselves
		}
		a, end, outlet := st.intlToldAt(k, hi)
		if a == nil {
			continue
		}
		if outlet || q.Speaker != nil && sameSpeaker(a, q.Speaker) {
			k = end - 1
			continue
		}
		return a
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

// endsVerbPhrase says whether token t ends the words after a speech verb in
// which its outlet or audience is named: a quotation, the sentence's or a
// clause's end, or the conjunction opening the reported clause ("que",
// "qu'il", "dass").
func (iw *intlWords) endsVerbPhrase(t tok) bool {
	return t.quote >= 0 || isSentenceEnd(t.text) || t.text == ";" || iw.comp[t.low] || strings.HasPrefix(t.low, "qu'") || strings.HasPrefix(t.low, "qu\u2019")
}
