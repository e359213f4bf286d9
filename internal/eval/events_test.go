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
