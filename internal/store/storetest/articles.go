package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testArticlesReadSide: Store.Articles lists what Tx.Articles lists,
// page by page, syndicated copies with their link, and reads while a
// writer holds its transaction open (reanalyze reads so between writes).
func testArticlesReadSide(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/r1", "a.example", "One", "The first article.", "2024-04-01T00:00:00Z")
	b := article("https://b.example/r2", "b.example", "Two", "The second article.", "")
	insert(t, s, a, b)
	c := article("https://c.example/r1-copy", "c.example", "One", "The first article.", "2024-04-02T00:00:00Z")
	c.ContentHash = "hash:copy"
	c.DuplicateOf = a.ID
	insert(t, s, c)

	var inTx []store.Article
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
		inTx, err = tx.Articles(ctx, 0, 10)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var read []store.Article
	for after := int64(0); ; {
		page, err := s.Articles(ctx, after, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		read = append(read, page...)
		after = page[len(page)-1].ID
	}
	key := func(as []store.Article) []string {
		var out []string
		for _, x := range as {
			title := ""
			if x.Data != nil {
				title = x.Data.Title
			}
			out = append(out, x.URL+"|"+x.Text+"|"+title+"|"+x.Site+"|"+x.IngestedAt.UTC().Format(time.RFC3339Nano))
		}
		return out
	}
	if !slices.Equal(key(read), key(inTx)) || len(read) != 3 {
		t.Errorf("Articles by pages of 2:\n%q\nTx.Articles:\n%q", key(read), key(inTx))
	}
	if len(read) == 3 && (read[2].ID != c.ID || read[2].DuplicateOf != a.ID || read[0].Published == nil || !read[0].Published.Equal(*a.Published) || read[1].Published != nil) {
		t.Errorf("Articles: %+v", read)
	}
	if got, err := s.Articles(ctx, 0, 0); err != nil || len(got) != 0 {
		t.Errorf("Articles(limit 0) = %d articles, %v", len(got), err)
	}

	// A writer holds its transaction open: the read goes on.
	holding, release, done := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		done <- s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			close(holding)
			<-release
			return nil
		})
	}()
	<-holding
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	got, err := s.Articles(rctx, 0, 10)
	cancel()
	close(release)
	if err != nil || len(got) != 3 {
		t.Errorf("Articles while a write is open: %d articles, %v", len(got), err)
	}
	if err := <-done; err != nil {
		t.Error(err)
	}
}
