package runner

import (
	"context"
	"errors"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// DefaultUpgradeWindow is how long after it was stored an article read
// only from its feed's description (a paywall, a teaser, a page that could
// not be fetched) has its page fetched again when the feed offers the item
// again or its URL is ingested again (Config.UpgradeWindow): a paywall
// lifted, an embargo over, a page that was not up yet when the feed
// announced it. Past it the page is taken to stay as it was, and the item
// is skipped as stored, unfetched.
const DefaultUpgradeWindow = 72 * time.Hour

// upgrade is a stored article that an item may replace.
type upgrade struct {
	id int64
	// chars is the length of its stored text, in characters: the page
	// read again must say more to take its place.
	chars int
}

// describedStored is the article stored under it.URL when it was read
// from its feed's description and the item fetches that URL again within
// window of storing it; nil for any other item or article, and when window
// is not positive (upgrades turned off).
func describedStored(ctx context.Context, st store.Store, it Item, now time.Time, window time.Duration) (*upgrade, error) {
	if window <= 0 || it.Ref == nil || !ingest.IsURL(it.Ref.Location) || it.Load == nil {
		return nil, nil
	}
	// Only an item that may have been stored from a description is looked
	// up (a read of the whole article): a feed's link that carries one, or
	// a URL named to ingest. A changed feed offers every item it lists
	// again, most of them stored whole.
	if it.Kind != KindURL && it.Ref.Hints[ingest.HintFeedText] == "" {
		return nil, nil
	}
	a, err := st.ArticleByURL(ctx, it.URL)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil // stored by its bytes under another URL
	}
	if err != nil {
		return nil, err
	}
	if !ingest.DescribedArticle(a.Data) || now.Sub(a.IngestedAt) > window {
		return nil, nil
	}
	return &upgrade{id: a.ID, chars: utf8.RuneCountInString(a.Text)}, nil
}

// fuller reports a page read again (doc, extracted, with the extraction's
// err) that holds the article the description stood in for: it was
// fetched (no description in its place again), extraction found body
// text, and more of it than the stored text has. A description is never
// put in the place of a stored article, and a stored article never in the
// place of a longer one.
func (u *upgrade) fuller(doc *model.Document, err error) bool {
	if err != nil || doc == nil || doc.Article == nil || ingest.IsDescriptionDocument(doc) || noBody(doc) {
		return false
	}
	return utf8.RuneCountInString(doc.Article.Text) > u.chars
}
