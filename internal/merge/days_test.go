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

// An article that dates two reports of one key to consecutive days ("struck
// Khost on Sunday ... struck Paktika on Monday") tells two happenings: the
// coder joins what an article tells twice, so it would have given them one
// event. The window that forgives an outlet a wrong day must not fold them
// into one, nor let the Monday strike join another outlet's Sunday strike,
// whichever of the two the article tells first.
func TestArticleDatingOneKeyToTwoDays(t *testing.T) {
	pak := []model.EventActor{{Text: "Pakistan", ActorID: "PAK", Country: "PAK"}}
	afg := []model.EventActor{{Text: "Afghanistan", ActorID: "AFG", Country: "AFG"}}
	strike := func(date string) model.Event {
		return model.Event{Type: "ASSAULT", CAMEO: "195", Source: pak, Target: afg, Date: date, Precision: model.PrecisionDay, Confidence: 1}
	}
	doc := func(url string, pub time.Time, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	sunday, monday := "2026-11-22", "2026-11-23"
	for _, c := range []struct {
		name   string
		second []model.Event
		// want: event day -> sites reporting it.
		want map[string]int
	}{
		{"the later strike told first", []model.Event{strike(monday), strike(sunday)}, map[string]int{sunday: 2, monday: 1}},
		{"the earlier strike told first", []model.Event{strike(sunday), strike(monday)}, map[string]int{sunday: 2, monday: 1}},
		// Control: one report a day off is an outlet's wrong day, and joins.
		{"one report a day off", []model.Event{strike(monday)}, map[string]int{sunday: 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			applyAll(t, s,
				doc("https://a.example/1", time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC), strike(sunday)),
				doc("https://b.example/1", time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), c.second...))
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

// Of two stored events a report could join, one dated to the report's day
// and one a day off, it joins the one of its day even when the other names
// its parties exactly as it does: outlets name one act at different
// granularities far more often than they date it to different days.
func TestReportJoinsTheEventOfItsDay(t *testing.T) {
	pak := []model.EventActor{{Text: "Pakistan", ActorID: "PAK", Country: "PAK"}}
	afg := []model.EventActor{{Text: "Afghanistan", ActorID: "AFG", Country: "AFG"}}
	civilians := []model.EventActor{{Text: "people", Country: "AFG", Sector: "civilian"}}
	strike := func(target []model.EventActor, date string) model.Event {
		return model.Event{Type: "ASSAULT", CAMEO: "195", Source: pak, Target: target, Date: date, Precision: model.PrecisionDay, Confidence: 1}
	}
	doc := func(url string, pub time.Time, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	sunday, monday := "2026-11-22", "2026-11-23"
	s := openStore(t)
	applyAll(t, s,
		// Sunday's strike told by the people it killed ...
		doc("https://a.example/1", time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC), strike(civilians, sunday)),
		// ... then both days' strikes told by the country struck ...
		doc("https://b.example/1", time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), strike(afg, monday), strike(afg, sunday)),
		// ... and Sunday's again, by the country: the Monday event has
		// its key, the Sunday one its day.
		doc("https://c.example/1", time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC), strike(afg, sunday)))
	evs, err := s.Events(context.Background(), store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range evs {
		got[e.Date] = e.NumSources
	}
	if want := map[string]int{sunday: 3, monday: 1}; len(got) != len(evs) || !maps.Equal(got, want) {
		t.Errorf("events by day (sources) %v, want %v", got, want)
	}
}
