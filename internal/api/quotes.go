package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"

	"github.com/newsgraph/newsgraph/internal/store"
)

// SpeakerID resolves a speaker given by actor id or name (or a graph node
// id, "name:" and a name) to the stored actor's id, which is what quotes
// are filed under: "" for "". An actor the store does not know is a
// FieldError on field, not an empty answer that reads as "said nothing".
func SpeakerID(ctx context.Context, st store.Store, field, speaker string) (string, error) {
	speaker = ActorParam(speaker)
	if speaker == "" {
		return "", nil
	}
	a, err := st.Actor(ctx, speaker)
	if errors.Is(err, store.ErrNotFound) {
		return "", badField(field, "no stored actor has the id or name %q", speaker)
	}
	if err != nil {
		return "", fmt.Errorf("speaker %q: %w", speaker, err)
	}
	return a.ID, nil
}

// quoteParams are the parameters of the quotes listing.
var quoteParams = []string{"speaker", "article", "since", "until", "q", "limit", "cursor"}

// QuoteParams are the parameters ParseQuotePage takes; any other is an
// error there.
func QuoteParams() []string { return slices.Clone(quoteParams) }

// ParseQuotePage validates the /api/quotes parameters, for other front
// ends such as the web UI: the query (the speaker resolved to its actor
// id) and the quotes before the page (a cursor's count). A bad value is a
// *FieldError.
func ParseQuotePage(ctx context.Context, st store.Store, v url.Values) (store.QuoteQuery, int, error) {
	p := newParams(v, quoteParams...)
	speaker := p.str("speaker", 200)
	q := store.QuoteQuery{
		Article: int64(p.intRange("article", 0, 1, 1<<53)),
		Since:   p.day("since"),
		Until:   p.day("until"),
		Text:    p.str("q", 500),
	}
	var pos cursor
	q.Limit, pos = p.page(50, listQuotes, "")
	if p.err != nil {
		return q, 0, p.err
	}
	// Quotes page by keyset only: an offset cursor (from another listing)
	// names no quote to start after.
	if !pos.keyed() && pos.Offset > 0 {
		return q, 0, badField("cursor", "not a cursor of this listing: follow next")
	}
	q.After = pos.Quote
	var err error
	if q.Speaker, err = SpeakerID(ctx, st, "speaker", speaker); err != nil {
		return q, 0, err
	}
	return q, pos.Offset, nil
}

// QuotesCursor is the cursor of the page of quotes after the one that ends
// with last, with offset quotes before that page: /api/quotes' next_cursor.
func QuotesCursor(last store.Quote, offset int) string {
	qp := last.Pos()
	c, _ := encodeKeyCursor(cursor{List: listQuotes, Offset: offset, Quote: &qp})
	return c // a quote's position has no float to fail on
}

// listQuotes answers GET /api/quotes: who said what, newest article first.
func (s *Server) listQuotes(w http.ResponseWriter, r *http.Request) error {
	q, before, err := ParseQuotePage(r.Context(), s.st, r.URL.Query())
	if err != nil {
		return err
	}
	quotes, err := s.st.Quotes(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newPage(r, quotes, q.Limit, before, func(last store.Quote, n int) (string, bool) {
		return QuotesCursor(last, n), true
	}))
	return nil
}
