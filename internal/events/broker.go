package events

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// settlementNouns name what a mediator brokers: a deal, a ceasefire, talks.
var settlementNouns = map[string]bool{
	"deal": true, "deals": true, "agreement": true, "agreements": true, "accord": true, "accords": true,
	"ceasefire": true, "cease-fire": true, "truce": true, "pact": true, "treaty": true, "talks": true,
	"settlement": true, "peace": true, "armistice": true, "swap": true, "exchange": true,
}

// brokerAt returns the mediators of a settlement that trigger t (or the
// settlement noun it absorbed) names: the country in a mediating compound
// ("a Russian-brokered deal", "the Qatari-mediated truce") in or right
// after trigger t's words, when the compound modifies a settlement noun,
// or the agents of a mediating participle after the settlement noun ("a
// deal brokered by China", "a truce, mediated by Qatar and Egypt,"). The
// two say the same: the broker is a mediator, not a party. PLOVER codes
// mediation as CONSULT by the mediator with the parties (the CAMEO 045
// "Engage in mediation" examples of the PLOVER gold records: "undertook
// mediation mission between Syria and Palestinian leader Yasser Arafat").
//
// from is the first token of the words that say so: the compound, or the
// participle.
func brokerAt(toks []tok, ms []mention, t *trigger) (brokers group, from int, ok bool) {
	for _, m := range ms {
		if m.j != m.i+1 || m.i < t.i-1 || m.i > t.j+2 || m.country == "" {
			continue
		}
		l := toks[m.i].low
		if !strings.HasSuffix(l, "-brokered") && !strings.HasSuffix(l, "-mediated") {
			continue
		}
		for q := m.j; q < len(toks) && q <= m.j+2; q++ {
			if settlementNouns[toks[q].low] {
				return group{m}, m.i, true
			}
		}
	}
	end := t.j
	for _, u := range t.absorbed {
		end = max(end, u.j)
	}
	for n := t.i; n < end && n < len(toks); n++ {
		if !settlementNouns[toks[n].low] {
			continue
		}
		if g, at := participleBrokers(toks, ms, n+1); len(g) > 0 {
			return g, at, true
		}
	}
	return nil, -1, false
}

// brokerParticiples say who mediated the settlement noun they follow.
var brokerParticiples = map[string]bool{"brokered": true, "mediated": true}

// participleBrokers returns the actors after a mediating participle with
// its agent at token k ("brokered by Saudi Arabia and the United States",
// ", mediated by Qatar"): those with a country, or none, and the
// participle's token.
func participleBrokers(toks []tok, ms []mention, k int) (group, int) {
	if k < len(toks) && toks[k].low == "," {
		k++
	}
	if k+2 >= len(toks) || !brokerParticiples[toks[k].low] || toks[k+1].low != "by" {
		return nil, -1
	}
	for mi, m := range ms {
		if m.i < k+2 || m.i > k+3 {
			continue
		}
		var out group
		for _, b := range groupAt(toks, ms, mi) {
			if b.country != "" && usable(b) {
				out = append(out, b)
			}
		}
		return out, k
	}
	return nil, -1
}

// withoutBroker drops the brokers from a side of the settlement they
// brokered.
func withoutBroker(g group, bs group) group {
	var kept group
	for _, m := range g {
		if slices.ContainsFunc(bs, func(b mention) bool { return m.i == b.i && m.j == b.j || m.key() == b.key() }) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// brokeredParties are the real parties of a brokered settlement, each once.
func brokeredParties(src, tgt group) group {
	var out group
	seen := map[string]bool{}
	for _, g := range []group{src, tgt} {
		for _, m := range g {
			if m.text == "" || !hasReal(group{m}) || seen[m.key()] {
				continue
			}
			seen[m.key()] = true
			out = append(out, m)
		}
	}
	return out
}

// addMediation codes the broker of a settlement as mediating it with each
// of its parties (CAMEO 045, PLOVER CONSULT), or with no one named when
// the sentence names no party; ev is the settlement's event, whose
// polarity, modality and date the mediation shares.
func (c *Coder) addMediation(st *articleState, ev model.Event, broker mention, parties group, evi model.Evidence, trigger string, conf float64, dateEnd string) {
	e := ev
	e.Type, e.CAMEO = "CONSULT", "045"
	if x, ok := c.cameo.Lookup("045"); ok {
		e.Goldstein, e.QuadClass, e.Mode, e.Context = x.Goldstein, x.QuadClass, x.Mode, x.Context
	}
	evi.Trigger = trigger
	e.Evidence = []model.Evidence{evi}
	e.Confidence = conf
	e.Source = []model.EventActor{c.eventActor(broker)}
	if len(parties) == 0 {
		e.Target = []model.EventActor{}
		c.add(st, &draft{ev: e, srcKey: broker.mergeKey(), dateEnd: dateEnd})
		return
	}
	for _, p := range parties {
		pe := e
		pe.Target = []model.EventActor{c.eventActor(p)}
		c.add(st, &draft{ev: pe, srcKey: broker.mergeKey(), tgtKey: p.mergeKey(), dateEnd: dateEnd})
	}
}

// withoutBrokerParticiple drops the verb trigger of a mediating participle
// right after a settlement noun that is itself a trigger ("a truce
// brokered by Egypt between Israel and Islamic Jihad", "the ceasefire,
// mediated by Qatar,"): the settlement's trigger codes the mediation with
// each party (brokerAt, addMediation); the participle coded alone would
// be a second mediation with no one.
func withoutBrokerParticiple(toks []tok, ms []mention, trigs []*trigger) []*trigger {
	settled := func(n int) bool {
		return slices.ContainsFunc(trigs, func(u *trigger) bool { return u.nominal && u.i <= n && n < u.j })
	}
	kept := trigs[:0]
	for _, t := range trigs {
		if !t.nominal && t.j == t.i+1 {
			n := t.i - 1
			if n >= 0 && toks[n].low == "," {
				n--
			}
			if n >= 0 && settlementNouns[toks[n].low] && settled(n) {
				if g, at := participleBrokers(toks, ms, n+1); at >= 0 && len(g) > 0 {
					continue
				}
			}
		}
		kept = append(kept, t)
	}
	return kept
}

// hostParticiples say who hosted or mediated the talks they follow; their
// agent is the go-between, not one of the sides.
var hostParticiples = map[string]bool{"hosted": true, "mediated": true, "brokered": true, "facilitated": true, "convened": true}

// hostedTalksAgents returns the agents of a hosting or mediating
// participle after a talks noun that comes after trigger t ("signed a
// peace deal after talks hosted by Qatar", "agreed to a truce during
// negotiations mediated by Egypt and Qatar"). A deal reached after talks
// that X hosted was signed by the sides at the talks; X is the host, and
// is no party to the deal (it is coded as hosting or mediating by the
// participle's own trigger).
//
// A talks noun that is itself the trigger is followed by its own
// participle ("the talks hosted by Qatar collapsed"): the host named
// there is no negotiator either.
func hostedTalksAgents(toks []tok, ms []mention, t *trigger) group {
	var out group
	first := t.j + 1
	if t.nominal {
		first = t.j
	}
	for k := first; k+2 < len(toks) && k <= t.j+12; k++ {
		if l := toks[k].low; l == ";" || l == "." || l == ":" {
			break
		}
		if !hostParticiples[toks[k].low] || toks[k+1].low != "by" {
			continue
		}
		if n := k - 1; n < 0 || !(meetingWords[toks[n].low] || meetingNouns[toks[n].low] || strings.HasPrefix(toks[n].low, "negotiation")) {
			continue
		}
		for mi, m := range ms {
			if m.i < k+2 || m.i > k+3 {
				continue
			}
			out = append(out, groupAt(toks, ms, mi)...)
			break
		}
	}
	return out
}

// hostOfReportedTalks says whether trigger t is a hosting participle with
// its agent ("hosted by Qatar", "mediated by Egypt") right after a talks
// noun that is part of the main clause, before it with no comma between
// ("Sudan's warring parties met for talks hosted by Qatar"). The meeting
// the sentence reports is the one hosted, so the hosting is reported with
// it, told as explicitly as a finite "Qatar hosted the talks", not a
// background fact about something else; a participle set off by commas
// (", hosted by Qatar last year,") or on a subject before the main verb
// stays background. The main verb must be one of taking part in the talks
// (joinedTalksVerbs): whoever "boycotted the conference hosted by Saudi
// Arabia" was not hosted.
func hostOfReportedTalks(toks []tok, t *trigger, mainVerb int) bool {
	i := t.i
	if !hostParticiples[toks[i].low] || i+1 >= len(toks) || toks[i+1].low != "by" || i < 1 {
		return false
	}
	if n := toks[i-1].low; !(meetingNouns[n] || strings.HasPrefix(n, "negotiation")) {
		return false
	}
	if mainVerb < 0 || mainVerb >= i-1 || !joinedTalksVerbs[toks[mainVerb].low] {
		return false
	}
	for k := mainVerb + 1; k < i; k++ {
		if l := toks[k].low; l == "," || l == ";" || l == ":" || l == "(" || l == "-" || l == "--" {
			return false
		}
	}
	return true
}

// joinedTalksVerbs say their subject took part in the talks they govern.
var joinedTalksVerbs = map[string]bool{"met": true, "meet": true, "meets": true, "held": true, "hold": true, "holds": true,
	"began": true, "begin": true, "begins": true, "resumed": true, "resume": true, "resumes": true, "opened": true,
	"attended": true, "attend": true, "attends": true, "joined": true, "join": true, "joins": true, "started": true,
	"concluded": true, "gathered": true, "convened": true}

// hostingParticiples are the participles of hosting talks (CAMEO 043), as
// against mediating them (045).
var hostingParticiples = map[string]bool{"hosted": true, "convened": true}

// hostOfFailedTalks says whether trigger t is a hosting participle right
// after a talks noun whose talks then collapsed, broke down or stalled
// ("the talks hosted by Qatar collapsed"): the sentence tells of the
// talks' failure, not of a visit hosted, and a host is no party to talks
// that failed. Mediation of a settlement that later collapsed still
// stands (see brokeDown's caller), as the broker did act on both sides.
func hostOfFailedTalks(toks []tok, t *trigger) bool {
	i := t.i
	if t.nominal || !hostingParticiples[toks[i].low] || i < 1 || i+1 >= len(toks) || toks[i+1].low != "by" {
		return false
	}
	// The talks noun may carry its parties before the participle ("talks
	// between Israel and Hamas hosted by Qatar").
	talks := false
	for n := i - 1; n >= 0 && n >= i-8; n-- {
		l := toks[n].low
		if meetingNouns[l] || strings.HasPrefix(l, "negotiation") {
			talks = true
			break
		}
		if l == "," || l == ";" || l == ":" || finiteVerb(toks[n]) || toks[n].pos == "MD" {
			break
		}
	}
	if !talks {
		return false
	}
	for q := i + 2; q < len(toks) && q < i+12; q++ {
		switch l := toks[q].low; {
		case l == "stalled" || l == "stall" || l == "stalls":
			return true
		case l == "," || l == ";" || l == "." || l == "that" || l == "which":
			return false
		case collapseAux[l]:
			continue
		case strings.HasPrefix(toks[q].pos, "VB") || toks[q].pos == "MD":
			return brokeDown(toks, q)
		}
	}
	return false
}
