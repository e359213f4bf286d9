package storetest

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// conduitQuote is a quote said through a conduit of a kind
// (model.ConduitChannel for the occasion of the words, "" for an outlet).
func conduitQuote(text, speaker, conduit, kind string) model.Quote {
	q := quote(text, speaker, "", conduit, "")
	q.ConduitKind = kind
	return q
}

// conduitWant is what a store lists of a quote's conduit.
type conduitWant struct{ conduit, kind string }

// conduitQuotesWant are WriteConduitQuotes' quotes by text, with the
// conduit and kind each is listed with.
var conduitQuotesWant = map[string]conduitWant{
	"The ceasefire must hold":       {"in a statement", model.ConduitChannel},
	"We have no plans to withdraw":  {"Newsweek", ""},
	"Aid convoys will move at dawn": {"a news conference", model.ConduitChannel},
	// A kind with no conduit words says nothing: none is stored.
	"The border stays closed": {"", ""},
	"Talks resume next week":  {"state television", ""},
}

// WriteConduitQuotes stores two articles whose quotes came through an
// outlet ("told Newsweek": no kind) and through the occasion of the words
// ("in a statement", "told a news conference": model.ConduitChannel), one
// of them with a kind but no conduit, and a syndicated copy of the first;
// CheckConduitQuotes checks what a store lists of them. The migration
// tests write them under the current schema, take the store back to
// before the conduit kinds and check that the migration restores them
// from the stored analyses.
func WriteConduitQuotes(t *testing.T, s store.Store) {
	t.Helper()
	c1 := article("https://example.test/c1", "wire.test", "Ceasefire talks", "The ministers spoke.", "2024-06-01T09:00:00Z")
	c1.Data.Quotes = []model.Quote{
		conduitQuote("The ceasefire must hold", "the foreign minister", "in a statement", model.ConduitChannel),
		conduitQuote("We have no plans to withdraw", "the defence minister", "Newsweek", ""),
		conduitQuote("Aid convoys will move at dawn", "a UN official", "a news conference", model.ConduitChannel),
	}
	c2 := article("https://example.test/c2", "courier.test", "Border", "The border stays shut.", "2024-06-02T09:00:00Z")
	c2.Data.Quotes = []model.Quote{
		conduitQuote("The border stays closed", "the interior ministry", "", model.ConduitChannel),
		conduitQuote("Talks resume next week", "the mediator", "state television", ""),
	}
	insert(t, s, c1, c2)
	dup := article("https://example.test/c1-copy", "copy.test", "Ceasefire talks", "The ministers spoke.", "2024-06-03T09:00:00Z")
	dup.ContentHash = "hash:c1-copy"
	dup.DuplicateOf = c1.ID
	dup.Data.Quotes = c1.Data.Quotes
	insert(t, s, dup)
}

// CheckConduitQuotes checks the quotes WriteConduitQuotes stored: each is
// listed once (the copy adds none) with its conduit and the conduit's
// kind, in the listing of all quotes and in an article's. The quotes
// named in bare are rows whose conduit was emptied before a migration (as
// rows stored before the conduit column have none): they must come back
// with no conduit and no kind, as no kind may land on other words.
func CheckConduitQuotes(t *testing.T, s store.Store, bare ...string) {
	t.Helper()
	ctx := context.Background()
	want := map[string]conduitWant{}
	for text, w := range conduitQuotesWant {
		want[text] = w
	}
	for _, text := range bare {
		want[text] = conduitWant{}
	}
	all, err := s.Quotes(ctx, store.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	checkConduits(t, "all quotes", all, want)
	for _, q := range all {
		if q.Text != "The ceasefire must hold" {
			continue
		}
		one, err := s.Quotes(ctx, store.QuoteQuery{Article: q.ArticleID})
		if err != nil {
			t.Fatal(err)
		}
		checkConduits(t, "the first article's quotes", one, map[string]conduitWant{
			"The ceasefire must hold":       want["The ceasefire must hold"],
			"We have no plans to withdraw":  want["We have no plans to withdraw"],
			"Aid convoys will move at dawn": want["Aid convoys will move at dawn"],
		})
	}
}

// checkConduits checks that got holds each quote of want once, with the
// conduit and kind wanted, and no other.
func checkConduits(t *testing.T, name string, got []store.Quote, want map[string]conduitWant) {
	t.Helper()
	seen := map[string]int{}
	for _, q := range got {
		seen[q.Text]++
		w, ok := want[q.Text]
		if !ok {
			t.Errorf("%s: unexpected quote %q", name, q.Text)
			continue
		}
		if q.Conduit != w.conduit || q.ConduitKind != w.kind {
			t.Errorf("%s: %q listed with conduit %q (kind %q), want %q (kind %q)", name, q.Text, q.Conduit, q.ConduitKind, w.conduit, w.kind)
		}
	}
	for text := range want {
		if seen[text] != 1 {
			t.Errorf("%s: %q listed %d times, want once", name, text, seen[text])
		}
	}
}

// testConduitKinds stores quotes through outlets and occasions
// (WriteConduitQuotes) and checks them (CheckConduitQuotes); then a new
// analysis of the first article swaps which is which, and the listing
// follows it (how rows the migration could not fill get their kind).
func testConduitKinds(t *testing.T, s store.Store) {
	ctx := context.Background()
	WriteConduitQuotes(t, s)
	CheckConduitQuotes(t, s)
	got, err := s.Quotes(ctx, store.QuoteQuery{Text: "ceasefire"})
	if err != nil || len(got) != 1 {
		t.Fatalf("the ceasefire quote: %+v, %v", got, err)
	}
	id := got[0].ArticleID
	data := model.Article{URL: "https://example.test/c1", Quotes: []model.Quote{
		conduitQuote("The ceasefire must hold", "the foreign minister", "Reuters", ""),
		conduitQuote("We have no plans to withdraw", "the defence minister", "in an interview", model.ConduitChannel),
	}}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceAnalysis(ctx, id, &data, nil) }); err != nil {
		t.Fatal(err)
	}
	got, err = s.Quotes(ctx, store.QuoteQuery{Article: id})
	if err != nil {
		t.Fatal(err)
	}
	checkConduits(t, "after ReplaceAnalysis", got, map[string]conduitWant{
		"The ceasefire must hold":      {"Reuters", ""},
		"We have no plans to withdraw": {"in an interview", model.ConduitChannel},
	})
}
