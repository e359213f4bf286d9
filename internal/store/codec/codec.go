// Package codec holds what every store backend writes alike: the
// compressed JSON blob of an article's analysis and the lookup keys of a
// merged event, and the rows both backends return alike (rows.go). It
// writes no SQL.
package codec

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// EventKeys are the event_keys rows of an event: "s:"/"t:" source/target,
// "a:" either side (each by actor id and by name), in store.FoldName form
// so a name matches however it is cased or accented, and "c:" either
// country in KeyLower form (see the SQLite migration 0002). For ASCII the
// two forms agree.
func EventKeys(e *store.Event) []string { return eventKeys(e, Key) }

// ASCIIEventKeys are the event_keys rows an older store wrote for e,
// before names were keyed by store.FoldName: all in KeyLower form. A
// migration that refolds an event's keys deletes these.
func ASCIIEventKeys(e *store.Event) []string {
	return eventKeys(e, func(prefix, v string) string {
		if v = KeyLower(v); v == "" {
			return ""
		}
		return prefix + v
	})
}

func eventKeys(e *store.Event, key func(prefix, v string) string) []string {
	seen := map[string]bool{}
	var keys []string
	add := func(prefix, v string) {
		k := key(prefix, v)
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		keys = append(keys, k)
	}
	for _, v := range []string{e.SourceActor, e.SourceName} {
		add("s:", v)
		add("a:", v)
	}
	for _, v := range []string{e.TargetActor, e.TargetName} {
		add("t:", v)
		add("a:", v)
	}
	add("c:", e.SourceCountry)
	add("c:", e.TargetCountry)
	return keys
}

// Key is the event_keys key of v under prefix ("s:", "t:", "a:" or
// "c:"), written and queried alike: "" for a blank v.
func Key(prefix, v string) string {
	if prefix == "c:" {
		v = KeyLower(v)
	} else {
		v = store.FoldName(v)
	}
	if v == "" {
		return ""
	}
	return prefix + v
}

// PartyColumns are the events columns of one side (actor, name, country,
// and the other side's actor) and its event_keys prefix, for
// Tx.SetEventParty; an error for a side that is neither.
func PartyColumns(side string) ([4]string, string, error) {
	switch side {
	case store.SideSource:
		return [4]string{"source_actor", "source_name", "source_country", "target_actor"}, "s:", nil
	case store.SideTarget:
		return [4]string{"target_actor", "target_name", "target_country", "source_actor"}, "t:", nil
	}
	return [4]string{}, "", fmt.Errorf("store: no event side %q", side)
}

// PartyKeys are the event_keys rows of one party (see EventKeys): prefix
// ("s:" or "t:") and "a:", by actor id and by name.
func PartyKeys(prefix, actorID, name string) []string {
	e := &store.Event{}
	if prefix == "s:" {
		e.SourceActor, e.SourceName = actorID, name
	} else {
		e.TargetActor, e.TargetName = actorID, name
	}
	return EventKeys(e)
}

// KeyLower trims and folds ASCII letters only, as SQLite's lower() and
// NOCASE and PostgreSQL's lower() under the "C" collation do, so keys
// written by Go, by a migration's backfill and by queries agree.
func KeyLower(s string) string {
	b := []byte(strings.TrimSpace(s))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// storedArticle is the JSON kept in articles.data. The body text is already
// in article_text; when the text, paragraphs and sentence texts can be
// rebuilt from it they are left out of the JSON (TextFromBody) so each
// article's text is written once.
type storedArticle struct {
	*model.Article
	TextFromBody bool `json:"_text_from_body,omitempty"`
}

// BlobMagic starts a deflate-compressed blob; plain JSON starts with '{'.
// The analysis JSON is several times the text (entities, dates, quotes,
// events with evidence) and compresses about fivefold.
const BlobMagic = "\x00z1"

// EncodeArticle is the articles.data blob of a, whose body text the store
// keeps beside it (see storedArticle).
func EncodeArticle(a *model.Article, body string) ([]byte, error) {
	sa := storedArticle{Article: a}
	if a.Text != "" && a.Text == body && strings.Join(a.Paragraphs, "\n\n") == a.Text && sentencesFromText(a) {
		slim := *a
		slim.Text, slim.Paragraphs = "", nil
		slim.Sentences = make([]model.Sentence, len(a.Sentences))
		for i, s := range a.Sentences {
			s.Text = ""
			slim.Sentences[i] = s
		}
		sa = storedArticle{Article: &slim, TextFromBody: true}
	}
	var buf bytes.Buffer
	buf.WriteString(BlobMagic)
	zw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	if err := json.NewEncoder(zw).Encode(sa); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sentencesFromText reports whether every sentence's text is the slice of
// the article text its offsets name.
func sentencesFromText(a *model.Article) bool {
	for _, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Text {
			return false
		}
	}
	return true
}

// DecodeArticle reads a blob EncodeArticle (or an older store, as plain
// JSON) wrote, rebuilding the text from body when it was left out.
func DecodeArticle(blob []byte, body string) (*model.Article, error) {
	sa := storedArticle{Article: &model.Article{}}
	if rest, ok := bytes.CutPrefix(blob, []byte(BlobMagic)); ok {
		zr := flate.NewReader(bytes.NewReader(rest))
		defer zr.Close()
		if err := json.NewDecoder(zr).Decode(&sa); err != nil {
			return nil, err
		}
	} else if err := json.Unmarshal(blob, &sa); err != nil {
		return nil, err
	}
	if sa.TextFromBody {
		a := sa.Article
		a.Text = body
		a.Paragraphs = strings.Split(body, "\n\n")
		for i := range a.Sentences {
			s := &a.Sentences[i]
			if s.Start >= 0 && s.End <= len(body) && s.Start <= s.End {
				s.Text = body[s.Start:s.End]
			}
		}
	}
	return sa.Article, nil
}

// RenewedActors is the first entry in a.Actors of each actor of renew that
// a lists (see store.Tx.ReplaceAnalysis).
func RenewedActors(a *model.Article, renew []string) []model.ActorRef {
	var out []model.ActorRef
	for _, id := range renew {
		for _, ar := range a.Actors {
			if ar.ID == id {
				out = append(out, ar)
				break
			}
		}
	}
	return out
}

// CountBucket names the event_counts rows (the timeline's counts kept as
// events are written) that answer Store.EventCounts for q, when they can,
// besides a quad class and dates, which any bucket answers: bucket "" for
// every event, or with min_sources 2 (corroborated: read the count of
// events of two sources or more); "type:" and the type (upper case) for
// one type, with or without min_sources 2; "k:" and the event_keys key of
// one actor, source, target or country filter, without min_sources. ok is
// false for any other filter (two of those, a type with a key, a sector,
// a place (Where), Asserted, an article, another min_sources), which the events themselves must
// answer.
func CountBucket(q store.EventQuery) (bucket string, corroborated, ok bool) {
	if strings.TrimSpace(q.Sector) != "" || strings.TrimSpace(q.Where) != "" || q.Asserted || q.Article != 0 || q.MinSources == 1 || q.MinSources > 2 {
		return "", false, false
	}
	var keys []string
	for _, k := range []string{Key("s:", q.Source), Key("t:", q.Target), Key("a:", q.Actor), Key("c:", q.Country)} {
		if k != "" {
			keys = append(keys, k)
		}
	}
	switch {
	case len(keys) > 1 || len(keys) == 1 && (q.Type != "" || q.MinSources != 0):
		return "", false, false
	case len(keys) == 1:
		return "k:" + keys[0], false, true
	case q.Type != "":
		bucket = "type:" + strings.ToUpper(q.Type)
	}
	return bucket, q.MinSources == 2, true
}

// ActorRanks are the event_actor_ranks keys of an event's keys (see
// EventKeys): its "a:", "s:" and "t:" keys, prefix included, each once.
// An actor, source or target filter in a sort other than date reads the
// range of its key.
func ActorRanks(keys []string) []string {
	var out []string
	for _, k := range keys {
		if RankedByActor(k) && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// RankedByActor reports whether event_actor_ranks keeps the events of
// event_keys key k: an actor on either side ("a:"), a source ("s:") or a
// target ("t:"); countries ("c:") have event_country_ranks.
func RankedByActor(k string) bool {
	for _, p := range []string{"a:", "s:", "t:"} {
		if rest, ok := strings.CutPrefix(k, p); ok && rest != "" {
			return true
		}
	}
	return false
}

// RankDriver is the key filter of q whose rank index drives a page in a
// sort other than date (Driver over sizes, the keys' capped counts or
// nil), "" for the date order or without a key filter. Both stores plan
// their sorted pages by it.
func RankDriver(q store.EventQuery, sizes []int) string {
	if q.Sort == "" || q.Sort == store.SortDate {
		return ""
	}
	return Driver(FilterKeys(q), sizes)
}

// FilterKeys are the event_keys keys of q's source, target, actor and
// country filters, in that order (blank filters left out).
func FilterKeys(q store.EventQuery) []string {
	var keys []string
	for _, k := range []struct{ prefix, v string }{{"s:", q.Source}, {"t:", q.Target}, {"a:", q.Actor}, {"c:", q.Country}} {
		if key := Key(k.prefix, k.v); key != "" {
			keys = append(keys, key)
		}
	}
	return keys
}

// DriverCap is how far Driver's caller counts each key's events: exact
// below it, "at least DriverCap" from it. Counting is a walk of the key's
// range of event_keys, so the cap bounds what choosing costs (about 0.1 ms
// on SQLite) while still telling a small party from a big one.
const DriverCap = 1000

// Driver picks which of keys (FilterKeys) drives a page in a sort other
// than date: the page walks the driver's rank index in the sort's order
// and tests the other keys on each event, so it reads about
// |driver| / |all keys' events| rows per row it returns, and every row of
// the driver when nothing matches. The smallest driver is best. sizes are
// the keys' event counts capped at DriverCap (nil when unknown); on a tie,
// or without sizes, a party key ("s:", "t:", "a:", in that order) before
// a country: an actor's events are rarely more than its country's, and a
// source's or target's are a part of the actor's.
func Driver(keys []string, sizes []int) string {
	if len(keys) == 0 {
		return ""
	}
	country := func(i int) bool { return strings.HasPrefix(keys[i], "c:") }
	better := func(i, j int) bool {
		if len(sizes) == len(keys) && sizes[i] != sizes[j] {
			return sizes[i] < sizes[j]
		}
		return !country(i) && country(j)
	}
	best := 0
	for i := 1; i < len(keys); i++ {
		if better(i, best) {
			best = i
		}
	}
	return keys[best]
}
