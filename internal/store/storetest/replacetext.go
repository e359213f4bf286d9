package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testReplaceArticleText: an article stored from a feed's description
// takes the full page's text under the same id and URL. Its search entry,
// band keys, content hash, analysis rows and publish date are the new
// text's; its event reports are gone: an event another article reports
// too is counted anew from that report, one it alone reported is deleted
// with its keys and timeline counts, and an actor that only the old text
// and its event named is removed. ArticleByURL finds it by its URL.
func testReplaceArticleText(t *testing.T, s store.Store) {
	ctx := context.Background()
	teaser := article("https://wire.example/ferry", "wire.example", "Ferry talks", "Teaser about ferry kelpwort.", "2024-06-03T08:00:00Z")
	teaser.Signature, teaser.Bands = []byte{9, 9}, []uint64{41, 42}
	teaser.Data.Actors = []model.ActorRef{{ID: "OLDA", Name: "Oldland", Type: "country", Mentions: 1}}
	teaser.Data.Quotes = []model.Quote{{Text: "Teaser words", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "an aide"}}}
	other := article("https://other.example/ferry", "other.example", "Ferry", "Other report.", "2024-06-03T09:00:00Z")
	insert(t, s, teaser, other)
	shared := &store.Event{Key: "shared", Type: "CONSULT", SourceActor: "EST", SourceName: "Estonia", SourceCountry: "EST",
		TargetActor: "FIN", TargetName: "Finland", TargetCountry: "FIN", Date: "2024-06-03", QuadClass: 1}
	addEvent(t, s, shared, teaser, other)
	alone := &store.Event{Key: "alone", Type: "ACCUSE", SourceActor: "OLDA", SourceName: "Oldland", SourceCountry: "OLD",
		TargetName: "smugglers", Date: "2024-06-02", QuadClass: 3}
	addEvent(t, s, alone, teaser)
	if n, err := s.CountEvents(ctx, store.EventQuery{MinSources: 2}, 0); err != nil || n.N != 1 {
		t.Fatalf("before: %+v events of two sources (%v), want the shared one", n, err)
	}

	full := article("https://wire.example/ferry", "wire.example", "Estonia and Finland agree ferry fares",
		"Estonia and Finland agreed on Monday to cap ferry fares across the gulf, ministers said.", "2024-06-03T07:30:00Z")
	full.ContentHash = "hash:full-page"
	full.Signature, full.Bands = []byte{1, 2, 3}, []uint64{77}
	full.Byline = "By a staff reporter"
	full.Data.Actors = []model.ActorRef{{ID: "EST", Name: "Estonia", Type: "country", Country: "EST", Mentions: 2}}
	full.Data.Quotes = []model.Quote{{Text: "Fares stay capped", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "the minister"}}}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceArticleText(ctx, teaser.ID, full) }); err != nil {
		t.Fatal(err)
	}

	got, err := s.ArticleByURL(ctx, teaser.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != teaser.ID || got.Title != full.Title || got.Text != full.Text || got.Byline != full.Byline ||
		got.ContentHash != full.ContentHash || got.Published == nil || !got.Published.Equal(*full.Published) || got.Source != teaser.Source {
		t.Errorf("replaced article = id %d %q %q by %q hash %s published %v source %s; want id %d with the full page's title, text, byline, hash and date, the old source",
			got.ID, got.Title, got.Text, got.Byline, got.ContentHash, got.Published, got.Source, teaser.ID)
	}
	if got.Data == nil || len(got.Data.Actors) != 1 || got.Data.Actors[0].ID != "EST" {
		t.Errorf("replaced analysis = %+v, want the full page's", got.Data)
	}
	for _, c := range []struct {
		hash string
		want bool
	}{{full.ContentHash, true}, {teaser.ContentHash, false}} {
		if seen, err := s.Seen(ctx, "", c.hash); err != nil || seen != c.want {
			t.Errorf("seen hash %s = %v, %v; want %v", c.hash, seen, err, c.want)
		}
	}
	for _, c := range []struct {
		q    string
		want int
	}{{"gulf", 1}, {"kelpwort", 0}, {"staff", 1}} {
		hits, err := s.Search(ctx, store.SearchQuery{Text: c.q})
		if err != nil || len(hits) != c.want || c.want == 1 && hits[0].ArticleID != teaser.ID {
			t.Errorf("search %q = %+v, %v; want %d hit(s) of article %d", c.q, hits, err, c.want, teaser.ID)
		}
	}
	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, c := range []struct {
			bands []uint64
			want  int
		}{{[]uint64{77}, 1}, {[]uint64{41, 42}, 0}} {
			cands, err := tx.NearDuplicateCandidates(ctx, c.bands, 10)
			if err != nil {
				return err
			}
			if len(cands) != c.want || c.want == 1 && cands[0].ID != teaser.ID {
				t.Errorf("candidates by bands %v = %+v, want %d", c.bands, cands, c.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(ctx, store.QuoteQuery{Article: teaser.ID})
	if err != nil || len(qs) != 1 || qs[0].Text != "Fares stay capped" {
		t.Errorf("quotes = %+v, %v; want the full page's one", qs, err)
	}

	ev, ms, err := s.Event(ctx, shared.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.NumMentions != 1 || ev.NumArticles != 1 || ev.NumSources != 1 || ev.EarliestURL != other.URL || len(ms) != 1 || ms[0].ArticleID != other.ID {
		t.Errorf("shared event %+v with %d reports; want it counted from other.example's report alone", ev, len(ms))
	}
	if _, _, err := s.Event(ctx, alone.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("event only the old text reported: %v, want ErrNotFound", err)
	}
	if n, err := s.CountEvents(ctx, store.EventQuery{MinSources: 2}, 0); err != nil || n.N != 0 {
		t.Errorf("after: %+v events of two sources (%v), want none", n, err)
	}
	counts, err := s.EventCounts(ctx, store.EventQuery{})
	if err != nil || fmt.Sprint(counts) != "[{2024-06-03 1 1 0}]" {
		t.Errorf("timeline = %v, %v; want the shared event alone", counts, err)
	}
	for _, q := range []store.EventQuery{{Actor: "OLDA"}, {Type: "ACCUSE"}} {
		if n, err := s.CountEvents(ctx, q, 0); err != nil || n.N != 0 {
			t.Errorf("count %+v = %+v, %v; want 0", q, n, err)
		}
		if c, err := s.EventCounts(ctx, q); err != nil || len(c) != 0 {
			t.Errorf("timeline %+v = %v, %v; want none", q, c, err)
		}
	}
	if _, err := s.Actor(ctx, "OLDA"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("actor named only by the old text and its event: %v, want removed", err)
	}
	if a, err := s.Actor(ctx, "EST"); err != nil || a.Articles != 1 || a.Events != 1 {
		t.Errorf("Estonia = %+v, %v; want 1 article, 1 event", a, err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Events != 1 || st.Mentions != 1 || st.Articles != 2 {
		t.Errorf("stats = %+v, %v; want 2 articles, 1 event, 1 report", st, err)
	}

	err = s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.ReplaceArticleText(ctx, other.ID+100, article("https://x.example/1", "x.example", "t", "x", ""))
	})
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("replacing a missing article's text: %v, want ErrNotFound", err)
	}
	if _, err := s.ArticleByURL(ctx, "https://nowhere.example/1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("article by an unknown URL: %v, want ErrNotFound", err)
	}
}
