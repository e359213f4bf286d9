package merge

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// eventReports is store.Tx.EventReports in an order that does not depend
// on the order the articles were stored in: earliest report first (the
// store's report date: published, else reference date, else ingest
// time), then by URL and the article's event id. The store breaks ties of
// the report date by article id, which is the order of arrival: two
// outlets that published at the same minute and disagree on a day or a
// place gave the event the first stored one's, so re-ingesting an archive
// in another order gave another event.
func eventReports(ctx context.Context, tx store.Tx, id int64) ([]store.EventMention, error) {
	reports, err := tx.EventReports(ctx, id)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(reports, compareReports)
	return reports, nil
}

func compareReports(a, b store.EventMention) int {
	// EventReports gives each report's report date as its Published.
	if c := compareTimes(a.Published, b.Published); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.URL, b.URL), cmp.Compare(a.ArticleEventID, b.ArticleEventID))
}

// compareTimes orders two optional instants, a missing one last.
func compareTimes(a, b *time.Time) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return a.Compare(*b)
}

// mergeOrder lists the ids of the stored canonical articles in the order
// Remerge merges them: by report date (the publish date, else the
// reference date, else the ingest time: reportdate.SQL), then by URL, then
// by id (two articles of one URL are not stored). Merging is greedy (a
// report joins the best stored event there is when it comes), so the
// order decides which report seeds an event and what later ones are
// matched against; an order of the articles' own dates and names makes
// the merged events a function of the stored articles, whatever order
// they were ingested in, and the same as ingesting them oldest first.
// next gives each id the canonical id after it in id order (see
// readInOrder).
func mergeOrder(ctx context.Context, tx store.Tx) (ids []int64, next map[int64]int64, err error) {
	arts, err := tx.CanonicalArticleDates(ctx)
	if err != nil {
		return nil, nil, err
	}
	byID := make([]int64, len(arts))
	for i, a := range arts {
		byID[i] = a.ID
	}
	slices.Sort(byID)
	next = make(map[int64]int64, len(byID))
	for i := 1; i < len(byID); i++ {
		next[byID[i-1]] = byID[i]
	}
	slices.SortFunc(arts, func(a, b store.ArticleDate) int {
		return cmp.Or(a.ReportDate.Compare(b.ReportDate), cmp.Compare(a.URL, b.URL), cmp.Compare(a.ID, b.ID))
	})
	ids = make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	return ids, next, nil
}

// readPage is how many articles readInOrder reads at a time at most.
const readPage = 200

// readInOrder reads the canonical articles ids (with their analyses) in
// that order and calls fn with each. A run of ids that follow one another
// among the canonical ids (next) is read in one query, as a store
// ingested oldest first is read almost whole so; others one at a time.
func readInOrder(ctx context.Context, tx store.Tx, ids []int64, next map[int64]int64, fn func(*store.Article) error) error {
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && j-i < readPage && next[ids[j-1]] == ids[j] {
			j++
		}
		page, err := tx.CanonicalArticles(ctx, ids[i]-1, j-i)
		if err != nil {
			return err
		}
		// Articles stored since the order was taken have greater ids and
		// are not read; a page that differs from the run anyway is used
		// as far as it agrees.
		k := 0
		for k < len(page) && page[k].ID == ids[i+k] {
			if err := fn(&page[k]); err != nil {
				return err
			}
			k++
		}
		if k == 0 {
			return fmt.Errorf("merge: canonical article %d: %w", ids[i], store.ErrNotFound)
		}
		i += k
	}
	return nil
}

// reportedBefore orders two stored events that a report fits equally well
// by their earliest reports (date, then URL): the store lists candidates
// in the order they were made, and the first of two equal candidates was
// the one whose report happened to come first. Two events of one
// earliest article (it told both) keep the order it made them in, its
// events' own order.
func reportedBefore(a, b *store.Event) bool {
	return cmp.Or(compareTimes(a.EarliestAt, b.EarliestAt), cmp.Compare(a.EarliestURL, b.EarliestURL), cmp.Compare(a.ID, b.ID)) < 0
}

// redateUndated dates stored event e, which a report that gives no date of
// its own (dated day, its article's report day) and reported at at has
// just joined, by that day when no report gives the event a date and the
// report is earlier than every other: an event no report dates is of its
// earliest report's day, as it is when the reports come oldest first (the
// first makes it, NewEvent, and the later ones have no say, see sharpen).
// Come newest first, the event kept the day of the first to arrive.
func redateUndated(ctx context.Context, tx store.Tx, e *store.Event, day, at time.Time) error {
	d := day.Format(time.DateOnly)
	if e.Precision != model.PrecisionDay || e.Date == d || e.EarliestAt == nil || !at.Before(*e.EarliestAt) {
		return nil
	}
	reports, err := eventReports(ctx, tx, e.ID)
	if err != nil {
		return err
	}
	for _, r := range reports {
		if r.Date != "" {
			return nil
		}
	}
	if err := tx.SetEventDate(ctx, e.ID, d, model.PrecisionDay); err != nil {
		return err
	}
	e.Date = d
	return nil
}
