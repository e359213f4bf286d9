package quotes

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Reported speech and partial quotes in French, Spanish, Portuguese and
// German copy, read with the attribution words of the article's language
// (data/speech_verbs_intl.txt) as the English reader (indirect, partial)
// reads English: the report is the clause the speech verb introduces
// ("Le ministre a déclaré que ...", "El presidente dijo que ...", "Merz
// sagte, dass ..."), or the clause before a closing attribution ("...,
// a déclaré le ministre", "..., sagte Merz") or a source word ("selon X",
// "según X", "laut X"); the speaker is the verb's subject. German reports
// often drop "dass" and put the clause in the Konjunktiv ("erklärte, die
// Regierung werde ..."): a clause after the verb's comma is a report when
// the comma follows the verb itself or the clause has a Konjunktiv form.
// Verbs of opinion are not in the lists ("pense que" reports a belief, "Il
// faut que" no one's words), and a negated verb ("n'a pas dit que", "no
// dijo que") reports nothing. An outlet told after the verb ("a déclaré à
// l'AFP", "dijo a Reuters", "sagte der Nachrichtenagentur dpa") is the
// conduit, as "told Reuters" is in English (intlConduitAfter); people or a
// body told ("aux députés", "a los periodistas", "den Abgeordneten", "vor
// Journalisten") are the audience, as "told lawmakers" is
// (intlAudienceAfter). No occasion is read.

// iword is one word of a sentence of a non-English article. A French
// elided word glued by an apostrophe is split off ("qu'il" is "qu'" and
// "il", "n'a" is "n'" and "a") whether the tokenizer kept it in one token
// or cut it into three (qu ' il).
type iword struct {
	pre, w string // the elided word with its apostrophe ("qu'") and the word, lower case
	s, e   int    // token range
	tok    int    // the token holding w
	start  int    // byte offset of the word with its elided word
	quote  bool   // inside a quotation
	punct  bool
}

// intlWords returns the words of sentence si.
func (st *state) intlWords(si int) []iword {
	iw, v := st.intl, st.v
	lo, hi := v.sentTok[si][0], v.sentTok[si][1]
	ws := make([]iword, 0, hi-lo)
	for k := lo; k < hi; k++ {
		t := v.toks[k]
		x := iword{w: t.low, s: k, e: k + 1, tok: k, start: int(t.start), quote: t.quote >= 0, punct: isPunct(t)}
		if k+2 < hi && isApostrophe(v.toks[k+1].text) && t.end == v.toks[k+1].start && v.toks[k+1].end == v.toks[k+2].start && iw.elide[t.low+"'"] {
			n := v.toks[k+2]
			x = iword{pre: t.low + "'", w: n.low, s: k, e: k + 3, tok: k + 2, start: int(t.start), quote: n.quote >= 0, punct: isPunct(n)}
			k += 2
		} else if i := strings.IndexAny(t.text, "'\u2019"); i > 0 {
			_, size := utf8.DecodeRuneInString(t.text[i:])
			if pre := strings.ToLower(t.text[:i]) + "'"; iw.elide[pre] && i+size < len(t.text) {
				x.pre, x.w = pre, strings.ToLower(t.text[i+size:])
			}
		}
		ws = append(ws, x)
	}
	return ws
}

func isApostrophe(s string) bool { return s == "'" || s == "\u2019" }

// wordStart returns the byte offset of word x without its elided word:
// where a clause opened by "qu'" starts.
func (st *state) wordStart(x iword) int {
	if x.pre == "" {
		return x.start
	}
	return int(st.v.toks[x.tok].end) - len(x.w)
}

// intlIndirect finds the reports of sentence si.
func (st *state) intlIndirect(si int) {
	ws := st.intlWords(si)
	from := 0 // words before it belong to a report found already, or to the dateline
	for from < len(ws) && ws[from].start < st.dateline {
		from++
	}
	for j := from; j < len(ws); j++ {
		x := ws[j]
		if x.quote || x.punct || st.usedVerb[x.tok] {
			continue
		}
		if st.intl.source[x.w] {
			if end, ok := st.intlSource(ws, j, from); ok {
				from, j = end, end-1
			}
			continue
		}
		vw, glued := verbWord(x.w)
		if !st.intl.verb[vw] {
			continue
		}
		if end, ok := st.intlReport(ws, j, glued, from); ok {
			from, j = max(end, j+1), max(end, j+1)-1
		}
	}
}

// intlSource reads "Selon X, clause" and "clause, selon X" with the source
// word at ws[j], and returns the index after the words it read.
func (st *state) intlSource(ws []iword, j, from int) (int, bool) {
	opens := j == from || j > from && isDash(ws[j-1].w) && j-1 == from
	trails := j > from && ws[j-1].w == ","
	if !opens && !trails {
		return 0, false // "le segundo turno", "laut" as an adjective
	}
	pe := j + 1
	for pe < len(ws) && !ws[pe].punct && !ws[pe].quote {
		pe++
	}
	if pe == j+1 {
		return 0, false
	}
	sp, ok := st.intlPhraseAt(ws[j].tok, ws[j+1].s, ws[pe-1].e)
	if !ok {
		return 0, false
	}
	if opens && pe < len(ws) && ws[pe].w == "," {
		ce := st.intlClauseEnd(ws, pe+1)
		if st.intlEmit(ws, pe+1, ce, -1, sp, ws[j+1].tok, -1) {
			return ce, true
		}
		return 0, false
	}
	if trails && st.restIsEnd(ws, pe) && !ws[from].quote {
		if st.intlEmit(ws, from, j-1, -1, sp, ws[j+1].tok, -1) {
			return pe, true
		}
	}
	return 0, false
}

// restIsEnd says only punctuation closing the sentence follows ws[k:].
func (st *state) restIsEnd(ws []iword, k int) bool {
	for ; k < len(ws); k++ {
		if !ws[k].punct || ws[k].quote {
			return false
		}
	}
	return true
}

// intlReport reads a report around the speech verb at ws[j] (glued: a
// French pronoun is glued to it, "dit-il") and returns the index after the
// words it read.
func (st *state) intlReport(ws []iword, j int, glued bool, from int) (int, bool) {
	iw := st.intl
	vs, pronoun, neg := st.verbGroup(ws, j, from)
	pronoun = pronoun || glued
	// After the verb: the conjunction, perhaps after a time or place
	// phrase and the subject ("a déclaré mardi à Paris que", "sagte Merz
	// am Montag, dass"), or the comma of a German clause without one.
	comp, comma, k := -1, -1, j+1
	for ; k < len(ws) && k <= j+12; k++ {
		x := ws[k]
		if x.quote {
			break
		}
		if iw.comp[x.w] || iw.comp[x.pre] {
			comp = k
			break
		}
		if x.w == "," {
			// "a déclaré, lors d'une conférence de presse, que": a
			// phrase set off between the verb and the conjunction.
			for m := k + 1; m < len(ws) && m <= k+10; m++ {
				if ws[m].quote || ws[m].punct && ws[m].w != "," {
					break
				}
				if ws[m].w == "," {
					if m+1 < len(ws) && iw.comp[ws[m+1].w] {
						comp = m + 1
					}
					break
				}
				if m == k+1 && (iw.comp[ws[m].w] || iw.comp[ws[m].pre]) {
					comp = m
					break
				}
			}
			if comp < 0 {
				comma = k
			}
			break
		}
		if x.punct {
			break
		}
		if vw, _ := verbWord(x.w); iw.verb[vw] && !iw.aux[x.w] {
			break // a second speech verb: its own report
		}
		if iw.neg[x.w] {
			neg = true // "sagte nicht, dass"
		}
	}
	if neg {
		return 0, false
	}
	// "La trêve sera prolongée, a déclaré le ministre.", "Die Lage sei
	// ernst, sagte Merz.": a closing attribution; the report comes first.
	if comp < 0 && vs > from && ws[vs-1].w == "," && !ws[from].quote && st.tailOnly(ws, j+1) && !st.appositionSubject(ws, from, vs-1) {
		// Spanish and Portuguese drop a pronoun subject ("..., añadió").
		sp, at := st.reportPronoun(ws[j].tok), ws[j].tok
		if !pronoun {
			sp, at = st.subjectAfter(ws, j, len(ws), true)
		}
		if sp == nil || !st.intlEmit(ws, from, vs-1, -1, sp, at, ws[j].tok) {
			return 0, false
		}
		return len(ws), true
	}
	cs, csByte := -1, -1
	switch {
	case comp >= 0 && iw.comp[ws[comp].pre]:
		cs, csByte = comp, st.wordStart(ws[comp]) // "qu'il": the clause opens with "il"
	case comp >= 0:
		cs = comp + 1
	case comma >= 0 && len(iw.subj) > 0 && st.konjunktivClause(ws, j, comma):
		cs = comma + 1
	default:
		return 0, false
	}
	ce := st.intlClauseEnd(ws, cs)
	sp, at := st.subjectBefore(ws, vs, from, pronoun, j)
	if sp == nil && at < 0 {
		// "Am Montag sagte Merz, dass", "dijo el ministro que": the
		// subject after the verb, or a dropped pronoun one.
		end := comp
		if end < 0 {
			end = comma
		}
		sp, at = st.subjectAfter(ws, j, end, true)
	}
	if sp == nil || !st.intlEmit(ws, cs, ce, csByte, sp, at, ws[j].tok) {
		return 0, false
	}
	return ce, true
}

// appositionSubject says the words from ws[from] to the comma at ws[c]
// are a subject with an apposition set off by commas, "La ministra de
// Hacienda, María Jesús Montero," or "Jean Arnaud, ministre de
// l'Intérieur,", whose verb follows ("..., anunció un recorte"), not a
// report before a closing attribution: two comma-separated phrases, one
// of them a person's name.
func (st *state) appositionSubject(ws []iword, from, c int) bool {
	c0 := -1
	for k := from; k < c; k++ {
		if ws[k].quote {
			return false
		}
		if ws[k].punct {
			if ws[k].w != "," || c0 >= 0 {
				return false
			}
			c0 = k
		}
	}
	if c0 <= from || c0+1 >= c || c-from > 16 {
		return false
	}
	return st.isName(ws, from, c0) || st.isName(ws, c0+1, c)
}

// isName says ws[s:e] is a person's name: a person entity spanning it,
// or two to five capitalised words.
func (st *state) isName(ws []iword, s, e int) bool {
	v := st.v
	if ei := int(v.toks[ws[s].tok].ent); ei >= 0 && v.a.Entities[ei].Type == model.EntityPerson &&
		v.a.Entities[ei].Start == ws[s].start && v.a.Entities[ei].End == int(v.toks[ws[e-1].e-1].end) {
		return true
	}
	if e-s < 2 || e-s > 5 {
		return false
	}
	for k := s; k < e; k++ {
		if r, _ := utf8.DecodeRuneInString(v.toks[ws[k].tok].text); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// verbGroup walks back from the verb at ws[j] over its auxiliaries, object
// pronouns and negation ("n'a pas déclaré", "lui a dit", "no le dijo") to
// the group's first word, and says whether a pronoun subject was glued to
// an auxiliary ("a-t-il déclaré") or a negation was met.
func (st *state) verbGroup(ws []iword, j, from int) (vs int, pronoun, neg bool) {
	iw := st.intl
	neg = iw.neg[ws[j].pre]
	vs = j
	for vs > from {
		p := ws[vs-1]
		if p.quote {
			break
		}
		a, g := verbWord(p.w)
		switch {
		case iw.aux[a]:
			pronoun = pronoun || g
			neg = neg || iw.neg[p.pre]
		case iw.neg[p.w]:
			neg = true
		case iw.clitic[p.w] || iw.clitic[p.pre] && p.w == "":
		default:
			return vs, pronoun, neg
		}
		vs--
	}
	return vs, pronoun, neg
}

// tailOnly says the words from k to the sentence end hold no conjunction,
// speech verb or quotation: a closing attribution's subject and when or
// where it spoke.
func (st *state) tailOnly(ws []iword, k int) bool {
	iw := st.intl
	for ; k < len(ws); k++ {
		x := ws[k]
		if x.quote || iw.comp[x.w] || iw.comp[x.pre] || x.w == ";" || x.w == ":" {
			return false
		}
		if vw, _ := verbWord(x.w); iw.verb[vw] {
			return false
		}
	}
	return true
}

// konjunktivClause says the clause after the comma at ws[comma], following
// the verb at ws[j], is reported: the comma follows the verb group itself
// ("erklärte, die Regierung werde"; "fügte hinzu, ...") or the clause has
// a Konjunktiv form ("sagte am Montag in Berlin, die Lage sei ernst").
func (st *state) konjunktivClause(ws []iword, j, comma int) bool {
	iw := st.intl
	direct := true
	for k := j + 1; k < comma; k++ {
		if !iw.particle[ws[k].w] {
			direct = false
		}
	}
	end := st.intlClauseEnd(ws, comma+1)
	if end-comma-1 < 3 {
		return false
	}
	if direct {
		return true
	}
	for k := comma + 1; k < end; k++ {
		if iw.subj[ws[k].w] {
			return true
		}
	}
	return false
}

// intlClauseEnd returns where the report starting at ws[cs] ends: at the
// sentence end, a semicolon or colon, or a comma before the next
// attribution ("..., a-t-il ajouté", "..., selon l'AFP").
func (st *state) intlClauseEnd(ws []iword, cs int) int {
	iw := st.intl
	for k := cs; k < len(ws); k++ {
		x := ws[k]
		if x.quote {
			continue
		}
		if x.w == ";" || x.w == ":" {
			return k
		}
		if x.w != "," {
			continue
		}
		for m := k + 1; m < len(ws) && m <= k+3; m++ {
			if ws[m].quote || ws[m].punct {
				break
			}
			vw, _ := verbWord(ws[m].w)
			if iw.source[ws[m].w] && m == k+1 || iw.verb[vw] {
				return k
			}
			if !iw.aux[vw] && !iw.pronoun[ws[m].w] && !iw.neg[ws[m].w] && !iw.clitic[ws[m].w] {
				break
			}
		}
	}
	return len(ws)
}

// subjectBefore reads the subject before the verb group starting at
// ws[vs]: a pronoun (the speaker before it), the phrase back to the clause
// start, a comma or a preposition ("Mardi, le ministre a déclaré"), or the
// name before an apposition set off by commas ("Jean Arnaud, ministre de
// l'Intérieur, a déclaré que"). at is the subject's token, -1 when no
// phrase stands there.
func (st *state) subjectBefore(ws []iword, vs, from int, pronoun bool, verb int) (*model.Speaker, int) {
	iw := st.intl
	if pronoun {
		return st.reportPronoun(ws[verb].tok), ws[verb].tok
	}
	b := vs
	for b > from && b > vs-10 {
		p := ws[b-1]
		if p.punct || p.quote || iw.stop[p.w] || iw.comp[p.w] {
			break
		}
		b--
		if iw.comp[p.pre] {
			break // "qu'il a déclaré": the clause opens at "il"
		}
	}
	if b == vs {
		if vs-1 > from && ws[vs-1].w == "," {
			// An apposition set off by commas: the subject is the
			// phrase before its opening comma, read up to its end so
			// that a role with the name after it gives the name.
			c := vs - 2
			for c > from && c > vs-14 && !ws[c].punct && !ws[c].quote {
				c--
			}
			if c > from && c < vs-2 && ws[c].w == "," {
				b2 := c
				for b2 > from && b2 > c-10 && !ws[b2-1].punct && !ws[b2-1].quote && !iw.stop[ws[b2-1].w] {
					b2--
				}
				if b2 < c {
					if sp, ok := st.intlPhraseAt(ws[verb].tok, ws[b2].s, ws[vs-2].e); ok {
						return sp, ws[b2].tok
					}
				}
			}
		}
		return nil, -1
	}
	if vs-b == 1 && iw.pronoun[ws[b].w] {
		return st.reportPronoun(ws[b].tok), ws[b].tok
	}
	// The phrase's first word without an elided article glued to it: an
	// "l'" token would end the phrase as punctuation.
	s := ws[b].s
	if ws[b].pre != "" && ws[b].e-ws[b].s == 3 {
		s = ws[b].tok
	}
	sp, ok := st.intlPhraseAt(ws[verb].tok, s, ws[vs-1].e)
	if !ok {
		return nil, ws[b].tok
	}
	return sp, ws[b].tok
}

// subjectAfter reads an inverted subject after the verb at ws[j], up to
// ws[end] ("a déclaré le ministre", "sagte Merz am Montag"); with none
// there a pronoun (glued, or dropped in Spanish and Portuguese) stands
// for the speaker before it when dropped is set.
func (st *state) subjectAfter(ws []iword, j, end int, dropped bool) (*model.Speaker, int) {
	iw := st.intl
	a := j + 1
	for a < end && a < len(ws) && (iw.aux[ws[a].w] || iw.particle[ws[a].w] && !iw.det[ws[a].w]) {
		a++
	}
	if a < end && a < len(ws) {
		// "dijo a Reuters el ministro que": the subject after the one told.
		if c, after, _ := st.intlToldAt(ws[a].tok, st.v.sentTok[st.v.toks[ws[a].tok].sent][1]); c != nil {
			for a < end && a < len(ws) && ws[a].s < after {
				a++
			}
		}
	}
	if a < end && a < len(ws) && !ws[a].punct && !ws[a].quote && !iw.stop[ws[a].w] && !iw.comp[ws[a].w] {
		if iw.pronoun[ws[a].w] {
			return st.reportPronoun(ws[a].tok), ws[a].tok
		}
		e := a
		for e < end && e < len(ws) && !ws[e].quote && !iw.comp[ws[e].w] && !iw.comp[ws[e].pre] {
			e++
		}
		s := ws[a].s
		if ws[a].pre != "" && ws[a].e-ws[a].s == 3 {
			s = ws[a].tok
		}
		if sp, ok := st.intlPhraseAt(ws[j].tok, s, ws[e-1].e); ok {
			return sp, ws[a].tok
		}
		return nil, -1
	}
	if dropped {
		return st.reportPronoun(ws[j].tok), ws[j].tok
	}
	return nil, -1
}

// reportPronoun resolves a pronoun subject at token at: the speaker
// before it, else a person named in its sentence or the one before
// ("Jean Arnaud est arrivé à Paris. Il a déclaré que ...").
func (st *state) reportPronoun(at int) *model.Speaker {
	g := st.pronounGender(at)
	if sp := st.intlPronounAt(at, g); sp != nil {
		return sp
	}
	v := st.v
	if at >= len(v.toks) {
		return nil
	}
	si := int(v.toks[at].sent)
	for _, en := range v.entitiesBefore(int(v.toks[at].start)) {
		if en.Sentence < si-1 {
			break
		}
		if en.Type == model.EntityPerson && !otherGender(g, cmp.Or(en.Gender, v.gender[en.ActorID])) {
			return speakerOf(en)
		}
	}
	if si > 0 {
		return st.roleSubject(si-1, g)
	}
	return nil
}

// roleSubject is the subject of sentence si when it opens with a person's
// role ("La ministra de Hacienda anunció un recorte."), for a pronoun
// subject in the next sentence ("Dijo a los periodistas que ..."): in
// Spanish and Portuguese a dropped subject goes on with the subject before
// it. Only one role may be named in that sentence: with two ("La ministra
// se reunió con el presidente") the pronoun could stand for either, so
// nil. A role of the other gender than the pronoun's is no antecedent.
func (st *state) roleSubject(si int, g string) *model.Speaker {
	iw, v := st.intl, st.v
	if len(iw.title) == 0 || si >= len(v.sentTok) {
		return nil
	}
	lo, hi := v.sentTok[si][0], v.sentTok[si][1]
	for lo < hi && int(v.toks[lo].start) < st.dateline {
		lo++ // "MADRID (EFE) -": the dateline opens the first sentence
	}
	s := lo
	for s < hi && iw.det[v.toks[s].low] {
		s++
	}
	if s == lo || s >= hi || !iw.title[v.toks[s].low] {
		return nil // no article and title opening the sentence
	}
	// The role's complement: "de Hacienda", "del Interior", "de Asuntos
	// Exteriores", "de la Nación"; capitalised words and the articles and
	// prepositions between them.
	e := s + 1
	for e < hi {
		t := v.toks[e]
		r, _ := utf8.DecodeRuneInString(t.text)
		if isPunct(t) || !(unicode.IsUpper(r) || iw.det[t.low] || iw.title[t.low] && e == s+1) {
			break
		}
		e++
	}
	for e > s+1 && iw.det[v.toks[e-1].low] {
		e--
	}
	for k := lo; k < hi; k++ {
		if k >= s && k < e {
			continue
		}
		if iw.title[v.toks[k].low] {
			return nil // a second role
		}
		if ei := v.toks[k].ent; ei >= 0 && v.a.Entities[ei].Type == model.EntityPerson {
			return nil // a person named
		}
	}
	sg := st.phraseGender(lo, e)
	if otherGender(g, sg) {
		return nil
	}
	sp := &model.Speaker{Text: v.textOf(s, e)}
	if sg != "" {
		if st.intlGender == nil {
			st.intlGender = map[*model.Speaker]string{}
		}
		st.intlGender[sp] = sg
	}
	return sp
}

// intlEmit records the report ws[cs:ce] (from byte csByte when the clause
// opens inside a word, "qu'il") spoken by sp, whose subject is at token
// at, with the speech verb at token verb (-1 for a source word).
func (st *state) intlEmit(ws []iword, cs, ce, csByte int, sp *model.Speaker, at, verb int) bool {
	v := st.v
	for ce > cs && ws[ce-1].punct && !ws[ce-1].quote && !isQuoteMark(v.toks[ws[ce-1].tok].text) {
		ce--
	}
	// A report ending on a quoted word keeps the closing mark ("était
	// « grave »"); an unpaired mark at the edge is dropped.
	marks := 0
	for k := cs; k < ce; k++ {
		if isQuoteMark(v.toks[ws[k].tok].text) {
			marks++
		}
	}
	for marks%2 == 1 && ce > cs && isQuoteMark(v.toks[ws[ce-1].tok].text) {
		ce--
		marks--
	}
	for ce > cs && ws[ce-1].punct && !isQuoteMark(v.toks[ws[ce-1].tok].text) {
		ce--
	}
	for cs < ce && ws[cs].punct && !isQuoteMark(v.toks[ws[cs].tok].text) {
		cs, csByte = cs+1, -1
	}
	if ce-cs < 2 || sp == nil {
		return false
	}
	for k := cs; k < ce; k++ {
		if ws[k].punct && !ws[k].quote {
			continue // an opening mark
		}
		if ws[k].quote {
			// A quotation, alone or with words after it, before its
			// attribution: « ... », selon X is a direct quote.
			return false
		}
		break
	}
	start, end := ws[cs].start, int(v.toks[ws[ce-1].e-1].end)
	if csByte >= 0 {
		start = csByte
	}
	if isQuoteMark(v.toks[ws[ce-1].tok].text) && v.toks[ws[ce-1].tok].quote < 0 {
		// the closing mark of a quoted word the report ends on
		end = int(v.toks[ws[ce-1].tok].end)
	}
	q := model.Quote{Text: v.a.Text[start:end], Start: start, End: end, Kind: model.QuoteIndirect, Speaker: sp, Sentence: int(v.toks[ws[cs].tok].sent)}
	if verb >= 0 {
		q.Conduit = st.intlConduitAfter(verb)
		q.Audience = st.intlAudienceAfter(verb, q)
	}
	st.out = append(st.out, finding{q: q, para: v.paragraphOf(start), verb: verb})
	if at >= 0 {
		st.remember(at, sp)
	}
	if verb >= 0 {
		st.usedVerb[verb] = true
	}
	return true
}

// intlPartial attributes partial quotation qi of sentence si: a speech
// verb, or one that characterises its object in the speaker's words ("a
// qualifié la situation de « grave »", "sprach von einem ‚Wendepunkt‘"),
// shortly before it gives its subject as the speaker; a report holding it
// gives its own speaker first.
func (st *state) intlPartial(qi, si int) bool {
	if st.lendFromIndirect(qi, si) {
		return true
	}
	iw, v := st.intl, st.v
	ws := st.intlWords(si)
	at := v.tokAt(v.spans[qi].Open)
	m := 0
	for m < len(ws) && ws[m].e <= at {
		m++
	}
	for j := m - 1; j >= 0 && j >= m-10; j-- {
		x := ws[j]
		if x.quote || x.punct {
			if x.w == ";" || x.w == ":" || isSentenceEnd(x.w) {
				return false
			}
			continue
		}
		vw, glued := verbWord(x.w)
		if !iw.verb[vw] && !iw.call[vw] {
			continue
		}
		vs, pronoun, neg := st.verbGroup(ws, j, 0)
		if neg {
			return false
		}
		sp, _ := st.subjectBefore(ws, vs, 0, pronoun || glued, j)
		if sp == nil {
			return false
		}
		st.emitSpan(qi, model.QuotePartial, sp, nil, -1)
		return true
	}
	return false
}
