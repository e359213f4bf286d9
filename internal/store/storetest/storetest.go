// Package storetest is the conformance suite every store backend passes.
// A backend's test calls Run with a function that opens a fresh, empty
// store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Opener returns a new empty store; the test closes it.
type Opener func(t *testing.T) store.Store

// Run runs every conformance test against the backend.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"ArticleUnique", testArticleUnique},
		{"RollbackOnError", testRollback},
		{"NearDuplicateCandidates", testNearDuplicates},
		{"MakeCopy", testMakeCopy},
		{"RenameArticle", testRenameArticle},
		{"ReplaceArticleText", testReplaceArticleText},
		{"ArticleSig", testArticleSig},
		{"Search", testSearch},
		{"SearchKeysetPaging", testSearchKeysetPaging},
		{"CountSearch", testCountSearch},
		{"SearchBylines", testSearchBylines},
		{"EventCounters", testEventCounters},
		{"EarliestByReferenceDate", testEarliestByReferenceDate},
		{"EventFilters", testEventFilters},
		{"EventCounts", testEventCounts},
		{"EventCountsAgree", testEventCountsAgree},
		{"CountEvents", testCountEvents},
		{"EventSectorFilter", testEventSectorFilter},
		{"CandidateEventsByCountry", testCandidateEventsByCountry},
		{"SetEventParty", testSetEventParty},
		{"SetEventDate", testSetEventDate},
		{"EventSpans", testEventSpans},
		{"EventLocations", testEventLocations},
		{"EventPolarity", testEventPolarity},
		{"ClearEventsAndCanonicalArticles", testClearEvents},
		{"TruncateEvents", testTruncateEvents},
		{"EventKeysetPaging", testEventKeysetPaging},
		{"CoarseDatesOrder", testCoarseDatesOrder},
		{"CoarseCountsAndUntil", testCoarseCountsAndUntil},
		{"CoarseSpanUntil", testCoarseSpanUntil},
		{"ActorsOfCountry", testActorsOfCountry},
		{"ActorSorts", testActorSorts},
		{"Actors", testActors},
		{"FoldedCounterparts", testFoldedCounterparts},
		{"ActorArticlesKeysetPaging", testActorArticlesKeysetPaging},
		{"Failures", testFailures},
		{"HealthCounts", testHealthCounts},
		{"ActorListedTwice", testActorListedTwice},
		{"ReplaceAnalysis", testReplaceAnalysis},
		{"ActorNamedByFirstArticle", testActorNamedByFirstArticle},
		{"Feeds", testFeeds},
		{"FeedLinks", testFeedLinks},
		{"Quotes", testQuotes},
		{"Speakers", testSpeakers},
		{"JointSpeakers", testJointSpeakers},
		{"ConduitKinds", testConduitKinds},
		{"QuoteWordsAnyCase", testQuoteWordsAnyCase},
		{"FoldedNames", testFoldedNames},
		{"ArticlesReadSide", testArticlesReadSide},
		{"Display", testDisplay},
		{"QuoteDays", testQuoteDays},
		{"LatestArticles", testLatestArticles},
		{"LatestArticleDays", testLatestArticleDays},
		{"SearchDays", testSearchDays},
		{"SearchReportDates", testSearchReportDates},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

func ptime(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// article builds a stored article for tests.
func article(url, site, title, text string, published string) *store.Article {
	a := &store.Article{
		URL: url, Source: url, Site: site, ContentHash: "hash:" + url,
		Title: title, Text: text, Language: "en",
		Data: &model.Article{Source: url, URL: url, Title: title, Text: text, Site: site},
	}
	if published != "" {
		a.Published = ptime(published)
		a.Data.Published = a.Published
	}
	return a
}

func insert(t *testing.T, s store.Store, as ...*store.Article) {
	t.Helper()
	err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, a := range as {
			if _, err := tx.InsertArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testArticleRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "Talks resume", "Delegations met in Geneva on Monday.", "2024-03-04T10:00:00Z")
	a.Signature = []byte{1, 2, 3, 4}
	a.Bands = []uint64{7, 1 << 63}
	a.Data.Actors = []model.ActorRef{{ID: "CHE", Name: "Switzerland", Type: "country", Country: "CHE", Mentions: 2}}
	a.Data.Entities = []model.Entity{{Text: "Geneva", Type: model.EntityGPE, Start: 22, End: 28, Country: "CHE"}}
	a.Data.Quotes = []model.Quote{{Text: "We talked", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a diplomat"}}}
	insert(t, s, a)
	if a.ID == 0 {
		t.Fatal("InsertArticle did not set the id")
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != a.URL || got.Title != a.Title || got.Text != a.Text || got.Site != a.Site || string(got.Signature) != string(a.Signature) {
		t.Errorf("round trip: got %+v", got)
	}
	if got.Published == nil || !got.Published.Equal(*a.Published) {
		t.Errorf("published: got %v, want %v", got.Published, a.Published)
	}
	if got.Data == nil || len(got.Data.Actors) != 1 || len(got.Data.Quotes) != 1 {
		t.Errorf("analysis not kept: %+v", got.Data)
	}
	// The article's text and paragraphs come back exactly, whether or not
	// the paragraphs can be rebuilt from the text.
	for i, paras := range [][]string{{"First paragraph.", "Second one."}, {"Only the first"}, nil} {
		b := article(fmt.Sprintf("https://b.example/%d", i), "b.example", "t", "First paragraph.\n\nSecond one.", "")
		b.Data.Paragraphs = paras
		b.Data.Sentences = []model.Sentence{{Index: 0, Start: 0, End: 16, Text: "First paragraph."}, {Index: 1, Paragraph: 1, Start: 18, End: 29, Text: "Second one."}}
		insert(t, s, b)
		got, err := s.Article(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Data.Text != b.Text || fmt.Sprint(got.Data.Paragraphs) != fmt.Sprint(paras) || len(got.Data.Paragraphs) != len(paras) {
			t.Errorf("paragraphs %q: got text %q, paragraphs %q", paras, got.Data.Text, got.Data.Paragraphs)
		}
		if len(got.Data.Sentences) != 2 || got.Data.Sentences[1].Text != "Second one." || got.Data.Sentences[1].Paragraph != 1 {
			t.Errorf("sentences = %+v", got.Data.Sentences)
		}
	}
	if _, err := s.Article(ctx, a.ID+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing article: err = %v, want ErrNotFound", err)
	}
	for _, c := range []struct {
		url, hash string
		want      bool
	}{{a.URL, "", true}, {"", a.ContentHash, true}, {"https://other", "other", false}, {"", "", false}} {
		seen, err := s.Seen(ctx, c.url, c.hash)
		if err != nil || seen != c.want {
			t.Errorf("Seen(%q, %q) = %v, %v; want %v", c.url, c.hash, seen, err, c.want)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 4 || st.Actors != 1 || st.Schema < 1 {
		t.Errorf("stats = %+v, %v", st, err)
	}
}

func testArticleUnique(t *testing.T, s store.Store) {
	ctx := context.Background()
	insert(t, s, article("https://a.example/1", "a.example", "One", "text one", ""))
	sameURL := article("https://a.example/1", "a.example", "One again", "other text", "")
	sameURL.ContentHash = "different"
	sameHash := article("https://a.example/2", "a.example", "Copy", "text one", "")
	sameHash.ContentHash = "hash:https://a.example/1"
	for _, a := range []*store.Article{sameURL, sameHash} {
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			id, err := tx.FindArticle(ctx, a.URL, a.ContentHash)
			if err != nil {
				return err
			}
			if id == 0 {
				return fmt.Errorf("FindArticle(%q, %q) found nothing", a.URL, a.ContentHash)
			}
			if _, err := tx.InsertArticle(ctx, a); err == nil {
				return fmt.Errorf("inserting %q twice succeeded", a.URL)
			}
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	}
	if st, _ := s.Stats(ctx); st.Articles != 1 {
		t.Errorf("articles = %d, want 1", st.Articles)
	}
}

func testRollback(t *testing.T, s store.Store) {
	ctx := context.Background()
	boom := errors.New("boom")
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertArticle(ctx, article("https://a.example/1", "a.example", "t", "x", "")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write returned %v, want the function's error", err)
	}
	if seen, _ := s.Seen(ctx, "https://a.example/1", ""); seen {
		t.Error("a rolled-back article is visible")
	}
}

func testNearDuplicates(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "")
	a.Signature, a.Bands = []byte("sig-a"), []uint64{1, 2, 3}
	a.Data.Actors = []model.ActorRef{{ID: "NOR", Name: "Norway", Type: "country"}}
	b := article("https://b.example/1", "b.example", "t", "y", "")
	b.Signature, b.Bands = []byte("sig-b"), []uint64{3, 4, 5, 1 << 63}
	insert(t, s, a, b)
	dup := article("https://c.example/1", "c.example", "Syndicated copy", "x", "")
	dup.Data.Actors = a.Data.Actors
	dup.Signature, dup.Bands = a.Signature, a.Bands
	dup.DuplicateOf = a.ID
	insert(t, s, dup)
	cands := func(bands ...uint64) []store.ArticleSig {
		var got []store.ArticleSig
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
			got, err = tx.NearDuplicateCandidates(ctx, bands, 10)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := cands(1, 2, 9); len(got) != 1 || got[0].ID != a.ID || string(got[0].Signature) != "sig-a" || got[0].Site != "a.example" {
		t.Errorf("candidates = %+v, want only article %d (duplicates excluded)", got, a.ID)
	}
	// b shares two keys, a one: b first.
	if got := cands(3, 4); len(got) != 2 || got[0].ID != b.ID || got[1].ID != a.ID {
		t.Errorf("candidates = %+v, want b then a", got)
	}
	if got := cands(1 << 63); len(got) != 1 || got[0].ID != b.ID {
		t.Errorf("high-bit key: %+v", got)
	}
	if got := cands(); len(got) != 0 {
		t.Errorf("no bands: %+v", got)
	}
	if st, _ := s.Stats(ctx); st.Duplicates != 1 {
		t.Errorf("duplicates = %d, want 1", st.Duplicates)
	}
	// The copy's actors are not counted again.
	if top, err := s.Actors(ctx, store.ActorQuery{}); err != nil || len(top) != 1 || top[0].Articles != 1 {
		t.Errorf("actors = %+v, %v; want Norway in 1 article", top, err)
	}
	// A search lists a story once, under its canonical article.
	if hits, err := s.Search(ctx, store.SearchQuery{Text: "syndicated"}); err != nil || len(hits) != 0 {
		t.Errorf("search finds the duplicate: %+v, %v", hits, err)
	}
	if got, err := s.Article(ctx, dup.ID); err != nil || got.DuplicateOf != a.ID || got.Title != "Syndicated copy" {
		t.Errorf("duplicate article = %+v, %v", got, err)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	insert(t, s,
		article("https://a.example/1", "a.example", "Flooding in Valencia", "Rivers burst their banks after heavy rain.", ""),
		article("https://b.example/1", "b.example", "Election results", "The governing party lost its majority in the vote.", ""),
		article("https://c.example/1", "c.example", "Harvest report", "Rain delayed the wheat harvest across the plains.", ""),
	)
	hits, err := s.Search(ctx, store.SearchQuery{Text: "rain"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("search rain: %d hits, want 2: %+v", len(hits), hits)
	}
	for _, h := range hits {
		if h.Snippet == "" || h.URL == "" {
			t.Errorf("hit without snippet or url: %+v", h)
		}
	}
	hits, err = s.Search(ctx, store.SearchQuery{Text: "valencia"})
	if err != nil || len(hits) != 1 || hits[0].Title != "Flooding in Valencia" {
		t.Errorf("title search: %+v, %v", hits, err)
	}
	// Unbalanced quotes are not FTS syntax; the search still runs.
	if _, err := s.Search(ctx, store.SearchQuery{Text: `"majority AND (`}); err != nil {
		t.Errorf("bad syntax search failed: %v", err)
	}
	if _, err := s.Search(ctx, store.SearchQuery{Text: "  "}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("empty search: err = %v, want ErrBadQuery", err)
	}
	// What people type that is not valid syntax is searched as its words,
	// never an empty list because of the syntax: a dangling OR or AND is
	// dropped ("valencia OR" required the word "or" and found nothing), an
	// OR between words is kept when the rest is broken, and the column
	// filter and parentheses of the syntax work.
	for q, want := range map[string][]string{
		"valencia OR":           {"https://a.example/1"},
		"OR valencia":           {"https://a.example/1"},
		"rain AND":              {"https://a.example/1", "https://c.example/1"},
		"AND":                   nil, // the word "and" (none of these texts has one)
		`"valencia`:             {"https://a.example/1"},
		"(valencia":             {"https://a.example/1"},
		"valencia)":             {"https://a.example/1"},
		`"valencia OR majority`: {"https://a.example/1", "https://b.example/1"},
		"(valencia OR majority": {"https://a.example/1", "https://b.example/1"},
		"title:valencia":        {"https://a.example/1"},
		"title:rain":            nil, // rain is in two bodies, no title
		"rain NOT wheat":        {"https://a.example/1"},
		// A column filter before a term that is not syntax keeps to its
		// words as the term alone does ("<valencia>" finds valencia):
		// "title:<valencia>" searched the words title and valencia.
		"title:<valencia>": {"https://a.example/1"},
		"TITLE:<valencia>": {"https://a.example/1"},
		"title:<rain>":     nil,
		"body:<rain>":      {"https://a.example/1", "https://c.example/1"},
		// A group's words and the words next to it are all required,
		// as words are ("(rain OR majority) plains" was not FTS5 syntax,
		// and its plain words were searched as "rain OR (majority
		// plains)", finding the Valencia flood without "plains").
		"(rain OR majority) plains":              {"https://c.example/1"},
		"plains (rain OR majority)":              {"https://c.example/1"},
		"(valencia OR election) (banks OR vote)": {"https://a.example/1", "https://b.example/1"},
		"title:(flooding OR election) rain":      {"https://a.example/1"},
		// Not syntax (the stray quote): the plain words keep the group.
		`(rain OR majority) plains"`: {"https://c.example/1"},
	} {
		hits, err := s.Search(ctx, store.SearchQuery{Text: q})
		var got []string
		for _, h := range hits {
			got = append(got, h.URL)
		}
		slices.Sort(got)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("search %q: %v, %v; want %v", q, got, err, want)
		}
	}
	// No word at all, or NOT with nothing before it, cannot be searched:
	// a bad query that says why, not an empty list.
	for _, q := range []string{"-", "*", `"`, `""`, "()", "NOT valencia"} {
		if hits, err := s.Search(ctx, store.SearchQuery{Text: q}); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("search %q: %v, %v; want ErrBadQuery", q, hits, err)
		}
	}
}

// addEvent stores one event and its mentions from the given articles.
func addEvent(t *testing.T, s store.Store, e *store.Event, articles ...*store.Article) {
	t.Helper()
	err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return err
		}
		for i, a := range articles {
			if err := tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: a.ID, ArticleEventID: fmt.Sprintf("e%d", i), Text: "evidence"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testEventCounters(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "2024-03-05T08:00:00Z")
	b := article("https://b.example/1", "b.example", "t", "y", "2024-03-04T09:00:00Z")
	c := article("https://a.example/2", "a.example", "t", "z", "2024-03-06T09:00:00Z") // same outlet as a
	insert(t, s, a, b, c)
	dup := article("https://d.example/1", "d.example", "t", "y", "2024-03-03T09:00:00Z") // syndicated copy of b
	dup.DuplicateOf = b.ID
	insert(t, s, dup)
	e := &store.Event{Key: "k", Type: "CONSULT", SourceName: "France", TargetName: "Germany", Date: "2024-03-04", QuadClass: 1}
	addEvent(t, s, e, a, b, c, dup)
	got, ms, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.NumArticles != 4 || got.NumMentions != 4 {
		t.Errorf("num_articles = %d, num_mentions = %d; want 4, 4", got.NumArticles, got.NumMentions)
	}
	if got.NumSources != 2 {
		t.Errorf("num_sources = %d, want 2 (a.example twice counts once; the duplicate is not a source)", got.NumSources)
	}
	if got.EarliestURL != dup.URL || got.EarliestAt == nil || !got.EarliestAt.Equal(*dup.Published) {
		t.Errorf("earliest = %s %v, want %s", got.EarliestURL, got.EarliestAt, dup.URL)
	}
	if len(ms) != 4 || ms[0].URL != dup.URL || ms[0].Text != "evidence" {
		t.Errorf("mentions = %+v", ms)
	}
	// Adding the same mention again changes nothing.
	addEventMention := func() error {
		return s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: a.ID, ArticleEventID: "e0"})
		})
	}
	if err := addEventMention(); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Event(ctx, e.ID); got.NumMentions != 4 {
		t.Errorf("repeated mention counted: %d", got.NumMentions)
	}
	var cands []store.Event
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
		cands, err = tx.CandidateEvents(ctx, "k", "2024-03-01", "2024-03-10")
		return err
	})
	if err != nil || len(cands) != 1 || cands[0].ID != e.ID {
		t.Errorf("candidates in window = %+v, %v", cands, err)
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
		cands, err = tx.CandidateEvents(ctx, "k", "2024-03-05", "2024-03-10")
		return err
	})
	if err != nil || len(cands) != 0 {
		t.Errorf("candidates outside window = %+v, %v", cands, err)
	}
	if _, _, err := s.Event(ctx, e.ID+1); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing event: %v", err)
	}
}

// CandidateEventsByCountry finds events by type and by countries, each on
// one side or the other, within the date window, whatever the case of the
// codes asked for, each event once; nothing when no type or no country is
// asked for.
func testCandidateEventsByCountry(t *testing.T, s store.Store) {
	ctx := context.Background()
	evs := []*store.Event{
		{Key: "a", Type: "ACCUSE", SourceActor: "CHN", SourceCountry: "CHN", TargetActor: "PHL", TargetCountry: "PHL", Date: "2024-03-04"},
		{Key: "b", Type: "ACCUSE", SourceActor: "person:wang_yi", SourceCountry: "CHN", TargetCountry: "PHL", TargetName: "Manila", Date: "2024-03-05"},
		{Key: "c", Type: "ACCUSE", SourceActor: "CHN", SourceCountry: "CHN", TargetActor: "PHL", TargetCountry: "PHL", Date: "2024-03-12"},  // outside
		{Key: "d", Type: "CONSULT", SourceActor: "CHN", SourceCountry: "CHN", TargetActor: "PHL", TargetCountry: "PHL", Date: "2024-03-04"}, // other type
		{Key: "e", Type: "SANCTION", SourceActor: "USA", SourceCountry: "USA", TargetActor: "IRN", TargetCountry: "IRN", Date: "2024-03-04"},
		{Key: "f", Type: "ACCUSE", SourceName: "protesters", TargetActor: "PHL", TargetCountry: "PHL", Date: "2024-03-03"}, // target side only
	}
	for _, e := range evs {
		addEvent(t, s, e)
	}
	ids := func(types, countries []string) []int64 {
		t.Helper()
		var got []store.Event
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
			got, err = tx.CandidateEventsByCountry(ctx, types, countries, "2024-03-01", "2024-03-07")
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, e := range got {
			out = append(out, e.ID)
		}
		return out
	}
	for _, c := range []struct {
		types, countries []string
		want             []int64
	}{
		{[]string{"ACCUSE"}, []string{"chn"}, []int64{evs[0].ID, evs[1].ID}},
		{[]string{"ACCUSE"}, []string{"CHN", "PHL"}, []int64{evs[0].ID, evs[1].ID}},
		{[]string{"ACCUSE"}, []string{"PHL", "chn", "CHN"}, []int64{evs[0].ID, evs[1].ID}},
		{[]string{"ACCUSE"}, []string{"CHN", "USA"}, nil},
		{[]string{"ACCUSE", "CONSULT"}, []string{"PHL"}, []int64{evs[0].ID, evs[1].ID, evs[3].ID, evs[5].ID}},
		{[]string{"SANCTION", "COERCE"}, []string{"IRN"}, []int64{evs[4].ID}},
		{[]string{"ACCUSE"}, []string{"DEU"}, nil},
		{nil, []string{"CHN"}, nil},
		{[]string{"ACCUSE"}, nil, nil},
	} {
		if got := ids(c.types, c.countries); !slices.Equal(got, c.want) {
			t.Errorf("types %v countries %v: ids %v, want %v", c.types, c.countries, got, c.want)
		}
	}
}

// SetEventParty renames one side of an event: the event shows the new
// party, is found by it and still by the old one, and the new party counts
// the event once; a missing event or an unknown side is an error.
func testSetEventParty(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "")
	insert(t, s, a)
	e := &store.Event{Key: "k", Type: "ACCUSE", SourceActor: "person:wang_yi", SourceName: "Wang Yi", SourceCountry: "CHN",
		TargetActor: "PHL", TargetName: "the Philippines", TargetCountry: "PHL", Date: "2024-03-04"}
	addEvent(t, s, e, a)
	set := func(id int64, side, actorID, name string) error {
		return s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.SetEventParty(ctx, id, side, actorID, name) })
	}
	if err := set(e.ID, store.SideSource, "CHN", "China"); err != nil {
		t.Fatal(err)
	}
	got, _, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.SourceActor != "CHN" || got.SourceName != "China" || got.SourceCountry != "CHN" || got.TargetActor != "PHL" || got.TargetName != "the Philippines" {
		t.Errorf("event after SetEventParty: %+v", got)
	}
	for _, q := range []store.EventQuery{{Actor: "CHN"}, {Source: "china"}, {Actor: "person:wang_yi"}, {Source: "Wang Yi"}, {Target: "PHL"}} {
		evs, err := s.Events(ctx, q)
		if err != nil || len(evs) != 1 || evs[0].ID != e.ID {
			t.Errorf("events %+v: %v, %v; want event %d", q, evs, err, e.ID)
		}
	}
	if evs, err := s.Events(ctx, store.EventQuery{Target: "CHN"}); err != nil || len(evs) != 0 {
		t.Errorf("target CHN: %v, %v; want none", evs, err)
	}
	// Naming it so again counts nothing more.
	if err := set(e.ID, store.SideSource, "CHN", "China"); err != nil {
		t.Fatal(err)
	}
	if ac, err := s.Actor(ctx, "CHN"); err != nil || ac.Events != 1 || ac.Country != "CHN" {
		t.Errorf("actor CHN: %+v, %v; want 1 event, country CHN", ac, err)
	}
	if err := set(e.ID+1, store.SideTarget, "PHL", "Manila"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing event: %v, want ErrNotFound", err)
	}
	if err := set(e.ID, "middle", "PHL", "Manila"); err == nil {
		t.Error("unknown side: no error")
	}
}

// SetEventDate dates an event anew: it shows the new date and precision
// and is found by it in every listing that filters or orders by date (by
// country and by actor too, which read the event's lookup rows);
// EventReports gives each mention's article site, publish time and the
// date the report gave; a missing event is ErrNotFound.
func testSetEventDate(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "2021-07-28T09:00:00Z")
	b := article("https://b.example/1", "", "t", "y", "")
	insert(t, s, a, b)
	e := &store.Event{Key: "k", Type: "AGREE", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2018-06-01", Precision: "month"}
	later := &store.Event{Key: "l", Type: "AGREE", SourceActor: "KST", SourceName: "Kestria", SourceCountry: "KST",
		TargetActor: "VLM", TargetName: "Volmark", TargetCountry: "VLM", Date: "2018-06-05", Precision: "day"}
	write := func(fn func(ctx context.Context, tx store.Tx) error) error { return s.Write(ctx, fn) }
	if err := write(func(ctx context.Context, tx store.Tx) error {
		for _, ev := range []*store.Event{e, later} {
			if _, err := tx.InsertEvent(ctx, ev); err != nil {
				return err
			}
		}
		if err := tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: a.ID, ArticleEventID: "e1", Date: "2018-06-01", Precision: "month"}); err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: b.ID, ArticleEventID: "e1", Date: "2018-06-12", Precision: "day"})
	}); err != nil {
		t.Fatal(err)
	}
	if err := write(func(ctx context.Context, tx store.Tx) error { return tx.SetEventDate(ctx, e.ID, "2018-06-12", "day") }); err != nil {
		t.Fatal(err)
	}
	got, ms, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Date != "2018-06-12" || got.Precision != "day" {
		t.Errorf("event after SetEventDate: date %s %s, want 2018-06-12 day", got.Date, got.Precision)
	}
	if len(ms) != 2 || ms[0].Date != "2018-06-01" || ms[0].Precision != "month" || ms[1].Date != "2018-06-12" || ms[1].Precision != "day" {
		t.Errorf("mentions: %+v; want the dates the reports gave", ms)
	}
	for _, q := range []store.EventQuery{
		{Since: "2018-06-10"}, {Country: "KST", Since: "2018-06-10"}, {Actor: "VLM", Since: "2018-06-10"},
		{Sort: "sources", Country: "VLM", Since: "2018-06-10"},
	} {
		evs, err := s.Events(ctx, q)
		if err != nil || len(evs) != 1 || evs[0].ID != e.ID {
			t.Errorf("events %+v: %+v, %v; want event %d alone", q, evs, err, e.ID)
		}
	}
	// Newest first: the redated event now comes before the other.
	for _, q := range []store.EventQuery{{}, {Country: "KST"}, {Actor: "KST"}} {
		evs, err := s.Events(ctx, q)
		if err != nil || len(evs) != 2 || evs[0].ID != e.ID {
			t.Errorf("events %+v: %+v, %v; want event %d first", q, evs, err, e.ID)
		}
	}
	var reports []store.EventMention
	if err := write(func(ctx context.Context, tx store.Tx) (err error) {
		reports, err = tx.EventReports(ctx, e.ID)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	// b has no publish date: its ingest time (now) comes after a's.
	if len(reports) != 2 || reports[0].ArticleID != a.ID || reports[0].Site != "a.example" || reports[0].Published == nil ||
		!reports[0].Published.Equal(*a.Published) || reports[0].Date != "2018-06-01" ||
		reports[1].ArticleID != b.ID || reports[1].Site != b.URL || reports[1].Date != "2018-06-12" || reports[1].Precision != "day" {
		t.Errorf("EventReports: %+v", reports)
	}
	if err := write(func(ctx context.Context, tx store.Tx) error {
		return tx.SetEventDate(ctx, later.ID+1, "2018-06-12", "day")
	}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing event: %v, want ErrNotFound", err)
	}
}

// ClearEvents leaves the articles and their actors, with no events and no
// event counts; CanonicalArticles pages the canonical articles in id order
// with their analyses. Events can be stored again afterwards.
func testClearEvents(t *testing.T, s store.Store) {
	checkClearEvents(t, s, func(ctx context.Context, tx store.Tx) error { return tx.ClearEvents(ctx) })
}

// A backend's TruncateEvents (store.EventTruncater) leaves the store as
// ClearEvents does.
func testTruncateEvents(t *testing.T, s store.Store) {
	var ok bool
	if err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, ok = tx.(store.EventTruncater)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Skip("the backend clears events by ClearEvents alone")
	}
	checkClearEvents(t, s, func(ctx context.Context, tx store.Tx) error { return tx.(store.EventTruncater).TruncateEvents(ctx) })
}

// checkClearEvents is testClearEvents with the events cleared by clear.
func checkClearEvents(t *testing.T, s store.Store, clear func(ctx context.Context, tx store.Tx) error) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "2024-03-01T08:00:00Z")
	a.Data.Actors = []model.ActorRef{{ID: "FRA", Name: "France", Type: "country"}}
	a.Data.Events = []model.Event{{ID: "e1", Type: "CONSULT"}}
	b := article("https://b.example/1", "b.example", "t", "y", "")
	c := article("https://c.example/1", "c.example", "t", "z", "")
	insert(t, s, a, b)
	c.DuplicateOf = a.ID
	insert(t, s, c)
	d := article("https://d.example/1", "d.example", "t", "w", "")
	insert(t, s, d)
	addEvent(t, s, &store.Event{Key: "1", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA",
		TargetActor: "DEU", TargetName: "Germany", TargetCountry: "DEU", Date: "2024-03-01"}, a, b)
	write := func(fn func(ctx context.Context, tx store.Tx) error) {
		t.Helper()
		if err := s.Write(ctx, fn); err != nil {
			t.Fatal(err)
		}
	}
	write(clear)
	if evs, err := s.Events(ctx, store.EventQuery{}); err != nil || len(evs) != 0 {
		t.Errorf("events after ClearEvents: %+v, %v", evs, err)
	}
	for _, q := range []store.EventQuery{{}, {Country: "FRA"}} {
		if counts, err := s.EventCounts(ctx, q); err != nil || len(counts) != 0 {
			t.Errorf("event counts %+v after ClearEvents: %+v, %v", q, counts, err)
		}
	}
	for _, q := range []store.EventQuery{{Country: "FRA"}, {Actor: "DEU"}, {Sort: "sources"}} {
		if evs, err := s.Events(ctx, q); err != nil || len(evs) != 0 {
			t.Errorf("events %+v after ClearEvents: %+v, %v", q, evs, err)
		}
	}
	if ac, err := s.Actor(ctx, "FRA"); err != nil || ac.Articles != 1 || ac.Events != 0 {
		t.Errorf("actor FRA (listed by an article) after ClearEvents: %+v, %v", ac, err)
	}
	if _, err := s.Actor(ctx, "DEU"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("actor DEU (known only from the event) after ClearEvents: err = %v, want ErrNotFound", err)
	}
	if got, err := s.Article(ctx, a.ID); err != nil || got.Data == nil || len(got.Data.Events) != 1 {
		t.Errorf("article after ClearEvents: %+v, %v", got, err)
	}
	var pages [][]string
	write(func(ctx context.Context, tx store.Tx) error {
		after := int64(0)
		for {
			arts, err := tx.CanonicalArticles(ctx, after, 2)
			if err != nil {
				return err
			}
			var urls []string
			for _, x := range arts {
				urls = append(urls, x.URL)
				after = x.ID
				if x.URL == a.URL && (x.Data == nil || len(x.Data.Events) != 1 || x.Data.Actors[0].ID != "FRA" ||
					x.Published == nil || !x.Published.Equal(*a.Published) || x.IngestedAt.IsZero() || x.Site != "a.example" || x.Text != "x") {
					t.Errorf("canonical article = %+v", x)
				}
			}
			if len(arts) == 0 {
				return nil
			}
			pages = append(pages, urls)
		}
	})
	if want := fmt.Sprint([][]string{{a.URL, b.URL}, {d.URL}}); fmt.Sprint(pages) != want {
		t.Errorf("canonical articles by pages of 2 = %v, want %v (in id order, the copy left out)", pages, want)
	}
	// The store takes events again, counted from zero.
	e := &store.Event{Key: "1", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA",
		TargetActor: "DEU", TargetName: "Germany", TargetCountry: "DEU", Date: "2024-03-01"}
	addEvent(t, s, e, a)
	if evs, err := s.Events(ctx, store.EventQuery{Country: "DEU"}); err != nil || len(evs) != 1 || evs[0].NumSources != 1 || evs[0].NumMentions != 1 {
		t.Errorf("event stored after ClearEvents: %+v, %v", evs, err)
	}
	if ac, err := s.Actor(ctx, "DEU"); err != nil || ac.Events != 1 {
		t.Errorf("actor DEU after a new event: %+v, %v", ac, err)
	}
}

func testEventFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "")
	b := article("https://b.example/1", "b.example", "t", "y", "")
	insert(t, s, a, b)
	evs := []*store.Event{
		{Key: "1", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA", TargetActor: "DEU", TargetName: "Germany", TargetCountry: "DEU", Date: "2024-03-01", QuadClass: 1, Goldstein: 1},
		{Key: "2", Type: "ASSAULT", SourceName: "gunmen", TargetActor: "NGA", TargetName: "Nigeria", TargetCountry: "NGA", Date: "2024-03-05", QuadClass: 4, Goldstein: -9},
		{Key: "3", Type: "AID", SourceActor: "DEU", SourceName: "Germany", SourceCountry: "DEU", TargetActor: "NGA", TargetName: "Nigeria", TargetCountry: "NGA", Date: "2024-03-09", QuadClass: 2, Goldstein: 7},
	}
	addEvent(t, s, evs[0], a, b)
	addEvent(t, s, evs[1], a)
	addEvent(t, s, evs[2], b)
	ids := func(es []store.Event) []int64 {
		var out []int64
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	cases := []struct {
		name string
		q    store.EventQuery
		want []int64
	}{
		{"all newest first", store.EventQuery{}, []int64{evs[2].ID, evs[1].ID, evs[0].ID}},
		{"actor id either side", store.EventQuery{Actor: "DEU"}, []int64{evs[2].ID, evs[0].ID}},
		{"actor name any case", store.EventQuery{Actor: "germany"}, []int64{evs[2].ID, evs[0].ID}},
		{"unresolved source name", store.EventQuery{Source: "Gunmen"}, []int64{evs[1].ID}},
		{"target", store.EventQuery{Target: "NGA"}, []int64{evs[2].ID, evs[1].ID}},
		{"country", store.EventQuery{Country: "fra"}, []int64{evs[0].ID}},
		{"type", store.EventQuery{Type: "assault"}, []int64{evs[1].ID}},
		{"quad", store.EventQuery{QuadClass: 2}, []int64{evs[2].ID}},
		{"since until", store.EventQuery{Since: "2024-03-02", Until: "2024-03-05"}, []int64{evs[1].ID}},
		{"min sources", store.EventQuery{MinSources: 2}, []int64{evs[0].ID}},
		{"sort sources", store.EventQuery{Sort: store.SortSources, Limit: 1}, []int64{evs[0].ID}},
		{"sort goldstein", store.EventQuery{Sort: store.SortGoldstein}, []int64{evs[1].ID, evs[0].ID, evs[2].ID}},
		{"offset", store.EventQuery{Limit: 1, Offset: 1}, []int64{evs[1].ID}},
		{"article", store.EventQuery{Article: b.ID}, []int64{evs[2].ID, evs[0].ID}},
		{"article and actor", store.EventQuery{Article: a.ID, Actor: "NGA"}, []int64{evs[1].ID}},
		{"article without events", store.EventQuery{Article: b.ID + 100}, nil},
	}
	for _, c := range cases {
		got, err := s.Events(ctx, c.q)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if fmt.Sprint(ids(got)) != fmt.Sprint(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, ids(got), c.want)
		}
	}
	for _, q := range []store.EventQuery{{Sort: "nonsense"}, {QuadClass: 7}} {
		if _, err := s.Events(ctx, q); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%+v: err = %v, want ErrBadQuery", q, err)
		}
	}
}

// testEventSectorFilter: the sector filter finds events with a party of
// that sector on either side, by the sector the articles gave the actor.
func testEventSectorFilter(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "")
	a.Data.Actors = []model.ActorRef{{ID: "FRA.AGR", Name: "France agriculture", Type: "role", Country: "FRA", Sector: "agriculture"},
		{ID: "FRA", Name: "France", Type: "country", Country: "FRA"},
		{ID: "NGA.REL", Name: "Nigeria religion", Type: "role", Country: "NGA", Sector: "religion"}}
	insert(t, s, a)
	evs := []*store.Event{
		{Key: "1", Type: "PROTEST", SourceActor: "FRA.AGR", SourceName: "Farmers", SourceCountry: "FRA", TargetActor: "FRA", TargetName: "France", TargetCountry: "FRA", Date: "2024-03-01", QuadClass: 3},
		{Key: "2", Type: "ASSAULT", SourceName: "gunmen", TargetActor: "NGA.REL", TargetName: "church", TargetCountry: "NGA", Date: "2024-03-05", QuadClass: 4},
		{Key: "3", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA", TargetActor: "NGA", TargetName: "Nigeria", TargetCountry: "NGA", Date: "2024-03-09", QuadClass: 1},
	}
	for _, e := range evs {
		addEvent(t, s, e, a)
	}
	for _, c := range []struct {
		sector string
		want   []int64
	}{
		{"agriculture", []int64{evs[0].ID}},
		{"religion", []int64{evs[1].ID}},
		{"labour", nil},
	} {
		got, err := s.Events(ctx, store.EventQuery{Sector: c.sector})
		if err != nil {
			t.Errorf("%s: %v", c.sector, err)
			continue
		}
		var ids []int64
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if fmt.Sprint(ids) != fmt.Sprint(c.want) {
			t.Errorf("sector %s: got %v, want %v", c.sector, ids, c.want)
		}
	}
	// With a country filter driving the query.
	if got, err := s.Events(ctx, store.EventQuery{Sector: "religion", Country: "NGA", Sort: store.SortSources}); err != nil || len(got) != 1 || got[0].ID != evs[1].ID {
		t.Errorf("sector and country: %v, %v", got, err)
	}
	// Store.Actor gives the stored actor's sector (the actor pages show
	// it); a country has none.
	for id, want := range map[string]string{"FRA.AGR": "agriculture", "NGA.REL": "religion"} {
		if ac, err := s.Actor(ctx, id); err != nil || ac.Sector != want {
			t.Errorf("actor %s: %+v, %v; want sector %s", id, ac, err, want)
		}
	}
	// The lists give it too (/api/actors): the top actors, and an
	// actor's counterparts (FRA.AGR protested against France); a
	// counterpart named without an id has none.
	top, err := s.Actors(ctx, store.ActorQuery{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	sectors := map[string]string{}
	for _, ac := range top {
		sectors[ac.ID] = ac.Sector
	}
	for id, want := range map[string]string{"FRA.AGR": "agriculture", "NGA.REL": "religion", "FRA": ""} {
		if got, ok := sectors[id]; !ok || got != want {
			t.Errorf("top actors: %s has sector %q (listed %v), want %q", id, got, ok, want)
		}
	}
	for _, c := range []struct{ actor, cp, want string }{
		{"FRA", "FRA.AGR", "agriculture"},
		{"NGA.REL", "name:gunmen", ""},
	} {
		cps, err := s.Actors(ctx, store.ActorQuery{Actor: c.actor})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(cps, func(ac store.ActorCount) bool { return ac.ID == c.cp })
		if i < 0 || cps[i].Sector != c.want {
			t.Errorf("counterparts of %s: %+v; want %s with sector %q", c.actor, cps, c.cp, c.want)
		}
	}
}

// testFoldedCounterparts: the counterparts of an actor named without an
// id are one counterpart however their names are cased or accented, as
// the actor filters match them (store.FoldName), and paging counts them
// once.
func testFoldedCounterparts(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/fold", "a.example", "t", "x", "")
	insert(t, s, a)
	for i, name := range []string{"la présidente", "LA PRÉSIDENTE", "La Presidente", "les maires", "Les Maires", "ÉLUS"} {
		addEvent(t, s, &store.Event{Key: fmt.Sprint("f", i), Type: "CONSULT", SourceActor: "FRA", SourceName: "France",
			TargetName: name, Date: fmt.Sprintf("2024-03-%02d", i+1)}, a)
	}
	want := "[name:la présidente/LA PRÉSIDENTE/3 name:les maires/Les Maires/2 name:élus/ÉLUS/1]"
	for _, page := range []struct {
		limit, offset int
		want          string
	}{
		{20, 0, want},
		{1, 0, "[name:la présidente/LA PRÉSIDENTE/3]"},
		{1, 1, "[name:les maires/Les Maires/2]"},
		{2, 2, "[name:élus/ÉLUS/1]"},
		{2, 3, "[]"},
	} {
		cps, err := s.Actors(ctx, store.ActorQuery{Actor: "FRA", Limit: page.limit, Offset: page.offset})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cps {
			got = append(got, c.ID+"/"+c.Name+"/"+fmt.Sprint(c.Events))
		}
		if fmt.Sprint(got) != page.want && !(page.want == "[]" && len(got) == 0) {
			t.Errorf("counterparts of FRA, limit %d offset %d = %v; want %s", page.limit, page.offset, got, page.want)
		}
		if cps == nil {
			t.Errorf("counterparts of FRA, limit %d offset %d: nil, want an empty list", page.limit, page.offset)
		}
	}
	// And from the other side: each spelling finds the events of all.
	for _, name := range []string{"la presidente", "LA PRÉSIDENTE"} {
		cps, err := s.Actors(ctx, store.ActorQuery{Actor: name})
		if err != nil || len(cps) != 1 || cps[0].ID != "FRA" || cps[0].Events != 3 {
			t.Errorf("counterparts of %q = %+v, %v; want FRA in 3 events", name, cps, err)
		}
	}
}

func testActors(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "")
	a.Data.Actors = []model.ActorRef{{ID: "FRA", Name: "France", Type: "country"}, {ID: "DEU", Name: "Germany", Type: "country"}}
	a.IngestedAt = *ptime("2024-03-01T00:00:00Z")
	b := article("https://b.example/1", "b.example", "t", "y", "")
	b.Data.Actors = []model.ActorRef{{ID: "FRA", Name: "France", Type: "country"}}
	b.Data.ReferenceDate = ptime("2024-03-06T00:00:00Z")
	insert(t, s, a, b)
	addEvent(t, s, &store.Event{Key: "1", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", TargetActor: "DEU", TargetName: "Germany", Date: "2024-03-01"}, a)
	addEvent(t, s, &store.Event{Key: "2", Type: "AID", SourceActor: "DEU", SourceName: "Germany", TargetActor: "FRA", TargetName: "France", Date: "2024-03-02"}, a)
	addEvent(t, s, &store.Event{Key: "3", Type: "ASSAULT", SourceName: "protesters", TargetActor: "FRA", TargetName: "France", Date: "2024-03-03"}, b)
	top, err := s.Actors(ctx, store.ActorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || top[0].ID != "FRA" || top[0].Articles != 2 || top[0].Events != 3 {
		t.Errorf("top actors = %+v", top)
	}
	cps, err := s.Actors(ctx, store.ActorQuery{Actor: "FRA"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cps) != 2 || cps[0].ID != "DEU" || cps[0].Events != 2 || cps[1].Name != "protesters" || cps[1].Events != 1 {
		t.Errorf("counterparts of FRA = %+v", cps)
	}
	byName, err := s.Actors(ctx, store.ActorQuery{Actor: "Protesters"})
	if err != nil || len(byName) != 1 || byName[0].ID != "FRA" {
		t.Errorf("counterparts of protesters = %+v, %v", byName, err)
	}

	// One actor, by id or by name; an actor with articles and no events
	// (Spain) is found too: the web UI links every actor of an article.
	// A syndicated copy is not counted.
	c := article("https://c.example/1", "c.example", "Madrid", "z", "2024-03-04T00:00:00Z")
	c.Data.Actors = []model.ActorRef{{ID: "ESP", Name: "Spain", Type: "country", Country: "ESP"}, {ID: "FRA", Name: "France", Type: "country"}}
	dupC := article("https://d.example/1", "d.example", "Madrid", "z", "2024-03-05T00:00:00Z")
	dupC.Data.Actors = c.Data.Actors
	insert(t, s, c)
	dupC.DuplicateOf = c.ID
	insert(t, s, dupC)
	for _, key := range []string{"ESP", "spain"} {
		one, err := s.Actor(ctx, key)
		if err != nil || one.ID != "ESP" || one.Name != "Spain" || one.Country != "ESP" || one.Articles != 1 || one.Events != 0 {
			t.Errorf("Actor(%q) = %+v, %v", key, one, err)
		}
	}
	if _, err := s.Actor(ctx, "protesters"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(protesters) (named only in events): err = %v, want ErrNotFound", err)
	}
	arts, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "FRA"})
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, h := range arts {
		urls = append(urls, h.URL)
	}
	// Newest report date first (the undated by their reference date, else
	// when they were ingested, as an event's reports are ordered), the
	// syndicated copy left out.
	if want := []string{b.URL, c.URL, a.URL}; fmt.Sprint(urls) != fmt.Sprint(want) {
		t.Errorf("articles of FRA = %v, want %v", urls, want)
	}
	var sources []string
	for _, h := range arts {
		sources = append(sources, h.ReportDateSource)
	}
	if want := []string{"reference", "published", "ingested"}; !slices.Equal(sources, want) || arts[0].Published != nil ||
		arts[0].ReportDate == nil || !arts[0].ReportDate.Equal(*b.Data.ReferenceDate) {
		t.Errorf("articles of FRA dated by %v (first %+v), want %v", sources, arts[0], want)
	}
	if page, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "FRA", Limit: 1, Offset: 1}); err != nil || len(page) != 1 || page[0].URL != c.URL {
		t.Errorf("second page of FRA's articles = %+v, %v", page, err)
	}
	if none, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "XXX"}); err != nil || len(none) != 0 {
		t.Errorf("articles of an unknown actor = %+v, %v", none, err)
	}
}

func testFailures(t *testing.T, s store.Store) {
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.RecordFailure(ctx, store.Failure{Source: "bad.html", Stage: "extract", Error: "no text"})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	fs, err := s.Failures(ctx, 10)
	if err != nil || len(fs) != 1 || fs[0].Attempts != 2 || fs[0].Stage != "extract" {
		t.Errorf("failures = %+v, %v", fs, err)
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ClearFailure(ctx, "bad.html") })
	if err != nil {
		t.Fatal(err)
	}
	if fs, _ := s.Failures(ctx, 10); len(fs) != 0 {
		t.Errorf("failure not cleared: %+v", fs)
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	if _, err := s.Feed(ctx, "https://f.example/rss"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("new feed: %v", err)
	}
	f := store.Feed{URL: "https://f.example/rss", ETag: `"abc"`, LastModified: "Mon, 04 Mar 2024 10:00:00 GMT", LastPolled: time.Date(2024, 3, 4, 10, 0, 0, 0, time.UTC)}
	for i := 0; i < 2; i++ {
		if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.PutFeed(ctx, f) }); err != nil {
			t.Fatal(err)
		}
		f.ETag = `"def"`
	}
	got, err := s.Feed(ctx, f.URL)
	if err != nil || got.ETag != `"def"` || got.LastModified != f.LastModified || !got.LastPolled.Equal(f.LastPolled) {
		t.Errorf("feed = %+v, %v", got, err)
	}
}

// Paging with After through every sort and filter shape gives the rows of
// one long page, in its order: none lost or repeated, though many events
// tie on date, sources, articles, first-seen time and Goldstein score.
func testEventKeysetPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	SeedRankEvents(t, s, 300, 11)
	checked := 0
	for _, sort := range []string{"", store.SortDate, store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein} {
		for _, f := range []store.EventQuery{
			{}, {Country: "FRA"}, {Country: "nga", Type: "PROTEST"}, {Actor: "A1"}, {Source: "A2", Target: "B0"},
			{Type: "ATTACK", Since: "2024-03-02"}, {MinSources: 2},
		} {
			f.Sort = sort
			all := f
			all.Limit = store.MaxLimit
			want, err := s.Events(ctx, all)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) >= store.MaxLimit {
				t.Fatalf("%+v: %d events, more than one long page", f, len(want))
			}
			var got []int64
			page := f
			page.Limit = 7
			for pages := 0; ; pages++ {
				evs, err := s.Events(ctx, page)
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range evs {
					got = append(got, e.ID)
				}
				if len(evs) < page.Limit || pages > len(want) {
					break
				}
				pos := evs[len(evs)-1].Pos()
				page.After = &pos
			}
			if wantIDs := eventIDs(want); !slices.Equal(got, wantIDs) {
				t.Errorf("sort %q, %+v: pages of 7 give %v,\none page gives %v", sort, f, got, wantIDs)
			}
			// And back (the web's "Previous"): each page before the
			// first event of the one after it, from the last event on,
			// is the same rows in the same order.
			if len(want) > 1 {
				var back []int64
				page := f
				page.Limit = 7
				last := want[len(want)-1].Pos()
				page.Before = &last
				for pages := 0; ; pages++ {
					evs, err := s.Events(ctx, page)
					if err != nil {
						t.Fatal(err)
					}
					back = append(eventIDs(evs), back...)
					if len(evs) < page.Limit || pages > len(want) {
						break
					}
					first := evs[0].Pos()
					page.Before = &first
				}
				if wantIDs := eventIDs(want[:len(want)-1]); !slices.Equal(back, wantIDs) {
					t.Errorf("sort %q, %+v: pages of 7 back from the last event give %v,\none page gives %v", sort, f, back, wantIDs)
				}
			}
			checked += len(want)
		}
	}
	if checked < 1000 {
		t.Errorf("only %d rows checked: the seed no longer fills the listings", checked)
	}
}

// EventIDs are the ids of evs, in their order (for comparing listings).
func EventIDs(evs []store.Event) []int64 { return eventIDs(evs) }

func eventIDs(evs []store.Event) []int64 {
	ids := make([]int64, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	return ids
}

// Search hits that tie on rank (same words, same length) page with After
// as one long page does, in article id order within the tie.
func testSearchKeysetPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"}
	var as []*store.Article
	for i := range 23 {
		// Eighteen articles tie; five mention the harbour twice and rank
		// apart from them.
		text := "Rain closed the harbour road near " + words[i%10] + " " + words[i/10] + " station."
		if i%5 == 4 {
			text = "Rain closed the harbour road and the harbour gate near " + words[i%10] + "."
		}
		as = append(as, article(fmt.Sprintf("https://p.example/%d", i), "p.example", "Weather", text, ""))
	}
	insert(t, s, as...)
	want, err := s.Search(ctx, store.SearchQuery{Text: "harbour", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 23 {
		t.Fatalf("%d hits, want 23", len(want))
	}
	ties := 0
	for i := 1; i < len(want); i++ {
		a, b := want[i-1], want[i]
		if a.Rank > b.Rank || a.Rank == b.Rank && a.ArticleID > b.ArticleID {
			t.Errorf("hits %d and %d out of order (rank, then id): %+v %+v", i-1, i, a.Pos(), b.Pos())
		}
		if a.Rank == b.Rank {
			ties++
		}
	}
	if ties < 10 {
		t.Errorf("only %d hits tie with the one before: the test no longer tests ties", ties)
	}
	var got, wantIDs []int64
	for _, h := range want {
		wantIDs = append(wantIDs, h.ArticleID)
	}
	q := store.SearchQuery{Text: "harbour", Limit: 4}
	for range 10 {
		hits, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			got = append(got, h.ArticleID)
		}
		if len(hits) < q.Limit {
			break
		}
		pos := hits[len(hits)-1].Pos()
		q.After = &pos
	}
	if !slices.Equal(got, wantIDs) {
		t.Errorf("pages of 4 give %v, one page gives %v", got, wantIDs)
	}
}

// ActorArticles resumed after the previous page's last article gives the
// rows of one long page, though articles tie on their publish time and
// some have none; an article stored between two pages (newer than all)
// neither repeats a row nor hides one, as an offset would.
func testActorArticlesKeysetPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	isl := []model.ActorRef{{ID: "ISL", Name: "Iceland", Type: "country", Country: "ISL"}}
	var as []*store.Article
	for i := range 17 {
		published := ""
		switch {
		case i%4 == 3: // undated
		case i < 8:
			published = "2024-05-01T08:00:00Z" // six articles of one time
		default:
			published = fmt.Sprintf("2024-04-%02dT12:00:00Z", 1+i%3) // ties of two and three
		}
		a := article(fmt.Sprintf("https://i.example/%d", i), "i.example", "Iceland", "z", published)
		a.Data.Actors = isl
		// The undated are listed by when they were ingested: all at one
		// time, before the dated ones' (ties, and last).
		a.IngestedAt = *ptime("2024-01-01T00:00:00Z")
		as = append(as, a)
	}
	insert(t, s, as...)
	dup := article("https://j.example/copy", "j.example", "Iceland", "z", "2024-05-01T08:00:00Z")
	dup.Data.Actors, dup.DuplicateOf = isl, as[0].ID
	insert(t, s, dup)

	all, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "ISL", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 17 {
		t.Fatalf("%d articles of ISL, want 17 (the syndicated copy left out)", len(all))
	}
	ties, undated := 0, 0
	for i, h := range all {
		if h.Published == nil {
			undated++
		}
		if i == 0 {
			continue
		}
		a, b := all[i-1].ArticlePos(), h.ArticlePos()
		switch {
		case a.Date == nil || b.Date == nil:
			t.Errorf("articles %d and %d: a listed article without a report date: %+v %+v", i-1, i, a, b)
		case a.Date.Before(*b.Date):
			t.Errorf("articles %d and %d out of order (newest first): %+v %+v", i-1, i, a, b)
		case a.Date.Equal(*b.Date):
			ties++
			if a.ID < b.ID {
				t.Errorf("articles %d and %d of one time out of id order: %d before %d", i-1, i, a.ID, b.ID)
			}
		}
	}
	if ties < 8 || undated != 4 {
		t.Errorf("%d ties, %d undated: the test no longer tests ties and undated articles", ties, undated)
	}
	var wantIDs []int64
	for _, h := range all {
		wantIDs = append(wantIDs, h.ArticleID)
	}
	var got []int64
	q := store.ActorQuery{Actor: "ISL", Limit: 3}
	for n := 0; n < 10; n++ {
		page, err := s.ActorArticles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range page {
			got = append(got, h.ArticleID)
		}
		if len(page) < q.Limit {
			break
		}
		if n == 0 {
			// A newer article stored after the first page: the next
			// pages go on from where the first ended.
			fresh := article("https://i.example/fresh", "i.example", "Iceland", "z", "2024-06-01T00:00:00Z")
			fresh.Data.Actors = isl
			insert(t, s, fresh)
		}
		pos := page[len(page)-1].ArticlePos()
		q.After = &pos
	}
	if !slices.Equal(got, wantIDs) {
		t.Errorf("pages of 3 give %v, one page gave %v", got, wantIDs)
	}
	// After the last article there is nothing; an offset still applies
	// after the position.
	last := all[len(all)-1].ArticlePos()
	if rest, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "ISL", After: &last}); err != nil || len(rest) != 0 {
		t.Errorf("after the last article: %+v, %v", rest, err)
	}
	mid := all[5].ArticlePos()
	if rest, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "ISL", After: &mid, Offset: 2, Limit: 1}); err != nil || len(rest) != 1 || rest[0].ArticleID != all[8].ArticleID {
		t.Errorf("after article 5, offset 2: %+v, %v; want article 8 (%d)", rest, err, all[8].ArticleID)
	}
}

// Health answers with the counts of Stats for a small store (estimates
// are for big tables only).
func testHealthCounts(t *testing.T, s store.Store) {
	ctx := context.Background()
	SeedRankEvents(t, s, 40, 5)
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.RecordFailure(ctx, store.Failure{Source: "bad.html", Stage: "read", Error: "truncated", At: time.Now()})
	})
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Health(ctx)
	if err != nil || got != want {
		t.Errorf("Health = %+v, %v; Stats = %+v", got, err, want)
	}
	if want.Articles != 12 || want.Duplicates != 4 || want.Events != 40 || want.Failures != 1 || want.Estimated {
		t.Errorf("Stats = %+v, want 12 articles, 4 copies, 40 events, 1 failure, exact", want)
	}
}

// An actor listed twice in one article's analysis (two entries with one
// id) counts one article, and the article is listed once.
func testActorListedTwice(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "Port talks", "x", "2024-03-01T00:00:00Z")
	a.Data.Actors = []model.ActorRef{
		{ID: "NOR", Name: "Norway", Type: "country", Country: "NOR", Mentions: 2},
		{ID: "SWE", Name: "Sweden", Type: "country", Country: "SWE", Mentions: 1},
		{ID: "NOR", Name: "Norwegian", Type: "country", Country: "NOR", Mentions: 1},
	}
	b := article("https://b.example/1", "b.example", "Fish quotas", "y", "2024-03-02T00:00:00Z")
	b.Data.Actors = []model.ActorRef{{ID: "NOR", Name: "Norway", Type: "country", Country: "NOR", Mentions: 1}}
	insert(t, s, a, b)
	nor, err := s.Actor(ctx, "NOR")
	if err != nil || nor.Articles != 2 || nor.Name != "Norway" {
		t.Errorf("Actor(NOR) = %+v, %v; want 2 articles, named as first listed", nor, err)
	}
	top, err := s.Actors(ctx, store.ActorQuery{})
	if err != nil || len(top) != 2 || top[0].ID != "NOR" || top[0].Articles != 2 || top[1].Articles != 1 {
		t.Errorf("top actors = %+v, %v", top, err)
	}
	arts, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "NOR"})
	if err != nil || len(arts) != 2 || arts[0].URL != b.URL || arts[1].URL != a.URL {
		t.Errorf("articles of NOR = %+v, %v", arts, err)
	}
}

// ReplaceAnalysis puts a new analysis in place of an article's old one:
// its actors, mentions and quotes follow, actor counts stay right, an actor
// no article or event names any more goes, and a renewed actor takes the
// new analysis's name and sector (as a store that only ever saw the new
// analysis would have them).
func testReplaceAnalysis(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "Port talks", "France and Acme met.", "2024-03-01T00:00:00Z")
	a.Data.Actors = []model.ActorRef{
		{ID: "FRA", Name: "France", Type: "country", Country: "FRA", Mentions: 1},
		{ID: "ACME", Name: "Acme", Type: "organisation", Mentions: 1},
	}
	a.Data.Entities = []model.Entity{{Text: "France", Type: "LOC", Start: 0, End: 6, ActorID: "FRA"}}
	a.Data.Quotes = []model.Quote{{Text: "We met.", Kind: "direct", Start: 0, End: 7}}
	b := article("https://b.example/1", "b.example", "Fish quotas", "France spoke.", "2024-03-02T00:00:00Z")
	b.Data.Actors = []model.ActorRef{{ID: "FRA", Name: "France", Type: "country", Country: "FRA", Mentions: 1}}
	insert(t, s, a, b)
	c := article("https://c.example/1", "c.example", "Port talks", "France and Acme met.", "")
	c.Data.Actors = a.Data.Actors
	c.DuplicateOf = a.ID
	insert(t, s, c)
	addEvent(t, s, &store.Event{Key: "1", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA",
		Date: "2024-03-01"}, a)
	replace := func(id int64, data *model.Article, renew ...string) error {
		return s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceAnalysis(ctx, id, data, renew) })
	}
	fresh := &model.Article{Source: a.URL, URL: a.URL, Title: a.Title, Text: a.Text, Site: a.Site, Published: a.Published,
		Actors: []model.ActorRef{
			{ID: "FRA", Name: "French Republic", Type: "country", Country: "FRA", Sector: "government", Mentions: 2},
			{ID: "GUILD", Name: "Dock Guild", Type: "organisation", Sector: "labour", Mentions: 1},
		},
		Entities: []model.Entity{{Text: "France", Type: "LOC", Start: 0, End: 6, ActorID: "FRA"}, {Text: "Acme", Type: "ORG", Start: 11, End: 15}},
		Events:   []model.Event{{ID: "e9", Type: "CONSULT"}},
	}
	// Twice: the second replacement finds what the first stored.
	for range 2 {
		if err := replace(a.ID, fresh, "FRA", "GUILD"); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil || got.Data == nil || len(got.Data.Entities) != 2 || len(got.Data.Quotes) != 0 || len(got.Data.Events) != 1 ||
		got.Data.Events[0].ID != "e9" || got.Text != a.Text || got.Title != a.Title || got.Published == nil {
		t.Errorf("article after ReplaceAnalysis = %+v, %v", got, err)
	}
	if fra, err := s.Actor(ctx, "FRA"); err != nil || fra.Articles != 2 || fra.Events != 1 || fra.Name != "French Republic" {
		t.Errorf("Actor(FRA) = %+v, %v; want 2 articles, 1 event, renamed", fra, err)
	}
	if _, err := s.Actor(ctx, "ACME"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(ACME), listed only by the old analysis: err = %v, want ErrNotFound", err)
	}
	if g, err := s.Actor(ctx, "GUILD"); err != nil || g.Articles != 1 {
		t.Errorf("Actor(GUILD) = %+v, %v", g, err)
	}
	if arts, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "GUILD"}); err != nil || len(arts) != 1 || arts[0].ArticleID != a.ID {
		t.Errorf("articles of GUILD = %+v, %v", arts, err)
	}
	if evs, err := s.Events(ctx, store.EventQuery{Sector: "government"}); err != nil || len(evs) != 1 {
		t.Errorf("events of the government sector after FRA was renewed: %+v, %v", evs, err)
	}
	// Without renew, an actor keeps the name it has (as a later article
	// of a fresh ingest leaves it).
	again := *fresh
	again.Actors = []model.ActorRef{{ID: "FRA", Name: "Paris", Type: "country", Country: "FRA", Mentions: 1}}
	if err := replace(b.ID, &again); err != nil {
		t.Fatal(err)
	}
	if fra, err := s.Actor(ctx, "FRA"); err != nil || fra.Articles != 2 || fra.Name != "French Republic" {
		t.Errorf("Actor(FRA) after a replacement without renew = %+v, %v", fra, err)
	}
	// A syndicated copy keeps no rows: its data changes, the counts do not.
	if err := replace(c.ID, fresh, "FRA", "GUILD"); err != nil {
		t.Fatal(err)
	}
	if g, err := s.Actor(ctx, "GUILD"); err != nil || g.Articles != 1 {
		t.Errorf("Actor(GUILD) after replacing the copy's analysis = %+v, %v", g, err)
	}
	if got, err := s.Article(ctx, c.ID); err != nil || len(got.Data.Entities) != 2 {
		t.Errorf("copy after ReplaceAnalysis = %+v, %v", got, err)
	}
	if err := replace(a.ID+c.ID+1000, fresh); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ReplaceAnalysis of a missing article: err = %v, want ErrNotFound", err)
	}
	// Articles lists every article, the copy with its link.
	var ids []int64
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		after := int64(0)
		for {
			arts, err := tx.Articles(ctx, after, 2)
			if err != nil || len(arts) == 0 {
				return err
			}
			for _, x := range arts {
				ids = append(ids, x.ID)
				after = x.ID
				if x.ID == c.ID && (x.DuplicateOf != a.ID || x.Data == nil || x.Text != c.Text) {
					t.Errorf("Articles: copy = %+v", x)
				}
				if x.ID == a.ID && (x.DuplicateOf != 0 || x.Data == nil || len(x.Data.Entities) != 2) {
					t.Errorf("Articles: canonical = %+v", x)
				}
			}
		}
	})
	if err != nil || !slices.Equal(ids, []int64{a.ID, b.ID, c.ID}) {
		t.Errorf("Articles by pages of 2 = %v, %v; want %v", ids, err, []int64{a.ID, b.ID, c.ID})
	}
}

// An actor an event named before any article listed it (an event names
// actors at other granularities than its article's list) takes the name,
// type and sector of the first article that lists it, not the event's
// words; later articles do not rename it.
func testActorNamedByFirstArticle(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "Vote", "The Democrats voted.", "2024-03-01T00:00:00Z")
	insert(t, s, a)
	addEvent(t, s, &store.Event{Key: "1", Type: "CONSULT", SourceActor: "USA.PTY.DEM", SourceName: "Democrats", SourceCountry: "USA",
		Date: "2024-03-01"}, a)
	if ac, err := s.Actor(ctx, "USA.PTY.DEM"); err != nil || ac.Name != "Democrats" || ac.Type != "" {
		t.Fatalf("actor known from an event = %+v, %v", ac, err)
	}
	b := article("https://b.example/1", "b.example", "Vote", "The Democratic Party voted.", "2024-03-02T00:00:00Z")
	b.Data.Actors = []model.ActorRef{{ID: "USA.PTY.DEM", Name: "Democratic Party", Type: "organisation", Country: "USA", Sector: "party", Mentions: 1}}
	c := article("https://c.example/1", "c.example", "Vote", "The Dems voted.", "2024-03-03T00:00:00Z")
	c.Data.Actors = []model.ActorRef{{ID: "USA.PTY.DEM", Name: "Dems", Type: "person", Country: "USA", Sector: "other", Mentions: 1}}
	insert(t, s, b, c)
	if ac, err := s.Actor(ctx, "USA.PTY.DEM"); err != nil || ac.Name != "Democratic Party" || ac.Type != "organisation" || ac.Articles != 2 || ac.Events != 1 {
		t.Errorf("actor after two articles listed it = %+v, %v; want the first article's name and type", ac, err)
	}
	if evs, err := s.Events(ctx, store.EventQuery{Sector: "party"}); err != nil || len(evs) != 1 {
		t.Errorf("events of the party sector: %+v, %v", evs, err)
	}
}

// testEventCountsAgree: EventCounts agrees with the events it counts, and
// its NotAsserted with how many of them did not take place (IsAsserted),
// for the filters a backend may answer from counts kept as events are
// written (every event, a type, a class, dates, two sources) and others,
// after mentions raised events' sources, after SetEventModality told
// events as having taken place or not, and again after ClearEvents and a
// new set of events (as remerge writes them, with their polarity anew).
func testEventCountsAgree(t *testing.T, s store.Store) {
	ctx := context.Background()
	queries := []store.EventQuery{
		{}, {Type: "PROTEST"}, {Type: "protest"}, {QuadClass: 2}, {Type: "ATTACK", QuadClass: 3},
		{Type: "AGREE"}, {Type: "THREATEN", Since: "2024-03-02"}, {Asserted: true}, {Asserted: true, Type: "AGREE"},
		{Actor: "A1", Asserted: true},
		{Since: "2024-03-02"}, {Until: "2024-03-03"}, {Type: "CONSULT", Since: "2024-03-02", Until: "2024-03-04"},
		{MinSources: 1}, {MinSources: 2}, {MinSources: 2, Type: "CONSULT"}, {MinSources: 2, QuadClass: 1, Since: "2024-03-03"},
		{MinSources: 3}, {Country: "FRA"}, {Country: "nga", QuadClass: 2, Since: "2024-03-02"}, {Actor: "A1", MinSources: 2},
		{Source: "a2"}, {Target: "B0", Until: "2024-03-03"}, {Actor: "B1"}, {Actor: "B1", Type: "PROTEST"}, {Actor: "A1", Country: "DEU"},
		{Actor: "A9"}, {Source: "Nine"}, {Actor: "A0"},
	}
	check := func(when string) {
		t.Helper()
		for _, q := range queries {
			want := map[store.DateCount][2]int{}
			lq := q
			lq.Limit = store.MaxLimit
			for {
				evs, err := s.Events(ctx, lq)
				if err != nil {
					t.Fatalf("%s: events %+v: %v", when, q, err)
				}
				for _, e := range evs {
					k := store.DateCount{Date: e.Date, QuadClass: e.QuadClass}
					w := want[k]
					w[0]++
					if !e.IsAsserted() {
						w[1]++
					}
					want[k] = w
				}
				if len(evs) < lq.Limit {
					break
				}
				pos := evs[len(evs)-1].Pos()
				lq.After = &pos
			}
			got, err := s.EventCounts(ctx, q)
			if err != nil {
				t.Fatalf("%s: counts %+v: %v", when, q, err)
			}
			have := map[store.DateCount][2]int{}
			for _, c := range got {
				if c.Events <= 0 || c.NotAsserted < 0 || c.NotAsserted > c.Events {
					t.Errorf("%s: counts %+v: a group of %d events, %d not asserted: %v", when, q, c.Events, c.NotAsserted, c)
				}
				have[store.DateCount{Date: c.Date, QuadClass: c.QuadClass}] = [2]int{c.Events, c.NotAsserted}
			}
			if fmt.Sprint(have) != fmt.Sprint(want) {
				t.Errorf("%s: counts %+v = %v; the events say %v", when, q, have, want)
			}
		}
	}
	SeedRankEvents(t, s, 300, 11)
	told := WriteToldEvents(t, s, "told", 11)
	check("first events")
	// The reports' modality outvoted (merge's SetEventModality): a planned
	// act told since as done, a done one as planned, an intended pledge
	// (which took place) as demanded, move between the groups' parts.
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i, id := range told {
			if err := tx.SetEventModality(ctx, id, []string{"actual", "planned", "demanded", "intended", "hypothetical"}[i%5]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check("after SetEventModality")
	// A party named anew: its event gains the new party's keys.
	some, err := s.Events(ctx, store.EventQuery{Limit: 40})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range some {
			if err := tx.SetEventParty(ctx, e.ID, store.SideSource, "A9", "Nine"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check("after SetEventParty")
	// A later report sharpens or moves an event's date (merge's sharpen):
	// the event and its keys leave their day's groups for the new day's.
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i, e := range some[:20] {
			if err := tx.SetEventDate(ctx, e.ID, fmt.Sprintf("2024-02-%02d", 10+i%5), "day"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check("after SetEventDate")
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ClearEvents(ctx) }); err != nil {
		t.Fatal(err)
	}
	if got, err := s.EventCounts(ctx, store.EventQuery{}); err != nil || len(got) != 0 {
		t.Errorf("after ClearEvents: %v, %v; want none", got, err)
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		arts, err := tx.CanonicalArticles(ctx, 0, 100)
		if err != nil {
			return err
		}
		rng := rand.New(rand.NewPCG(5, 5))
		for i := range 200 {
			e := &store.Event{Key: fmt.Sprint("again", i), Type: []string{"CONSULT", "PROTEST"}[i%2], SourceActor: "A1",
				Date: fmt.Sprintf("2024-03-%02d", 1+rng.IntN(5)), QuadClass: 1 + rng.IntN(4)}
			id, err := tx.InsertEvent(ctx, e)
			if err != nil {
				return err
			}
			for range rng.IntN(4) {
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: arts[rng.IntN(len(arts))].ID, ArticleEventID: "e0"}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	WriteToldEvents(t, s, "told again", 5)
	check("after ClearEvents")
}

// WriteToldEvents writes 120 events told with each polarity and modality
// (and pledges and threats, which an intention makes events of their own:
// model.TookPlace) on 2024-03-01 to 05, of actor A1 and country FRA or
// none, and gives their ids.
func WriteToldEvents(t *testing.T, s store.Store, key string, seed uint64) []int64 {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		arts, err := tx.CanonicalArticles(ctx, 0, 100)
		if err != nil {
			return err
		}
		rng := rand.New(rand.NewPCG(seed, 3))
		kinds := []struct{ typ, cameo string }{{"AGREE", "036"}, {"THREATEN", "138"}, {"CONSULT", "040"}, {"PROTEST", "141"}, {"AGREE", "057"}}
		for i := range 120 {
			k := kinds[rng.IntN(len(kinds))]
			e := &store.Event{Key: fmt.Sprint(key, i), Type: k.typ, CAMEO: k.cameo, SourceActor: "A1",
				SourceCountry: []string{"FRA", ""}[rng.IntN(2)], Date: fmt.Sprintf("2024-03-%02d", 1+rng.IntN(5)), QuadClass: 1 + rng.IntN(4),
				Polarity: []string{"", "asserted", "negated"}[rng.IntN(3)],
				Modality: []string{"", "actual", "intended", "planned", "hypothetical", "demanded"}[rng.IntN(6)]}
			id, err := tx.InsertEvent(ctx, e)
			if err != nil {
				return err
			}
			ids = append(ids, id)
			for range rng.IntN(3) {
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: arts[rng.IntN(len(arts))].ID, ArticleEventID: "e0"}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// testEventCounts: EventCounts counts every event matching the filters by
// date and quad class, in date order, whatever the limit, offset or
// position given.
func testEventCounts(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://a.example/1", "a.example", "t", "x", "")
	b := article("https://b.example/1", "b.example", "t", "y", "")
	insert(t, s, a, b)
	evs := []*store.Event{
		{Key: "1", Type: "CONSULT", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA", TargetActor: "DEU", TargetName: "Germany", TargetCountry: "DEU", Date: "2024-03-01", QuadClass: 1},
		{Key: "2", Type: "AGREE", SourceActor: "FRA", SourceName: "France", SourceCountry: "FRA", TargetActor: "DEU", TargetName: "Germany", TargetCountry: "DEU", Date: "2024-03-01", QuadClass: 1},
		{Key: "3", Type: "ASSAULT", SourceName: "gunmen", TargetActor: "NGA", TargetName: "Nigeria", TargetCountry: "NGA", Date: "2024-03-01", QuadClass: 4},
		{Key: "4", Type: "AID", SourceActor: "DEU", SourceName: "Germany", SourceCountry: "DEU", TargetActor: "NGA", TargetName: "Nigeria", TargetCountry: "NGA", Date: "2024-03", QuadClass: 2},
		{Key: "5", Type: "AID", SourceActor: "DEU", SourceName: "Germany", SourceCountry: "DEU", TargetActor: "NGA", TargetName: "Nigeria", TargetCountry: "NGA", QuadClass: 2},
	}
	addEvent(t, s, evs[0], a, b)
	for _, e := range evs[1:] {
		addEvent(t, s, e, a)
	}
	cases := []struct {
		name string
		q    store.EventQuery
		want string
	}{
		{"all", store.EventQuery{Limit: 1, Offset: 1, After: &store.EventPos{ID: 1, Date: "2000-01-01"}},
			"[{ 2 1 0} {2024-03 2 1 0} {2024-03-01 1 2 0} {2024-03-01 4 1 0}]"},
		{"actor", store.EventQuery{Actor: "DEU"}, "[{ 2 1 0} {2024-03 2 1 0} {2024-03-01 1 2 0}]"},
		{"country and class", store.EventQuery{Country: "NGA", QuadClass: 4}, "[{2024-03-01 4 1 0}]"},
		{"dates", store.EventQuery{Since: "2024-03-01", Until: "2024-03-31"}, "[{2024-03-01 1 2 0} {2024-03-01 4 1 0}]"},
		{"two sources", store.EventQuery{MinSources: 2}, "[{2024-03-01 1 1 0}]"},
		{"article", store.EventQuery{Article: b.ID}, "[{2024-03-01 1 1 0}]"},
		{"none", store.EventQuery{Type: "PROTEST"}, "[]"},
	}
	for _, c := range cases {
		got, err := s.EventCounts(ctx, c.q)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if fmt.Sprint(got) != c.want && !(c.want == "[]" && len(got) == 0) {
			t.Errorf("%s: got %v, want %s", c.name, got, c.want)
		}
	}
	if _, err := s.EventCounts(ctx, store.EventQuery{QuadClass: 9}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("quad class 9: err = %v, want ErrBadQuery", err)
	}
}
