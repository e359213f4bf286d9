package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testDisplay: every listing gives an article as its own page does (the
// outlet's own name, the publish time at the offset it was written with),
// while num_sources still counts the site key.
func testDisplay(t *testing.T, s store.Store) {
	WriteDisplayArticles(t, s)
	CheckDisplayArticles(t, s)
}

// displayPublished is the New York evening the first article was
// published: the next day in UTC.
const displayPublished = "2026-11-26T23:30:00-05:00"

// WriteDisplayArticles stores two reports of one event: one by an outlet
// known by its name alone (a JSONL item, no URL: its site key is the name
// in lower case), published late in the evening in New York, and one by a
// web site that names itself, published in UTC.
func WriteDisplayArticles(t *testing.T, s store.Store) {
	t.Helper()
	ny := ptime(displayPublished)
	utc := ptime("2026-11-27T08:00:00Z")
	quote := []model.Quote{{Text: "The port stays shut", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "the harbour master"}}}
	actors := []model.ActorRef{{ID: "doc:org:harbour_board", Name: "Harbour Board", Type: "organisation", Mentions: 1}}
	a := &store.Article{URL: "jsonl:wire-two/1", Source: "wire.jsonl", Site: "wire two", ContentHash: "display:1",
		Title: "Port shut after storm", Text: "The port stays shut, the harbour master said.", Published: ny,
		Data: &model.Article{Title: "Port shut after storm", Site: "Wire Two", Published: ny, Quotes: quote, Actors: actors}}
	b := &store.Article{URL: "https://www.harbourtimes.example/port", Source: "https://www.harbourtimes.example/port",
		Site: "harbourtimes.example", ContentHash: "display:2", Title: "Storm closes port",
		Text: "The port stays shut, the harbour master said on Friday.", Published: utc,
		Data: &model.Article{Title: "Storm closes port", Site: "  The Harbour Times ", Published: utc, Quotes: quote, Actors: actors}}
	err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		e := store.Event{Key: "display", Type: "RESTRICT", SourceName: "Harbour Board", TargetName: "shipping", Date: "2026-11-26", QuadClass: 4}
		id, err := tx.InsertEvent(ctx, &e)
		if err != nil {
			return err
		}
		for _, art := range []*store.Article{a, b} {
			aid, err := tx.InsertArticle(ctx, art)
			if err != nil {
				return err
			}
			if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: aid, ArticleEventID: "e0", Text: art.Text}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// CheckDisplayArticles checks WriteDisplayArticles' articles in every
// listing: "Wire Two" (not "wire two") and "The Harbour Times" (not the
// host), and the first published at -05:00, on November 26.
func CheckDisplayArticles(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	want := map[string]string{"Port shut after storm": "Wire Two", "Storm closes port": "The Harbour Times"}
	check := func(list, title, site string, published, reported *time.Time) {
		t.Helper()
		if w, ok := want[title]; !ok || site != w {
			t.Errorf("%s: %q is listed under %q, want %q", list, title, site, w)
		}
		if title != "Port shut after storm" {
			return
		}
		for _, at := range []*time.Time{published, reported} {
			if at == nil {
				continue
			}
			if got := at.Format(time.RFC3339); got != displayPublished {
				t.Errorf("%s: %q published %s, want %s (the instant at the publisher's offset)", list, title, got, displayPublished)
			}
		}
		if published == nil {
			t.Errorf("%s: %q has no publish time", list, title)
		}
	}
	hits, err := s.Search(ctx, store.SearchQuery{Text: "port"})
	if err != nil || len(hits) != 2 {
		t.Fatalf("search: %d hits, %v", len(hits), err)
	}
	for _, h := range hits {
		check("search", h.Title, h.Site, h.Published, nil)
	}
	arts, err := s.ActorArticles(ctx, store.ActorQuery{Actor: "doc:org:harbour_board"})
	if err != nil || len(arts) != 2 {
		t.Fatalf("actor's articles: %d, %v", len(arts), err)
	}
	for _, h := range arts {
		check("actor's articles", h.Title, h.Site, h.Published, h.ReportDate)
	}
	quotes, err := s.Quotes(ctx, store.QuoteQuery{Text: "port"})
	if err != nil || len(quotes) != 2 {
		t.Fatalf("quotes: %d, %v", len(quotes), err)
	}
	for _, q := range quotes {
		check("quotes", q.Title, q.Site, q.Published, q.ReportDate)
	}
	evs, err := s.Events(ctx, store.EventQuery{Type: "RESTRICT"})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events: %d, %v", len(evs), err)
	}
	if evs[0].NumSources != 2 {
		t.Errorf("the event has %d sources, want 2", evs[0].NumSources)
	}
	// The earliest report is the New York one, at its own offset in
	// the list and in the event alike.
	checkEarliest := func(list string, e store.Event) {
		t.Helper()
		if e.EarliestAt == nil || e.EarliestAt.Format(time.RFC3339) != displayPublished {
			t.Errorf("%s: earliest report at %v, want %s", list, e.EarliestAt, displayPublished)
		}
	}
	checkEarliest("events", evs[0])
	e, ms, err := s.Event(ctx, evs[0].ID)
	if err != nil || len(ms) != 2 {
		t.Fatalf("event's reports: %d, %v", len(ms), err)
	}
	checkEarliest("event", *e)
	for _, m := range ms {
		check("event's reports", m.Title, m.Site, m.Published, m.ReportDate)
		a, err := s.Article(ctx, m.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		// The site key num_sources counts is unchanged.
		if a.Site != "wire two" && a.Site != "harbourtimes.example" {
			t.Errorf("article %d: site key %q", a.ID, a.Site)
		}
		check("article", a.Title, want[a.Title], a.Published, nil)
	}
}

// testQuoteDays: Quotes' since and until take the day each quote is
// listed under, its report date at its publisher's offset, not the UTC
// day: a story of 23:30 at -05:00 (04:30 the next day in UTC) is of its
// own day, and one of 01:00 at +05:30 (19:30 the day before in UTC) too.
// A reference date has no offset and keeps its UTC day.
func testQuoteDays(t *testing.T, s store.Store) {
	ctx := context.Background()
	WriteDisplayArticles(t, s)
	delhi := ptime("2026-11-27T01:00:00+05:30")
	ref := ptime("2026-11-26T23:30:00Z")
	quote := []model.Quote{{Text: "The port stays shut", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "the harbour master"}}}
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, a := range []*store.Article{
			{URL: "https://daily.example/port", Source: "https://daily.example/port", Site: "daily.example", ContentHash: "days:1",
				Title: "Port shut, says master", Text: "The port stays shut, the harbour master said.", Published: delhi,
				Data: &model.Article{Title: "Port shut, says master", Published: delhi, Quotes: quote}},
			{URL: "https://undated.example/port", Source: "https://undated.example/port", Site: "undated.example", ContentHash: "days:2",
				Title: "Harbour stays closed", Text: "The port stays shut, the harbour master said.",
				Data: &model.Article{Title: "Harbour stays closed", ReferenceDate: ref, Quotes: quote}},
		} {
			if _, err := tx.InsertArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		since, until string
		want         []string // titles, latest instant first (the listing's order)
	}{
		{"", "", []string{"Storm closes port", "Port shut after storm", "Harbour stays closed", "Port shut, says master"}},
		{"2026-11-27", "", []string{"Storm closes port", "Port shut, says master"}},
		{"", "2026-11-26", []string{"Port shut after storm", "Harbour stays closed"}},
		{"2026-11-26", "2026-11-26", []string{"Port shut after storm", "Harbour stays closed"}},
		{"2026-11-27", "2026-11-27", []string{"Storm closes port", "Port shut, says master"}},
		{"2026-11-28", "", nil},
		{"", "2026-11-25", nil},
	} {
		quotes, err := s.Quotes(ctx, store.QuoteQuery{Since: c.since, Until: c.until, Text: "port"})
		if err != nil {
			t.Fatalf("since %q until %q: %v", c.since, c.until, err)
		}
		var got []string
		for _, q := range quotes {
			got = append(got, q.Title)
			if q.ReportDate == nil {
				t.Errorf("since %q until %q: %q has no report date", c.since, c.until, q.Title)
				continue
			}
			// The filter and the listing agree on the day.
			day := q.ReportDate.Format(time.DateOnly)
			if (c.since != "" && day < c.since) || (c.until != "" && day > c.until) {
				t.Errorf("since %q until %q: %q is listed on %s", c.since, c.until, q.Title, day)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("since %q until %q: %q, want %q", c.since, c.until, got, c.want)
		}
	}
}
