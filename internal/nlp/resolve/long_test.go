package resolve

import (
	"context"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An antecedent is looked for no more than referenceWindow sentences
// back: within it "the two countries" are the pair named before; past it
// they are no one (the scan that found nothing walked to the start of a
// long text for every such phrase).
func TestReferenceWindow(t *testing.T) {
	s := newStage(t)
	for _, tc := range []struct {
		filler int // sentences between the pair and the phrase
		want   string
	}{
		{0, "two countries=ARM,AZE"},
		{referenceWindow - 10, "two countries=ARM,AZE"},
		{referenceWindow + 10, ""},
	} {
		t.Run(strconv.Itoa(tc.filler), func(t *testing.T) {
			text := "Armenia and Azerbaijan signed a draft accord. " +
				strings.Repeat("officials said the talks had gone on through the night. ", tc.filler) +
				"The two countries fought a war in 2020."
			art := article(text, "2024-05-01")
			standInEntities(t, s.kb, art)
			s.Resolve(art)
			var got []string
			for _, e := range art.Entities {
				if len(e.ActorIDs) > 0 {
					got = append(got, e.Text+"="+strings.Join(e.ActorIDs, ","))
				}
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("got %v, want %q", got, tc.want)
			}
		})
	}
}

// cancelAfter is a context that is done from its n-th look on: a
// cancellation arriving while a pass is under way, at a point the test
// fixes.
type cancelAfter struct {
	context.Context
	n, looks int
}

func (c *cancelAfter) Err() error {
	c.looks++
	if c.looks >= c.n {
		return context.Canceled
	}
	return nil
}

// A cancelled context stops resolution in the middle of a long text with
// an error that wraps the context's and says how far it got; an
// uncancelled one resolves the same text to the end.
func TestResolveStopsOnCancel(t *testing.T) {
	s := newStage(t)
	para := "Kenya's foreign minister met his Tanzanian counterpart in Arusha on Tuesday. " +
		"The two ministers agreed to set up a joint patrol, a spokesman said. "
	text := strings.Repeat(para, 200) // about 5,000 tokens
	long := func() *model.Article {
		art := article(text, "2024-05-01")
		standInEntities(t, s.kb, art)
		return art
	}

	art := long()
	if err := s.ResolveContext(context.Background(), art); err != nil {
		t.Fatalf("not cancelled: %v", err)
	}
	if len(art.Actors) == 0 {
		t.Fatal("not cancelled: no actors")
	}

	art = long()
	// Fewer than 1024 entities: look 1 is before the passes, 2 at the
	// first entity, 3 at the first token, 4 at token 1024.
	err := s.ResolveContext(&cancelAfter{Context: context.Background(), n: 4}, art)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	m := regexp.MustCompile(`stopped at sentence (\d+) of (\d+)`).FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("err %q says not where it stopped", err)
	}
	at, _ := strconv.Atoi(m[1])
	total, _ := strconv.Atoi(m[2])
	if at <= 1 || at >= total || total != len(art.Sentences) {
		t.Errorf("stopped at sentence %d of %d (%d sentences): want a point inside the text", at, total, len(art.Sentences))
	}

	// Cancelled before it starts: the context's error as it is.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, &model.Document{Article: long()}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: err %v", err)
	}
}
