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

// TestSummaryDropsDateline checks that a wire dateline opening the first
// sentence stays in the body but not in the summary, and that a sentence
// whose capitals only look like one keeps its words.
func TestSummaryDropsDateline(t *testing.T) {
	for _, tc := range []struct {
		text, wantFirst string
	}{
		{"OTTAWA (Newsgraph Wire) - Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday.\n\nThe cut follows two years of talks between the two governments over quotas and duties.",
			"Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday."},
		{"SEOUL, July 30 (AP) — North Korea restored two hotlines with the South after a year of silence, officials said.\n\nThe lines had been cut when relations soured over leaflets sent across the border.",
			"North Korea restored two hotlines with the South after a year of silence, officials said."},
		{"Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday.\n\nThe cut follows two years of talks between the two governments over quotas and duties.",
			"Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday."},
	} {
		a := &model.Article{Text: tc.text}
		a.Sentences = segment.Sentences(tc.text)
		picked := New(Config{Sentences: 2}).Pick(a)
		if len(picked) == 0 || picked[0] != tc.wantFirst {
			t.Errorf("summary of %q = %q, want it to open with %q", clip(tc.text), picked, tc.wantFirst)
		}
		if lead := Lead(a, 1); len(lead) != 1 || lead[0] != tc.wantFirst {
			t.Errorf("lead of %q = %q, want %q", clip(tc.text), lead, tc.wantFirst)
		}
	}
}

func clip(s string) string { return s[:min(len(s), 40)] }
