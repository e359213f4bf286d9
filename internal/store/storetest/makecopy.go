package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testMakeCopy: a story's copy stored first (late.example, published a
// day after the wire's original) holds the search entry, band keys,
// actors, quotes and event reports; when the original arrives, MakeCopy
// turns the copy into the original's syndicated copy, so that the store
// holds what it holds when the original comes first: the copy (and the
// copy's own copy) linked to the original, not searched, not a band
// candidate, no actor or quote rows, and its reports the original's, so
// the events count the original's outlet as their source and it as the
// earliest report. An event another outlet also reported keeps that
// outlet's report and counts both outlets.
func testMakeCopy(t *testing.T, s store.Store) {
	ctx := context.Background()
	cp := article("https://late.example/story", "late.example", "Harbour strike", "Dockers walked out at the harbour.", "2024-05-02T10:00:00Z")
	cp.Signature, cp.Bands = []byte("sig"), []uint64{7, 8}
	cp.Data.Actors = []model.ActorRef{{ID: "Q-DOCK", Name: "Dockers Union", Type: "organization", Mentions: 1}}
	cp.Data.Quotes = []model.Quote{{Text: "We will not move.", Kind: "direct", Speaker: &model.Speaker{Text: "the union", ActorID: "Q-DOCK"}}}
	other := article("https://other.example/1", "other.example", "Strike", "Harbour workers stopped work.", "2024-05-01T12:00:00Z")
	insert(t, s, cp, other)
	second := article("https://mirror.example/story", "mirror.example", "Harbour strike", "Dockers walked out at the harbour.", "2024-05-03T10:00:00Z")
	second.DuplicateOf = cp.ID
	insert(t, s, second)
	own := &store.Event{Key: "k1", Type: "PROTEST", SourceName: "dockers", Date: "2024-05-01", QuadClass: 3}
	addEvent(t, s, own, cp)
	shared := &store.Event{Key: "k2", Type: "PROTEST", SourceName: "workers", Date: "2024-05-01", QuadClass: 3}
	addEvent(t, s, shared, other, cp)

	orig := article("https://wire.example/story", "wire.example", "Harbour strike", "Dockers walked out at the harbour.", "2024-05-01T09:00:00Z")
	orig.Signature, orig.Bands = []byte("sig"), []uint64{7, 8}
	orig.Data.Actors = cp.Data.Actors
	orig.Data.Quotes = cp.Data.Quotes
	insert(t, s, orig)
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.MakeCopy(ctx, cp.ID, orig.ID)
	})
	if err != nil {
		t.Fatal(err)
	}

	for _, id := range []int64{cp.ID, second.ID} {
		if got, err := s.Article(ctx, id); err != nil || got.DuplicateOf != orig.ID {
			t.Errorf("article %d: duplicate_of = %v, %v; want %d", id, got, err, orig.ID)
		}
	}
	if got, err := s.Article(ctx, cp.ID); err != nil || got.Data == nil || len(got.Data.Actors) != 1 || got.Title != "Harbour strike" {
		t.Errorf("the copy lost its row or analysis: %+v, %v", got, err)
	}
	if hits, err := s.Search(ctx, store.SearchQuery{Text: "dockers"}); err != nil || len(hits) != 1 || hits[0].ArticleID != orig.ID {
		t.Errorf("search dockers = %+v, %v; want the original only", hits, err)
	}
	var cands []store.ArticleSig
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
		cands, err = tx.NearDuplicateCandidates(ctx, []uint64{7, 8}, 10)
		return err
	})
	if err != nil || len(cands) != 1 || cands[0].ID != orig.ID || cands[0].URL != orig.URL || !cands[0].ReportDate.Equal(*orig.Published) {
		t.Errorf("near-duplicate candidates = %+v, %v; want the original with its URL and report date", cands, err)
	}
	if top, err := s.Actors(ctx, store.ActorQuery{}); err != nil || len(top) != 1 || top[0].Articles != 1 {
		t.Errorf("actors = %+v, %v; want the union in 1 article", top, err)
	}
	if qs, err := s.Quotes(ctx, store.QuoteQuery{}); err != nil || len(qs) != 1 || qs[0].ArticleID != orig.ID {
		t.Errorf("quotes = %+v, %v; want the original's one", qs, err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 4 || st.Duplicates != 2 {
		t.Errorf("stats = %+v, %v; want 4 articles, 2 copies", st, err)
	}

	e, ms, err := s.Event(ctx, own.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].ArticleID != orig.ID || e.NumSources != 1 || e.NumArticles != 1 || e.NumMentions != 1 {
		t.Errorf("own event %+v, mentions %+v; want the original's one report", e, ms)
	}
	if e.EarliestURL != orig.URL || e.EarliestAt == nil || !e.EarliestAt.Equal(*orig.Published) {
		t.Errorf("own event's earliest report = %s %v, want the original's", e.EarliestURL, e.EarliestAt)
	}
	e, ms, err = s.Event(ctx, shared.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || e.NumSources != 2 || e.NumArticles != 2 || e.NumMentions != 2 || e.EarliestURL != orig.URL {
		t.Errorf("shared event %+v, mentions %+v; want other's and the original's reports, 2 sources", e, ms)
	}
	for _, m := range ms {
		if m.ArticleID == cp.ID {
			t.Errorf("the copy still reports the shared event: %+v", m)
		}
	}
	// By the event's sources: the copy's outlet is gone, the original's
	// counted.
	for site, want := range map[string]int{"late.example": 0, "wire.example": 1, "other.example": 1} {
		n := 0
		for _, m := range ms {
			if m.Site == site {
				n++
			}
		}
		if n != want {
			t.Errorf("shared event: %d reports of %s, want %d", n, site, want)
		}
	}

	// An article is no copy of itself, of a copy, or of nothing.
	for _, c := range [][2]int64{{orig.ID, orig.ID}, {other.ID, cp.ID}} {
		if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.MakeCopy(ctx, c[0], c[1]) }); err == nil {
			t.Errorf("MakeCopy(%d, %d) succeeded", c[0], c[1])
		}
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.MakeCopy(ctx, orig.ID+100, orig.ID) })
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("MakeCopy of a missing article: %v, want ErrNotFound", err)
	}
}

// testRenameArticle: the same bytes stored first under a mirror's URL
// take the original's URL, site and publish date when the original
// arrives (it was published first): the article keeps its id and event
// reports, which now count the original's outlet as the source and it as
// the earliest report; its analysis is the one given, and a missing
// article is ErrNotFound.
func testRenameArticle(t *testing.T, s store.Store) {
	ctx := context.Background()
	mirror := article("https://mirror.example/pact", "mirror.example", "Pact signed", "Kestria and Volmark signed a pact.", "2024-05-02T10:00:00Z")
	other := article("https://other.example/1", "other.example", "Pact", "The two signed.", "2024-05-01T12:00:00Z")
	insert(t, s, mirror, other)
	e := &store.Event{Key: "k", Type: "AGREE", SourceName: "Kestria", TargetName: "Volmark", Date: "2024-05-01", QuadClass: 1}
	addEvent(t, s, e, other, mirror)

	orig := article("https://wire.example/pact", "wire.example", "Pact signed", "Kestria and Volmark signed a pact.", "2024-05-01T09:00:00Z")
	orig.Data.Actors = []model.ActorRef{{ID: "KST", Name: "Kestria", Type: "country", Mentions: 1}}
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.RenameArticle(ctx, mirror.ID, orig) })
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, mirror.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != orig.URL || got.Site != "wire.example" || got.Published == nil || !got.Published.Equal(*orig.Published) || got.DuplicateOf != 0 {
		t.Errorf("renamed article = %s %s %v dup %d; want the wire's URL, site and date", got.URL, got.Site, got.Published, got.DuplicateOf)
	}
	if got.Data == nil || len(got.Data.Actors) != 1 {
		t.Errorf("renamed article's analysis = %+v, want the one given", got.Data)
	}
	if top, err := s.Actors(ctx, store.ActorQuery{}); err != nil || len(top) != 1 || top[0].ID != "KST" || top[0].Articles != 1 {
		t.Errorf("actors = %+v, %v; want Kestria in 1 article", top, err)
	}
	for _, c := range []struct {
		url  string
		want bool
	}{{orig.URL, true}, {mirror.URL, false}} {
		if seen, err := s.Seen(ctx, c.url, ""); err != nil || seen != c.want {
			t.Errorf("seen %s = %v, %v; want %v", c.url, seen, err, c.want)
		}
	}
	ev, ms, err := s.Event(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.NumSources != 2 || ev.NumArticles != 2 || ev.EarliestURL != orig.URL || ev.EarliestAt == nil || !ev.EarliestAt.Equal(*orig.Published) {
		t.Errorf("event %+v; want 2 sources, the wire the earliest report", ev)
	}
	sites := []string{}
	for _, m := range ms {
		sites = append(sites, m.Site)
	}
	if len(sites) != 2 || sites[0] != "wire.example" || sites[1] != "other.example" {
		t.Errorf("reports by %v, want the wire's, then other.example's", sites)
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.RenameArticle(ctx, other.ID+100, article("https://x.example/1", "x.example", "t", "x", ""))
	})
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("renaming a missing article: %v, want ErrNotFound", err)
	}
}
