package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// jointQuote is a quote of a joint speaker: words naming several actors
// ("China and the United States") and their ids, in order.
func jointQuote(text, speaker string, ids ...string) model.Quote {
	return model.Quote{Text: text, Kind: model.QuoteDirect, Sentence: 1, Speaker: &model.Speaker{Text: speaker, ActorIDs: ids}}
}

// testJointSpeakers stores quotes of joint speakers ("China and the
// United States said", model.Speaker.ActorIDs) beside quotes of one
// speaker (WriteJointQuotes) and checks them (CheckJointQuotes); then a
// new analysis replaces them.
func testJointSpeakers(t *testing.T, s store.Store) {
	ctx := context.Background()
	WriteJointQuotes(t, s)
	CheckJointQuotes(t, s)
	b3, k := jointArticles(t, s)
	// The words that named a speaker find its quotes whoever they are
	// filed under: several actors (a joint speaker), none ("the
	// delegations", a joint speaker of one actor) or one, however cased
	// or accented, whole words only, and with the other filters.
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
		want []string
	}{
		{"a joint speaker's words", store.QuoteQuery{SpeakerWords: "China and the United States"}, []string{k("j1", 0)}},
		{"in another case", store.QuoteQuery{SpeakerWords: "  the U.S. AND CHINA "}, []string{k("j2", 1)}},
		{"words filed under no actor", store.QuoteQuery{SpeakerWords: "The Delegations"}, []string{k("j2", 2)}},
		{"words filed under one actor", store.QuoteQuery{SpeakerWords: "beijing"}, []string{k("j1", 1)}},
		{"part of the words is not them", store.QuoteQuery{SpeakerWords: "China"}, nil},
		{"words and an actor of theirs", store.QuoteQuery{SpeakerWords: "china and japan", Speaker: "CHN"}, []string{k("j3", 0)}},
		{"words and an actor not of theirs", store.QuoteQuery{SpeakerWords: "china and japan", Speaker: "USA"}, nil},
		{"words and dates", store.QuoteQuery{SpeakerWords: "china and japan", Until: "2024-05-01"}, nil},
		{"words and quote text", store.QuoteQuery{SpeakerWords: "the delegations", Text: "signed"}, []string{k("j2", 2)}},
	} {
		checkQuoteKeys(t, s, c.name, c.q, c.want...)
	}
	// A new analysis of j3 names Japan alone: China no longer finds it.
	data := model.Article{URL: "https://example.test/j3", Quotes: []model.Quote{quote("The quota stands", "Tokyo", "JPN", "", "")}}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceAnalysis(ctx, b3["j3"], &data, nil) }); err != nil {
		t.Fatal(err)
	}
	checkQuoteKeys(t, s, "China after the new analysis", store.QuoteQuery{Speaker: "CHN"}, k("j2", 1), k("j1", 0), k("j1", 1))
	checkQuoteKeys(t, s, "Japan after the new analysis", store.QuoteQuery{Speaker: "JPN"}, k("j3", 0))
	checkQuoteKeys(t, s, "the old words after the new analysis", store.QuoteQuery{SpeakerWords: "China and Japan"})
	checkQuoteKeys(t, s, "the new words after the new analysis", store.QuoteQuery{SpeakerWords: "tokyo"}, k("j3", 0))
}

// WriteJointQuotes stores three articles with quotes of joint speakers
// ("China and the United States", CHN and USA) beside quotes of one
// speaker, and a syndicated copy of the first; CheckJointQuotes checks
// what a store lists of them. The migration tests write them under the
// current schema, take the store back to before the joint speakers and
// check that the migration restores them from the stored analyses.
func WriteJointQuotes(t *testing.T, s store.Store) {
	t.Helper()
	b1 := article("https://example.test/j1", "wire.test", "Trade talks", "Both sides spoke.", "2024-05-01T09:00:00Z")
	b1.Data.Quotes = []model.Quote{
		jointQuote("We agreed to keep talking", "China and the United States", "CHN", "USA"),
		quote("Tariffs must fall first", "Beijing", "CHN", "", ""),
	}
	b2 := article("https://example.test/j2", "courier.test", "Talks resume", "The talks resumed.", "2024-05-03T09:00:00Z")
	b2.Data.Quotes = []model.Quote{
		quote("We are ready", "Washington", "USA", "", ""),
		// An actor named twice is one row of it.
		jointQuote("The round was constructive", "the U.S. and China", "USA", "CHN", "USA"),
		// One actor is no joint speaker.
		jointQuote("Nothing was signed", "the delegations", "USA"),
	}
	b3 := article("https://example.test/j3", "gazette.test", "Fisheries", "A fisheries accord.", "2024-05-02T09:00:00Z")
	b3.Data.Quotes = []model.Quote{jointQuote("The quota stands", "China and Japan", "CHN", "JPN")}
	insert(t, s, b1, b2, b3)
	dup := article("https://example.test/j1-copy", "copy.test", "Trade talks", "Both sides spoke.", "2024-05-04T09:00:00Z")
	dup.ContentHash = "hash:j1-copy"
	dup.DuplicateOf = b1.ID
	dup.Data.Quotes = b1.Data.Quotes
	insert(t, s, dup)
}

// jointArticles are the ids of WriteJointQuotes' articles by the last
// part of their URL ("j1"), and a function naming quote seq of one as
// quoteKeys does.
func jointArticles(t *testing.T, s store.Store) (map[string]int64, func(name string, seq int) string) {
	t.Helper()
	hits, err := s.Quotes(context.Background(), store.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, h := range hits {
		ids[strings.TrimPrefix(h.URL, "https://example.test/")] = h.ArticleID
	}
	for _, name := range []string{"j1", "j2", "j3"} {
		if ids[name] == 0 {
			t.Fatalf("no quote of article %s", name)
		}
	}
	return ids, func(name string, seq int) string { return fmt.Sprintf("%d/%d", ids[name], seq) }
}

func checkQuoteKeys(t *testing.T, s store.Store, name string, q store.QuoteQuery, want ...string) {
	t.Helper()
	got, err := s.Quotes(context.Background(), q)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	if want == nil {
		want = []string{}
	}
	if keys := quoteKeys(got); !slices.Equal(keys, want) {
		t.Errorf("%s: got %v, want %v", name, keys, want)
	}
}

// quotePos is the position of the first quote q lists.
func quotePos(t *testing.T, s store.Store, q store.QuoteQuery) store.QuotePos {
	t.Helper()
	got, err := s.Quotes(context.Background(), q)
	if err != nil || len(got) == 0 {
		t.Fatalf("quotes %+v: %v, %d quotes", q, err, len(got))
	}
	return got[0].Pos()
}

// CheckJointQuotes checks the quotes WriteJointQuotes stored: the actors
// of a joint speaker come back in order with the quote (Quote.SpeakerIDs),
// and a speaker filter finds the quote by any of them, merged in the
// listing's order with the quotes the actor spoke alone, page by page,
// within the dates, words and article asked for; the copy adds none.
func CheckJointQuotes(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	ids, k := jointArticles(t, s)
	check := func(name string, q store.QuoteQuery, want ...string) {
		t.Helper()
		checkQuoteKeys(t, s, name, q, want...)
	}
	check("China, alone and jointly, newest first", store.QuoteQuery{Speaker: "CHN"}, k("j2", 1), k("j3", 0), k("j1", 0), k("j1", 1))
	check("the United States", store.QuoteQuery{Speaker: "USA"}, k("j2", 0), k("j2", 1), k("j1", 0))
	check("Japan, only jointly", store.QuoteQuery{Speaker: "JPN"}, k("j3", 0))
	check("a page cut after the merge", store.QuoteQuery{Speaker: "CHN", Limit: 3}, k("j2", 1), k("j3", 0), k("j1", 0))
	check("dates bound the joint quotes too", store.QuoteQuery{Speaker: "CHN", Since: "2024-05-02"}, k("j2", 1), k("j3", 0))
	check("words bound the joint quotes too", store.QuoteQuery{Speaker: "CHN", Text: "quota"}, k("j3", 0))
	check("article", store.QuoteQuery{Speaker: "USA", Article: ids["j1"]}, k("j1", 0))
	// An offset counts in the merged order, not in either reader's.
	check("an offset into the merge", store.QuoteQuery{Speaker: "CHN", Offset: 1, Limit: 2}, k("j3", 0), k("j1", 0))
	check("an offset to the last quote", store.QuoteQuery{Speaker: "CHN", Offset: 3}, k("j1", 1))
	check("an offset past the end", store.QuoteQuery{Speaker: "CHN", Offset: 4})
	j2 := quotePos(t, s, store.QuoteQuery{Speaker: "CHN", Limit: 1})
	check("an offset after a position", store.QuoteQuery{Speaker: "CHN", After: &j2, Offset: 1}, k("j1", 0), k("j1", 1))

	// Page by page, one quote a page: the whole listing, in order.
	var paged []string
	q := store.QuoteQuery{Speaker: "CHN", Limit: 1}
	for range 6 {
		page, err := s.Quotes(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, quoteKeys(page)...)
		p := page[len(page)-1].Pos()
		q.After = &p
	}
	if want := []string{k("j2", 1), k("j3", 0), k("j1", 0), k("j1", 1)}; !slices.Equal(paged, want) {
		t.Errorf("CHN page by page: %v, want %v", paged, want)
	}

	byKey := map[string]store.Quote{}
	all, err := s.Quotes(ctx, store.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		byKey[fmt.Sprintf("%d/%d", q.ArticleID, q.Seq)] = q
	}
	if len(all) != 6 {
		t.Errorf("all quotes: %v, want the 6 of the canonical articles", quoteKeys(all))
	}
	for key, want := range map[string][]string{
		k("j1", 0): {"CHN", "USA"}, k("j1", 1): nil, k("j2", 1): {"USA", "CHN"}, k("j2", 2): nil, k("j3", 0): {"CHN", "JPN"},
	} {
		g := byKey[key]
		if !slices.Equal(g.SpeakerIDs, want) {
			t.Errorf("quote %s (%s): speaker ids %v, want %v", key, g.Speaker, g.SpeakerIDs, want)
		}
		if want != nil && g.SpeakerID != "" {
			t.Errorf("quote %s: a joint speaker has no one actor, got %q", key, g.SpeakerID)
		}
	}
	if g := byKey[k("j1", 1)]; g.SpeakerID != "CHN" {
		t.Errorf("quote %s: speaker id %q, want CHN", k("j1", 1), g.SpeakerID)
	}
}
