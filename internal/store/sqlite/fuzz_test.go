package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// FuzzSearch: whatever a user types, search answers or says the query is
// empty; FTS5 syntax errors never reach the caller.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"rain", `"exact phrase"`, "a OR b", "NOT", "pre*", `"unbalanced`, "(", "col:x", "^start", "NEAR(a b)", "-", "'", "☃ ünïcödé", "\x00"} {
		f.Add(s)
	}
	db := openTemp(f)
	defer db.Close()
	err := db.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/1", ContentHash: "h", Title: "Rain in Spain", Text: "The rain stays mainly in the plain."})
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.Search(context.Background(), store.SearchQuery{Text: q})
		// Only a query without a word, or with nothing before NOT, is
		// refused (a bad query that says why).
		if err != nil && !(errors.Is(err, store.ErrBadQuery) && (strings.TrimSpace(q) == "" || !store.HasWord(q) || store.LeadingNot(q) != nil)) {
			t.Fatalf("search %q: %v", q, err)
		}
	})
}
