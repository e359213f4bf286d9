package cli

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
)

func runSearch(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "search", `search [flags] "text"`+"\n\n"+
		`Full-text search over stored titles, bylines and bodies: words, "exact phrases", OR, NOT, prefix*.`)
	db := dbFlag(fs, env)
	limit := fs.Int("limit", 20, "results per page (max 1000)")
	offset := fs.Int("offset", 0, "results to skip")
	format := fs.String("format", "", outputFlagHelp)
	withTotal := fs.Bool("total", false, totalFlagHelp)
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return usageError(`search needs some text: newsgraph search "central bank" (words, "exact phrases", OR, NOT, prefix*)`)
	}
	if err := checkPage(*limit, *offset); err != nil {
		return err
	}
	if *format, err = resolveFormat(env, *format); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	q := store.SearchQuery{Text: strings.Join(words, " "), Limit: *limit, Offset: *offset}
	hits, err := st.Search(ctx, q)
	if err != nil {
		return badQuery(err)
	}
	rs := rowSet{header: []string{"id", "published", "site", "title", "snippet"}}
	for _, h := range hits {
		rs.add(h, strconv.FormatInt(h.ArticleID, 10), fmtDay(h.Published), h.Site, h.Title, h.BracketedSnippet())
	}
	total, err := store.PageTotal(ctx, q.Offset, len(hits), q.Limit, func(ctx context.Context) (store.Total, error) {
		return st.CountSearch(ctx, q, 0)
	})
	if err != nil {
		return badQuery(err)
	}
	return writeListing(env, &rs, *format, q.Limit, q.Offset, total, "articles", *withTotal)
}

// fmtDay is the day of t as the web pages show it (display.OwnOffset): a
// publish time at its publisher's own offset when the article gave one, so
// that "published" in a table is the day the article's page and dateline
// say, not the next day in UTC; "" for none.
func fmtDay(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return display.OwnOffset(*t).Format(time.DateOnly)
}
