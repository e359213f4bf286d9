package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/events"
)

// Synthetic gold in both formats, written for this test.
const ploverSample = `[
 {"id": "DOC", "event": "", "text": ""},
 {"id": "T-1", "date": "2000-01-01", "event": "DISAPPROVE", "text": "Chile criticized Peru over the fishing dispute.",
  "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]},
 {"id": "T-2", "date": "2000-01-01", "event": "FIGHT", "text": "Kenyan troops attacked Somali militants near the border.",
  "source": [{"actorText": "Kenyan", "code": "KEN"}], "target": [{"actorText": "Somali", "code": "SOM"}]},
 {"id": "T-3", "date": "2000-01-01", "event": "AGREE", "text": "The weather was fine in Lima.", "source": [], "target": ""}
]`

const petrarchSample = `<Validation>
# comment line
<Sentences>
<Sentence category="TEST" date="20150101" id="S1" evaluate="true"/>
<EventCoding eventcode="111" sourcecode="CHLGOV" targetcode="PER" />
<Text>
Chile criticized Peru over the fishing dispute.
</Text>
</Sentence>
<Sentence category="TEST" date="20150101" id="S2" evaluate="true"/>
<EventCoding noevents="True"/>
<Text>
Chile said the weather was fine.
</Text>
</Sentence>
</Sentences>
</Validation>`

func TestScoreEventsSynthetic(t *testing.T) {
	dir := t.TempDir()
	pp := filepath.Join(dir, "plover.json")
	xp := filepath.Join(dir, "petr.xml")
	if err := os.WriteFile(pp, []byte(ploverSample), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(xp, []byte(petrarchSample), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, err := LoadPLOVERGold(pp)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 3 || gold[0].Events[0].Type != "ACCUSE" || gold[1].Events[0].Type != "ASSAULT" {
		t.Fatalf("PLOVER 0.5 categories not mapped: %+v", gold)
	}
	tab, err := events.LoadCAMEO()
	if err != nil {
		t.Fatal(err)
	}
	pg, err := LoadPETRARCHGold(xp, tab)
	if err != nil {
		t.Fatal(err)
	}
	if len(pg) != 2 || len(pg[0].Events) != 1 || pg[0].Events[0].Type != "ACCUSE" || pg[0].Events[0].Sources[0] != "CHL" || len(pg[1].Events) != 0 {
		t.Fatalf("petrarch = %+v", pg)
	}
	if !pg[0].Date.Equal(time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("date = %v", pg[0].Date)
	}
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var items []EventItem
	rep, err := ScoreEvents(context.Background(), gold, EventsConfig{Coder: c, OnItem: func(it EventItem) error {
		items = append(items, it)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 3 || rep.TP != 2 || rep.FN != 1 || rep.FP != 0 {
		t.Errorf("report = %+v", rep)
	}
	if rep.SrcN != 2 || rep.SrcAgree != 2 || rep.TgtAgree != 2 {
		t.Errorf("agreement = %d/%d src, %d/%d tgt", rep.SrcAgree, rep.SrcN, rep.TgtAgree, rep.TgtN)
	}
	if len(items) != 3 || items[2].FN[0] != "AGREE" {
		t.Errorf("items = %+v", items)
	}
	// The error listing carries each sentence.
	if len(items) == 3 && items[0].Text != gold[0].Text {
		t.Errorf("item text = %q, want %q", items[0].Text, gold[0].Text)
	}
	if rep.F1 < 0.79 || rep.F1 > 0.81 {
		t.Errorf("F1 = %v, want 0.8", rep.F1)
	}
}

func TestSplitEvents(t *testing.T) {
	gold := []EventGold{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}, {ID: "e"}}
	for _, tc := range []struct {
		split string
		want  string
	}{{"dev", "bd"}, {"test", "ace"}, {"all", "abcde"}, {"", "abcde"}} {
		got, err := SplitEvents(gold, tc.split)
		if err != nil {
			t.Fatal(err)
		}
		ids := ""
		for _, g := range got {
			ids += g.ID
		}
		if ids != tc.want {
			t.Errorf("split %q = %q, want %q", tc.split, ids, tc.want)
		}
	}
	if _, err := SplitEvents(gold, "train"); err == nil {
		t.Error("unknown split accepted")
	}
}

func TestPlaceNameAgrees(t *testing.T) {
	for _, tc := range []struct {
		gold, pred string
		want       bool
	}{
		{"Gorazde", "Gorazde", true},
		{"Hong Kong", "hong kong", true},
		{"province of Herat", "Herat", true}, // gold keeps the phrase
		{"Jaffna peninsula", "the Jaffna peninsula", true},
		{"Jaffna", "Jaffna peninsula", true},   // prediction keeps more
		{"West Bank", "the West Bank's", true}, // possessive and article
		{"Bosnia", "Bosnian", false},           // a demonym is no name of the place
		{"Basra", "Baghdad", false},
		{"town of Rafah", "the town", false}, // the contained words name nothing
		{"Kabul", "the capital", false},
		{"Lebanon", "", false},
		{"", "Lebanon", false},
	} {
		if got := placeNameAgrees(tc.gold, tc.pred); got != tc.want {
			t.Errorf("placeNameAgrees(%q, %q) = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

func TestScoreLocation(t *testing.T) {
	// A stand-in for the knowledge base: the gold's alpha-2 code wins over
	// the name (Tripoli, LB is Lebanon's, not Libya's).
	placeCountry := func(p GoldPlace) string {
		switch {
		case p.Country == "LB":
			return "LBN"
		case p.Name == "Tripoli":
			return "LBY"
		case p.Name == "Basra":
			return "IRQ"
		}
		return ""
	}
	for _, tc := range []struct {
		name          string
		gold          GoldPlace
		pred          []PredEvent
		resolve       func(GoldPlace) string
		want          EventsReport
		wantCountryOK bool
	}{
		{"same place", GoldPlace{Name: "Basra"}, []PredEvent{{Location: "Basra", LocCountry: "IRQ"}}, placeCountry,
			EventsReport{LocN: 1, LocPredicted: 1, LocName: 1, LocCountryN: 1, LocCountry: 1}, true},
		{"other place, same country", GoldPlace{Name: "Basra"}, []PredEvent{{Location: "Baghdad", LocCountry: "IRQ"}}, placeCountry,
			EventsReport{LocN: 1, LocPredicted: 1, LocCountryN: 1, LocCountry: 1}, true},
		{"no predicted location", GoldPlace{Name: "Basra"}, nil, placeCountry,
			EventsReport{LocN: 1, LocCountryN: 1}, false},
		{"any of the type's events agrees", GoldPlace{Name: "Basra"}, []PredEvent{{Location: "Kuwait", LocCountry: "KWT"}, {Location: "Basra", LocCountry: "IRQ"}}, placeCountry,
			EventsReport{LocN: 1, LocPredicted: 1, LocName: 1, LocCountryN: 1, LocCountry: 1}, true},
		{"gold code beats the name", GoldPlace{Name: "Tripoli", Country: "LB"}, []PredEvent{{Location: "Tripoli", LocCountry: "LBY"}}, placeCountry,
			EventsReport{LocN: 1, LocPredicted: 1, LocName: 1, LocCountryN: 1}, false},
		{"unknown gold country is left out of the country figure", GoldPlace{Name: "Europe Bridge"}, []PredEvent{{Location: "Europe Bridge"}}, placeCountry,
			EventsReport{LocN: 1, LocPredicted: 1, LocName: 1}, false},
		{"no resolver: names only", GoldPlace{Name: "Basra"}, []PredEvent{{Location: "Basra", LocCountry: "IRQ"}}, nil,
			EventsReport{LocN: 1, LocPredicted: 1, LocName: 1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rep EventsReport
			scoreLocation(&rep, tc.gold, tc.pred, tc.resolve)
			if rep.LocN != tc.want.LocN || rep.LocPredicted != tc.want.LocPredicted || rep.LocName != tc.want.LocName ||
				rep.LocCountryN != tc.want.LocCountryN || rep.LocCountry != tc.want.LocCountry {
				t.Errorf("got n %d pred %d name %d country %d/%d, want n %d pred %d name %d country %d/%d",
					rep.LocN, rep.LocPredicted, rep.LocName, rep.LocCountry, rep.LocCountryN,
					tc.want.LocN, tc.want.LocPredicted, tc.want.LocName, tc.want.LocCountry, tc.want.LocCountryN)
			}
		})
	}
}

// The PLOVER loader keeps "eventLoc" and the scorer compares it with the
// coded location of the matched event.
func TestScoreEventsLocation(t *testing.T) {
	const sample = `[
 {"id": "L-1", "date": "2000-01-01", "event": "PROTEST", "text": "Thousands of students protested in Nairobi on Monday against the new tax.",
  "source": [{"actorText": "students", "code": "KEN"}], "eventLoc": {"name": "Nairobi", "country code": "KE"}},
 {"id": "L-2", "date": "2000-01-01", "event": "AGREE", "text": "Chile and Peru agreed to reopen the border.",
  "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]}
]`
	p := filepath.Join(t.TempDir(), "plover.json")
	if err := os.WriteFile(p, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, err := LoadPLOVERGold(p)
	if err != nil {
		t.Fatal(err)
	}
	if l := gold[0].Events[0].Location; l == nil || l.Name != "Nairobi" || l.Country != "KE" {
		t.Fatalf("eventLoc = %+v", l)
	}
	if gold[1].Events[0].Location != nil {
		t.Fatalf("a record without eventLoc has location %+v", gold[1].Events[0].Location)
	}
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	resolve := func(p GoldPlace) string {
		if p.Country == "KE" {
			return "KEN"
		}
		return ""
	}
	rep, err := ScoreEvents(context.Background(), gold, EventsConfig{Coder: c, PlaceCountry: resolve})
	if err != nil {
		t.Fatal(err)
	}
	if rep.TP != 2 {
		t.Fatalf("report = %+v", rep)
	}
	if rep.LocN != 1 || rep.LocPredicted != 1 || rep.LocName != 1 || rep.LocCountryN != 1 || rep.LocCountry != 1 {
		t.Errorf("location: n %d pred %d name %d country %d/%d, want all 1",
			rep.LocN, rep.LocPredicted, rep.LocName, rep.LocCountry, rep.LocCountryN)
	}
}
