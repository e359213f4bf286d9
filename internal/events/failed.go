package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// settledNouns name the outcome a meeting may fail to bring.
var settledNouns = map[string]bool{
	"agreement": true, "agreements": true, "deal": true, "accord": true, "breakthrough": true,
	"settlement": true, "consensus": true, "compromise": true, "ceasefire": true, "truce": true,
}

// failedVerbs are what a meeting "failed to" do to an agreement.
var failedVerbs = map[string]bool{
	"produce": true, "reach": true, "yield": true, "bring": true, "deliver": true, "achieve": true,
	"secure": true, "result": true, "clinch": true, "agree": true,
}

// failedAgreement says whether the meeting noun ending at token j is the
// subject of a failure to agree: "the 2018 and 2019 summits failed to
// produce any agreement", "talks between X and Y ended without a deal".
// The meeting took place; the agreement did not (a negated AGREE between
// its parties, as "X and Y failed to reach an agreement" is coded).
func failedAgreement(toks []tok, j int) bool {
	for q := j; q < len(toks) && q < j+14; q++ {
		l := toks[q].low
		if l == ";" || l == "." || l == "that" || l == "which" {
			return false
		}
		verb := false
		switch {
		case (l == "failed" || l == "fail" || l == "fails") && q+2 < len(toks) && toks[q+1].low == "to" && failedVerbs[toks[q+2].low]:
			q += 3
			verb = true
		case (l == "ended" || l == "end" || l == "ends" || l == "concluded" || l == "closed") && q+1 < len(toks) && toks[q+1].low == "without":
			q += 2
			verb = true
		}
		if !verb {
			continue
		}
		for k := q; k < len(toks) && k < q+4; k++ {
			if settledNouns[toks[k].low] {
				return true
			}
		}
		return false
	}
	return false
}

// addFailedAgreement codes the agreement a meeting failed to bring as a
// negated AGREE (CAMEO 030) between each ordered pair of its parties,
// dated as the meeting is (ev is the meeting's event).
func (c *Coder) addFailedAgreement(st *articleState, ev model.Event, parties group, evi model.Evidence, conf float64, dateEnd string) {
	e := ev
	e.Type, e.CAMEO, e.Polarity, e.Modality = "AGREE", "030", "negated", "actual"
	if x, ok := c.cameo.Lookup("030"); ok {
		e.Goldstein, e.QuadClass, e.Mode, e.Context = x.Goldstein, x.QuadClass, x.Mode, x.Context
	}
	e.Evidence = []model.Evidence{evi}
	e.Confidence = conf
	for _, a := range parties {
		for _, b := range parties {
			if a.key() == b.key() {
				continue
			}
			pe := e
			pe.Source = []model.EventActor{c.eventActor(a)}
			pe.Target = []model.EventActor{c.eventActor(b)}
			c.add(st, &draft{ev: pe, srcKey: a.mergeKey(), tgtKey: b.mergeKey(), dateEnd: dateEnd})
		}
	}
}

// lastMeeting returns the article's latest asserted CONSULT event between
// two countries' actors told in one of the three sentences before sentence
// sent: what "the summits" or "a series of summits" of a later sentence
// that names no party refer back to. A meeting told further back is not
// taken for it.
func (st *articleState) lastMeeting(sent int) *draft {
	for i := len(st.events) - 1; i >= 0; i-- {
		d := st.events[i]
		if n := len(d.ev.Evidence); n == 0 || d.ev.Evidence[n-1].Sentence < sent-3 || d.ev.Evidence[n-1].Sentence >= sent {
			continue
		}
		if d.ev.Type == "CONSULT" && d.ev.Polarity == "asserted" && len(d.ev.Source) == 1 && len(d.ev.Target) == 1 &&
			d.ev.Source[0].Country != "" && d.ev.Target[0].Country != "" && d.ev.Source[0].Country != d.ev.Target[0].Country {
			return d
		}
	}
	return nil
}

// addFailedAgreementOf codes the agreement that the meeting of an earlier
// event (prev) failed to bring, as told in a later sentence naming no party
// ("The 2018 and 2019 summits failed to produce any agreement"): a negated
// AGREE each way between prev's parties, dated by the later sentence's own
// date (d) when it has one, else as prev.
func (c *Coder) addFailedAgreementOf(st *articleState, prev *draft, d *model.TimeExpr, evi model.Evidence) {
	e := model.Event{Type: "AGREE", CAMEO: "030", Polarity: "negated", Modality: "actual",
		Date: prev.ev.Date, Precision: prev.ev.Precision, Relation: prev.ev.Relation, Confidence: 0.9}
	if x, ok := c.cameo.Lookup("030"); ok {
		e.Goldstein, e.QuadClass, e.Mode, e.Context = x.Goldstein, x.QuadClass, x.Mode, x.Context
	}
	dateEnd := prev.dateEnd
	if d != nil {
		e.Date, e.Precision, e.Relation, dateEnd = d.Value, d.Precision, d.Relation, d.EndValue
	}
	e.Evidence = []model.Evidence{evi}
	a, b := prev.ev.Source[0], prev.ev.Target[0]
	for _, side := range [][2]model.EventActor{{a, b}, {b, a}} {
		pe := e
		pe.Source, pe.Target = []model.EventActor{side[0]}, []model.EventActor{side[1]}
		sk, tk := prev.srcKey, prev.tgtKey
		if side[0] != a {
			sk, tk = tk, sk
		}
		c.add(st, &draft{ev: pe, srcKey: sk, tgtKey: tk, dateEnd: dateEnd})
	}
}

// collapseVerbs say, of a settlement as their subject, that it ended
// without anyone acting on it: "the ceasefire collapsed", "the deal
// unravelled". "broke down" and "fell apart" are two words (brokeDown).
var collapseVerbs = map[string]bool{
	"collapsed": true, "collapses": true, "collapse": true, "collapsing": true,
	"unravelled": true, "unraveled": true, "unravels": true, "unravel": true,
	"crumbled": true, "crumbles": true, "foundered": true, "founders": true,
}

// collapseAux may stand between a settlement noun's phrase and its
// collapse verb: "the truce has broken down", "appeared to collapse".
var collapseAux = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "been": true,
	"appeared": true, "appears": true, "seemed": true, "seems": true, "to": true, "effectively": true,
	"all": true, "but": true, "finally": true, "quickly": true, "largely": true, "already": true,
}

// brokeDown says whether the settlement noun ending at token j is the
// subject of its own collapse: the first verb after its phrase (its
// "between X and Y", "in Gaza") is "collapsed", "broke down", "fell
// apart", or "failed" ("the truce failed", "failed to hold"), but not
// "failed to reach ..." (failedAgreement: a meeting's failure). A
// relative clause or a new clause ends the search: "the truce that Egypt
// brokered collapsed" is left alone.
func brokeDown(toks []tok, j int) bool {
	return endedOnItsOwn(toks, j, false)
}

// talksNouns name negotiations under way, which may stall or collapse.
var talksNouns = map[string]bool{"talks": true, "negotiations": true, "dialogue": true}

// stallVerbs say, of talks as their subject, that they came to a halt
// with no one named as halting them: "the talks stalled", "negotiations
// have faltered".
var stallVerbs = map[string]bool{
	"stalled": true, "stall": true, "stalls": true, "faltered": true, "falters": true, "deadlocked": true,
}

// talksHalted says whether the talks noun ending at token j is the
// subject of its own stall, breakdown or collapse ("talks between X and Y
// stalled on Tuesday"): no consultation is told as held then, and CAMEO's
// halting of negotiations (164) needs a party who halts them ("X broke
// off talks", coded by its own pattern). Talks that "failed" were held
// and stay a consultation.
func talksHalted(toks []tok, j int) bool {
	return endedOnItsOwn(toks, j, true)
}

// endedOnItsOwn is brokeDown, and with talks talksHalted: "failed" ends
// a settlement, not talks, and "stalled" ends talks.
func endedOnItsOwn(toks []tok, j int, talks bool) bool {
	for q := j; q < len(toks) && q < j+12; q++ {
		l := toks[q].low
		switch {
		case l == ";" || l == "." || l == "," || l == "that" || l == "which" || l == "who" || l == "and" && q > j && verbLike(toks[q-1]):
			return false
		case collapseVerbs[l] || talks && stallVerbs[l]:
			return true
		// "the truce was not holding", "the ceasefire did not hold", "has
		// never held", "is no longer holding": a settlement said not to
		// hold failed on its own too (as "failed to hold").
		case !talks && notHolding(toks, q):
			return true
		case (l == "broke" || l == "breaks" || l == "broken" || l == "break" || l == "breaking") && q+1 < len(toks) && toks[q+1].low == "down":
			return true
		case (l == "fell" || l == "falls" || l == "fallen" || l == "fall") && q+1 < len(toks) && toks[q+1].low == "apart":
			return true
		case !talks && (l == "failed" || l == "fails") && !(q+1 < len(toks) && toks[q+1].low == "to" && q+2 < len(toks) && failedVerbs[toks[q+2].low]):
			return true
		case collapseAux[l] || !talks && (l == "did" || l == "does") && q+1 < len(toks) && toks[q+1].low == "not":
			continue
		case finiteVerb(toks[q]) || toks[q].pos == "MD" || toks[q].pos == "" && verbLike(toks[q]) && q > j:
			return false
		}
	}
	return false
}

// holdForms are the forms of "hold" that tell a settlement lasting.
var holdForms = map[string]bool{"hold": true, "holds": true, "held": true, "holding": true}

// notHolding says whether a negation at q ("not", "never", "no longer")
// comes right before a form of "hold" ("not holding", "never held", "no
// longer holds"), saying a settlement did not last.
func notHolding(toks []tok, q int) bool {
	k := q
	switch {
	case toks[k].low == "not" || toks[k].low == "n't" || toks[k].low == "never":
		k++
	case toks[k].low == "no" && k+1 < len(toks) && toks[k+1].low == "longer":
		k += 2
	default:
		return false
	}
	if k >= len(toks) || !holdForms[toks[k].low] {
		return false
	}
	// "did not hold much promise", "has not held talks": "hold" with an
	// object is another verb.
	if k+1 < len(toks) {
		n := toks[k+1]
		if determiners[n.low] || n.low == "much" || n.low == "any" || strings.HasPrefix(n.pos, "NN") || n.pos == "JJ" || n.pos == "CD" {
			return false
		}
	}
	return true
}
