package merge

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
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

// orderedArticle is a canonical article's place in the order merging takes
// the stored articles in (see mergeOrder).
type orderedArticle struct {
	id  int64
	at  time.Time
	url string
}

// mergeOrder lists the ids of the stored canonical articles in the order
// Remerge merges them: by report date (the publish date, else the
// reference date, else the ingest time: reportdate.Of), then by URL, then
// by id (two articles of one URL are not stored). Merging is greedy (a
// report joins the best stored event there is when it comes), so the
// order decides which report seeds an event and what later ones are
// matched against; an order of the articles' own dates and names makes
// the merged events a function of the stored articles, whatever order
// they were ingested in, and the same as ingesting them oldest first.
func mergeOrder(ctx context.Context, tx store.Tx) ([]int64, error) {
	var arts []orderedArticle
	after := int64(0)
	for {
		page, err := tx.CanonicalArticles(ctx, after, remergePage)
		if err != nil {
			return nil, err
		}
		if len(page) == 0 {
			break
		}
		for i := range page {
			a := &page[i]
			var ref *time.Time
			if a.Data != nil {
				ref = a.Data.ReferenceDate
			}
			arts = append(arts, orderedArticle{id: a.ID, at: reportdate.Of(a.Published, ref, a.IngestedAt), url: a.URL})
			after = a.ID
		}
	}
	slices.SortFunc(arts, func(a, b orderedArticle) int {
		return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.url, b.url), cmp.Compare(a.id, b.id))
	})
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.id
	}
	return ids, nil
}

// canonicalArticle reads stored canonical article id (one mergeOrder
// listed) with its analysis.
func canonicalArticle(ctx context.Context, tx store.Tx, id int64) (*store.Article, error) {
	arts, err := tx.CanonicalArticles(ctx, id-1, 1)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 || arts[0].ID != id {
		return nil, fmt.Errorf("merge: canonical article %d: %w", id, store.ErrNotFound)
	}
	return &arts[0], nil
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
