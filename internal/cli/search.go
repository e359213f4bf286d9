package cli

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/datearg"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
)

func runSearch(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "search", `search [flags] ["text"]`+"\n\n"+
		`Full-text search over stored titles, bylines and bodies: words, "exact phrases", OR, NOT, prefix*.`+"\n"+
		`Without text: the latest articles, newest first by report date (as /api/articles without q).`)
	db := dbFlag(fs, env)
	limit := fs.Int("limit", 20, "results per page (max 1000)")
	offset := fs.Int("offset", 0, "results to skip")
	since := fs.String("since", "", "articles dated on or after this day (YYYY-MM-DD; a month YYYY-MM or year YYYY is its first day; an RFC 3339 time is its day; the report date: published, at the publisher's offset, else reference date, else ingest day, in UTC)")
	until := fs.String("until", "", "articles dated on or before this day (YYYY-MM-DD; a month YYYY-MM or year YYYY is its last day; an RFC 3339 time is its day; the report date, as --since)")
	format := fs.String("format", "", outputFlagHelp)
	withTotal := fs.Bool("total", false, totalFlagHelp)
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkPage(*limit, *offset); err != nil {
		return err
	}
	// The dates are checked before the store is opened, as the quotes
	// command checks its own, and read as /api/articles reads them.
	sinceDay, untilDay, err := dayFlags(*since, *until)
	if err != nil {
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
	if len(words) == 0 {
		return listLatest(ctx, env, st, store.ArticleQuery{Since: sinceDay, Until: untilDay, Limit: *limit, Offset: *offset}, *format, *withTotal)
	}
	q := store.SearchQuery{Text: strings.Join(words, " "), Since: sinceDay, Until: untilDay, Limit: *limit, Offset: *offset}
	hits, err := st.Search(ctx, q)
	if err != nil {
		return badQuery(err)
	}
	// A hit's day is its report date, the one --since and --until
	// match, and date_source says which date that is, as the latest
	// articles' listing says: the "published" column was empty for an
	// undated hit that --since found by its reference or ingest date.
	rs := rowSet{header: []string{"id", "reported", "date_source", "site", "title", "snippet"}}
	for _, h := range hits {
		rs.add(h, strconv.FormatInt(h.ArticleID, 10), fmtDay(h.ReportDate), h.ReportDateSource, h.Site, h.Title, h.BracketedSnippet())
	}
	total, err := store.PageTotal(ctx, q.Offset, len(hits), q.Limit, func(ctx context.Context) (store.Total, error) {
		return st.CountSearch(ctx, q, 0)
	})
	if err != nil {
		return badQuery(err)
	}
	return writeListing(env, &rs, *format, q.Limit, q.Offset, total, "articles", *withTotal)
}

// listLatest prints the latest articles (search without text): id, the
// day of the report date the listing is ordered and filtered by, which
// date that is, site and title.
func listLatest(ctx context.Context, env Env, st store.Store, q store.ArticleQuery, format string, withTotal bool) error {
	hits, err := st.LatestArticles(ctx, q)
	if err != nil {
		return badQuery(err)
	}
	rs := rowSet{header: []string{"id", "reported", "date_source", "site", "title"}}
	for _, h := range hits {
		rs.add(h, strconv.FormatInt(h.ArticleID, 10), fmtDay(h.ReportDate), h.ReportDateSource, h.Site, h.Title)
	}
	total, err := store.PageTotal(ctx, q.Offset, len(hits), q.Limit, func(ctx context.Context) (store.Total, error) {
		return st.CountLatestArticles(ctx, q, 0)
	})
	if err != nil {
		return badQuery(err)
	}
	return writeListing(env, &rs, format, q.Limit, q.Offset, total, "articles", withTotal)
}

// dayFlags reads --since and --until as days (datearg.Parse): a month or a
// year is its first day for --since and its last for --until, as the API's
// since and until; a span that ends before it starts is refused, named by
// the flags as given.
func dayFlags(since, until string) (sinceDay, untilDay string, err error) {
	for _, d := range []struct {
		flag string
		val  string
		out  *string
		end  bool
	}{{"since", since, &sinceDay, false}, {"until", until, &untilDay, true}} {
		if strings.TrimSpace(d.val) == "" {
			continue
		}
		date, err := datearg.Parse(d.val)
		if err != nil {
			return "", "", usageError("--%s: %v", d.flag, err)
		}
		*d.out = date.Day(d.end)
	}
	if sinceDay != "" && untilDay != "" && sinceDay > untilDay {
		return "", "", usageError("--until: until (%s) is before since (%s)", strings.TrimSpace(until), strings.TrimSpace(since))
	}
	return sinceDay, untilDay, nil
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
