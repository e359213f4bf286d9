package merge

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A symmetric report dated only to a month ("India and China held talks in
// Geneva earlier this month"), which the coder codes both ways round, is
// one report of one event: when the store holds two events of that key in
// the month (talks on the 12th and on the 26th), its two directions must
// not join one each. Dated to the day, or told one way round, it joins one
// event as before.
func TestOwnMonthReportBothWaysJoinsOneEvent(t *testing.T) {
	country := func(code string) []model.EventActor {
		return []model.EventActor{{Text: code, ActorID: code, Country: code}}
	}
	report := func(typ, cameo, src, tgt, date, precision string) model.Event {
		return model.Event{Type: typ, CAMEO: cameo, Source: country(src), Target: country(tgt), Date: date, Precision: precision, Confidence: 1,
			Evidence: []model.Evidence{{Sentence: 0, Text: "x"}}}
	}
	// The stored events name the two leaders: the report, naming the
	// countries, joins them told differently (not by their exact key).
	leaders := func(typ, cameo, a, b, date string) model.Event {
		e := report(typ, cameo, a, b, date, model.PrecisionDay)
		e.Source = []model.EventActor{{Text: "the " + a + " leader", ActorID: "person:leader_of_" + a, Country: a, Sector: "government"}}
		e.Target = []model.EventActor{{Text: "the " + b + " leader", ActorID: "person:leader_of_" + b, Country: b, Sector: "government"}}
		return e
	}
	doc := func(url string, pub time.Time, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	at := func(day int) time.Time { return time.Date(2026, 10, day, 9, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name, typ, cameo, a, b string
		last                   []model.Event
	}{
		{"talks, a month both ways", "CONSULT", "036", "IND", "CHN", []model.Event{
			report("CONSULT", "036", "IND", "CHN", "2026-10", model.PrecisionMonth),
			report("CONSULT", "036", "CHN", "IND", "2026-10", model.PrecisionMonth)}},
		{"cooperation, a month both ways, the other way first", "COOPERATE", "042", "SRB", "HUN", []model.Event{
			report("COOPERATE", "042", "HUN", "SRB", "2026-10", model.PrecisionMonth),
			report("COOPERATE", "042", "SRB", "HUN", "2026-10", model.PrecisionMonth)}},
		// Near misses: one way round, and a day both ways.
		{"talks, a month one way", "CONSULT", "036", "IND", "CHN", []model.Event{
			report("CONSULT", "036", "IND", "CHN", "2026-10", model.PrecisionMonth)}},
		{"talks, a day both ways", "CONSULT", "036", "IND", "CHN", []model.Event{
			report("CONSULT", "036", "IND", "CHN", "2026-10-26", model.PrecisionDay),
			report("CONSULT", "036", "CHN", "IND", "2026-10-26", model.PrecisionDay)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			applyAll(t, s,
				doc("https://one.example/1", at(12), leaders(c.typ, c.cameo, c.a, c.b, "2026-10-12")),
				doc("https://two.example/1", at(26), leaders(c.typ, c.cameo, c.a, c.b, "2026-10-26")),
				doc("https://three.example/1", at(29), c.last...))
			evs, err := s.Events(context.Background(), store.EventQuery{})
			if err != nil {
				t.Fatal(err)
			}
			sources := 0
			for _, e := range evs {
				sources += e.NumSources
			}
			if len(evs) != 2 || sources != 3 {
				t.Errorf("%d events with %d sources in all, want 2 with 3 (the third outlet's report in one)", len(evs), sources)
			}
		})
	}
}
