package api

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedLatest stores five canonical articles over three months and a
// syndicated copy, returning the canonical ones' ids newest first by
// report date.
func seedLatest(t *testing.T, st store.Store) []int64 {
	t.Helper()
	ny := time.FixedZone("", -5*3600)
	type art struct {
		url, title string
		pub, ref   *time.Time
		dup        bool
	}
	tp := func(t time.Time) *time.Time { return &t }
	arts := []art{
		{"https://lagos.example/ferry", "Ferry service resumes in Lagos", tp(time.Date(2025, 1, 14, 8, 0, 0, 0, time.UTC)), nil, false},
		// 23:30 at -05:00 on 28 February is 1 March in UTC: listed on its own day.
		{"https://east.example/dock", "Dock workers end strike", tp(time.Date(2025, 2, 28, 23, 30, 0, 0, ny)), nil, false},
		{"https://quay.example/vote", "Harbour board votes on fees", nil, tp(time.Date(2025, 3, 2, 10, 0, 0, 0, time.UTC)), false},
		{"https://wire.example/talks", "Fishing talks open in Oslo", tp(time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)), nil, false},
		{"https://mirror.example/talks", "Fishing talks open in Oslo (copy)", tp(time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)), nil, true},
		{"https://north.example/bridge", "Bridge reopens after repairs", tp(time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)), nil, false},
	}
	var ids []int64
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, a := range arts {
			text := a.title + ", officials said on Tuesday."
			sa := &store.Article{URL: a.url, Source: a.url, Site: strings.Split(a.url, "/")[2], ContentHash: a.url, Title: a.title, Text: text,
				Published: a.pub, IngestedAt: time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC),
				Data: &model.Article{URL: a.url, Title: a.title, Text: text, Published: a.pub, ReferenceDate: a.ref}}
			if a.dup {
				sa.DuplicateOf = ids[len(ids)-1]
			}
			id, err := tx.InsertArticle(ctx, sa)
			if err != nil {
				return err
			}
			if !a.dup {
				ids = append(ids, id)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Newest first: the two of 5 March (highest id first), then 2 March,
	// 28 February (New York), 14 January.
	return []int64{ids[4], ids[3], ids[2], ids[1], ids[0]}
}

func latestIDs(t *testing.T, body []byte) (Page[store.SearchHit], []int64) {
	t.Helper()
	var p Page[store.SearchHit]
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	var ids []int64
	for _, h := range p.Items {
		ids = append(ids, h.ArticleID)
	}
	return p, ids
}

// TestLatestArticles: /api/articles without q lists the canonical articles
// newest first by report date, within since and until in every date form
// the other listings take, and pages through them by cursor and offset.
func TestLatestArticles(t *testing.T) {
	st := openTestStore(t)
	want := seedLatest(t, st)
	h := New(Config{Store: st}).Handler()

	res, body := get(t, h, "GET", "/api/articles", "")
	p, ids := latestIDs(t, body)
	if res.StatusCode != 200 || !slices.Equal(ids, want) || p.Total == nil || *p.Total != 5 {
		t.Fatalf("/api/articles: %d %v, want %v: %s", res.StatusCode, ids, want, body)
	}
	for _, h := range p.Items {
		if h.ReportDate == nil || h.ReportDateSource == "" || h.Snippet != "" {
			t.Errorf("%q: report date %v (%s), snippet %q", h.Title, h.ReportDate, h.ReportDateSource, h.Snippet)
		}
	}
	if !strings.Contains(string(body), `"report_date":"2025-02-28T23:30:00-05:00"`) {
		t.Errorf("the New York article's report date is not at its offset: %s", body)
	}
	for _, c := range []struct {
		query string
		want  []int64
	}{
		{"q=", want},    // a blank q is no search
		{"q=%20", want}, // nor is one of spaces
		{"since=2025-03", want[:3]},
		{"since=2025-03-01&until=2025-03-04", want[2:3]},
		{"until=2025-02", want[3:]},    // the New York article is of 28 February
		{"until=2025-02-28", want[3:]}, // the same
		{"since=2025-02-28&until=2025-02-28", want[3:4]},
		{"since=2025&until=2025", want},
		{"since=2025-03-05T08:00:00Z", want[:2]},        // its day
		{"since=2025-03-01T02:00:00%2B05:00", want[:3]}, // its day at its offset: 1 March
		{"until=2025-01-14T23:00:00-05:00", want[4:]},   // 14 January there
		{"since=2026", nil},
	} {
		res, body := get(t, h, "GET", "/api/articles?"+c.query, "")
		p, ids := latestIDs(t, body)
		if res.StatusCode != 200 || !slices.Equal(ids, c.want) || p.Total == nil || *p.Total != len(c.want) {
			t.Errorf("%s: %d %v (total %v), want %v: %s", c.query, res.StatusCode, ids, p.Total, c.want, body)
		}
	}

	// Page by page, following next, and by offset: the same articles once.
	for _, first := range []string{"/api/articles?limit=2", "/api/articles?limit=2&since=2025-01-01"} {
		var got []int64
		next := first
		for n := 0; next != "" && n < 10; n++ {
			res, body := get(t, h, "GET", next, "")
			p, ids := latestIDs(t, body)
			if res.StatusCode != 200 || p.Total == nil || *p.Total != 5 {
				t.Fatalf("%s: %d %s", next, res.StatusCode, body)
			}
			got = append(got, ids...)
			next = p.Next
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s, following next: %v, want %v", first, got, want)
		}
	}
	_, body = get(t, h, "GET", "/api/articles?limit=2&offset=2", "")
	if _, ids := latestIDs(t, body); !slices.Equal(ids, want[2:4]) {
		t.Errorf("offset=2: %v, want %v", ids, want[2:4])
	}
	// A full last page links to no empty page.
	_, body = get(t, h, "GET", "/api/articles?limit=5", "")
	if p, _ := latestIDs(t, body); p.Next != "" || p.NextCursor != "" {
		t.Errorf("limit=5 of 5: next %q", p.Next)
	}
}

// TestLatestArticlesErrors: bad dates (with a search too), a range that
// ends before it starts and a cursor of the other listing are 400s naming
// their field.
func TestLatestArticlesErrors(t *testing.T) {
	st := openTestStore(t)
	seedLatest(t, st)
	h := New(Config{Store: st}).Handler()
	_, body := get(t, h, "GET", "/api/articles?limit=1", "")
	latest, _ := latestIDs(t, body)
	_, body = get(t, h, "GET", "/api/articles?q=officials&limit=1", "")
	search, _ := latestIDs(t, body)
	if latest.NextCursor == "" || search.NextCursor == "" {
		t.Fatalf("no next cursor: latest %q, search %q", latest.NextCursor, search.NextCursor)
	}
	for _, c := range []struct{ query, field string }{
		{"since=March", "since"},
		{"until=2025-13", "until"},
		{"since=2025-03-05&until=2025-03-01", "until"},
		{"q=talks&since=March", "since"},
		{"q=talks&until=2025-13", "until"},
		{"cursor=" + search.NextCursor, "cursor"},
		{"q=talks&cursor=" + latest.NextCursor, "cursor"},
		{"sort=date", "sort"},
	} {
		res, body := get(t, h, "GET", "/api/articles?"+c.query, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != c.field {
			t.Errorf("%s: %d %s; want 400 field %q", c.query, res.StatusCode, body, c.field)
		}
	}
}

// TestLatestArticlesDocumented: the listing's answer is the documented
// page of SearchHit, report_date and its source included.
func TestLatestArticlesDocumented(t *testing.T) {
	st := openTestStore(t)
	seedLatest(t, st)
	h := New(Config{Store: st}).Handler()
	spec := loadSpec(t)
	resp, ok := spec.operations(t)["GET /api/articles"].Responses["200"]
	if !ok {
		t.Fatal("GET /api/articles documents no 200")
	}
	res, body := get(t, h, "GET", "/api/articles?limit=2", "")
	if res.StatusCode != 200 || !strings.Contains(string(body), `"report_date":"2025-03-05T09:00:00Z","report_date_source":"published"`) {
		t.Fatalf("%d %s", res.StatusCode, body)
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatal(err)
	}
	for _, p := range undocumented(spec, resp.Content["application/json"].Schema, v, "") {
		t.Errorf("field %s is not in openapi.json", p)
	}
}
