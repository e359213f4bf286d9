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
// text and, as a copy, reports no events. A canonical article whose new
// text is a near duplicate of another stored story (a wire story, open on
// another site) is linked to it as Apply links a new article: it becomes
// that story's copy (Outcome.DuplicateOf), or, published first, its
// original (Outcome.Replaced: the other becomes its copy and its reports
// id's). Bytes already stored under another URL are left there, and id
// as it is: Outcome.Skipped. The caller decides that a is the fuller
// reading: Upgrade replaces whatever it is given.
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
	var best *store.ArticleSig
	if canonical {
		if best, err = nearestCopy(ctx, tx, a, opts, id); err != nil {
			return Outcome{}, err
		}
	}
	if err := tx.ReplaceArticleText(ctx, id, a); err != nil {
		return Outcome{}, err
	}
	out := Outcome{ArticleID: id}
	switch {
	case !canonical:
		return out, nil
	case best != nil && reportsBefore(a, best):
		// As applyOriginal: the copy's reports become id's.
		out.Replaced = best.ID
		return out, tx.MakeCopy(ctx, best.ID, id)
	case best != nil:
		out.DuplicateOf = best.ID
		return out, tx.MakeCopy(ctx, id, best.ID)
	}
	a.ID = id
	out.Merged, out.NewEvents, err = applyEvents(ctx, tx, id, a, opts)
	return out, err
}
