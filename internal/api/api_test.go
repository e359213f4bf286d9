package api

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// fakeIngester records what the POST endpoints hand over.
type fakeIngester struct {
	mu    sync.Mutex
	docs  []*model.Document
	urls  []string
	feeds []string
}

func (f *fakeIngester) IngestDocument(_ context.Context, d *model.Document) (int64, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.docs = append(f.docs, d)
	return 42, true, nil
}

func (f *fakeIngester) IngestURL(_ context.Context, u string) (int64, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.urls = append(f.urls, u)
	return 43, true, nil
}

func (f *fakeIngester) AddFeed(_ context.Context, u string) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.feeds = append(f.feeds, u)
	return 3, nil
}

func openTestStore(t testing.TB) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// seedSmall stores two articles and three events.
func seedSmall(t testing.TB, st store.Store) {
	t.Helper()
	pub := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var ids []int64
		for i, site := range []string{"north.example", "south.example"} {
			url := "https://" + site + "/talks"
			text := "Japan and South Korea agreed to resume maritime talks in Seoul."
			data := &model.Article{URL: url, Title: "Talks resume " + site, Text: text, Paragraphs: []string{text}, Published: &pub, Site: site}
			if i == 0 {
				data.Actors = []model.ActorRef{{ID: "place:XNE:port", Name: "North Example Port", Type: "place"}}
			}
			id, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: site, ContentHash: site, Title: "Talks resume " + site,
				Text: text, Published: &pub, Data: data})
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		for _, e := range []store.Event{
			{Key: "k1", Type: "CONSULT", SourceActor: "Q17", SourceName: "Japan", SourceCountry: "JPN", TargetActor: "Q884", TargetName: "South Korea", TargetCountry: "KOR", Date: "2025-03-10", CAMEO: "040", Goldstein: 1, QuadClass: 1},
			{Key: "k2", Type: "PROTEST", SourceName: "farmers", TargetActor: "Q142", TargetName: "France", TargetCountry: "FRA", Date: "2025-03-03", CAMEO: "141", Goldstein: -6.5, QuadClass: 3},
			{Key: "k3", Type: "AGREE", SourceActor: "Q17", SourceName: "Japan", SourceCountry: "JPN", TargetActor: "Q884", TargetName: "South Korea", TargetCountry: "KOR", Date: "2025-03-11", CAMEO: "057", Goldstein: 8, QuadClass: 1},
		} {
			id, err := tx.InsertEvent(ctx, &e)
			if err != nil {
				return err
			}
			for _, a := range ids {
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: a, ArticleEventID: "e0", Text: "evidence", Confidence: 0.9}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func get(t *testing.T, h http.Handler, method, path, body string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

func TestAPIReads(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()

	res, body := get(t, h, "GET", "/api/events?actor=Q17&sort=date", "")
	if res.StatusCode != 200 {
		t.Fatalf("events: %d %s", res.StatusCode, body)
	}
	var page Page[store.Event]
	if err := json.Unmarshal(body, &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 2 || page.Items[0].Type != "AGREE" || page.Items[0].NumSources != 2 || page.NextCursor != "" {
		t.Errorf("events page: %+v", page)
	}
	// Pagination: a full page has a cursor that leads to the next one.
	_, body = get(t, h, "GET", "/api/events?limit=2", "")
	json.Unmarshal(body, &page)
	if len(page.Items) != 2 || page.NextCursor == "" || !strings.Contains(page.Next, "cursor=") {
		t.Fatalf("page 1: %s", body)
	}
	_, body = get(t, h, "GET", page.Next, "")
	var page2 Page[store.Event]
	json.Unmarshal(body, &page2)
	if len(page2.Items) != 1 || page2.Offset != 2 || page2.Items[0].ID == page.Items[0].ID || page2.Items[0].ID == page.Items[1].ID {
		t.Errorf("page 2: %s", body)
	}

	res, body = get(t, h, "GET", "/api/events/1", "")
	var ev EventResponse
	if err := json.Unmarshal(body, &ev); err != nil || res.StatusCode != 200 || ev.ID != 1 || len(ev.Mentions) != 2 || ev.Mentions[0].URL == "" {
		t.Errorf("event 1: %d %s", res.StatusCode, body)
	}
	// Each mention says the date it is placed by and which date that is,
	// under the names README's API section gives.
	var wire struct {
		Mentions []map[string]any `json:"mentions"`
	}
	if err := json.Unmarshal(body, &wire); err != nil || len(wire.Mentions) != 2 ||
		wire.Mentions[0]["report_date"] != "2025-03-10T09:00:00Z" || wire.Mentions[0]["report_date_source"] != "published" {
		t.Errorf("event 1's mentions lack report_date / report_date_source: %s", body)
	}
	res, body = get(t, h, "GET", "/api/articles?q=maritime", "")
	var hits Page[store.SearchHit]
	if err := json.Unmarshal(body, &hits); err != nil || res.StatusCode != 200 || len(hits.Items) != 2 {
		t.Errorf("search: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/articles/1", "")
	var art ArticleResponse
	if err := json.Unmarshal(body, &art); err != nil || res.StatusCode != 200 || art.ID != 1 || art.Title == "" || len(art.Paragraphs) != 1 {
		t.Errorf("article: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/actors/Q17", "")
	var actor ActorResponse
	if err := json.Unmarshal(body, &actor); err != nil || res.StatusCode != 200 || actor.Name != "Japan" || len(actor.Counterparts) != 1 || actor.Counterparts[0].Events != 2 || len(actor.Events) != 2 {
		t.Errorf("actor: %d %s", res.StatusCode, body)
	}
	// An actor of an article without events has a page (its articles);
	// an actor named only in events is found by its graph node id.
	res, body = get(t, h, "GET", "/api/actors/North%20Example%20Port", "")
	actor = ActorResponse{}
	if err := json.Unmarshal(body, &actor); err != nil || res.StatusCode != 200 || actor.ID != "place:XNE:port" || actor.Type != "place" ||
		len(actor.Events) != 0 || len(actor.Articles) != 1 || actor.Articles[0].Title != "Talks resume north.example" {
		t.Errorf("actor without events: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/actors/name:farmers", "")
	actor = ActorResponse{}
	if err := json.Unmarshal(body, &actor); err != nil || res.StatusCode != 200 || actor.Name != "farmers" || actor.ID != "name:farmers" || len(actor.Events) != 1 || actor.Articles == nil {
		t.Errorf("actor by graph node id: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/graph", "")
	var g Graph
	if err := json.Unmarshal(body, &g); err != nil || res.StatusCode != 200 || len(g.Nodes) != 4 || len(g.Edges) != 2 || g.Edges[0].Weight != 2 {
		t.Errorf("graph: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/actors", "")
	if res.StatusCode != 200 || !strings.HasPrefix(string(body), `{"items":[`) {
		t.Errorf("actors: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/healthz", "")
	if res.StatusCode != 200 || !strings.Contains(string(body), `"events":3`) {
		t.Errorf("healthz: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/openapi.json", "")
	var doc map[string]any
	if err := json.Unmarshal(body, &doc); err != nil || doc["openapi"] != "3.0.3" {
		t.Errorf("openapi: %d %v", res.StatusCode, err)
	}
	paths := doc["paths"].(map[string]any)
	for _, p := range []string{"/api/articles", "/api/articles/{id}", "/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{id}", "/api/graph", "/api/feeds", "/healthz", "/metrics"} {
		if paths[p] == nil {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
	res, body = get(t, h, "GET", "/metrics", "")
	m := string(body)
	if res.StatusCode != 200 || !strings.Contains(m, `newsgraph_http_requests_total{route="/api/events",method="GET",code="200"} 3`) ||
		!strings.Contains(m, `newsgraph_http_request_duration_seconds_bucket{route="/api/events/{id}",le="+Inf"} 1`) ||
		!strings.Contains(m, `newsgraph_store_rows{kind="events"} 3`) {
		t.Errorf("metrics:\n%s", m)
	}
}

// A year or a month as until takes in its days (it compared as text:
// "2025-03-10" > "2025" left the whole year out).
func TestUntilPeriod(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	for q, want := range map[string]int{"until=2025": 3, "until=2025-03": 3, "since=2025-03&until=2025-03": 3, "since=2025&until=2025": 3,
		"until=2025-03-10": 2, "until=2024": 0, "since=2025-04": 0} {
		_, body := get(t, h, "GET", "/api/events?"+q, "")
		var p Page[store.Event]
		if err := json.Unmarshal(body, &p); err != nil || len(p.Items) != want {
			t.Errorf("%s: want %d events, got %s", q, want, body)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	st := openTestStore(t)
	h := New(Config{Store: st}).Handler()
	tests := []struct {
		path  string
		code  int
		field string
	}{
		{"/api/events?quad_class=5", 400, "quad_class"},
		{"/api/events?limit=0", 400, "limit"},
		{"/api/events?limit=abc", 400, "limit"},
		{"/api/events?since=2025-13-01", 400, "since"},
		{"/api/events?since=2025-03-10&until=2025-03-01", 400, "until"},
		{"/api/events?sort=random", 400, "sort"},
		{"/api/events?country=FR", 400, "country"},
		{"/api/events?sector=farmers", 400, "sector"},
		{"/api/graph?sector=XYZ", 400, "sector"},
		{"/api/events?colour=red", 400, "colour"},
		{"/api/events?cursor=xyz", 400, "cursor"},
		{"/api/events?cursor=" + encodeCursor(10) + "&offset=3", 400, "cursor"},
		{"/api/events?limit=1&limit=2", 400, "limit"},
		{"/api/events/abc", 400, "id"},
		{"/api/events/0", 400, "id"},
		{"/api/events/99", 404, ""},
		{"/api/articles?since=2025-02-30", 400, "since"},
		{"/api/articles/5", 404, ""},
		{"/api/actors/nobody", 404, ""},
		{"/api/nothing", 404, ""},
		{"/api/graph?nodes=0", 400, "nodes"},
		{"/api/graph?limit=2", 400, "limit"}, // was accepted and ignored
		{"/api/graph?cursor=" + encodeCursor(10), 400, "cursor"},
		{"/api/events?type=NOTATYPE", 400, "type"}, // was a 200 with nothing
		{"/api/events?type=FIGHT", 400, "type"},    // PLOVER 0.5's name, not stored
		{"/api/graph?type=NOTATYPE", 400, "type"},
	}
	for _, tt := range tests {
		res, body := get(t, h, "GET", tt.path, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != tt.code || e.Field != tt.field || e.Error == "" {
			t.Errorf("%s: %d %s; want %d field %q", tt.path, res.StatusCode, body, tt.code, tt.field)
		}
	}
	// An unknown type names the accepted ones; any case of a known one is
	// taken.
	if res, body := get(t, h, "GET", "/api/events?type=NOTATYPE", ""); !strings.Contains(string(body), "CONSULT") || !strings.Contains(string(body), "ASSAULT") {
		t.Errorf("type=NOTATYPE: %d %s; want the PLOVER types named", res.StatusCode, body)
	}
	if res, body := get(t, h, "GET", "/api/events?type=consult", ""); res.StatusCode != 200 {
		t.Errorf("type=consult: %d %s", res.StatusCode, body)
	}
	// A 405 says which methods the path takes.
	for path, allow := range map[string]string{"/api/events/1": "GET, HEAD", "/api/articles": "GET, HEAD, POST", "/api/feeds": "POST"} {
		if res, _ := get(t, h, "DELETE", path, ""); res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != allow {
			t.Errorf("DELETE %s: %d, Allow %q (want %q)", path, res.StatusCode, res.Header.Get("Allow"), allow)
		}
	}
}

// TestCountryPatternTakesKBCodes: every country code the knowledge base
// gives an actor (ISO alpha-3 and IGO codes such as NATO, G20, GREENPEACE)
// passes the country filter's check, so an event of any such actor can be
// filtered by it.
func TestCountryPatternTakesKBCodes(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	long := 0
	for _, a := range k.Actors() {
		if a.Country == "" {
			continue
		}
		if len(a.Country) != 3 {
			long++
		}
		if _, err := eventQuery(url.Values{"country": {a.Country}}); err != nil {
			t.Errorf("actor %s: country %q refused: %v", a.ID, a.Country, err)
		}
		if _, err := eventQuery(url.Values{"country": {strings.ToLower(a.Country)}}); err != nil {
			t.Errorf("actor %s: country %q in lower case refused: %v", a.ID, a.Country, err)
		}
	}
	if long == 0 {
		t.Error("no knowledge-base code other than 3 letters: the test no longer covers IGO codes")
	}
}

// TestIGOCountryFilter: an event whose side is an IGO (NATO, G20) is found
// by that code in the events list and the graph; ISO alpha-2 codes and
// other shapes stay a 400 naming the field.
func TestIGOCountryFilter(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "igo1", Type: "DEMAND", SourceActor: "NATO", SourceName: "NATO", SourceCountry: "NATO", TargetActor: "Q159", TargetName: "Russia", TargetCountry: "RUS", Date: "2025-03-12", CAMEO: "100", Goldstein: -5, QuadClass: 3},
			{Key: "igo2", Type: "CONSULT", SourceActor: "G20", SourceName: "G20", SourceCountry: "G20", TargetActor: "Q17", TargetName: "Japan", TargetCountry: "JPN", Date: "2025-03-13", CAMEO: "040", Goldstein: 1, QuadClass: 1},
		} {
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
	for _, tt := range []struct{ country, want string }{{"NATO", "DEMAND"}, {"nato", "DEMAND"}, {"G20", "CONSULT"}, {"g20", "CONSULT"}} {
		for _, sort := range []string{"", "&sort=sources"} { // the date order and the per-country ranks
			res, body := get(t, h, "GET", "/api/events?country="+tt.country+sort, "")
			var page Page[store.Event]
			if err := json.Unmarshal(body, &page); err != nil || res.StatusCode != 200 || len(page.Items) != 1 || page.Items[0].Type != tt.want {
				t.Errorf("events country=%s%s: %d %s; want one %s", tt.country, sort, res.StatusCode, body, tt.want)
			}
		}
		res, body := get(t, h, "GET", "/api/graph?country="+tt.country, "")
		var g Graph
		if err := json.Unmarshal(body, &g); err != nil || res.StatusCode != 200 || len(g.Edges) != 1 || g.Edges[0].Types[tt.want] != 1 {
			t.Errorf("graph country=%s: %d %s; want one %s edge", tt.country, res.StatusCode, body, tt.want)
		}
	}
	for _, bad := range []string{"FR", "N", "NATO-X", "1AB", "G20X", "ABCDEFGHIJKLM", "J%C3%85N"} {
		for _, path := range []string{"/api/events", "/api/graph"} {
			res, body := get(t, h, "GET", path+"?country="+bad, "")
			var e errorBody
			if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != "country" {
				t.Errorf("%s country=%s: %d %s; want a 400 naming country", path, bad, res.StatusCode, body)
			}
		}
	}
}

// TestActorArticlesPaging: an actor's articles page on by
// articles_next_cursor, which names the last article of the page; every
// article comes once, in the store's order, though they tie on time.
func TestActorArticlesPaging(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	ctx := context.Background()
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range 25 {
			url := fmt.Sprintf("https://isl.example/%d", i)
			pub := time.Date(2025, 2, 1+i/4, 0, 0, 0, 0, time.UTC)
			text := "Iceland and Norway met over fishing quotas."
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "isl.example", ContentHash: url, Title: "Quotas", Text: text, Published: &pub,
				Data: &model.Article{Title: "Quotas", Text: text, Published: &pub, Actors: []model.ActorRef{{ID: "ISL", Name: "Iceland", Type: "country", Country: "ISL"}}}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	all, err := st.ActorArticles(ctx, store.ActorQuery{Actor: "ISL", Limit: 100})
	if err != nil || len(all) != 25 {
		t.Fatalf("%d articles, %v", len(all), err)
	}
	var want, got []int64
	for _, a := range all {
		want = append(want, a.ArticleID)
	}
	path := "/api/actors/ISL?limit=10"
	for n := 0; path != ""; n++ {
		res, body := get(t, h, "GET", path, "")
		var page ActorResponse
		if err := json.Unmarshal(body, &page); err != nil || res.StatusCode != 200 || n > 5 || page.ArticlesOffset != 10*n {
			t.Fatalf("%s: %d %.300s", path, res.StatusCode, body)
		}
		for _, a := range page.Articles {
			got = append(got, a.ArticleID)
		}
		path = ""
		if page.ArticlesNextCursor != "" {
			path = "/api/actors/ISL?limit=10&articles_cursor=" + page.ArticlesNextCursor
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages give %v, one page %v", got, want)
	}
	_, body := get(t, h, "GET", "/api/articles?q=fishing&limit=1", "")
	var hits Page[store.SearchHit]
	json.Unmarshal(body, &hits)
	for _, bad := range []string{"nope", encodeCursor(3) + "x", hits.NextCursor} {
		res, body := get(t, h, "GET", "/api/actors/ISL?articles_cursor="+bad, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != "articles_cursor" {
			t.Errorf("articles_cursor=%s: %d %s", bad, res.StatusCode, body)
		}
	}
}

// TestOddAPIPaths: ServeMux would redirect an unclean path (or "/api") to
// its clean form with an HTML body; under /api/ every answer is JSON, so
// these are JSON 404s, and an odd but clean path is the endpoint's own
// JSON answer.
func TestOddAPIPaths(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	tests := []struct {
		path string
		code int
	}{
		{"/api/actors/.?0", 404}, // the fuzzer's find: was a 307 to /api/actors/
		{"/api/actors/..", 404},
		{"/api//events", 404},
		{"/api/events/./1", 404},
		{"/api/x/../events", 404},
		{"/api/../events", 404}, // would leave the API for the web UI's page
		{"/api", 404},           // was a redirect to /api/
		{"/api/", 404},
		{"/api/events/", 404},
		{"/api/actors/", 404},
		{"/api/%2e%2e/events", 404}, // stays escaped: an unknown endpoint
		{"/api/actors/%2e%2e", 404}, // an actor named ".."
		{"/api/events/%2e", 400},    // an event id "."
		{"/api/events%2F1", 404},    // an escaped slash is part of a segment
		{"/api/articles?q=talks", 200},
	}
	for _, tt := range tests {
		for _, m := range []string{"GET", "POST"} {
			if tt.code == 200 && m == "POST" {
				continue
			}
			res, body := get(t, h, m, tt.path, "")
			var e map[string]any
			if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != tt.code && !(m == "POST" && res.StatusCode == http.StatusMethodNotAllowed) ||
				res.Header.Get("Location") != "" || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
				t.Errorf("%s %s: %d %q %s; want %d and JSON", m, tt.path, res.StatusCode, res.Header.Get("Location"), body, tt.code)
			}
		}
	}
}

// TestUnreadableQuery: a query pair that cannot be decoded is a 400 naming
// the query, not dropped (URL.Query skips it, so "limit=%zz" gave the
// default page and "cursor=%%%" the first page, with a 200).
func TestUnreadableQuery(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	for _, path := range []string{
		"/api/events?limit=%zz",
		"/api/events?cursor=%%%",
		"/api/quotes?cursor=%",
		"/api/articles?q=talks&limit=1;offset=2",
		"/api/actors/ISL?articles_cursor=%x",
	} {
		res, body := get(t, h, "GET", path, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != "query" {
			t.Errorf("%s: %d %s; want a 400 naming the query", path, res.StatusCode, body)
		}
	}
	// A search text that is not a search is a bad q, named as such.
	for _, q := range []string{"%22", "NOT%20talks", "%2B%2B"} {
		res, body := get(t, h, "GET", "/api/articles?q="+q, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != "q" || strings.HasPrefix(e.Error, "bad query") {
			t.Errorf("q=%s: %d %s; want a 400 naming q", q, res.StatusCode, body)
		}
	}
	if res, body := get(t, h, "GET", "/api/events?limit=2&since=2020", ""); res.StatusCode != 200 {
		t.Errorf("a good query: %d %s", res.StatusCode, body)
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct {
		err  error
		code int
	}{
		{badField("x", "bad"), 400},
		{errors.Join(errors.New("ctx"), store.ErrBadQuery), 400},
		{store.ErrNotFound, 404},
		{errUnauthorized, 401},
		{errForbidden, 403},
		{errWritesOff, 403},
		{errNoIngest, 501},
		{&http.MaxBytesError{Limit: 1}, 413},
		{context.DeadlineExceeded, 503},
		{errors.New("disk on fire"), 500},
		{&FetchError{URL: "https://x.example/", Err: fmt.Errorf("fetch: %w", context.DeadlineExceeded)}, 504},
		{&FetchError{URL: "https://x.example/", Err: &url.Error{Op: "Get", URL: "https://x.example/", Err: timeoutErr{}}}, 504},
		{&FetchError{URL: "https://x.example/", Err: fmt.Errorf("fetch: %w: 404 Not Found", fetch.ErrHTTPStatus)}, 502},
		{&FetchError{URL: "https://x.example/", Err: errors.New("connection refused")}, 502},
		{&FetchError{URL: "http://10.0.0.1/", Err: fmt.Errorf("fetch: %w", fetch.ErrForbiddenIP)}, 400},
		{&FetchError{URL: "https://x.example/", Err: errors.New("not fetched: x.example failed 5 fetches in a row"), Limited: true}, 503},
	}
	for _, tt := range tests {
		code, body := statusOf(tt.err)
		if code != tt.code {
			t.Errorf("statusOf(%v) = %d, want %d", tt.err, code, tt.code)
		}
		if code == 500 && strings.Contains(body.Error, "disk") {
			t.Error("internal error text leaked to the client")
		}
	}
}

// timeoutErr is a net.Error that timed out, as http.Client's own timeout
// reports.
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "Client.Timeout exceeded while awaiting headers" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestAPIWritesNeedToken(t *testing.T) {
	st := openTestStore(t)
	ing := &fakeIngester{}
	readOnly := New(Config{Store: st, Ingester: ing}).Handler()
	if res, _ := get(t, readOnly, "POST", "/api/articles", `{"url":"https://x.example/a"}`); res.StatusCode != 403 {
		t.Errorf("read-only server: POST = %d, want 403", res.StatusCode)
	}
	h := New(Config{Store: st, Ingester: ing, Token: "s3cret", MaxBodyBytes: 1 << 10}).Handler()
	if res, _ := get(t, h, "POST", "/api/articles", `{"url":"https://x.example/a"}`); res.StatusCode != 401 || res.Header.Get("WWW-Authenticate") == "" {
		t.Errorf("no token: %d", res.StatusCode)
	}
	if res, _ := get(t, h, "POST", "/api/articles", `{"url":"https://x.example/a"}`, "Authorization", "Bearer wrong"); res.StatusCode != 403 {
		t.Errorf("wrong token: %d", res.StatusCode)
	}
	auth := []string{"Authorization", "Bearer s3cret", "Content-Type", "application/json"}
	res, body := get(t, h, "POST", "/api/articles", `{"url":"https://x.example/a"}`, auth...)
	if res.StatusCode != 201 || res.Header.Get("Location") != "/api/articles/43" || len(ing.urls) != 1 {
		t.Errorf("post url: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "POST", "/api/articles", `{"url":"https://x.example/b","title":"T","text":"Body text.","published":"2025-03-01","source":"X Wire"}`, auth...)
	if res.StatusCode != 201 || len(ing.docs) != 1 || ing.docs[0].Hints["site"] != "X Wire" || ing.docs[0].Published.IsZero() || ing.docs[0].URL != "https://x.example/b" {
		t.Errorf("post article: %d %s", res.StatusCode, body)
	}
	for _, bad := range []struct{ body, field string }{
		{`{}`, "url"}, {`{"url":"ftp://x"}`, "url"}, {`not json`, "body"}, {`{"text":"x","published":"whenever"}`, "published"},
	} {
		res, body := get(t, h, "POST", "/api/articles", bad.body, auth...)
		var e errorBody
		json.Unmarshal(body, &e)
		if res.StatusCode != 400 || e.Field != bad.field {
			t.Errorf("POST %s: %d %s, want 400 field %s", bad.body, res.StatusCode, body, bad.field)
		}
	}
	if res, _ := get(t, h, "POST", "/api/articles", `{"text":"`+strings.Repeat("x", 2000)+`"}`, auth...); res.StatusCode != 413 {
		t.Errorf("oversized body: %d", res.StatusCode)
	}
	res, body = get(t, h, "POST", "/api/feeds", `{"url":"https://x.example/feed.xml"}`, auth...)
	if res.StatusCode != 202 || len(ing.feeds) != 1 || !strings.Contains(string(body), `"new_items":3`) {
		t.Errorf("post feed: %d %s", res.StatusCode, body)
	}
	noIngest := New(Config{Store: st, Token: "s3cret"}).Handler()
	if res, _ := get(t, noIngest, "POST", "/api/feeds", `{"url":"https://x.example/f"}`, auth...); res.StatusCode != 501 {
		t.Errorf("no ingester: %d", res.StatusCode)
	}
}

func TestBuildGraph(t *testing.T) {
	evs := []store.Event{
		{SourceActor: "A", SourceName: "Alpha", TargetActor: "B", TargetName: "Beta", Type: "CONSULT", QuadClass: 1, Goldstein: 1},
		{SourceActor: "A", SourceName: "Alpha", TargetActor: "B", TargetName: "Beta", Type: "ATTACK", QuadClass: 4, Goldstein: -10},
		{SourceActor: "B", SourceName: "Beta", TargetName: "Gamma rebels", Type: "ACCUSE", QuadClass: 3, Goldstein: -2},
		{SourceActor: "C", SourceName: "Gamma", Type: "PROTEST"}, // no target: a node, no edge
	}
	g := BuildGraph(evs, 10)
	if len(g.Nodes) != 4 || g.Nodes[0].ID != "B" || g.Nodes[0].Events != 3 {
		t.Errorf("nodes = %+v", g.Nodes)
	}
	if len(g.Edges) != 2 || g.Edges[0].Weight != 2 || g.Edges[0].Conflict != 1 || g.Edges[0].Goldstein != -4.5 || g.Edges[0].Types["ATTACK"] != 1 {
		t.Errorf("edges = %+v", g.Edges)
	}
	if g.Edges[1].Target != "name:gamma rebels" {
		t.Errorf("unresolved actor key = %q", g.Edges[1].Target)
	}
	if g := BuildGraph(evs, 2); len(g.Nodes) != 2 || len(g.Edges) != 1 {
		t.Errorf("capped graph: %+v", g)
	}
}

func TestLoadSmoke(t *testing.T) {
	st := openTestStore(t)
	if err := SeedSynthetic(context.Background(), st, 300, 1); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Config{Store: st}).Handler())
	defer srv.Close()
	paths, err := LoadPaths(40, 300, 2)
	if err != nil {
		t.Fatal(err)
	}
	res := RunLoad(context.Background(), srv.Client(), srv.URL, paths, 400)
	if res.Requests != 40 || res.Errors != 0 || len(res.Latencies) != 40 || res.Quantile(0.99) < res.Quantile(0.5) {
		t.Errorf("load: %+v", res)
	}
}

// TestReadsDuringWrites serves queries while a writer keeps committing
// batches to the same store, as `serve` does while `ingest` runs (SQLite
// WAL: readers do not wait for the writer).
func TestReadsDuringWrites(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	// Generous timeouts: WAL readers never wait for the writer, so a read
	// that fails here is a lock error, not a CI machine starved of CPU
	// (which once made one /healthz miss its default 2 s).
	srv := httptest.NewServer(New(Config{Store: st, QueryTimeout: time.Minute, HealthTimeout: time.Minute}).Handler())
	defer srv.Close()
	done := make(chan error, 1)
	go func() { done <- SeedSynthetic(context.Background(), st, 1500, 3) }()
	ok, reads := 0, 0
	var failed []string
	for writing := true; writing; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			writing = false
		default:
		}
		for _, p := range []string{"/api/events?limit=5", "/api/events/1", "/api/articles?q=maritime", "/healthz"} {
			res, err := srv.Client().Get(srv.URL + p)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			reads++
			if res.StatusCode == 200 {
				ok++
			} else if len(failed) < 5 {
				failed = append(failed, fmt.Sprintf("%s: %d %.200s", p, res.StatusCode, body))
			}
		}
	}
	if ok != reads || reads <= 4 {
		t.Errorf("%d of %d reads during the writes succeeded: %v", ok, reads, failed)
	}
	_, body := get(t, New(Config{Store: st}).Handler(), "GET", "/healthz", "")
	if !strings.Contains(string(body), `"events":1503`) {
		t.Errorf("after the writes: %s", body)
	}
}

// Following next through /api/events, in every sort and from an offset,
// gives the rows of one long page: keyset cursors lose and repeat nothing
// though many events tie on the sort's columns.
func TestAPIKeysetPaging(t *testing.T) {
	st := openTestStore(t)
	storetest.SeedRankEvents(t, st, 120, 3)
	h := New(Config{Store: st}).Handler()
	ids := func(page Page[store.Event]) []int64 {
		var out []int64
		for _, e := range page.Items {
			out = append(out, e.ID)
		}
		return out
	}
	for _, sort := range []string{"", "date", "sources", "articles", "first_seen", "goldstein"} {
		var all Page[store.Event]
		_, body := get(t, h, "GET", "/api/events?limit=1000&country=fra&sort="+sort, "")
		if err := json.Unmarshal(body, &all); err != nil || len(all.Items) < 30 {
			t.Fatalf("sort %q: %v %.200s", sort, err, body)
		}
		want := ids(all)
		for _, start := range []int{0, 5} {
			var got []int64
			path := fmt.Sprintf("/api/events?limit=9&country=fra&sort=%s&offset=%d", sort, start)
			for n := 0; path != ""; n++ {
				res, body := get(t, h, "GET", path, "")
				var page Page[store.Event]
				if err := json.Unmarshal(body, &page); err != nil || res.StatusCode != 200 || n > 20 {
					t.Fatalf("%s: %d %.200s", path, res.StatusCode, body)
				}
				if page.Offset != start+9*n {
					t.Errorf("%s: offset %d, want %d", path, page.Offset, start+9*n)
				}
				if c, _ := base64.RawURLEncoding.DecodeString(page.NextCursor); page.NextCursor != "" && !strings.HasPrefix(string(c), "k2:") {
					t.Errorf("%s: next cursor %q is not a keyset cursor", path, c)
				}
				got = append(got, ids(page)...)
				path = page.Next
			}
			if !slices.Equal(got, want[start:]) {
				t.Errorf("sort %q from %d: pages give %v,\none page gives %v", sort, start, got, want[start:])
			}
		}
	}

	// A cursor is for the listing and sort it came from; offset cursors,
	// the only kind before keyset paging, still work.
	_, body := get(t, h, "GET", "/api/events?limit=3&sort=sources", "")
	var page Page[store.Event]
	json.Unmarshal(body, &page)
	for _, path := range []string{
		"/api/events?sort=date&cursor=" + page.NextCursor,
		"/api/events?cursor=" + page.NextCursor,
		"/api/articles?q=t&cursor=" + page.NextCursor,
		"/api/actors?cursor=" + page.NextCursor,
		"/api/events?cursor=" + base64.RawURLEncoding.EncodeToString([]byte(`k2:{"l":"events","s":"date"}`)),
		"/api/events?cursor=" + base64.RawURLEncoding.EncodeToString([]byte(`k2:{"l":"events","s":"date","e":{"id":1},"x":1}`)),
	} {
		var e errorBody
		if res, body := get(t, h, "GET", path, ""); res.StatusCode != 400 || json.Unmarshal(body, &e) != nil || e.Field != "cursor" {
			t.Errorf("%s: %d %s, want a 400 on cursor", path, res.StatusCode, body)
		}
	}
	_, body = get(t, h, "GET", "/api/events?limit=3&sort=sources&cursor="+encodeCursor(3), "")
	var byOffset Page[store.Event]
	json.Unmarshal(body, &byOffset)
	_, body = get(t, h, "GET", page.Next, "")
	var byKey Page[store.Event]
	json.Unmarshal(body, &byKey)
	if len(byKey.Items) != 3 || !slices.Equal(ids(byOffset), ids(byKey)) || byOffset.Offset != 3 || byKey.Offset != 3 {
		t.Errorf("page 2 by offset cursor %v (offset %d), by keyset cursor %v (offset %d)", ids(byOffset), byOffset.Offset, ids(byKey), byKey.Offset)
	}
}

// Search pages follow their keyset cursor too.
func TestAPISearchPaging(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	var p1, p2 Page[store.SearchHit]
	_, body := get(t, h, "GET", "/api/articles?q=maritime&limit=1", "")
	json.Unmarshal(body, &p1)
	if len(p1.Items) != 1 || p1.Next == "" {
		t.Fatalf("page 1: %s", body)
	}
	_, body = get(t, h, "GET", p1.Next, "")
	json.Unmarshal(body, &p2)
	if len(p2.Items) != 1 || p2.Offset != 1 || p2.Items[0].ArticleID == p1.Items[0].ArticleID {
		t.Errorf("page 2: %s", body)
	}
}

// countlessStore is a store whose exact counts never finish in time.
type countlessStore struct{ store.Store }

func (countlessStore) Stats(context.Context) (store.Stats, error) {
	return store.Stats{}, errors.New("counting every row took too long")
}

// /healthz asks the store's cheap Health, never the exact Stats.
func TestHealthzDoesNotCount(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: countlessStore{st}}).Handler()
	res, body := get(t, h, "GET", "/healthz", "")
	if res.StatusCode != 200 || !strings.Contains(string(body), `"events":3`) || strings.Contains(string(body), `"estimated"`) {
		t.Errorf("healthz: %d %s", res.StatusCode, body)
	}
}

// The load generator's synthetic events carry PLOVER types only: its
// queries filter by them, and another type is a 400 (an "ATTACK" type was,
// once type= was checked).
func TestSyntheticTypesArePLOVER(t *testing.T) {
	types, err := synthTypes()
	if err != nil {
		t.Fatal(err)
	}
	table, err := events.LoadCAMEO()
	if err != nil {
		t.Fatal(err)
	}
	distinct := map[string]bool{}
	for _, ty := range types {
		if !slices.Contains(model.EventTypes, ty.typ) {
			t.Errorf("synthetic type %s is not a PLOVER type", ty.typ)
		}
		// The coder's table is the one truth: a synthetic event says
		// what the coder would say of its CAMEO code.
		e := table[ty.cameo]
		if ty.typ != e.PLOVER || ty.quad != e.QuadClass || ty.goldstein != e.Goldstein || ty.mode != e.Mode {
			t.Errorf("synthetic CAMEO %s: %+v; the coder's table says %+v", ty.cameo, ty, e)
		}
		distinct[ty.typ] = true
	}
	if len(distinct) != len(synthCAMEO) {
		t.Errorf("%d distinct types from %d CAMEO codes: each code should give a type of its own", len(distinct), len(synthCAMEO))
	}
	// Seeded events carry the table's coding too (163 is SANCTION, 173 COERCE).
	st := openTestStore(t)
	if err := SeedSynthetic(context.Background(), st, 200, 5); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(context.Background(), store.EventQuery{Limit: 200})
	if err != nil || len(evs) != 200 {
		t.Fatalf("seeded events: %d, %v", len(evs), err)
	}
	for _, ev := range evs {
		if e := table[ev.CAMEO]; ev.Type != e.PLOVER || ev.QuadClass != e.QuadClass || ev.Goldstein != e.Goldstein {
			t.Errorf("seeded event %d: CAMEO %s as %s quad %d goldstein %v; the table says %s %d %v",
				ev.ID, ev.CAMEO, ev.Type, ev.QuadClass, ev.Goldstein, e.PLOVER, e.QuadClass, e.Goldstein)
		}
	}
}

// The events filters take a graph node id ("name:farmers", what /api/graph
// and the actor listings give an actor without an id) as the actor page
// does; the source "farmers" of seedSmall has no id.
func TestEventFiltersTakeGraphNodeIDs(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	for _, q := range []string{"actor=name:farmers", "actor=name%3Afarmers", "actor=farmers", "source=name:farmers"} {
		res, body := get(t, h, "GET", "/api/events?"+q, "")
		var page Page[store.Event]
		if err := json.Unmarshal(body, &page); err != nil || res.StatusCode != 200 || len(page.Items) != 1 {
			t.Errorf("events?%s: %d %s", q, res.StatusCode, body)
		}
	}
}

// TestSectorParam: the sector filter takes a sector's name or its CAMEO
// code in any case and hands the store the name.
func TestSectorParam(t *testing.T) {
	for in, want := range map[string]string{"LAB": "labour", "labour": "labour", "agr": "agriculture", "Health": "health", "NGO": "ngo", "GOV": "government"} {
		q, err := ParseEventQuery(url.Values{"sector": {in}})
		if err != nil || q.Sector != want {
			t.Errorf("sector=%s: %q, %v; want %q", in, q.Sector, err, want)
		}
	}
}

// The article filter lists the merged events an article reports (the web
// UI's article page links them), with the other filters; the graph takes
// it too.
func TestEventsOfArticle(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	for _, tt := range []struct {
		path string
		code int
		n    int
	}{
		{"/api/events?article=1", 200, 3},
		{"/api/events?article=2&type=protest", 200, 1},
		{"/api/events?article=99", 200, 0},
		{"/api/events?article=0", 400, 0},
		{"/api/events?article=x", 400, 0},
	} {
		res, body := get(t, h, "GET", tt.path, "")
		var page struct {
			Items []store.Event `json:"items"`
			Field string        `json:"field"`
		}
		if err := json.Unmarshal(body, &page); err != nil || res.StatusCode != tt.code || len(page.Items) != tt.n {
			t.Errorf("%s: %d %s, want %d with %d events", tt.path, res.StatusCode, body, tt.code, tt.n)
		}
		if tt.code == 400 && page.Field != "article" {
			t.Errorf("%s: error field %q", tt.path, page.Field)
		}
	}
	res, body := get(t, h, "GET", "/api/graph?article=1", "")
	if res.StatusCode != 200 || !strings.Contains(string(body), `"Japan"`) {
		t.Errorf("graph of an article: %d %s", res.StatusCode, body)
	}
}

// The timeline counts every event the filters match, by date and class,
// and is not a page.
func TestTimelineCounts(t *testing.T) {
	st := openTestStore(t)
	if err := SeedSynthetic(context.Background(), st, 300, 5); err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for _, filter := range []string{"", "quad_class=4", "country=FRA&since=2024-06", "min_sources=2"} {
		_, body := get(t, h, "GET", "/api/timeline?"+filter, "")
		var tl Timeline
		if err := json.Unmarshal(body, &tl); err != nil {
			t.Fatalf("%s: %v %s", filter, err, body)
		}
		_, body = get(t, h, "GET", "/api/events?limit=1000&"+filter, "")
		var page struct{ Items []store.Event }
		json.Unmarshal(body, &page)
		byDay := map[string]int{}
		for _, e := range page.Items {
			byDay[e.Date+"/"+strconvI(int64(e.QuadClass))]++
		}
		sum := 0
		for _, c := range tl.Counts {
			sum += c.Events
			if byDay[c.Date+"/"+strconvI(int64(c.QuadClass))] != c.Events {
				t.Errorf("%s: %+v, the events list has %d", filter, c, byDay[c.Date+"/"+strconvI(int64(c.QuadClass))])
			}
		}
		if sum != len(page.Items) || tl.Events != sum {
			t.Errorf("%s: counts sum to %d (events %d), the list has %d", filter, sum, tl.Events, len(page.Items))
		}
	}
	for _, bad := range []string{"limit=5", "cursor=x", "sort=sources", "quad_class=7", "bogus=1"} {
		if res, body := get(t, h, "GET", "/api/timeline?"+bad, ""); res.StatusCode != 400 {
			t.Errorf("%s: %d %s", bad, res.StatusCode, body)
		}
	}
}
