package merge

import (
	"context"
	"fmt"
	"maps"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An outlet that told one key on one day in a story and tells it on the
// next day in a later story ("Russian missiles struck Kharkiv on Tuesday",
// then "Russian drones struck Kharkiv on Wednesday, a day after ...") tells
// two happenings: the later report must not join the earlier day's event,
// though another outlet's report a day off still does (the window forgives
// an outlet a wrong day), and the outlet's own follow-up of the same day,
// or one that gives no day, joins as before. (Reports come in publish
// order: another outlet's report of Wednesday ingested before the outlet's
// second story has joined Tuesday's event by the window, and stays there.)
func TestOutletDatingOneKeyToTwoDays(t *testing.T) {
	rus := []model.EventActor{{Text: "Russia", ActorID: "RUS", Country: "RUS"}}
	kharkiv := []model.EventActor{{Text: "Kharkiv", ActorID: "city:UKR:kharkiv", Country: "UKR"}}
	ind := []model.EventActor{{Text: "India", ActorID: "IND", Country: "IND"}}
	pak := []model.EventActor{{Text: "Pakistan", ActorID: "PAK", Country: "PAK"}}
	strike := func(date string) model.Event {
		return model.Event{Type: "ASSAULT", CAMEO: "195", Source: rus, Target: kharkiv, Date: date, Precision: model.PrecisionDay, Confidence: 1}
	}
	accuse := func(date string) model.Event {
		e := model.Event{Type: "ACCUSE", CAMEO: "112", Source: ind, Target: pak, Confidence: 1}
		if date != "" {
			e.Date, e.Precision = date, model.PrecisionDay
		}
		return e
	}
	doc := func(url string, pub time.Time, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	at := func(day, hour int) time.Time { return time.Date(2026, 10, day, hour, 0, 0, 0, time.UTC) }
	tue, wed := "2026-10-13", "2026-10-14"
	for _, c := range []struct {
		name string
		docs []*model.Document
		// want: event day -> sites reporting it.
		want map[string]int
	}{
		{"strikes on consecutive days, the outlet's second story", []*model.Document{
			doc("https://north.example/1", at(13, 19), strike(tue)),
			doc("https://east.example/1", at(14, 6), strike(tue)), // "yesterday"
			doc("https://north.example/2", at(14, 20), strike(wed)),
			doc("https://danube.example/1", at(15, 7), strike(wed)),
		}, map[string]int{tue: 2, wed: 2}},
		{"accusations on consecutive days, told as yesterday", []*model.Document{
			doc("https://himalaya.example/a", at(13, 11), accuse(tue)),
			doc("https://himalaya.example/b", at(14, 18), accuse(wed)),
			doc("https://indus.example/a", at(15, 7), accuse(wed)), // "yesterday", read on Thursday
		}, map[string]int{tue: 1, wed: 2}},
		// Near misses: no outlet tells two days, so the window joins.
		{"another outlet a day off", []*model.Document{
			doc("https://north.example/1", at(13, 19), strike(tue)),
			doc("https://east.example/1", at(14, 20), strike(wed)),
		}, map[string]int{tue: 2}},
		{"the outlet's follow-up of the same day", []*model.Document{
			doc("https://north.example/1", at(13, 19), strike(tue)),
			doc("https://east.example/1", at(14, 6), strike(wed)),
			doc("https://north.example/2", at(14, 20), strike(tue)),
		}, map[string]int{tue: 2}},
		{"the outlet's follow-up giving no day", []*model.Document{
			doc("https://himalaya.example/a", at(13, 11), accuse(tue)),
			doc("https://himalaya.example/b", at(14, 18), accuse("")),
		}, map[string]int{tue: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			applyAll(t, s, c.docs...)
			evs, err := s.Events(context.Background(), store.EventQuery{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, e := range evs {
				got[e.Date] = e.NumSources
			}
			if len(got) != len(evs) || !maps.Equal(got, c.want) {
				t.Errorf("events by day (sources) %v, want %v", got, c.want)
			}
		})
	}
}
