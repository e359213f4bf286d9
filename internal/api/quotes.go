package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"

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

// listQuotes answers GET /api/quotes: who said what, newest article first.
func (s *Server) listQuotes(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL.Query(), "speaker", "article", "since", "until", "q", "limit", "cursor")
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
		return p.err
	}
	// Quotes page by keyset only: an offset cursor (from another listing)
	// names no quote to start after.
	if !pos.keyed() && pos.Offset > 0 {
		return badField("cursor", "not a cursor of this listing: follow next")
	}
	q.After = pos.Quote
	var err error
	if q.Speaker, err = SpeakerID(r.Context(), s.st, "speaker", speaker); err != nil {
		return err
	}
	quotes, err := s.st.Quotes(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newPage(r, quotes, q.Limit, pos.Offset, func(last store.Quote, n int) (string, bool) {
		qp := last.Pos()
		return encodeKeyCursor(cursor{List: listQuotes, Offset: n, Quote: &qp})
	}))
	return nil
}
