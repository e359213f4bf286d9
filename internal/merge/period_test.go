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

func TestDatesMeet(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		name            string
		report          string
		precision       string
		stored          string
		storedPrecision string
		want            bool
	}{
		{"two days (the caller's window)", "2026-03-02", model.PrecisionDay, "2026-03-04", model.PrecisionDay, true},
		{"undated stored event (day)", "2026-03-02", model.PrecisionDay, "2026-03-01", "", true},
		{"day within the stored year", "2021-06-12", model.PrecisionDay, "2021-01-01", model.PrecisionYear, true},
		{"day of the year before a stored year", "2020-12-30", model.PrecisionDay, "2021-01-01", model.PrecisionYear, false},
		{"day within the stored month", "2026-03-02", model.PrecisionDay, "2026-03-01", model.PrecisionMonth, true},
		{"day of the month before a stored month", "2026-02-27", model.PrecisionDay, "2026-03-01", model.PrecisionMonth, false},
		{"year holding a stored day", "2021-01-01", model.PrecisionYear, "2021-01-03", model.PrecisionDay, true},
		{"year after a stored day", "2021-01-01", model.PrecisionYear, "2020-12-30", model.PrecisionDay, false},
		{"month after a stored day", "2026-01-01", model.PrecisionMonth, "2025-12-30", model.PrecisionDay, false},
		{"month within a stored year", "2026-01-01", model.PrecisionMonth, "2026-01-01", model.PrecisionYear, true},
		{"year holding a stored month", "2025-01-01", model.PrecisionYear, "2024-12-01", model.PrecisionMonth, false},
		{"two years", "2021-01-01", model.PrecisionYear, "2021-01-01", model.PrecisionYear, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := datesMeet(day(c.report), c.precision, c.stored, c.storedPrecision); got != c.want {
				t.Errorf("datesMeet(%s %s, %s %s) = %v, want %v", c.report, c.precision, c.stored, c.storedPrecision, got, c.want)
			}
		})
	}
}

// A month or a year is stored at its first day, and the window that
// forgives an outlet a wrong day reaches from there into the days before:
// "Algeria recalled its ambassador from Rabat on December 30" and "Algeria
// recalled its ambassador in January" (or "severed relations in 2026") are
// two happenings, whether two outlets or one article tell them, and the
// event of December keeps its day. A report dated within the event's
// period still joins it.
func TestPeriodReportsKeepToTheirPeriod(t *testing.T) {
	dza := []model.EventActor{{Text: "Algeria", ActorID: "DZA", Country: "DZA"}}
	mar := []model.EventActor{{Text: "Morocco", ActorID: "MAR", Country: "MAR"}}
	recall := func(date, precision string) model.Event {
		return model.Event{Type: "SANCTION", CAMEO: "161", Source: dza, Target: mar, Date: date, Precision: precision, Confidence: 1}
	}
	doc := func(url string, pub time.Time, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	dec30 := recall("2025-12-30", model.PrecisionDay)
	jan2 := time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		docs []*model.Document
		// want: event date/precision -> sources.
		want map[string]int
	}{
		{"a month report from another outlet", []*model.Document{
			doc("https://a.example/1", time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC), dec30),
			doc("https://b.example/1", jan2, recall("2026-01", model.PrecisionMonth)),
		}, map[string]int{"2025-12-30/day": 1, "2026-01-01/month": 1}},
		{"a year report from another outlet", []*model.Document{
			doc("https://a.example/1", time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC), dec30),
			doc("https://b.example/1", jan2, recall("2026", model.PrecisionYear)),
		}, map[string]int{"2025-12-30/day": 1, "2026-01-01/year": 1}},
		{"the year told first, then the day before it", []*model.Document{
			doc("https://b.example/1", jan2, recall("2026", model.PrecisionYear)),
			doc("https://a.example/1", jan2, dec30),
		}, map[string]int{"2025-12-30/day": 1, "2026-01-01/year": 1}},
		{"one article telling both", []*model.Document{
			doc("https://a.example/1", jan2, dec30, recall("2026", model.PrecisionYear)),
		}, map[string]int{"2025-12-30/day": 1, "2026-01-01/year": 1}},
		// Control: a day within the month joins the month's event and
		// sharpens it.
		{"a day within the month", []*model.Document{
			doc("https://b.example/1", time.Date(2026, 1, 20, 9, 0, 0, 0, time.UTC), recall("2026-01", model.PrecisionMonth)),
			doc("https://a.example/1", time.Date(2026, 1, 21, 9, 0, 0, 0, time.UTC), recall("2026-01-02", model.PrecisionDay)),
		}, map[string]int{"2026-01-02/day": 2}},
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
				got[e.Date+"/"+e.Precision] = e.NumSources
			}
			if len(got) != len(evs) || !maps.Equal(got, c.want) {
				t.Errorf("events (sources) %v, want %v", got, c.want)
			}
		})
	}
}
