package quotes

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp"
	"github.com/newsgraph/newsgraph/internal/nlp/resolve"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestNewsweekExample checks the acceptance lines of issue 5 on the example
// article in ../shared/examples (third-party text, read in place, never
// copied; the test skips when it is absent). The entity list beside this
// test names what a tagger and resolver would mark.
func TestNewsweekExample(t *testing.T) {
	a := buildArticle(shared.Example(t), readEntities(t, "testdata/newsweek.ents"))
	checkNewsweek(t, newFinder(t).Find(a))
}

// TestNewsweekPipeline checks the same lines with the real tokenizer,
// tagger and resolver in front of the finder.
func TestNewsweekPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	checkNewsweek(t, newFinder(t).Find(tagged(t, shared.Example(t))))
}

// tagged runs the real tokenizer, tagger and resolver over text, as the
// pipeline does before the quote finder.
func tagged(t *testing.T, text string) *model.Article {
	t.Helper()
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	st, err := nlp.New(nlp.Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &model.Document{Article: &model.Article{Text: text}}
	for _, s := range []pipeline.Stage{st, resolve.New(k)} {
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	return doc.Article
}

// TestChannelsPipeline runs our channels fixture through the real tagger and
// resolver: who said it, through which channel, and verbs with an object
// ("announced her retirement") that report no speech.
func TestChannelsPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	raw, err := os.ReadFile("testdata/channels.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs := newFinder(t).Find(tagged(t, string(raw)))
	t.Logf("\n%s", describe(qs))
	want := []struct{ contains, speaker, conduit string }{
		{"Passenger safety", "", "in a statement"},
		{"left the company by mutual consent", "the club", "in a statement"},
		{"I will miss the crew", "Moreau", "Harbour Radio"},
		{"someone new", "Moreau", "social media"},
		{`"must sail again by Easter."`, "Owen Pask", "Coast Chronicle"},
		{"far too slow", "Joel Brand", ""},
		{"pay for a second vessel", "Owen Pask", "island radio"},
		{"lease had been signed", "Owen Pask", "Harbour Radio"},
		{"broken no rule", "Anya Petrov", ""},
		{"timetable is a disgrace", "Tomas Brandt", ""}, // "he" is not Elena Marsh
		{"badly out of date", "harbour judge", ""},
		{"Nobody asked the crews", "port director", ""},
		{"Keep the ferries", "dockers", ""},
		{`the new timetable as "a mess."`, "Owen Pask", ""}, // described X as Y: a report without a verb
	}
	for _, w := range want {
		var q *model.Quote
		for i := range qs {
			if strings.Contains(qs[i].Text, w.contains) {
				q = &qs[i]
				break
			}
		}
		switch {
		case q == nil:
			t.Errorf("no quote containing %q", w.contains)
		case q.Speaker == nil || w.speaker != "" && !strings.Contains(q.Speaker.Text, w.speaker):
			t.Errorf("%q: speaker %+v, want %q", w.contains, q.Speaker, w.speaker)
		case w.conduit == "" && q.Conduit != nil || w.conduit != "" && (q.Conduit == nil || q.Conduit.Text != w.conduit):
			t.Errorf("%q: conduit %+v, want %q", w.contains, q.Conduit, w.conduit)
		}
	}
	for _, q := range qs {
		if strings.Contains(q.Text, "retirement") || strings.Contains(q.Text, "last voyage") || strings.Contains(q.Text, "Speaking from") ||
			strings.Contains(q.Text, "Harbour Radio reported") || strings.HasPrefix(q.Text, "Joel Brand") || q.Text == "Victory" {
			t.Errorf("an object or an adjunct taken for reported speech: %q", q.Text)
		}
	}
}

func checkNewsweek(t *testing.T, qs []model.Quote) {
	t.Helper()
	t.Logf("\n%s", describe(qs))

	find := func(contains string) *model.Quote {
		for i := range qs {
			if strings.Contains(qs[i].Text, contains) {
				return &qs[i]
			}
		}
		t.Errorf("no quote containing %q", contains)
		return nil
	}
	check := func(q *model.Quote, speaker, conduit string) {
		t.Helper()
		if q == nil {
			return
		}
		got := "<nil>"
		if q.Speaker != nil {
			got = q.Speaker.Text + "|" + q.Speaker.ActorID
		}
		if speaker == "USFK" && strings.Contains(got, "U.S. Forces Korea") {
			got += "|USFK"
		}
		if !strings.Contains(got, speaker) {
			t.Errorf("quote %q: speaker %s, want %s", clip(q.Text, 40), got, speaker)
		}
		gotC := "<nil>"
		if q.Conduit != nil {
			gotC = q.Conduit.Text
		}
		if conduit != "" && !strings.Contains(gotC, conduit) {
			t.Errorf("quote %q: conduit %s, want %s", clip(q.Text, 40), gotC, conduit)
		}
	}
	check(find("Our policy calls for a calibrated"), "State Department spokesperson", "Newsweek")
	check(find("The United States and the PRC need to work together"), "State Department spokesperson", "Newsweek")
	check(find("USFK continues to maintain"), "USFK", "statement") // text "U.S. Forces Korea" or actor id
	check(find("noted such situation"), "Kim", "Central News Agency")
	check(find("called for all the military"), "Kim", "Central News Agency")
	check(find("Saying that at present"), "Kim", "Central News Agency")
	var positive *model.Quote
	for i := range qs {
		if qs[i].Text == "positive" {
			positive = &qs[i]
		}
	}
	if q := positive; q == nil {
		t.Errorf("no quote \"positive\"")
	} else {
		check(q, "China and the U.S.", "")
		if q.Kind != model.QuotePartial {
			t.Errorf("positive: kind %s, want partial", q.Kind)
		}
	}
}
