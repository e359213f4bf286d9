package keyset

import (
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

func TestAfter(t *testing.T) {
	p := store.EventPos{ID: 9, Date: "2024-03-01", NumSources: 2, Goldstein: -1.5}
	for _, tc := range []struct {
		sort, alias, id string
		want            string
		args            []any
	}{
		{"", "k", "event_id", "(k.date, k.event_id) < ($1, $2)", []any{"2024-03-01", int64(9)}},
		{store.SortSources, "e", "id", "(e.num_sources, e.date, e.id) < ($1, $2, $3)", []any{2, "2024-03-01", int64(9)}},
		// The direction changes after goldstein: the leading column
		// bounds the range, the others order its ties.
		{store.SortGoldstein, "r", "event_id", "r.goldstein >= $1 AND (r.goldstein > $2 OR (r.date, r.event_id) < ($3, $4))",
			[]any{-1.5, -1.5, "2024-03-01", int64(9)}},
	} {
		cols, ok := EventOrder(tc.sort, tc.alias, tc.id)
		if !ok {
			t.Fatalf("sort %q unknown", tc.sort)
		}
		var args []any
		got := EventAfter(cols, p, func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) })
		if got != tc.want {
			t.Errorf("sort %q: %s\nwant %s", tc.sort, got, tc.want)
		}
		if len(args) != len(tc.args) {
			t.Fatalf("sort %q: args %v, want %v", tc.sort, args, tc.args)
		}
		for i := range args {
			if args[i] != tc.args[i] {
				t.Errorf("sort %q: arg %d = %#v, want %#v", tc.sort, i, args[i], tc.args[i])
			}
		}
	}
	if _, ok := EventOrder("nonsense", "e", "id"); ok {
		t.Error("an unknown sort was accepted")
	}
}

// The ORDER BY lists are the ones the backends wrote out before this
// package (the indexes of migrations 0001 and 0003 serve them).
func TestOrderBy(t *testing.T) {
	for _, tc := range []struct{ sort, alias, id, want string }{
		{"", "e", "id", "e.date DESC, e.id DESC"},
		{store.SortDate, "k", "event_id", "k.date DESC, k.event_id DESC"},
		{store.SortSources, "e", "id", "e.num_sources DESC, e.date DESC, e.id DESC"},
		{store.SortArticles, "r", "event_id", "r.num_articles DESC, r.date DESC, r.event_id DESC"},
		{store.SortFirst, "e", "id", "e.first_seen DESC, e.id DESC"},
		{store.SortGoldstein, "r", "event_id", "r.goldstein ASC, r.date DESC, r.event_id DESC"},
	} {
		cols, _ := EventOrder(tc.sort, tc.alias, tc.id)
		if got := OrderBy(cols); got != tc.want {
			t.Errorf("sort %q: %s, want %s", tc.sort, got, tc.want)
		}
	}
}
