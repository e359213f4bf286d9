package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// hearerHeads end the names of bodies and gatherings a speaker addresses
// in person ("told the Iowa Senate", "told the Dail", "told the Davos
// Forum"): the hearers, never a newspaper, even when no knowledge base
// knows the name. Legislatures named by one word of their own language
// are listed as the facts they are (their official names).
var hearerHeads = set("senate house parliament assembly congress chamber commons lords legislature diet knesset duma bundestag bundesrat sejm rada majlis dail seanad storting riksdag folketing eduskunta althing " +
	"oireachtas sabha cortes sobranie skupstina sabor seimas saeima riigikogu jirga shura hluttaw rakyat negara yuan " +
	"conference summit meeting forum inquiry hearing panel jury tribunal caucus convention rally crowd audience gathering session symposium")

// toldNewspaper is the conduit of "told the Argus Leader", "told the
// Harlow Sentinel": after "told the", a name of capitalised words the
// knowledge base knows as no body, person or place is how local papers are
// named, and the words went through it, as through "told Newsweek". It
// returns nil for a person's title ("told the Prime Minister"), a body or
// gathering addressed ("told the Senate", "told the Oversight Committee",
// "told the Knesset"), people ("told the Kurds") and a place.
func (st *state) toldNewspaper(s, e int) *model.Speaker {
	v := st.v
	if e-s < 2 || v.toks[s].low != "the" {
		return nil
	}
	orgCue := false // the tagger read some word of the name as an organisation
	for k := s + 1; k < e; k++ {
		t := v.toks[k]
		if t.quote >= 0 || t.pos != "NNP" || strings.Contains(t.text, ".") {
			return nil // "the U.N.", "the Houthis" (NNPS), "the Dutch king's office"
		}
		if t.ent < 0 {
			continue
		}
		en := v.a.Entities[t.ent]
		switch {
		case en.Type == model.EntityPerson || en.Type == model.EntityNORP || en.Type == "ROLE":
			return nil
		case en.ActorID != "" && !strings.HasPrefix(en.ActorID, "doc:"):
			// A body, country or city the knowledge base knows is
			// addressed, unless it only says where the paper is from
			// ("the Des Moines Register"): a place before the last word.
			if (en.Type != model.EntityGPE && en.Type != model.EntityLoc) || k == e-1 {
				return nil
			}
		case en.Type == model.EntityOrg && en.End <= int(v.toks[e-1].start):
			orgCue = true
		}
	}
	head := v.toks[e-1].low
	if hearerHeads[head] || orgHeads[head] {
		return nil
	}
	// "the Prime Minister", "the Supreme Leader", "the Grand Mufti": a
	// title, unless the tagger read the words before its last as an
	// organisation's name ("the Argus Leader").
	for k := s + 1; k < e && !orgCue; k++ {
		if l := v.toks[k].low; v.lx.role[l] || titleWords[l] {
			return nil
		}
	}
	return v.entitySpeaker(s+1, e, v.textOf(s+1, e))
}

// titleWords open or make up a person's title without being a role of
// their own: "the Chief Rabbi", "the Grand Mufti", "the Deputy Speaker".
var titleWords = set("chief grand deputy vice acting senior supreme high lord lady first general attorney surgeon archbishop bishop cardinal rabbi mufti imam patriarch pope king queen prince princess emperor sheikh emir sultan")
