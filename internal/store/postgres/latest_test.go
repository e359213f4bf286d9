package postgres

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestLatestArticlesPlan checks that a page of the latest articles, first,
// after a keyset position or within a range of days, reads
// articles_report_date in order: no sort of every canonical article.
func TestLatestArticlesPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_sort = off; SET enable_seqscan = off`)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		q    store.ArticleQuery
	}{
		{"first page", store.ArticleQuery{}},
		{"after an article", store.ArticleQuery{After: &store.ArticlePos{Date: &at, ID: 5}}},
		{"a month", store.ArticleQuery{Since: "2024-03-01", Until: "2024-03-31"}},
		{"since a day, after an article", store.ArticleQuery{Since: "2023-12-01", After: &store.ArticlePos{Date: &at, ID: 5}}},
	} {
		c.q.Limit = 20
		query, args, err := latestArticlesQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, conn, query, args...)
		t.Logf("plan, %s: %s", c.name, s)
		if !strings.Contains(s, "articles_report_date") || strings.Contains(s, "Sort") {
			t.Errorf("plan, %s: %s", c.name, s)
		}
		// A later page or a range starts inside the index, not at its
		// first entry.
		if (c.q.After != nil || c.q.Since != "") && !strings.Contains(s, "Index Cond") {
			t.Errorf("plan, %s: no index condition: %s", c.name, s)
		}
	}
}
