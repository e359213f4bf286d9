package api

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedFamilies stores persons, written for this test, whose family names
// a user types alone: one Demir (an event's source, quoted), two Novaks
// (each in an event), a Kovač in no event, a Weber in no event while an
// event names a party "Weber" without an id.
func seedFamilies(t *testing.T, st store.Store) {
	t.Helper()
	pub := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		url := "https://families.example/1"
		data := &model.Article{URL: url, Title: "Talks", Published: &pub, Site: "families.example",
			Actors: []model.ActorRef{
				{ID: "Q_DEMIR", Name: "Aylin Demir", Type: "person", Country: "TUR"},
				{ID: "Q_NOVAK_J", Name: "Jan Novák", Type: "person", Country: "CZE"},
				{ID: "Q_NOVAK_E", Name: "Eva Novak", Type: "person", Country: "CZE"},
				{ID: "Q_KOVAC", Name: "Ivo Kovač", Type: "person", Country: "HRV"},
				{ID: "Q_WEBER", Name: "Karl Weber", Type: "person", Country: "DEU"},
			},
			Quotes: []model.Quote{{Text: "We will talk again", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Demir", ActorID: "Q_DEMIR"}}},
		}
		id, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "families.example", ContentHash: url,
			Title: "Talks", Text: "Talks.", Published: &pub, Data: data})
		if err != nil {
			return err
		}
		for i, e := range []store.Event{
			{Type: "CONSULT", SourceActor: "Q_DEMIR", SourceName: "Aylin Demir", TargetActor: "FRA", TargetName: "France", QuadClass: 1},
			{Type: "CONSULT", SourceActor: "Q_NOVAK_J", SourceName: "Jan Novák", TargetActor: "DEU", TargetName: "Germany", QuadClass: 1},
			{Type: "AGREE", SourceActor: "Q_NOVAK_E", SourceName: "Eva Novak", TargetActor: "DEU", TargetName: "Germany", QuadClass: 1},
			{Type: "PROTEST", SourceName: "Weber", TargetActor: "DEU", TargetName: "Germany", QuadClass: 3},
		} {
			e.Key, e.Date = fmt.Sprint("fam", i), "2025-05-02"
			eid, err := tx.InsertEvent(ctx, &e)
			if err != nil {
				return err
			}
			if err := tx.AddMention(ctx, &store.EventMention{EventID: eid, ArticleID: id, ArticleEventID: fmt.Sprint("e", i)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFamilyNameFilters: a person's family name alone, in any case and
// without its accents, finds the person's events and quotes when one
// stored person has it; several are a 400 listing them, as an ambiguous
// speaker is; a name events hold as written keeps finding those.
func TestFamilyNameFilters(t *testing.T) {
	st := openTestStore(t)
	seedFamilies(t, st)
	h := New(Config{Store: st}).Handler()
	sources := func(path string) []string {
		t.Helper()
		res, body := get(t, h, "GET", path, "")
		var p Page[store.Event]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, body)
		}
		out := []string{}
		for _, e := range p.Items {
			out = append(out, e.SourceName)
		}
		return out
	}
	for _, c := range []struct {
		path string
		want []string
	}{
		{"/api/events?actor=DEMIR", []string{"Aylin Demir"}},
		{"/api/events?actor=demir", []string{"Aylin Demir"}},
		{"/api/events?source=Demir", []string{"Aylin Demir"}},
		{"/api/events?target=demir", []string{}},
		{"/api/events?actor=kovac", []string{}},
		{"/api/events?actor=WEBER", []string{"Weber"}}, // the party named so, not Karl Weber
		{"/api/events?actor=Jan+Novak", []string{"Jan Novák"}},
	} {
		if got := sources(c.path); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.path, got, c.want)
		}
	}
	res, body := get(t, h, "GET", "/api/timeline?actor=demir", "")
	var tl Timeline
	if err := json.Unmarshal(body, &tl); err != nil || res.StatusCode != 200 || tl.Events != 1 {
		t.Errorf("timeline of demir: %d %s, want 1 event", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/quotes?speaker=DEMIR", "")
	var qp Page[store.Quote]
	if err := json.Unmarshal(body, &qp); err != nil || res.StatusCode != 200 || len(qp.Items) != 1 {
		t.Errorf("quotes of DEMIR: %d %s, want 1", res.StatusCode, body)
	}
	for _, path := range []string{"/api/events?actor=novak", "/api/graph?actor=NOVAK", "/api/timeline?actor=Novák", "/api/quotes?speaker=novak"} {
		res, body := get(t, h, "GET", path, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 {
			t.Errorf("%s: %d %s, want a 400 with candidates", path, res.StatusCode, body)
			continue
		}
		var ids []string
		for _, c := range e.Candidates {
			ids = append(ids, c.ID+"/"+c.By)
		}
		if want := []string{"Q_NOVAK_E/family", "Q_NOVAK_J/family"}; !slices.Equal(ids, want) {
			t.Errorf("%s: candidates %v, want %v", path, ids, want)
		}
	}
}

// TestEventsPrevCursor: a page of /api/events after the first links back
// (prev, prev_cursor) by a keyset cursor before its first event, which
// gives the page before in every sort; the page after the first links
// back to the first page's plain address.
func TestEventsPrevCursor(t *testing.T) {
	st := openTestStore(t)
	if err := SeedSynthetic(context.Background(), st, 60, 3); err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	page := func(path string) Page[store.Event] {
		t.Helper()
		res, body := get(t, h, "GET", path, "")
		var p Page[store.Event]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, body)
		}
		return p
	}
	ids := func(p Page[store.Event]) []int64 {
		out := []int64{}
		for _, e := range p.Items {
			out = append(out, e.ID)
		}
		return out
	}
	for _, sort := range []string{"date", "sources", "goldstein", "first_seen"} {
		p1 := page("/api/events?limit=7&sort=" + sort)
		p2 := page(p1.Next)
		p3 := page(p2.Next)
		if p1.Prev != "" || p1.PrevCursor != "" {
			t.Errorf("sort %s: the first page links back: %q", sort, p1.Prev)
		}
		if p2.PrevCursor != "" || p2.Prev != "/api/events?limit=7&sort="+sort {
			t.Errorf("sort %s: the second page's prev = %q (cursor %q), want the first page's address", sort, p2.Prev, p2.PrevCursor)
		}
		back := page(p3.Prev)
		if p3.PrevCursor == "" || !slices.Equal(ids(back), ids(p2)) || back.Offset != 7 {
			t.Errorf("sort %s: back from the third page: %v (offset %d), want the second page %v (offset 7)", sort, ids(back), back.Offset, ids(p2))
		}
		if back.Next != p2.Next {
			t.Errorf("sort %s: the page found back links on to %q, the second page to %q", sort, back.Next, p2.Next)
		}
	}
}
