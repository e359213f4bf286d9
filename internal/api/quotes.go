package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/store"
)

// QuoteSpeaker is the quotes filter for a speaker as a user names it:
// the stored actor's id it resolves to (ResolveSpeaker), which is what
// quotes are filed under, else the words themselves (words) when they
// named the speaker of a stored quote that no one actor stands for
// ("officials", a joint speaker's "Germany and France":
// store.QuoteQuery.SpeakerWords); both "" for "". A name that neither
// finds is a FieldError on field, not an empty answer that reads as "said
// nothing"; a name several actors answer to is one that lists them
// (Candidates), for the user to pick an id.
func QuoteSpeaker(ctx context.Context, st store.Store, field, speaker string) (id, words string, err error) {
	id, candidates, err := ResolveSpeaker(ctx, st, speaker)
	switch {
	case err != nil:
		return "", "", fmt.Errorf("speaker %q: %w", speaker, err)
	case len(candidates) > 1:
		return "", "", &FieldError{Field: field, Msg: AmbiguousSpeaker(ActorParam(speaker), candidates), Candidates: candidates}
	case id == "" && ActorParam(speaker) != "":
		quoted, err := SpeakerWordsQuoted(ctx, st, ActorParam(speaker))
		if err != nil {
			return "", "", fmt.Errorf("speaker %q: %w", speaker, err)
		}
		if !quoted {
			return "", "", badField(field, "no stored actor has the id, name or alias %q, and no quote names its speaker so", ActorParam(speaker))
		}
		return "", ActorParam(speaker), nil
	}
	return id, "", nil
}

// SpeakerWordsQuoted reports whether words, whole and however cased or
// accented, named the speaker of a stored quote (whoever it is filed
// under): the last way a speaker's name is looked up, after every way
// to an actor (ResolveSpeaker), for a speaker no one actor stands for.
func SpeakerWordsQuoted(ctx context.Context, st store.Store, words string) (bool, error) {
	qs, err := st.Quotes(ctx, store.QuoteQuery{SpeakerWords: words, Limit: 1})
	if err != nil {
		return false, err
	}
	return len(qs) > 0, nil
}

// ResolveSpeaker finds the stored actor a user means by a speaker's name
// (an actor id, a name, or a graph node id, "name:" and a name), trying in
// order its id, its canonical name, the knowledge base's names of it, the
// words that named the speaker of a stored quote ("the Chinese
// president", "Xi") and a stored person's family name alone ("ERDOGAN"),
// however cased or accented (store.Speakers), and last an id that no
// stored actor has but a stored quote is filed under (exactly, as one of
// a joint speaker's actors). The first way
// that finds anyone decides: one actor is the answer (its id); several are
// returned as candidates (most mentioned first) and id is "". Nobody found
// is "", nil, nil.
func ResolveSpeaker(ctx context.Context, st store.Store, speaker string) (id string, candidates []store.SpeakerMatch, err error) {
	speaker = ActorParam(speaker)
	if speaker == "" {
		return "", nil, nil
	}
	// The knowledge base is loaded (once, a fraction of a second) only
	// when the name is no stored actor's id or canonical name: a command
	// given an id does not wait for it.
	matches, err := st.Speakers(ctx, speaker, nil)
	if err != nil {
		return "", nil, err
	}
	if len(matches) == 0 || matches[0].By == store.MatchWording || matches[0].By == store.MatchFamily {
		if aliases := kbAliases(speaker); len(aliases) > 0 {
			if matches, err = st.Speakers(ctx, speaker, aliases); err != nil {
				return "", nil, err
			}
		}
	}
	if len(matches) == 0 {
		// A joint speaker's actor ("the two governments": BRA.GOV and
		// ARG.GOV) need not be a stored actor, yet its quotes are filed
		// under its id, and the quotes and actor pages link that id as
		// a speaker: the filter was refused though a quote names it.
		qs, err := st.Quotes(ctx, store.QuoteQuery{Speaker: speaker, Limit: 1})
		if err != nil {
			return "", nil, err
		}
		if len(qs) > 0 {
			return speaker, nil, nil
		}
		return "", nil, nil
	}
	n := 1
	for n < len(matches) && matches[n].By == matches[0].By {
		n++
	}
	if n == 1 {
		return matches[0].ID, nil, nil
	}
	return "", matches[:n], nil
}

// ResolveEventActors resolves the actor, source and target filters of q
// that name no event's party as written, as a quote's speaker is found
// (ResolveSpeaker): events are keyed by their parties' ids and full names,
// so a person's family name alone ("ERDOGAN", "erdogan", "Xi") or another
// name the knowledge base knows an actor by found nothing. A filter that
// finds events as written is left as it is. Otherwise the one stored
// actor the name stands for is the filter (its id), and several are a
// FieldError listing them as candidates (API 400, CLI exit 2), as for an
// ambiguous speaker; none leaves the filter as written, finding nothing.
func ResolveEventActors(ctx context.Context, st store.Store, q *store.EventQuery) error {
	for _, f := range []struct {
		field string
		v     *string
	}{{"actor", &q.Actor}, {"source", &q.Source}, {"target", &q.Target}} {
		name := ActorParam(*f.v)
		if name == "" {
			continue
		}
		probe := store.EventQuery{Limit: 1}
		switch f.field {
		case "actor":
			probe.Actor = name
		case "source":
			probe.Source = name
		default:
			probe.Target = name
		}
		if evs, err := st.Events(ctx, probe); err != nil {
			return err
		} else if len(evs) > 0 {
			continue
		}
		id, candidates, err := ResolveSpeaker(ctx, st, name)
		switch {
		case err != nil:
			return fmt.Errorf("%s %q: %w", f.field, name, err)
		case len(candidates) > 1:
			return &FieldError{Field: f.field, Msg: AmbiguousSpeaker(name, candidates), Candidates: candidates}
		case id != "":
			*f.v = id
		}
	}
	return nil
}

// AmbiguousSpeaker says that speaker names each of candidates, with their
// ids, for the CLI's and the API's error.
func AmbiguousSpeaker(speaker string, candidates []store.SpeakerMatch) string {
	names := make([]string, len(candidates))
	for i, c := range candidates {
		names[i] = fmt.Sprintf("%s (%s)", c.Name, c.ID)
	}
	by := "name"
	if len(candidates) > 0 {
		by = candidates[0].By
	}
	return fmt.Sprintf("%q matches %d stored actors by %s; give one's id: %s", speaker, len(candidates), by, strings.Join(names, "; "))
}

// maxAliases caps the knowledge-base actors one name is looked up as: a
// common family name can name many persons, and the store is asked about
// each id.
const maxAliases = 50

// kbAliases are the ids of the knowledge-base actors known by name: those
// of which it is a name or alias ("US Commerce Department" is
// USA.GOV.DOC), at any date, then the persons of that family name ("Xi").
// None when the knowledge base does not load (it is embedded; the lookup
// then goes on by the store's names and words).
func kbAliases(name string) []string {
	k, err := kb.Load()
	if err != nil {
		return nil
	}
	key := kb.Normalize(name)
	var out []string
	seen := map[string]bool{}
	add := func(as []*kb.Actor) {
		for _, a := range as {
			if !seen[a.ID] && len(out) < maxAliases {
				seen[a.ID] = true
				out = append(out, a.ID)
			}
		}
	}
	add(k.LookupNorm(key, time.Time{}))
	// Every person of the family name, with none of the evidence a lone
	// family name in an article needs to be an office holder's
	// (kb.LoneSurname): a user who types "Castro" into the speaker search
	// means someone of that name, which is evidence enough of intent; the
	// store keeps only those it holds quotes of, and several are offered
	// as candidates to choose from, not taken for one.
	add(k.Surname(key))
	return out
}

// quoteParams are the parameters of the quotes listing.
var quoteParams = []string{"speaker", "article", "since", "until", "q", "limit", "offset", "cursor"}

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
	p.actor("speaker") // a bare "name:" is refused, not read as no speaker
	q := store.QuoteQuery{
		Article: int64(p.intRange("article", 0, 1, 1<<53)),
		Since:   p.day("since", false),
		Until:   p.day("until", true),
		Text:    quoteText(p),
	}
	// A span that ends before it starts matches nothing: refused, as
	// the events' and the timeline's are, rather than answered with an
	// empty list that reads as "nobody said anything then". Both are
	// YYYY-MM-DD here (a month or year is its first or last day), so
	// they compare as text; the message names them as given.
	if q.Since != "" && q.Until != "" && q.Since > q.Until {
		p.fail(badField("until", "until (%s) is before since (%s)", strings.TrimSpace(p.v.Get("until")), strings.TrimSpace(p.v.Get("since"))))
	}
	var pos cursor
	q.Limit, pos = p.page(50, listQuotes, "")
	if p.err != nil {
		return q, 0, p.err
	}
	// Quotes' cursors are keyset ones: an offset cursor (from another
	// listing) names no quote to start after. An offset parameter skips
	// that many quotes, as the other listings' offset does.
	if strings.TrimSpace(p.v.Get("cursor")) != "" && !pos.keyed() && pos.Offset > 0 {
		return q, 0, badField("cursor", "not a cursor of this listing: follow next")
	}
	q.After = pos.Quote
	if !pos.keyed() {
		q.Offset = pos.Offset
	}
	var err error
	if q.Speaker, q.SpeakerWords, err = QuoteSpeaker(ctx, st, "speaker", speaker); err != nil {
		return q, 0, err
	}
	return q, pos.Offset, nil
}

// quoteText reads the quotes' search text q. Control characters are no
// part of a quote: they part words as spaces do (a NUL cut the store's
// pattern short). A text with no letter or digit (q=%00, q=--) has no word
// to look for, and matched every quote, a list that reads as an answer:
// refused, as /api/articles refuses a search with no word. An absent or
// blank q is no filter.
func quoteText(p *params) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, p.str("q", 500))
	s = strings.Join(strings.Fields(s), " ")
	if s == "" && strings.TrimSpace(p.v.Get("q")) == "" {
		return ""
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		p.fail(badField("q", "%q has no word to look for (letters or digits)", p.v.Get("q")))
		return ""
	}
	return s
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
	page := newPage(r, quotes, q.Limit, before, func(last store.Quote, n int) (string, bool) {
		return QuotesCursor(last, n), true
	})
	if err := page.dropNextAfterLast(r.Context(), func(ctx context.Context) (bool, error) {
		return QuotesAfter(ctx, s.st, q, quotes[len(quotes)-1])
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page)
	return nil
}

// QuotesAfter tells whether the listing q has a quote after last (one
// row read by the keyset index), so that a full last page links to no
// empty page.
func QuotesAfter(ctx context.Context, st store.Store, q store.QuoteQuery, last store.Quote) (bool, error) {
	pos := last.Pos()
	q.After, q.Limit = &pos, 1
	next, err := st.Quotes(ctx, q)
	return len(next) > 0, err
}

// SpeakerNames maps the actor ids of joint speakers ("the two governments",
// "China and the U.S.": store.Quote.SpeakerIDs, model.Speaker.ActorIDs) to
// the actors' stored names, so that a page or a table names them ("Moldova
// government") as it names every other actor, rather than showing ids
// ("MDA.GOV, ROU.GOV"). An id the store does not know maps to "": the
// caller shows the id itself. The web pages and the CLI's quotes table share it,
// so that both name a joint speaker's actors alike.
func SpeakerNames(ctx context.Context, st store.Store, ids []string) (map[string]string, error) {
	names := map[string]string{}
	for _, id := range ids {
		if _, seen := names[id]; seen {
			continue
		}
		a, err := st.Actor(ctx, id)
		switch {
		case errors.Is(err, store.ErrNotFound):
			names[id] = ""
		case err != nil:
			return nil, fmt.Errorf("joint speaker %q: %w", id, err)
		default:
			names[id] = a.Name
		}
	}
	return names, nil
}
