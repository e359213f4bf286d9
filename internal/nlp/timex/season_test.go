package timex

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A season's text leaves its preposition out, as a year's does ("in 2012"
// is "2012"); the words that make it a date stay in ("the following",
// "last", "late"). A season told in the past while it is under way ("rose
// over the summer" in August) is that season, "last summer" the one before.
func TestSeasonText(t *testing.T) {
	ref := time.Date(2021, 8, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, end string
	}{
		{"The wall was finished in the spring of 2019.", "the spring of 2019", "2019-03", "2019-05"},
		{"The army camped there during the winter of 1776-77.", "the winter of 1776-77", "1776-12", "1777-02"},
		{"The summit will be held in the autumn, officials said.", "the autumn", "2021-09", "2021-11"},
		{"Prices rose over the summer, traders said.", "the summer", "2021-06", "2021-08"},
		{"In the winter of 2019, gas use peaked.", "the winter of 2019", "2019-12", "2020-02"},
		// "last summer" told in August is the one before.
		{"Sales fell last summer, the company said.", "last summer", "2020-06", "2020-08"},
		// The words that date it stay.
		{"Sales fell sharply last winter, the company said.", "last winter", "2020-12", "2021-02"},
		{"The plant will reopen next spring.", "next spring", "2022-03", "2022-05"},
		{"Record heat hit Europe in summer 2019.", "summer 2019", "2019-06", "2019-08"},
		{"The flooding began in late autumn 2020.", "late autumn 2020", "2020-09", "2020-11"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, ref)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.EndValue != tt.end {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.EndValue, tt.value, tt.end)
		}
	}
	// Look-alikes: a season alone, or as a name, is no date.
	for _, s := range []string{
		"The Arab Spring toppled several governments.",
		"The festival is held every summer in the old town.",
		"Prices fall in the market when supply rises.",
		"The Winter Olympics open in Beijing.",
	} {
		if got := Find(s, 0, 0, ref); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", s, got)
		}
	}
}

// A text written from south of the equator, as its dateline or first
// sentence says, counts its seasons there: its winter is June to August.
// A text from the north keeps the north's, and so does a sentence that
// says it counts the northern hemisphere's.
func TestSeasonDateline(t *testing.T) {
	ref := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		text, season, value, end string
	}{
		{"BUENOS AIRES (Reuters) - Gas imports rose sharply. Officials expect shortages next winter.", "next winter", "2026-06", "2026-08"},
		{"Wellington, March 10 - Power prices climbed. Retailers warned of higher bills this winter.", "this winter", "2026-06", "2026-08"},
		{"OSLO (Reuters) - Gas imports rose sharply. Officials expect shortages next winter.", "next winter", "2026-12", "2027-02"},
		{"PERTH (Reuters) - Wheat exports rose. Buyers in the northern hemisphere expect a glut next summer.", "next summer", "2026-06", "2026-08"},
		{"Perthshire farmers met on Monday. Buyers expect a glut next summer.", "next summer", "2026-06", "2026-08"},
	}
	for _, tt := range tests {
		dates, err := Dates(context.Background(), tt.text, segment.Sentences(tt.text), ref, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got *model.TimeExpr
		for i := range dates {
			if dates[i].Text == tt.season {
				got = &dates[i]
			}
		}
		if got == nil || got.Value != tt.value || got.EndValue != tt.end {
			t.Errorf("%q: %q = %+v, want %s/%s", tt.text, tt.season, got, tt.value, tt.end)
		}
	}
}
