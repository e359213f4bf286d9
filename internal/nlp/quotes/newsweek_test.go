package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestNewsweekExample checks the acceptance lines of issue 5 on the example
// article in ../shared/examples (third-party text, read in place, never
// copied; the test skips when it is absent). The entity list beside this
// test names what a tagger and resolver would mark.
func TestNewsweekExample(t *testing.T) {
	dir := shared.DataDir()
	if dir == "" {
		t.Skip("shared data not found; skipping")
	}
	path := filepath.Join(dir, "..", "examples", "newsweek-2021-07-30-xi-kim.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("example not found: %v", err)
	}
	a := buildArticle(string(raw), readEntities(t, "testdata/newsweek.ents"))
	qs := newFinder(t).Find(a)
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
	check(find("USFK continues to maintain"), "USFK", "statement")
	check(find("noted such situation"), "Kim", "Korean Central News Agency")
	check(find("called for all the military"), "Kim", "Korean Central News Agency")
	check(find("Saying that at present"), "Kim", "Korean Central News Agency")
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
