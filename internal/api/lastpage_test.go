package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A listing whose rows fill its last page exactly (6 events by 3, 4
// quotes by 2) ends there: the last page has no next link. Every full page
// linked one, to an empty page, so a client walking next fetched a page
// too many and the web said "31–31 of 31 events · Next →".
func TestNoNextAfterAFullLastPage(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i := range 4 {
			url := fmt.Sprintf("https://wire.example/harbour-%d", i)
			text := fmt.Sprintf("Harbour pilots struck in port %d, their union said.", i)
			data := &model.Article{URL: url, Title: "Harbour strike " + strconv.Itoa(i), Text: text, Paragraphs: []string{text}, Published: &pub,
				Actors: []model.ActorRef{{ID: "doc:org:union_" + strconv.Itoa(i), Name: "Union " + strconv.Itoa(i), Type: "organisation", Mentions: 1}},
				Quotes: []model.Quote{{Text: "We stay out " + strconv.Itoa(i), Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a pilot"}}}}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "wire.example", ContentHash: url,
				Title: data.Title, Text: text, Published: &pub, Data: data}); err != nil {
				return err
			}
		}
		for i := range 6 {
			e := store.Event{Key: "k" + strconv.Itoa(i), Type: "PROTEST", SourceName: "pilots " + strconv.Itoa(i), TargetName: "port authority",
				Date: fmt.Sprintf("2026-11-%02d", 10+i), QuadClass: 3}
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		list  string
		rows  int
		limit int
	}{
		{"/api/events?", 6, 3},
		{"/api/events?", 6, 6},
		{"/api/events?sort=goldstein&", 6, 2},
		{"/api/events?", 6, 4}, // not a divisor: the short last page ends it
		{"/api/articles?q=harbour&", 4, 2},
		{"/api/quotes?", 4, 2},
		{"/api/quotes?", 4, 4},
		{"/api/actors?", 0, 2}, // rows: as many as the listing has
	} {
		rows := c.rows
		if rows == 0 {
			rows = len(listAll(t, h, c.list+"limit=1000"))
			if rows == 0 || rows%c.limit != 0 {
				t.Fatalf("%s: %d actors, want a positive multiple of %d", c.list, rows, c.limit)
			}
		}
		path := c.list + "limit=" + strconv.Itoa(c.limit)
		pages, seen := 0, 0
		for path != "" && pages <= rows {
			res, body := get(t, h, "GET", path, "")
			if res.StatusCode != 200 {
				t.Fatalf("%s: %d %s", path, res.StatusCode, body)
			}
			var p Page[json.RawMessage]
			if err := json.Unmarshal(body, &p); err != nil {
				t.Fatal(err)
			}
			pages++
			seen += len(p.Items)
			if len(p.Items) == 0 {
				t.Errorf("%s: an empty page %d after %d rows", c.list, pages, seen)
			}
			path = p.Next
		}
		if want := (rows + c.limit - 1) / c.limit; pages != want || seen != rows {
			t.Errorf("%slimit=%d: %d pages of %d rows, want %d of %d", c.list, c.limit, pages, seen, want, rows)
		}
	}
}

// listAll is the items of one page of a listing.
func listAll(t *testing.T, h http.Handler, path string) []json.RawMessage {
	t.Helper()
	res, body := get(t, h, "GET", path, "")
	if res.StatusCode != 200 {
		t.Fatalf("%s: %d %s", path, res.StatusCode, body)
	}
	var p Page[json.RawMessage]
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	return p.Items
}
