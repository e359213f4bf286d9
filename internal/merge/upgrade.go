package merge

import (
	"context"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Upgrade puts article a, a fuller reading of the page of stored article
// id (its full text where only its feed's description could be read
// before), in place of what id holds, under the same id and URL
// (store.Tx.ReplaceArticleText: the old text's reports of events go, and
// the events they fed are counted anew or deleted), then merges a's
// events as Apply merges a new canonical article's, so that the store
// holds what it would had the page been read whole the first time (but
// for the article's id and ingest time). A syndicated copy takes the new
// text and, as a copy, reports no events. Bytes already stored under
// another URL are left there, and id as it is: Outcome.Skipped. The
// caller decides that a is the fuller reading: Upgrade replaces whatever
// it is given.
//
// The new text is not compared with other stored articles for a near
// duplicate: id keeps the duplicate link it had (none, for a
// description, which is too short to be judged).
func Upgrade(ctx context.Context, tx store.Tx, id int64, a *store.Article, opts Options) (Outcome, error) {
	opts = opts.withDefaults()
	other, err := tx.FindArticle(ctx, "", a.ContentHash)
	if err != nil {
		return Outcome{}, err
	}
	if other != 0 && other != id {
		return Outcome{ArticleID: id, Skipped: true}, nil
	}
	_, canonical, err := tx.CanonicalArticle(ctx, id)
	if err != nil {
		return Outcome{}, err
	}
	if a.IngestedAt.IsZero() {
		a.IngestedAt = opts.Now()
	}
	if err := tx.ReplaceArticleText(ctx, id, a); err != nil {
		return Outcome{}, err
	}
	out := Outcome{ArticleID: id}
	if !canonical {
		return out, nil
	}
	a.ID = id
	out.Merged, out.NewEvents, err = applyEvents(ctx, tx, id, a, opts)
	return out, err
}
