package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// quote builds a model quote for tests; speakerID "" leaves the speaker
// unresolved, speaker "" leaves it unknown.
func quote(text, speaker, speakerID, conduit, audience string) model.Quote {
	q := model.Quote{Text: text, Kind: model.QuoteDirect}
	if speaker != "" {
		q.Speaker = &model.Speaker{Text: speaker, ActorID: speakerID}
	}
	if conduit != "" {
		q.Conduit = &model.Speaker{Text: conduit}
	}
	if audience != "" {
		q.Audience = &model.Speaker{Text: audience}
	}
	return q
}

// quoteKeys names quotes as "article id/seq" for comparisons.
func quoteKeys(qs []store.Quote) []string {
	out := []string{}
	for _, q := range qs {
		out = append(out, fmt.Sprintf("%d/%d", q.ArticleID, q.Seq))
	}
	return out
}

// testQuotes stores four articles (two dated, one with only a reference
// date, one with only its ingest time) and a syndicated copy, all quoting
// one harbour master, and lists their quotes by speaker, article, dates
// and words, page by page. The undated are listed and filtered by their
// report date, as an event's reports are, not last and never in a range.
func testQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	a1 := article("https://example.test/q1", "gazette.test", "Harbour to reopen", "The harbour master spoke.", "2024-03-02T09:00:00Z")
	a1.Data.Quotes = []model.Quote{
		quote("We will reopen the north quay by spring", "Marta Olsen", "Q_OLSEN", "the Harbour Gazette", ""),
		quote("Nobody told us anything", "a dock worker", "", "", ""),
	}
	a2 := article("https://example.test/q2", "courier.test", "Fleet waits", "The council met.", "2024-03-05T12:00:00Z")
	a2.Data.Quotes = []model.Quote{
		quote("The fishing fleet can wait two more weeks, 100% sure", "Olsen", "Q_OLSEN", "", "the port council"),
	}
	a3 := article("https://example.test/q3", "notes.test", "Undated note", "A note without a date.", "")
	a3.Data.Quotes = []model.Quote{quote("Spring comes late this year", "Olsen", "Q_OLSEN", "", "")}
	a3.Data.ReferenceDate = ptime("2024-03-04T08:00:00Z")
	a4 := article("https://example.test/q4", "board.test", "Notice", "A notice without a date.", "")
	a4.Data.Quotes = []model.Quote{quote("Berths are assigned by lot", "Olsen", "Q_OLSEN", "", "")}
	a4.IngestedAt = *ptime("2024-03-03T18:00:00Z")
	insert(t, s, a1, a2, a3, a4)
	dup := article("https://example.test/q1-copy", "copy.test", "Harbour to reopen", "The harbour master spoke.", "2024-03-06T09:00:00Z")
	dup.ContentHash = "hash:copy"
	dup.DuplicateOf = a1.ID
	dup.Data.Quotes = a1.Data.Quotes
	insert(t, s, dup)

	k := func(a *store.Article, seq int) string { return fmt.Sprintf("%d/%d", a.ID, seq) }
	for _, c := range []struct {
		name string
		q    store.QuoteQuery
		want []string
	}{
		{"all, newest report date first, copies left out", store.QuoteQuery{}, []string{k(a2, 0), k(a3, 0), k(a4, 0), k(a1, 0), k(a1, 1)}},
		{"by speaker", store.QuoteQuery{Speaker: "Q_OLSEN"}, []string{k(a2, 0), k(a3, 0), k(a4, 0), k(a1, 0)}},
		{"unknown speaker", store.QuoteQuery{Speaker: "Q_NOBODY"}, []string{}},
		{"by article", store.QuoteQuery{Article: a1.ID}, []string{k(a1, 0), k(a1, 1)}},
		{"since (inclusive)", store.QuoteQuery{Since: "2024-03-05"}, []string{k(a2, 0)}},
		{"until (inclusive)", store.QuoteQuery{Speaker: "Q_OLSEN", Until: "2024-03-02"}, []string{k(a1, 0)}},
		{"a day, by reference date", store.QuoteQuery{Since: "2024-03-04", Until: "2024-03-04"}, []string{k(a3, 0)}},
		{"a day, by ingest time", store.QuoteQuery{Since: "2024-03-03", Until: "2024-03-03"}, []string{k(a4, 0)}},
		{"words, any case, any order", store.QuoteQuery{Text: "FLEET fishing"}, []string{k(a2, 0)}},
		{"a word missing", store.QuoteQuery{Text: "fleet spring"}, []string{}},
		{"LIKE wildcards are plain characters", store.QuoteQuery{Text: "%"}, []string{k(a2, 0)}},
		{"underscore is not a wildcard", store.QuoteQuery{Text: "we_will"}, []string{}},
		{"limit", store.QuoteQuery{Limit: 2}, []string{k(a2, 0), k(a3, 0)}},
	} {
		got, err := s.Quotes(ctx, c.q)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if keys := quoteKeys(got); !slices.Equal(keys, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, keys, c.want)
		}
	}

	got, err := s.Quotes(ctx, store.QuoteQuery{Article: a2.ID})
	if err != nil || len(got) != 1 {
		t.Fatalf("article 2: %v, %v", got, err)
	}
	if g := got[0]; g.Speaker != "Olsen" || g.SpeakerID != "Q_OLSEN" || g.Audience != "the port council" || g.Conduit != "" ||
		g.URL != a2.URL || g.Title != a2.Title || g.Site != "courier.test" || g.Published == nil || !g.Published.Equal(*a2.Published) ||
		g.Kind != model.QuoteDirect || g.Text != a2.Data.Quotes[0].Text ||
		g.ReportDate == nil || !g.ReportDate.Equal(*a2.Published) || g.ReportDateSource != "published" {
		t.Errorf("article 2's quote: %+v", g)
	}
	// Which date places an undated article's quote, and that it is not
	// given as the publish date.
	for _, c := range []struct {
		a      *store.Article
		date   string
		source string
	}{{a3, "2024-03-04T08:00:00Z", "reference"}, {a4, "2024-03-03T18:00:00Z", "ingested"}} {
		got, err := s.Quotes(ctx, store.QuoteQuery{Article: c.a.ID})
		if err != nil || len(got) != 1 {
			t.Fatalf("article %s: %v, %v", c.a.URL, got, err)
		}
		if g := got[0]; g.Published != nil || g.ReportDate == nil || !g.ReportDate.Equal(*ptime(c.date)) || g.ReportDateSource != c.source {
			t.Errorf("quote of %s: published %v, report date %v (%s); want none, %s (%s)", c.a.URL, g.Published, g.ReportDate, g.ReportDateSource, c.date, c.source)
		}
	}
	if got, err := s.Quotes(ctx, store.QuoteQuery{Article: a1.ID, Limit: 1}); err != nil || len(got) != 1 || got[0].Conduit != "the Harbour Gazette" {
		t.Errorf("article 1's first quote: %+v, %v; want the Gazette for conduit", got, err)
	}

	// Page by page, one quote a page, each page after the last one's
	// position: the whole listing, nothing repeated or lost, through a
	// dated article with two quotes and past the undated ones.
	all, err := s.Quotes(ctx, store.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var paged []store.Quote
	q := store.QuoteQuery{Limit: 1}
	for range 10 {
		page, err := s.Quotes(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, page...)
		pos := page[0].Pos()
		q.After = &pos
	}
	if !slices.Equal(quoteKeys(paged), quoteKeys(all)) {
		t.Errorf("paged %v, want %v", quoteKeys(paged), quoteKeys(all))
	}
	// Every offset, into the listing and past its end, skips that many
	// quotes of the whole listing.
	for off := range len(all) + 2 {
		want := quoteKeys(all[min(off, len(all)):min(off+2, len(all))])
		got, err := s.Quotes(ctx, store.QuoteQuery{Limit: 2, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(quoteKeys(got), want) {
			t.Errorf("offset %d: %v, want %v", off, quoteKeys(got), want)
		}
	}

	for _, bad := range []store.QuoteQuery{{Since: "March"}, {Until: "2024-13-01"}} {
		if _, err := s.Quotes(ctx, bad); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%+v: %v, want ErrBadQuery", bad, err)
		}
	}

	// ReplaceAnalysis (reanalyze) stores the quotes anew, conduit and
	// audience included: how rows stored before those columns get them.
	data := *a3.Data
	data.Quotes = []model.Quote{quote("Spring comes late this year", "Olsen", "Q_OLSEN", "Radio Harbour", "the crews")}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceAnalysis(ctx, a3.ID, &data, nil) }); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Quotes(ctx, store.QuoteQuery{Article: a3.ID}); err != nil || len(got) != 1 || got[0].Conduit != "Radio Harbour" || got[0].Audience != "the crews" {
		t.Errorf("after ReplaceAnalysis: %+v, %v", got, err)
	}
	// The quotes a dated article's new analysis stores keep its publish
	// time: in date order for their speaker and found by dates.
	data = *a1.Data
	data.Quotes = []model.Quote{quote("The north quay reopens in spring", "Marta Olsen", "Q_OLSEN", "", "")}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceAnalysis(ctx, a1.ID, &data, nil) }); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q    store.QuoteQuery
		want []string
	}{
		{store.QuoteQuery{Speaker: "Q_OLSEN"}, []string{k(a2, 0), k(a3, 0), k(a4, 0), k(a1, 0)}},
		{store.QuoteQuery{Speaker: "Q_OLSEN", Until: "2024-03-02"}, []string{k(a1, 0)}},
	} {
		if got, err := s.Quotes(ctx, c.q); err != nil || !slices.Equal(quoteKeys(got), c.want) {
			t.Errorf("after ReplaceAnalysis of a dated article, %+v: %v, %v; want %v", c.q, quoteKeys(got), err, c.want)
		}
	}
	// A new analysis that reads the undated article against another
	// reference date moves its quotes to that date.
	data = *a3.Data
	data.ReferenceDate = ptime("2024-03-01T07:00:00Z")
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ReplaceAnalysis(ctx, a3.ID, &data, nil) }); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "Q_OLSEN", Until: "2024-03-02"}); err != nil || !slices.Equal(quoteKeys(got), []string{k(a1, 0), k(a3, 0)}) {
		t.Errorf("after a new reference date: %v, %v; want %v", quoteKeys(got), err, []string{k(a1, 0), k(a3, 0)})
	}
}

// testSpeakers stores actors and quotes and looks speakers up the ways a
// user names them: by id, canonical name, knowledge-base alias and the
// words that named the speaker, case-insensitively, each actor at the
// first way that finds it, and several actors of one name all listed.
func testSpeakers(t *testing.T, s store.Store) {
	ctx := context.Background()
	a1 := article("https://example.test/s1", "gazette.test", "Export rules", "The ministry spoke.", "2024-05-02T09:00:00Z")
	a1.Data.Actors = []model.ActorRef{
		{ID: "Q_TRADE", Name: "Department of Trade", Type: "organisation"},
		{ID: "Q_LEE", Name: "Ana Lee", Type: "person"},
		{ID: "Q_ORCA_SHIP", Name: "Orca", Type: "organisation"},
	}
	a1.Data.Quotes = []model.Quote{
		quote("The rules take effect in June", "a Trade Department spokeswoman", "Q_TRADE", "", ""),
		quote("We were not consulted", "the harbour chief", "Q_LEE", "", ""),
		quote("Nothing changes for us", "the harbour chief", "Q_ORCA_SHIP", "", ""),
		quote("Ask the ministry", "a clerk", "", "", ""),
	}
	a2 := article("https://example.test/s2", "courier.test", "Shipping", "The firm spoke.", "2024-05-03T09:00:00Z")
	a2.Data.Actors = []model.ActorRef{
		{ID: "Q_ORCA_SHIP", Name: "Orca", Type: "organisation"},
		{ID: "Q_ORCA_BAND", Name: "ORCA", Type: "organisation"},
		{ID: "Q_LEE", Name: "Ana Lee", Type: "person"},
	}
	a2.Data.Quotes = []model.Quote{quote("Ana Lee is right", "Ana Lee", "Q_LEE", "", "")}
	a3 := article("https://example.test/s3", "courier.test", "Summit", "The leaders spoke.", "2024-05-04T09:00:00Z")
	a3.Data.Actors = []model.ActorRef{
		{ID: "Q_ERDOGAN", Name: "Recep Tayyip Erdoğan", Type: "person", Country: "TUR"},
		{ID: "Q_XI", Name: "Xi Jinping", Type: "person", Country: "CHN"},
		{ID: "Q_BO_LEE", Name: "Bo Lee", Type: "person"},
		{ID: "Q_DURAND", Name: "Claire Durand", Type: "person", Country: "FRA"},
		{ID: "Q_GREEN", Name: "Green Party", Type: "organisation"},
	}
	a3.Data.Quotes = []model.Quote{quote("Nous verrons", "la présidente", "Q_DURAND", "", "")}
	insert(t, s, a1, a2, a3)

	for _, c := range []struct {
		name, speaker string
		aliases       []string
		want          []string // id/way
	}{
		{"id", "Q_TRADE", nil, []string{"Q_TRADE/id"}},
		{"canonical name, any case", "department of TRADE", nil, []string{"Q_TRADE/name"}},
		{"alias ids the store holds", "Trade Ministry", []string{"Q_NOT_STORED", "Q_TRADE"}, []string{"Q_TRADE/alias"}},
		{"the words of a quote's speaker, any case", "A TRADE department Spokeswoman", nil, []string{"Q_TRADE/wording"}},
		{"words naming two speakers: both, most mentioned first", "The Harbour Chief", nil, []string{"Q_LEE/wording", "Q_ORCA_SHIP/wording"}},
		{"one name, two actors: both, most mentioned first", "orca", nil, []string{"Q_ORCA_SHIP/name", "Q_ORCA_BAND/name"}},
		{"each actor once, at its first way", "Ana Lee", []string{"Q_LEE"}, []string{"Q_LEE/name"}},
		{"the ways in order", "Q_LEE", []string{"Q_TRADE"}, []string{"Q_LEE/id", "Q_TRADE/alias"}},
		{"words of an unresolved speaker name no actor", "a clerk", nil, []string{}},
		{"nobody", "Nobody Known", nil, []string{}},
		{"a part of the words is not them", "harbour", nil, []string{}},
		{"spaces around", "  Q_TRADE ", nil, []string{"Q_TRADE/id"}},
		{"the words of a quote's speaker, other letters' case", "LA PRÉSIDENTE", nil, []string{"Q_DURAND/wording"}},
		{"the words of a quote's speaker, without accents", "La Presidente", nil, []string{"Q_DURAND/wording"}},
		{"a person's family name, any case, without accents", "ERDOGAN", nil, []string{"Q_ERDOGAN/family"}},
		{"a person's family name as written", "Erdoğan", nil, []string{"Q_ERDOGAN/family"}},
		{"a family name written first", "xi", nil, []string{"Q_XI/family"}},
		{"the given name after it is not the family name", "Jinping", nil, []string{}},
		{"a given name is not the family name", "recep", nil, []string{}},
		{"one family name, two persons: both, most mentioned first", "LEE", nil, []string{"Q_LEE/family", "Q_BO_LEE/family"}},
		{"an organisation's last word is no family name", "party", nil, []string{}},
	} {
		got, err := s.Speakers(ctx, c.speaker, c.aliases)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		keys := []string{}
		for _, m := range got {
			keys = append(keys, m.ID+"/"+m.By)
		}
		if !slices.Equal(keys, c.want) {
			t.Errorf("%s: Speakers(%q, %q) = %v, want %v", c.name, c.speaker, c.aliases, keys, c.want)
		}
	}
	got, err := s.Speakers(ctx, "Department of Trade", nil)
	if err != nil || len(got) != 1 || got[0].Name != "Department of Trade" || got[0].Type != "organisation" || got[0].Articles != 1 {
		t.Errorf("Speakers(Department of Trade) = %+v, %v; want the actor with its name, type and article count", got, err)
	}
}

// testQuoteWordsAnyCase: the words of a quote filter match in any case in
// every script, on every backend alike (SQLite's LIKE folded ASCII
// only; PostgreSQL's ILIKE folds by the server's locale, only ASCII under
// the C locale).
func testQuoteWordsAnyCase(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := article("https://example.test/fold", "gazette.test", "Palace replies", "The palace replied.", "2024-06-01T09:00:00Z")
	a.Data.Quotes = []model.Quote{
		quote("L'ÉLYSÉE n'a pas répondu", "a spokesman", "", "", ""),
		quote("Η ΑΘΗΝΑ περιμένει", "a minister", "", "", ""),
		quote("Straße bleibt zu", "the mayor", "", "", ""),
	}
	insert(t, s, a)
	k := func(seq int) string { return fmt.Sprintf("%d/%d", a.ID, seq) }
	for _, c := range []struct {
		text string
		want []string
	}{
		{"élysée", []string{k(0)}},
		{"RÉPONDU l'élysée", []string{k(0)}},
		{"αθηνα", []string{k(1)}},
		{"ΠΕΡΙΜΈΝΕΙ", []string{k(1)}},
		{"STRASSE", []string{}}, // simple folding: ß is not ss
		{"STRAẞE", []string{k(2)}},
		{"elysee", []string{}}, // case, not accents
	} {
		got, err := s.Quotes(ctx, store.QuoteQuery{Text: c.text})
		if err != nil {
			t.Errorf("%q: %v", c.text, err)
			continue
		}
		if keys := quoteKeys(got); !slices.Equal(keys, c.want) {
			t.Errorf("words %q: got %v, want %v", c.text, keys, c.want)
		}
	}
}
