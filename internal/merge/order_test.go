package merge

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// orderDoc is an article of its own URL and bytes, published at pub
// (RFC 3339), that reports evs (their ids e1, e2, ... in order).
func orderDoc(t *testing.T, url, pub string, evs ...model.Event) *model.Document {
	t.Helper()
	p, err := time.Parse(time.RFC3339, pub)
	if err != nil {
		t.Fatal(err)
	}
	for i := range evs {
		evs[i].ID = fmt.Sprintf("e%d", i+1)
		evs[i].Evidence = []model.Evidence{{Sentence: i, Text: fmt.Sprintf("%s sentence %d", url, i), Trigger: "t"}}
	}
	return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &p, Events: evs}}
}

// orderEvent is a main-clause report (confidence 1) of typ between src
// and tgt dated date ("" for none; a month "2025-03"), at place (text,
// actor id, country; none when text is "").
func orderEvent(typ, cameo string, src, tgt []model.EventActor, date string, place ...string) model.Event {
	ev := model.Event{Type: typ, CAMEO: cameo, Source: src, Target: tgt, Confidence: 1, QuadClass: 1}
	switch len(date) {
	case len(time.DateOnly):
		ev.Date, ev.Precision = date, model.PrecisionDay
	case len("2006-01"):
		ev.Date, ev.Precision = date, model.PrecisionMonth
	}
	if len(place) == 3 && place[0] != "" {
		ev.Location = &model.EventActor{Text: place[0], ActorID: place[1], Country: place[2]}
	}
	return ev
}

// canonicalEvents dumps the stored events without what names or dates
// their storing (ids, first-seen times): each event's key, type, parties,
// date, span, place, polarity, modality and counters, and the reports
// (URL#article event) it holds, one line an event, sorted. (The store
// breaks a tie of two earliest reports of one instant by article id, the
// order they were stored in: earliest_url is left out.)
func canonicalEvents(t *testing.T, s store.Store) string {
	t.Helper()
	var lines []string
	for _, e := range eventsWithReports(t, s) {
		lines = append(lines, fmt.Sprintf("%s %s %s(%s)->%s(%s) %s/%s %s..%s at %q %s %s %s sources=%d articles=%d mentions=%d %v",
			e.Key, e.Type, e.SourceActor, e.SourceName, e.TargetActor, e.TargetName, e.Date, e.Precision, e.DateFrom, e.DateTo,
			e.Location+"|"+e.LocationActor+"|"+e.LocationCountry, e.Polarity, e.Modality, e.CAMEO,
			e.NumSources, e.NumArticles, e.NumMentions, e.reports))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// orderCorpus is a small news day written for the test: several outlets
// report three events in different words and dates, and a few unrelated
// ones. Its articles are listed oldest first.
func orderCorpus(t *testing.T) []*model.Document {
	chn := []model.EventActor{{Text: "China", ActorID: "CHN", Country: "CHN"}}
	wang := []model.EventActor{{Text: "Wang Yi", ActorID: "person:wang_yi", Country: "CHN"}}
	ministry := []model.EventActor{{Text: "China's foreign ministry", ActorID: "CHN.GOV", Country: "CHN", Sector: "government"}}
	phl := []model.EventActor{{Text: "the Philippines", ActorID: "PHL", Country: "PHL"}}
	kst := []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}}
	vlm := []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}}
	rus := []model.EventActor{{Text: "Russia", ActorID: "RUS", Country: "RUS"}}
	kharkiv := []model.EventActor{{Text: "Kharkiv", ActorID: "city:UKR:kharkiv", Country: "UKR"}}
	ind := []model.EventActor{{Text: "India", ActorID: "IND", Country: "IND"}}
	pak := []model.EventActor{{Text: "Pakistan", ActorID: "PAK", Country: "PAK"}}
	accuse := func(src []model.EventActor, date string, place ...string) model.Event {
		return orderEvent("ACCUSE", "112", src, phl, date, place...)
	}
	agree := func(a, b []model.EventActor, date string) model.Event { return orderEvent("AGREE", "030", a, b, date) }
	strike := func(date string, place ...string) model.Event {
		return orderEvent("ASSAULT", "195", rus, kharkiv, date, place...)
	}
	return []*model.Document{
		// China accuses the Philippines on March 4, told by the minister,
		// the country and the ministry, one outlet a day off; where it was
		// said is told two ways, and the place two outlets give wins.
		orderDoc(t, "https://north.example/a1", "2025-03-04T10:00:00Z", accuse(wang, "2025-03-04", "Beijing", "city:CHN:beijing", "CHN")),
		// Two outlets published at one minute, each dating the strike on
		// Kharkiv to another day and placing it differently: a tie that
		// the earliest report breaks, and here both are earliest.
		orderDoc(t, "https://south.example/c1", "2025-03-04T12:00:00Z", strike("2025-03-04", "Kharkiv", "city:UKR:kharkiv", "UKR")),
		orderDoc(t, "https://east.example/c2", "2025-03-04T12:00:00Z", strike("2025-03-03", "Kharkiv oblast", "", "UKR"),
			accuse(chn, "2025-03-04", "Manila", "city:PHL:manila", "PHL")),
		orderDoc(t, "https://west.example/a3", "2025-03-05T08:00:00Z", accuse(ministry, "2025-03-05", "Beijing", "city:CHN:beijing", "CHN")),
		// Kestria and Volmark agree, told both ways round, and by one
		// outlet only to its month.
		orderDoc(t, "https://north.example/b1", "2025-03-06T09:00:00Z", agree(kst, vlm, "2025-03-06")),
		orderDoc(t, "https://south.example/b2", "2025-03-07T07:30:00Z", agree(vlm, kst, "2025-03-06"),
			// Unrelated: India sanctions Pakistan.
			orderEvent("SANCTION", "163", ind, pak, "2025-03-07")),
		orderDoc(t, "https://east.example/b3", "2025-03-10T16:00:00Z", agree(kst, vlm, "2025-03")),
		// Near miss: China accuses the Philippines again two weeks later,
		// outside the window: another event.
		orderDoc(t, "https://west.example/a9", "2025-03-20T08:00:00Z", accuse(chn, "2025-03-20")),
	}
}

// permutations are orders to ingest n articles in: oldest first, newest
// first, and a few drawn from fixed seeds.
func permutations(n int) [][]int {
	ident := make([]int, n)
	for i := range ident {
		ident[i] = i
	}
	rev := slices.Clone(ident)
	slices.Reverse(rev)
	out := [][]int{ident, rev}
	for seed := range uint64(4) {
		p := slices.Clone(ident)
		r := rand.New(rand.NewPCG(seed+1, 7))
		r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
		out = append(out, p)
	}
	return out
}

// Merged events depend on the articles, not on the order they were
// ingested in: the same articles ingested in any order and remerged (in
// one transaction, or in batches) give the events of ingesting them oldest
// first, alike in their clusters of reports, num_sources, dates, places,
// types and parties (ids and first-seen times aside).
func TestMergeDoesNotDependOnIngestOrder(t *testing.T) {
	runIngestOrder(t, func(t *testing.T) store.Store { return openStore(t) }, len(permutations(1)))
}

// On PostgreSQL (the same rules; its store lists candidates and reports
// by its own plans), newest first.
func TestMergeDoesNotDependOnIngestOrderPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("two PostgreSQL stores, three remerges")
	}
	runIngestOrder(t, openPostgres, 2)
}

// runIngestOrder ingests orderCorpus oldest first into a store open gives,
// checks the events are those expected, and that the first n orders of
// permutations (oldest first among them), each ingested into a fresh store
// and remerged, give the same events.
func runIngestOrder(t *testing.T, open func(t *testing.T) store.Store, n int) {
	docs := orderCorpus(t)
	s := open(t)
	applyAll(t, s, docs...)
	want := canonicalEvents(t, s)
	// The oldest-first merge is the one expected: three events of several
	// outlets whole, ties of day and place gone to the first URL of the
	// minute both outlets published in, the near miss apart.
	for _, sub := range []string{
		"[https://east.example/c2#e2 https://north.example/a1#e1 https://west.example/a3#e1]",
		"[https://east.example/b3#e1 https://north.example/b1#e1 https://south.example/b2#e1]",
		"[https://east.example/c2#e1 https://south.example/c1#e1]",
		"[https://west.example/a9#e1]",
		"[https://south.example/b2#e2]",
	} {
		if !strings.Contains(want, sub) {
			t.Fatalf("oldest first, no event of reports %s:\n%s", sub, want)
		}
	}
	if n := strings.Count(want, "\n") + 1; n != 5 {
		t.Fatalf("oldest first, %d events, want 5:\n%s", n, want)
	}
	for _, line := range strings.Split(want, "\n") {
		// The strike: one source each for March 3 and 4 and for each
		// place; the tie goes to the report of the first URL of the
		// instant both were published at, east.example's.
		if strings.HasPrefix(line, "ASSAULT") && !strings.Contains(line, `2025-03-03/day .. at "Kharkiv oblast||UKR"`) {
			t.Errorf("the strike's day and place are not the first URL's of the minute: %s", line)
		}
		if strings.HasPrefix(line, "ACCUSE") && strings.Contains(line, "north.example/a1") &&
			!strings.Contains(line, `2025-03-04/day .. at "Beijing|city:CHN:beijing|CHN"`) {
			t.Errorf("the accusation's day and place are not the ones most sources give: %s", line)
		}
	}
	for _, perm := range permutations(len(docs))[1:n] {
		order := make([]*model.Document, len(docs))
		for i, j := range perm {
			order[i] = docs[j]
		}
		s := open(t)
		applyAll(t, s, order...)
		remerge(t, s, Options{})
		if got := canonicalEvents(t, s); got != want {
			t.Errorf("ingested in order %v and remerged:\n%s\nwant as ingested oldest first:\n%s", perm, got, want)
		}
		if _, err := RemergeStore(context.Background(), s, Options{}, 2); err != nil {
			t.Fatal(err)
		}
		if got := canonicalEvents(t, s); got != want {
			t.Errorf("ingested in order %v and remerged in batches of 2:\n%s\nwant as ingested oldest first:\n%s", perm, got, want)
		}
	}
}

// Two outlets that published at the same instant and give an event
// different days and places: the event takes the day and place of the
// report of the first URL, whichever was ingested first (the store lists
// reports of one instant in the order they were stored). A later report
// is still the later one (near miss: the tie is of the instant only).
func TestReportTiesDoNotDependOnIngestOrder(t *testing.T) {
	rus := []model.EventActor{{Text: "Russia", ActorID: "RUS", Country: "RUS"}}
	kharkiv := []model.EventActor{{Text: "Kharkiv", ActorID: "city:UKR:kharkiv", Country: "UKR"}}
	strike := func(url, pub, date, place string) *model.Document {
		return orderDoc(t, url, pub, orderEvent("ASSAULT", "195", rus, kharkiv, date, place, "", "UKR"))
	}
	for _, c := range []struct {
		name string
		docs []*model.Document
		want string // date and place
	}{
		{"one instant", []*model.Document{
			strike("https://b.example/1", "2025-03-04T12:00:00Z", "2025-03-04", "Kharkiv"),
			strike("https://a.example/1", "2025-03-04T12:00:00Z", "2025-03-03", "Kharkiv oblast"),
		}, "2025-03-03 Kharkiv oblast"},
		{"the first published", []*model.Document{
			strike("https://b.example/1", "2025-03-04T11:59:00Z", "2025-03-04", "Kharkiv"),
			strike("https://a.example/1", "2025-03-04T12:00:00Z", "2025-03-03", "Kharkiv oblast"),
		}, "2025-03-04 Kharkiv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, docs := range [][]*model.Document{c.docs, {c.docs[1], c.docs[0]}} {
				s := openStore(t)
				applyAll(t, s, docs...)
				got := storedEvents(t, s, func(e store.Event) string { return e.Date + " " + e.Location })
				if want := []string{c.want + " 2"}; !slices.Equal(got, want) {
					t.Errorf("ingested %s first: events %q, want %q", docs[0].URL, got, want)
				}
			}
		})
	}
}

// readInOrder reads the canonical articles in the order asked, in runs
// where their ids follow one another among the canonical ids (a
// syndicated copy between them is no gap), one at a time elsewhere; a copy
// asked for is not found. CanonicalArticleDates lists the canonical
// articles with their report dates, on both backends.
func TestReadInOrder(t *testing.T) {
	for _, b := range []struct {
		name string
		open func(t *testing.T) store.Store
	}{{"sqlite", func(t *testing.T) store.Store { return openStore(t) }}, {"postgres", openPostgres}} {
		t.Run(b.name, func(t *testing.T) {
			if b.name == "postgres" && testing.Short() {
				t.Skip("a PostgreSQL store")
			}
			s := b.open(t)
			outs := applyAll(t, s,
				fixtureDoc(t, "harbour-times.txt", "https://www.harbourtimes.example/world/arlen-pact", "2024-05-07T16:30:00Z", "2024-05-07"),
				fixtureDoc(t, "northern-ledger.txt", "https://northernledger.example/2024/05/07/accord", "2024-05-07T11:00:00Z", "2024-05-07"),
				fixtureDoc(t, "valley-gazette-syndicated.txt", "https://valleygazette.example/wire/accord", "2024-05-07T13:00:00Z", "2024-05-07"),
				fixtureDoc(t, "capital-wire.txt", "https://capitalwire.example/n/8812", "2024-05-08T08:00:00Z", "2024-05-07"),
				datedReport(t, "https://a.example/1", "2024-05-06T08:00:00Z", "2024-05-06", model.PrecisionDay),
			)
			if outs[2].DuplicateOf == 0 {
				t.Fatalf("the syndicated copy is not linked: %+v", outs)
			}
			id := func(i int) int64 { return outs[i].ArticleID }
			err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
				ids, next, err := mergeOrder(ctx, tx)
				if err != nil {
					return err
				}
				// Oldest first: a.example (May 6), the Ledger (11:00), the
				// Harbour Times (16:30), the Capital Wire (May 8).
				if want := []int64{id(4), id(1), id(0), id(3)}; !slices.Equal(ids, want) {
					t.Errorf("merge order %v, want %v", ids, want)
				}
				for _, order := range [][]int64{
					{id(0), id(1), id(3), id(4)}, // one run over the copy
					{id(4), id(3), id(1), id(0)},
					{id(1), id(3), id(0), id(4)},
					ids,
				} {
					var got []int64
					if err := readInOrder(ctx, tx, order, next, func(a *store.Article) error {
						if a.Data == nil {
							t.Errorf("article %d read without its analysis", a.ID)
						}
						got = append(got, a.ID)
						return nil
					}); err != nil {
						return err
					}
					if !slices.Equal(got, order) {
						t.Errorf("read %v, want %v", got, order)
					}
				}
				err = readInOrder(ctx, tx, []int64{id(1), id(2)}, next, func(*store.Article) error { return nil })
				if !errors.Is(err, store.ErrNotFound) {
					t.Errorf("reading the copy: %v, want not found", err)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

// An event no report dates is of its earliest report's day, whichever
// report came first: two outlets' undated reports of one accord, the
// earlier published on the 6th and the later on the 7th, give an event of
// the 6th in both orders. Near misses: a report that gives a day decides
// whatever the order (undated reports have no say), and a later undated
// report does not move the event.
func TestUndatedEventTakesItsEarliestReportsDay(t *testing.T) {
	early := func() *model.Document {
		return datedReport(t, "https://b.example/1", "2024-05-06T20:00:00Z", "", "")
	}
	late := func() *model.Document {
		return datedReport(t, "https://a.example/1", "2024-05-07T09:00:00Z", "", "")
	}
	dated := func() *model.Document {
		return datedReport(t, "https://c.example/1", "2024-05-08T09:00:00Z", "2024-05-07", model.PrecisionDay)
	}
	for _, c := range []struct {
		name string
		docs func() []*model.Document
		want string
	}{
		{"undated, oldest first", func() []*model.Document { return []*model.Document{early(), late()} }, "2024-05-06 day 2"},
		{"undated, newest first", func() []*model.Document { return []*model.Document{late(), early()} }, "2024-05-06 day 2"},
		{"a dated report, then undated ones", func() []*model.Document { return []*model.Document{dated(), late(), early()} }, "2024-05-07 day 3"},
		{"undated ones, then a dated report", func() []*model.Document { return []*model.Document{late(), early(), dated()} }, "2024-05-07 day 3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMergedAndRemerged(t, c.docs(), storedDates, []string{c.want})
		})
	}
}
