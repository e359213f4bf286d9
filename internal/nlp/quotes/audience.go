package quotes

import (
	"github.com/newsgraph/newsgraph/internal/model"
)

// The audience of a quote is who the words were addressed to when that is
// not the medium that carried them on: "told the Security Council", "told
// lawmakers", "in a speech to parliament", "told his Russian counterpart",
// "told reporters". What is told decides: people hear the words, reporters
// and journalists among them, and are the audience; a news medium
// ("told Reuters", "told Le Monde", "told state television") or an
// occasion ("told a news conference") passes them on to readers and is
// the conduit, where a reader of the JSON looks for the outlet; "told
// Reuters reporters" is both: the reporters the audience, Reuters the
// conduit (peopleOutlet). Before
// this field the body addressed was dropped, or, for "in a speech to
// parliament", given as the conduit.

// audienceLetters are documents and speeches whose "to" names who they
// were addressed to: "in a letter to the board".
var audienceLetters = set("speech address letter message remarks appeal statement video memo memorandum email e-mail note")

// sentTo are the participles between a letter and whom it went to: "in a
// letter sent to the president", "a message addressed to the board".
var sentTo = set("sent addressed delivered written")

// audienceReach is how many tokens either side of the speech verb the
// audience is looked for.
const audienceReach = 40

// placeWords start a place or time phrase after the audience.
var placeWords = set("in at on outside inside near during after before across around")

// addressVerbs take the audience as their object ("addressing the
// assembly") or after "to" ("speaking to farmers").
var addressVerbs = set("addressing addressed speaking spoke talking")

// audience returns who the quote q, attributed by the speech verb at token
// verb (or -1), was addressed to, or nil. It reads the sentence of the verb
// outside every quotation and outside the reported words themselves, so
// that "the minister said the president told parliament ..." gives the
// minister no audience. A quote whose speaker the finder cannot name
// ("he told reporters" with no one for "he") keeps its audience all the
// same: who heard the words is read off the verb, not off the speaker.
func (st *state) audience(q model.Quote, verb int) *model.Speaker {
	v := st.v
	if verb < 0 || verb >= len(v.toks) {
		return nil
	}
	si := int(v.toks[verb].sent)
	if si < 0 || si >= len(v.sentTok) {
		return nil
	}
	lo, hi := v.sentTok[si][0], v.sentTok[si][1]
	// The phrase naming the audience is near the verb; a bound keeps a
	// sentence of thousands of tokens (text without full stops) from
	// being read once per quote.
	lo, hi = max(lo, verb-audienceReach), min(hi, verb+audienceReach)
	outside := func(k int) bool {
		t := v.toks[k]
		return t.quote < 0 && (int(t.end) <= q.Start || int(t.start) >= q.End)
	}
	pick := func(s, e int) *model.Speaker {
		if s >= e {
			return nil
		}
		for k := s; k < e; k++ {
			if !outside(k) {
				return nil
			}
		}
		// "told thousands of striking workers": the phrase goes on
		// after "of".
		for e+1 < hi && v.toks[e].low == "of" {
			k := e + 1
			for k < hi && outside(k) && !placeWords[v.toks[k].low] && (isNPTag(v.toks[k].pos) || v.toks[k].pos == "VBG" || v.toks[k].pos == "CD") {
				k++ // "striking", which a tagger reads as a verb
			}
			if k == e+1 || !isNoun(v.toks[k-1].pos) {
				break
			}
			e = k
		}
		// "told lawmakers in Washington", "the crowd outside the gates":
		// the place is not the audience.
		for k := s + 1; k < e; k++ {
			if placeWords[v.toks[k].low] {
				e = k
				break
			}
		}
		if e-s == 1 && (v.toks[s].pos == "PRP" || pronouns[v.toks[s].low]) {
			return nil // "told him", "told me": no one a reader can look up
		}
		people := v.addressedPeople(s, e)
		if (v.outletNP(s, e) || st.toldNewspaper(s, e) != nil) && !people {
			return nil
		}
		c := st.classify(s, e)
		switch c.kind {
		case kindOutlet, kindDocument, kindPronoun:
			if !people {
				return nil
			}
			c.kind = kindRole // "reporters": people, however the medium words read
		}
		head := v.toks[e-1]
		if v.lx.medium[head.low] || !isNoun(head.pos) && c.sp == nil {
			return nil // "told a news conference" is the channel
		}
		var a *model.Speaker
		if _, m := v.peopleOutlet(s, e); m > s {
			// "told Reuters reporters": the outlet is the conduit
			// (conduit), the reporters are who heard the words.
			a = &model.Speaker{Text: v.textOf(m, e)}
		} else if people {
			// Reporters are no actor: the media sector the resolver
			// gives "reporters in Jakarta" would make the country's
			// press the one addressed.
			a = &model.Speaker{Text: v.textOf(s, e)}
		} else if c.sp != nil && (c.kind == kindPerson || c.kind == kindOrg || c.kind == kindRole || c.kind == kindName) {
			cp := *c.sp
			a = &cp
		} else {
			a = &model.Speaker{Text: v.textOf(s, e)}
		}
		if q.Speaker != nil && sameSpeaker(a, q.Speaker) || q.Conduit != nil && sameSpeaker(a, q.Conduit) {
			return nil
		}
		return a
	}
	lemma, n := v.verbAt(verb)
	if lemma == "tell" {
		if s, e := v.toldNP(verb+n, hi); s < e {
			return pick(s, e)
		}
		return nil
	}
	// "explained to reporters that", "admitted to parliament that": a
	// "to" and a noun phrase right after the verb name who heard it when
	// they are people or a body. "said to cheers from the crowd" and
	// "adding to a series of problems" ("add to": make larger) name no
	// one; a news medium ("confirmed to WIRED") is left to the conduit.
	if at := verb + n; n > 0 && lemma != "add" && at+1 < hi && v.toks[at].low == "to" && outside(at) && !v.infinitive(at+1, hi) {
		if s, e := v.npRight(at+1, hi); s < e {
			if st.hearersAfterTo(s, e) {
				if a := pick(s, e); a != nil {
					return a
				}
			}
		}
	}
	for k := lo; k+1 < hi; k++ {
		if !outside(k) {
			continue
		}
		t := v.toks[k]
		switch {
		case addressVerbs[t.low] && (t.pos == "VBG" || t.pos == "VBD" || t.pos == "VBN" || t.pos == "VBZ" || t.pos == "VBP"):
			at := k + 1
			if t.low != "addressing" && t.low != "addressed" {
				if v.toks[at].low != "to" {
					continue
				}
				at++
			}
			if s, e := v.npRight(at, hi); s < e {
				if a := pick(s, e); a != nil {
					return a
				}
			}
		case audienceLetters[t.low] && k+2 < hi && (v.toks[k+1].low == "to" || sentTo[v.toks[k+1].low] && v.toks[k+2].low == "to" && k+3 < hi):
			at := k + 2
			if v.toks[k+1].low != "to" {
				at++ // "in a letter sent to the president"
			}
			if s, e := v.npRight(at, hi); s < e {
				if a := pick(s, e); a != nil {
					return a
				}
			}
		}
	}
	return nil
}

// hearersAfterTo says whether the noun phrase s..e, after the "to" that
// follows a speech verb, names who heard the words: people of the news
// trade ("to reporters"), a body that hears ("to the assembly"), or a
// named person, role or organisation other than a news medium ("to
// Reuters" is the conduit). "to cheers from the crowd" names no one.
func (st *state) hearersAfterTo(s, e int) bool {
	v := st.v
	if v.addressedPeople(s, e) || isNoun(v.toks[e-1].pos) && hearerWords[v.toks[e-1].low] {
		return true
	}
	c := st.classify(s, e)
	return c.sp != nil && !v.outletNP(s, e) && !v.lx.outlet[v.toks[e-1].low] &&
		(c.kind == kindPerson || c.kind == kindRole || c.kind == kindOrg && c.sp.Sector != "media")
}
