package events

import (
	"slices"
	"strings"
)

// referredActTypes maps the head noun of a definite noun phrase naming an
// act ("the sanctions", "the strikes", "the arrests") to the event types
// that act is coded as, for a reaction to it in a later sentence. An empty
// list matches an event of any type: "the decision", "the move" name
// whatever the article told last. "the proposal", "the plan", "the offer"
// are the intent to cooperate a proposer voiced (AGREE, CAMEO 03).
var referredActTypes = map[string][]string{
	"sanctions": {"SANCTION"}, "sanction": {"SANCTION"}, "embargo": {"SANCTION"}, "tariffs": {"SANCTION"},
	"expulsion": {"SANCTION"}, "expulsions": {"SANCTION"}, "ban": {"SANCTION"},
	"strikes": {"ASSAULT"}, "strike": {"ASSAULT"}, "airstrikes": {"ASSAULT"}, "airstrike": {"ASSAULT"},
	"attack": {"ASSAULT"}, "attacks": {"ASSAULT"}, "raid": {"ASSAULT"}, "raids": {"ASSAULT"},
	"shelling": {"ASSAULT"}, "bombing": {"ASSAULT"}, "bombardment": {"ASSAULT"}, "offensive": {"ASSAULT"}, "incursion": {"ASSAULT"},
	"arrest": {"COERCE"}, "arrests": {"COERCE"}, "detention": {"COERCE"}, "detentions": {"COERCE"}, "crackdown": {"COERCE"},
	// The nouns of the coded acts themselves: "Iran seized a tanker.
	// Britain condemned the seizure" answers the seizure as "the arrests"
	// answer the arrests.
	"seizure": {"COERCE"}, "seizures": {"COERCE"}, "deportation": {"COERCE"}, "deportations": {"COERCE"},
	"annexation": {"COERCE"}, "blockade": {"COERCE"}, "imprisonment": {"COERCE"}, "jailing": {"COERCE"},
	"killing": {"ASSAULT"}, "killings": {"ASSAULT"}, "shooting": {"ASSAULT"}, "shootings": {"ASSAULT"},
	"invasion": {"ASSAULT"}, "kidnapping": {"ASSAULT"}, "kidnappings": {"ASSAULT"}, "abduction": {"ASSAULT"},
	"abductions": {"ASSAULT"}, "hijacking": {"ASSAULT"}, "execution": {"ASSAULT"}, "executions": {"ASSAULT"},
	"assassination": {"ASSAULT"}, "massacre": {"ASSAULT"},
	"proposal": {"AGREE"}, "plan": {"AGREE"}, "offer": {"AGREE"}, "initiative": {"AGREE"},
	"decision": nil, "move": nil,
	// A complaint, an accusation or a claim rejected or denied is the
	// accuser's: "The EU filed a complaint at the WTO ... Indonesia
	// rejected the complaint", "Australia accused Chinese hackers ...
	// China's embassy rejected the accusation".
	"complaint": {"ACCUSE"}, "complaints": {"ACCUSE"}, "accusation": {"ACCUSE"}, "accusations": {"ACCUSE"},
	"allegation": {"ACCUSE"}, "allegations": {"ACCUSE"}, "claim": {"ACCUSE"}, "claims": {"ACCUSE"},
}

// reactionTypes are the events that react to another's act: criticising
// or condemning it, rejecting it, protesting it, welcoming it.
var reactionTypes = map[string]bool{"ACCUSE": true, "REJECT": true, "PROTEST": true, "SUPPORT": true}

// referredAct reads a definite noun phrase naming an act at token j, the
// object of a reaction ("condemned the sanctions as illegal", "rejected
// the proposal", "welcomed the decision"): it returns the event types the
// act may have been coded as (nil for any) and true. The phrase must be
// "the", "this" or "these" and its head noun, with at most two words
// between (an adjective, "new", "latest"); the head must end the phrase.
func referredAct(toks []tok, ms []mention, j int) ([]string, bool) {
	if j >= len(toks) {
		return nil, false
	}
	switch toks[j].low {
	case "the", "this", "these", "those":
	default:
		return nil, false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if overlapsAny(ms, k) {
			return nil, false
		}
		l := toks[k].low
		types, ok := referredActTypes[l]
		if !ok {
			if isPunct(toks[k].text) || objPreps[l] || l == "of" {
				return nil, false
			}
			continue
		}
		// "the sanctions regime", "the attack helicopters": the noun is a
		// modifier, and the phrase names something else.
		if k+1 < len(toks) {
			n := toks[k+1]
			if strings.HasPrefix(n.pos, "NN") && !isCap(n.text) {
				return nil, false
			}
			// "the decision to withdraw": what was decided follows and
			// may be anyone's; "the plan for a ceasefire" is fine.
			if n.low == "to" || n.low == "by" || n.low == "'s" {
				return nil, false
			}
		}
		return types, true
	}
	return nil, false
}

// referredEvent is the article's latest event up to sentence sent of one
// of the types (any when types is nil), asserted and with a source of a
// country other than src's: the act that a reaction naming it by a
// definite noun ("Iran condemned the sanctions") answers. Only the nearest
// earlier event of the matching type is looked at; when its source is the
// reacting side itself, or names no country, there is none (but for an
// accusation made at home against the state, see claimAccuser). An act told
// earlier in the reaction's own sentence counts ("Iran seized a tanker,
// and Britain condemned the seizure"): the sentence's events are added in
// the order their triggers are coded, so one told after the reaction is
// not yet there.
func (st *articleState) referredEvent(types []string, sent int, srcCountry, srcSector string) *draft {
	for i := len(st.events) - 1; i >= 0; i-- {
		d := st.events[i]
		if len(d.ev.Evidence) == 0 || d.ev.Evidence[0].Sentence > sent {
			continue
		}
		if types != nil && !slices.Contains(types, d.ev.Type) {
			continue
		}
		if types == nil && reactionTypes[d.ev.Type] {
			// "the decision" is an act, not another's reaction to one.
			continue
		}
		if d.ev.Polarity != "asserted" || len(d.ev.Source) != 1 || d.ev.Source[0].Country == "" {
			return nil
		}
		if d.ev.Source[0].Country == srcCountry && !(slices.Equal(types, claimActTypes) && claimAccuser(d, srcCountry, srcSector)) {
			return nil
		}
		return d
	}
	return nil
}

// referredSource is the source of event d as a mention standing outside
// the sentence (no tokens), for the target of a reaction to d's act.
func referredSource(d *draft) mention {
	a := d.ev.Source[0]
	kind := "role"
	if a.ActorID != "" && a.ActorID == a.Country {
		kind = "country"
	}
	return mention{i: -1, j: -1, text: a.Text, actorID: a.ActorID, country: a.Country, sector: a.Sector, kind: kind}
}

// answeredClaimPatterns are the refusals a denial of a claim becomes when
// the claim is an accusation the article told ("Kenya's opposition accused
// the police of killing protesters. The government rejected the
// accusations"): the one rejecting answers its accuser (REJECT 120, as a
// rejected complaint does), where a charge nobody in the article made stays
// a denial, CAMEO 016, with no event ("Russia rejected the allegations as
// absurd").
var answeredClaimPatterns = map[string]*Pattern{
	"reject":  {Kind: "verb", Phrase: "reject", Words: []string{"reject"}, Type: "REJECT", CAMEO: "120"},
	"dismiss": {Kind: "verb", Phrase: "dismiss", Words: []string{"dismiss"}, Type: "REJECT", CAMEO: "120"},
}

// answeredClaim turns trigger t, a denial "rejected (dismissed) the
// allegations" coded 016, into the refusal of answeredClaimPatterns when
// its object is a definite claim noun (referredAct) and the article told
// an accusation before: the trigger then spans the verb alone, and
// codeTrigger aims it at that accusation's author or drops it.
func (st *articleState) answeredClaim(pats *Patterns, toks []tok, ms []mention, t *trigger) {
	p := t.p
	if p.Type != "-" || p.CAMEO != "016" || t.nominal || t.passive || len(p.Words) != 3 || p.Words[1] != "*" {
		return
	}
	rp := answeredClaimPatterns[p.Words[0]]
	if rp == nil || t.i+1 >= len(toks) {
		return
	}
	types, ok := referredAct(toks, ms, t.i+1)
	if !ok || !slices.Equal(types, claimActTypes) {
		return
	}
	for _, d := range st.events {
		if d.ev.Type == "ACCUSE" {
			// The loaded one-word pattern, when it is a refusal, so that
			// the evidence cites its line.
			if pats != nil {
				for _, q := range pats.All {
					if q.Kind == "verb" && q.Phrase == rp.Phrase && q.Type == rp.Type {
						rp = q
						break
					}
				}
			}
			t.p, t.j = rp, t.i+1
			return
		}
	}
}

// claimActTypes are the types referredActTypes gives a claim, complaint or
// accusation named by a definite noun.
var claimActTypes = []string{"ACCUSE"}

// claimAccuser says whether d, an accusation told in the article, may be
// the one a side of country srcCountry and sector srcSector rejects: made
// by another country, or at home by another sector, one of the two an
// organ of the state ("Kenya's opposition accused the police ... The
// Kenyan government rejected the accusations", and the opposition
// rejecting the government's charge). A side of no sector ("Kenya") or of
// the accuser's own answers no charge of its own country.
func claimAccuser(d *draft, srcCountry, srcSector string) bool {
	a := d.ev.Source[0]
	if a.Country != srcCountry {
		return true
	}
	return a.Sector != "" && srcSector != "" && a.Sector != srcSector && (stateSector(a.Sector) || stateSector(srcSector))
}
