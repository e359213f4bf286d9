package events

import "github.com/newsgraph/newsgraph/internal/model"

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
