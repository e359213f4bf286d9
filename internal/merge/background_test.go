package merge

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Confidences the events coder gives (see internal/events, coder.go): a
// main-clause event with both parties named, the same told as background
// (times 0.45), background with a party implied (0.75 times 0.45), and a
// background hypothesis ((1-0.2) times 0.45).
const (
	confMain          = 1.0
	confBackground    = 0.45
	confBgImplied     = 0.3375
	confBgHypothesis  = 0.36
	confBgWithoutTags = 0.9 * 0.45 // no part of speech on the trigger's head
)

var (
	takaichi = party1("Japanese Prime Minister Sanae Takaichi", "person:sanae_takaichi", "JPN", "government")
	liQiang  = party1("Chinese Premier Li Qiang", "person:li_qiang", "CHN", "government")
	japan    = party1("Japan", "JPN", "JPN", "")
	chinese  = party1("Chinese officials", "", "CHN", "")
)

func meeting(src, tgt []model.EventActor, conf float64, date string) model.Event {
	ev := model.Event{Type: "CONSULT", CAMEO: "040", Source: src, Target: tgt, Confidence: conf, Date: date, Modality: "actual", Polarity: "asserted"}
	switch len(date) {
	case len(time.DateOnly):
		ev.Precision = model.PrecisionDay
	case len("2006-01"):
		ev.Precision = model.PrecisionMonth
	}
	return ev
}

func TestJoinableDatedReference(t *testing.T) {
	for _, c := range []struct {
		name string
		ev   model.Event
		want bool
	}{
		{"main clause", meeting(takaichi, liQiang, confMain, "2026-11-24"), true},
		{"main clause without a date", meeting(takaichi, liQiang, confMain, ""), true},
		{"participial adjunct with its day", meeting(liQiang, takaichi, confBackground, "2026-11-24"), true},
		{"background without part-of-speech tags", meeting(liQiang, takaichi, confBgWithoutTags, "2026-11-24"), true},
		{"background dated to a month only", meeting(liQiang, takaichi, confBackground, "2026-11"), false},
		{"background without a date", meeting(liQiang, takaichi, confBackground, ""), false},
		{"background with a party implied", meeting(liQiang, takaichi, confBgImplied, "2026-11-24"), false},
		{"background with a party known only by its country", meeting(chinese, takaichi, confBackground, "2026-11-24"), false},
		{"background with a country as a party", meeting(japan, liQiang, confBackground, "2026-11-24"), true},
		{"background with no target", meeting(liQiang, nil, confBackground, "2026-11-24"), false},
		{"main clause with a party implied, with its day", meeting(liQiang, takaichi, 0.75, "2026-11-24"), false},
		{"a malformed day", meeting(liQiang, takaichi, confBackground, "2026-13-45"), false},
	} {
		if got := Joinable(&c.ev, DefaultJoinConfidence); got != c.want {
			t.Errorf("%s: Joinable = %v, want %v", c.name, got, c.want)
		}
	}
	hyp := meeting(liQiang, takaichi, confBgHypothesis, "2026-11-24")
	hyp.Modality = "hypothetical"
	neg := meeting(liQiang, takaichi, confBackground, "2026-11-24")
	neg.Polarity = "negated"
	for _, ev := range []model.Event{hyp, neg} {
		if Joinable(&ev, DefaultJoinConfidence) {
			t.Errorf("%s %s background: joinable", ev.Modality, ev.Polarity)
		}
	}
	// The rule scales with the gate: under a stricter one, background
	// that a main clause short of it would become keeps its own event.
	bg := meeting(liQiang, takaichi, confBgWithoutTags, "2026-11-24")
	if Joinable(&bg, 1.0) {
		t.Error("background of a 0.9 main clause joinable under a gate of 1.0")
	}
}

// backgroundCases are two outlets' reports of one day's meeting (or of
// two), the second told in a participial adjunct or a relative clause.
var backgroundCases = []struct {
	name          string
	first, second model.Event
	merge         bool
}{
	{
		name:   "an adjunct joins the main-clause report of the meeting",
		first:  meeting(takaichi, liQiang, confMain, "2026-11-24"),
		second: meeting(liQiang, takaichi, confBackground, "2026-11-24"),
		merge:  true,
	},
	{
		name:   "a main-clause report joins the meeting an adjunct told first",
		first:  meeting(liQiang, takaichi, confBackground, "2026-11-24"),
		second: meeting(takaichi, liQiang, confMain, "2026-11-24"),
		merge:  true,
	},
	{
		name:   "two outlets telling the meeting in adjuncts",
		first:  meeting(takaichi, liQiang, confBackground, "2026-11-24"),
		second: meeting(liQiang, takaichi, confBackground, "2026-11-24"),
		merge:  true,
	},
	{
		name:   "an adjunct joins the meeting told by the countries",
		first:  meeting(japan, party1("China", "CHN", "CHN", ""), confMain, "2026-11-24"),
		second: meeting(liQiang, takaichi, confBackground, "2026-11-24"),
		merge:  true,
	},
	{
		name:   "an adjunct dated to the month only keeps its own event",
		first:  meeting(takaichi, liQiang, confMain, "2026-11-24"),
		second: meeting(liQiang, takaichi, confBackground, "2026-11"),
		merge:  false,
	},
	{
		name:   "an adjunct with an implied party keeps its own event",
		first:  meeting(takaichi, liQiang, confMain, "2026-11-24"),
		second: meeting(liQiang, takaichi, confBgImplied, "2026-11-24"),
		merge:  false,
	},
	{
		name:   "an adjunct recalling an older meeting of the pair",
		first:  meeting(takaichi, liQiang, confMain, "2026-11-24"),
		second: meeting(liQiang, takaichi, confBackground, "2026-10-02"),
		merge:  false,
	},
	{
		name:   "an adjunct naming another partner",
		first:  meeting(takaichi, liQiang, confMain, "2026-11-24"),
		second: meeting(takaichi, party1("South Korean President Lee Jae-myung", "person:lee_jae_myung", "KOR", "government"), confBackground, "2026-11-24"),
		merge:  false,
	},
}

func runBackgroundCases(t *testing.T, open func(t *testing.T) store.Store) {
	for _, c := range backgroundCases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			doc := func(url string, ev model.Event, hour int) *model.Document {
				ev.ID = "e1"
				pub := time.Date(2026, 11, 24, hour, 0, 0, 0, time.UTC)
				return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{
					URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev},
				}}
			}
			outs := applyAll(t, s, doc("https://a.example/1", c.first, 9), doc("https://b.example/1", c.second, 16))
			if got := outs[1].Merged == 1; got != c.merge {
				t.Errorf("merged = %v, want %v (outcomes %+v)", got, c.merge, outs)
			}
			if !c.merge {
				return
			}
			e, ms, err := s.Event(context.Background(), 1)
			if err != nil {
				t.Fatal(err)
			}
			if e.NumSources != 2 || len(ms) != 2 || e.Date != "2026-11-24" {
				t.Errorf("event %+v: %d sources, %d mentions; want 2 and 2 on 2026-11-24", e, e.NumSources, len(ms))
			}
		})
	}
}

func TestBackgroundReferenceSQLite(t *testing.T) {
	runBackgroundCases(t, func(t *testing.T) store.Store { return openStore(t) })
}

func TestBackgroundReferencePostgres(t *testing.T) {
	runBackgroundCases(t, openPostgres)
}
