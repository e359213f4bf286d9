package summary

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/quotes"
)

func fixture(t *testing.T) *model.Article {
	t.Helper()
	raw, err := os.ReadFile("testdata/flood.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	a := &model.Article{Text: text, Title: "River floods force thousands from homes"}
	a.Sentences = segment.Sentences(text)
	// The quote stage finds the mayor's quotation with its speaker and the
	// lone "It came in like a wall." with none.
	f, err := quotes.New()
	if err != nil {
		t.Fatal(err)
	}
	a.Quotes = f.Find(a)
	return a
}

func TestSummarize(t *testing.T) {
	a := fixture(t)
	for _, n := range []int{1, 3, 5} {
		picked := New(Config{Sentences: n}).Pick(a)
		if len(picked) != n {
			t.Fatalf("n=%d: got %d sentences: %q", n, len(picked), picked)
		}
		last := -1
		for _, p := range picked {
			at := strings.Index(a.Text, p)
			if at < 0 {
				t.Fatalf("sentence %q not from the text", p)
			}
			if at <= last {
				t.Errorf("n=%d: sentences out of article order: %q", n, picked)
			}
			last = at
			switch {
			case strings.HasPrefix(p, "He "):
				t.Errorf("n=%d: dangling pronoun start %q", n, p)
			case strings.Contains(p, "like a wall"):
				t.Errorf("n=%d: quotation without its speaker %q", n, p)
			case strings.HasPrefix(p, "River floods"):
				t.Errorf("n=%d: headline in summary", n)
			}
		}
	}
	// The lead carries the news: a one-sentence summary is the first body
	// sentence here.
	if got := New(Config{Sentences: 1}).Summarize(a); !strings.HasPrefix(got, "Floodwaters") {
		t.Errorf("one-sentence summary = %q", got)
	}
	if got := Lead(a, 2); len(got) != 2 || !strings.HasPrefix(got[0], "Floodwaters") {
		t.Errorf("Lead = %q", got)
	}
}

func TestSummarizeEmpty(t *testing.T) {
	if got := New(Config{}).Summarize(&model.Article{}); got != "" {
		t.Errorf("empty article: %q", got)
	}
}
