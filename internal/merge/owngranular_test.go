package merge

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// One article telling one happening twice at two granularities keeps one
// event for both, so that another outlet's report matching either lands in
// it; two acts the sides of which would not match across outlets (an army
// and a rebel group of one country), or told on two days, stay two.
func TestOwnReportsAtOtherGranularity(t *testing.T) {
	actor := func(text, id, country, sector string) []model.EventActor {
		return []model.EventActor{{Text: text, ActorID: id, Country: country, Sector: sector}}
	}
	isr := actor("Israel", "ISR", "ISR", "")
	isrMil := actor("the Israeli military", "ISR.MIL", "ISR", "military")
	hez := actor("Hezbollah", "LBN.REB.HEZBOLLAH", "LBN", "rebel")
	lbn := actor("southern Lebanon", "LBN", "LBN", "")
	sdnMil := actor("the Sudanese army", "SDN.MIL", "SDN", "military")
	rsf := actor("the Rapid Support Forces", "SDN.REB.RSF", "SDN", "rebel")
	tcd := actor("Chad", "TCD", "TCD", "")
	tcdMil := actor("Chadian troops", "TCD.MIL", "TCD", "military")
	rusMil := actor("Russian forces", "RUS.MIL", "RUS", "military")
	ukr := actor("Ukraine", "UKR", "UKR", "")
	ukrBus := actor("a Ukrainian energy company", "UKR.BUS", "UKR", "business")
	ev := func(src, tgt []model.EventActor, date string, conf float64, sentence int) model.Event {
		return model.Event{Type: "ASSAULT", CAMEO: "195", Source: src, Target: tgt, Date: date, Precision: model.PrecisionDay,
			Confidence: conf, Evidence: []model.Evidence{{Sentence: sentence, Text: "s", Trigger: "struck"}}}
	}
	pub := time.Date(2025, 4, 29, 9, 0, 0, 0, time.UTC)
	doc := func(url string, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: url, Published: &pub, Events: evs}}
	}
	for _, c := range []struct {
		name string
		docs []*model.Document
		// want lists each stored event's reports ("host#event"), sorted.
		want []string
	}{
		{
			// The main clause and a participle after the attribution
			// ("..., the Israeli military said, hitting depots in
			// southern Lebanon"), a background event with its day and
			// actors (datedReference); then an outlet naming the
			// military and Lebanon, and one naming the military and
			// Hezbollah.
			name: "one attack told twice by one article, then by two outlets",
			docs: []*model.Document{
				doc("https://a.example/1", ev(isr, hez, "2025-04-29", 1, 0), ev(isrMil, lbn, "2025-04-29", 0.45, 0)),
				doc("https://b.example/1", ev(isrMil, lbn, "2025-04-29", 1, 0)),
				doc("https://c.example/1", ev(isrMil, hez, "2025-04-29", 1, 0)),
			},
			// The article's second report is of the sentence its first
			// is a mention of: no second mention.
			want: []string{"a#e1 b#e1 c#e1"},
		},
		{
			name: "the same attack told of the country and of a company of the target country",
			docs: []*model.Document{
				doc("https://a.example/2", ev(rusMil, ukr, "2025-04-29", 1, 0), ev(rusMil, ukrBus, "2025-04-29", 1, 2)),
			},
			want: []string{"a#e1 a#e2"},
		},
		{
			name: "an army and a rebel group of one country attacking one neighbour on one day",
			docs: []*model.Document{
				doc("https://a.example/3", ev(sdnMil, tcd, "2025-04-29", 1, 0), ev(rsf, tcdMil, "2025-04-29", 1, 1)),
			},
			want: []string{"a#e1", "a#e2"},
		},
		{
			name: "one side told at two granularities on two days",
			docs: []*model.Document{
				doc("https://a.example/4", ev(isr, hez, "2025-04-28", 1, 0), ev(isrMil, lbn, "2025-04-29", 1, 1)),
			},
			want: []string{"a#e1", "a#e2"},
		},
		{
			name: "another target country",
			docs: []*model.Document{
				doc("https://a.example/5", ev(isrMil, lbn, "2025-04-29", 1, 0), ev(isr, actor("Syria", "SYR", "SYR", ""), "2025-04-29", 1, 1)),
			},
			want: []string{"a#e1", "a#e2"},
		},
		{
			// Both take the publish day: nothing says they are one.
			name: "two undated reports at two granularities",
			docs: []*model.Document{
				doc("https://a.example/7", ev(isr, hez, "", 1, 0), ev(isrMil, lbn, "", 1, 1)),
			},
			want: []string{"a#e1", "a#e2"},
		},
		{
			// A report kept to its article (a side implied) joins
			// nothing told otherwise, its own article's either.
			name: "a loose report at another granularity",
			docs: []*model.Document{
				doc("https://a.example/6", ev(isr, hez, "2025-04-29", 1, 0), ev(isrMil, lbn, "2025-04-29", 0.75, 1)),
			},
			want: []string{"a#e1", "a#e2"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			applyAll(t, s, c.docs...)
			var got []string
			for _, e := range eventsWithReports(t, s) {
				var rs []string
				for _, r := range e.reports {
					host := strings.TrimPrefix(r, "https://")
					host, rest, _ := strings.Cut(host, ".example/")
					_, id, _ := strings.Cut(rest, "#")
					rs = append(rs, host+"#"+id)
				}
				got = append(got, strings.Join(rs, " "))
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("events %q, want %q", got, c.want)
			}
		})
	}
}

// Sides named at two levels of detail: a part of a country's state (its
// military, its government) matches the country as a whole and another part
// of its state; never a non-state group of the country, nor another
// country.
func TestSideMatchAcrossSectors(t *testing.T) {
	p := func(id, country, sector string) party { return party{id: id, country: country, sector: sector} }
	for _, c := range []struct {
		a, b party
		want int
	}{
		{p("ISR.MIL", "ISR", "military"), p("ISR", "ISR", ""), sideCountry},
		{p("ISR", "ISR", ""), p("ISR.MIL", "ISR", "military"), sideCountry},
		{p("ISR.MIL", "ISR", "military"), p("ISR.GOV", "ISR", "government"), sideCountry},
		{p("ISR.MIL", "ISR", "military"), p("ISR.MIL", "ISR", "military"), sideSame},
		{p("ISR.MIL", "ISR", "military"), p("ISR.REB", "ISR", "rebel"), sideNone},
		{p("ISR.MIL", "ISR", "military"), p("ISR.OPP", "ISR", "opposition"), sideNone},
		{p("ISR.MIL", "ISR", "military"), p("LBN", "LBN", ""), sideNone},
		{p("ISR.MIL", "ISR", "military"), p("LBN.MIL", "LBN", "military"), sideNone},
	} {
		if got := sideMatch(c.a, c.b); got != c.want {
			t.Errorf("sideMatch(%s, %s) = %d, want %d", c.a.id, c.b.id, got, c.want)
		}
	}
}

// An article telling strikes of one country on another on two days, one
// day's named by the weapons (the military) and the other's by the
// country, tells two happenings, as it does naming both alike: its
// Monday's report does not join another outlet's Sunday's within the
// window that forgives outlets a day.
func TestTwoDaysAtTwoGranularities(t *testing.T) {
	actor := func(text, id, country, sector string) []model.EventActor {
		return []model.EventActor{{Text: text, ActorID: id, Country: country, Sector: sector}}
	}
	pakMil := actor("Pakistani warplanes", "PAK.MIL", "PAK", "military")
	pak := actor("Pakistan", "PAK", "PAK", "")
	afg := actor("Afghanistan", "AFG", "AFG", "")
	ev := func(id string, src []model.EventActor, date string, sentence int) model.Event {
		return model.Event{ID: id, Type: "ASSAULT", CAMEO: "195", Source: src, Target: afg, Date: date, Precision: model.PrecisionDay,
			Confidence: 1, Evidence: []model.Evidence{{Sentence: sentence, Text: "s", Trigger: "struck"}}}
	}
	pub := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	doc := func(url string, evs ...model.Event) *model.Document {
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: url, Published: &pub, Events: evs}}
	}
	s := openStore(t)
	applyAll(t, s,
		doc("https://a.example/1", ev("e1", pakMil, "2026-11-22", 0)),
		doc("https://b.example/1", ev("e1", pakMil, "2026-11-23", 0), ev("e2", pak, "2026-11-22", 2)))
	var got []string
	for _, e := range eventsWithReports(t, s) {
		got = append(got, e.Date+" "+strings.Join(e.reports, " "))
	}
	slices.Sort(got)
	want := []string{"2026-11-22 https://a.example/1#e1 https://b.example/1#e2", "2026-11-23 https://b.example/1#e1"}
	if !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}
