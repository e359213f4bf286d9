package api

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/newsgraph/newsgraph/internal/store"
)

// latestArticles answers GET /api/articles without a search text: the
// canonical articles newest first by report date (the date quotes and an
// actor's articles are listed by), within since and until (a day, a month,
// a year or an RFC 3339 time, as the quotes' filter reads them), paged by
// limit, offset and cursor.
func (s *Server) latestArticles(w http.ResponseWriter, r *http.Request, p *params) error {
	q, before, err := parseLatestPage(p)
	if err != nil {
		return err
	}
	hits, err := s.st.LatestArticles(r.Context(), q)
	if err != nil {
		return err
	}
	page := newPage(r, hits, q.Limit, before, func(last store.SearchHit, n int) (string, bool) {
		return LatestArticlesCursor(last, n), true
	})
	if err := page.setTotal(r.Context(), func(ctx context.Context) (store.Total, error) { return s.st.CountLatestArticles(ctx, q, 0) }); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

// parseLatestPage reads the listing's since, until and page; before is the
// rows before the page (a cursor's count, or the offset).
func parseLatestPage(p *params) (q store.ArticleQuery, before int, err error) {
	q.Since, q.Until = searchDays(p)
	var pos cursor
	q.Limit, pos = p.page(20, listLatestArticles, "")
	if p.err != nil {
		return q, 0, p.err
	}
	q.After = pos.Art
	if !pos.keyed() {
		q.Offset = pos.Offset
	}
	return q, pos.Offset, nil
}

// LatestArticlesCursor is the cursor of the page of the latest articles
// after the one that ends with last, with offset rows before that page.
func LatestArticlesCursor(last store.SearchHit, offset int) string {
	ap := last.ArticlePos()
	if c, ok := encodeKeyCursor(cursor{List: listLatestArticles, Offset: offset, Art: &ap}); ok {
		return c
	}
	return encodeCursor(offset)
}

// searchDays reads the articles listing's since and until (with q or
// without) as days: a month or a year is its first day for since and its
// last for until (params.day). A span that ends before it starts matches
// nothing: refused, as the quotes' is. Both are YYYY-MM-DD here, so they
// compare as text.
func searchDays(p *params) (since, until string) {
	since, until = p.day("since", false), p.day("until", true)
	if since != "" && until != "" && since > until {
		p.fail(badField("until", "until (%s) is before since (%s)", strings.TrimSpace(p.v.Get("until")), strings.TrimSpace(p.v.Get("since"))))
	}
	return since, until
}

// SearchDays reads since and until of v as GET /api/articles does (with q
// or without): the web search page takes them by the same rules.
func SearchDays(v url.Values) (since, until string, err error) {
	days := url.Values{}
	for _, f := range []string{"since", "until"} {
		if vs, ok := v[f]; ok {
			days[f] = vs
		}
	}
	p := newParams(days, "since", "until")
	since, until = searchDays(p)
	return since, until, p.err
}

// ParseLatestArticlesPosition is ParseSearchPosition for a page of the
// latest articles (LatestArticlesCursor, next_cursor of /api/articles
// without q).
func ParseLatestArticlesPosition(cur, offset string) (Position, error) {
	return parsePosition(listLatestArticles, cur, offset)
}
