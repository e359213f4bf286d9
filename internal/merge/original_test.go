package merge

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// harbourStory is a wire story written for the test, long enough for
// near-duplicate detection (MinWords), that outlets carry as it is.
const harbourStory = `Dock workers in the port of Ilvane walked off the job on Tuesday morning after talks with the
harbour authority over night shifts broke down late on Monday. The union said the stoppage would last
until the authority withdrew its plan to extend the night rota to every crane crew, and pickets stood at
the three main gates by dawn. Container ships queued in the outer roads while the authority said it
would meet union leaders again at the end of the week to look for a way through the dispute.`

// copyDoc is an article of its own URL and bytes carrying text, published
// at pub, that reports evs, as orderDoc.
func copyDoc(t *testing.T, url, pub, text string, evs ...model.Event) *model.Document {
	d := orderDoc(t, url, pub, evs...)
	d.Article.Text = text
	return d
}

// copyCorpus is a wire story, an outlet's copy of it published that
// afternoon, an aggregator's copy of the next day, an independent report
// of the same strike, and, as a near miss, the wire's own story of the
// day before (another text, published earlier: no copy of anything).
func copyCorpus(t *testing.T) []*model.Document {
	union := []model.EventActor{{Text: "the dockers' union", ActorID: "", Country: "KST"}}
	authority := []model.EventActor{{Text: "the harbour authority", ActorID: "KST.GOV", Country: "KST", Sector: "government"}}
	strike := func() model.Event {
		return orderEvent("PROTEST", "143", union, authority, "2025-04-01", "Ilvane", "city:KST:ilvane", "KST")
	}
	talks := orderEvent("CONSULT", "040", union, authority, "2025-03-31", "Ilvane", "city:KST:ilvane", "KST")
	return []*model.Document{
		copyDoc(t, "https://wire.example/ilvane-strike", "2025-04-01T09:00:00Z", harbourStory, strike()),
		copyDoc(t, "https://daily.example/news/ilvane-strike", "2025-04-01T15:00:00Z", harbourStory+" Daily staff contributed.", strike()),
		copyDoc(t, "https://aggregator.example/a/991", "2025-04-02T06:00:00Z", harbourStory, strike()),
		orderDoc(t, "https://coast.example/strike", "2025-04-01T12:00:00Z", strike()),
		copyDoc(t, "https://wire.example/ilvane-talks", "2025-03-31T22:00:00Z",
			`Talks between the dock workers' union of Ilvane and the harbour authority over night shifts ran late
into Monday evening without agreement. Union leaders left the authority's offices after six hours and
told reporters that a stoppage was now likely. The authority said the new rota was needed to clear the
backlog of containers that had built up since the winter storms, and that it remained open to further
meetings later in the week if the union returned with proposals of its own.`, talks),
	}
}

// copyRoles names each stored article's original: "URL -> original URL",
// "URL" for an original, sorted.
func copyRoles(t *testing.T, s store.Store, outs []Outcome) string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	for _, o := range outs {
		a, err := s.Article(ctx, o.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		line := a.URL
		if a.DuplicateOf != 0 {
			orig, err := s.Article(ctx, a.DuplicateOf)
			if err != nil {
				t.Fatal(err)
			}
			line += " -> " + orig.URL
		}
		lines = append(lines, line)
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// A story's original is its earliest published copy, whatever order its
// copies arrive in: ingested in any order, the wire story is the original
// and both outlets' copies (the later of which arrived before it, even
// when a copy of a copy) its copies; the strike is one event of two
// sources, the wire and the independent report, never the outlets that
// copied it; and the events are those of ingesting oldest first (every
// report dates the strike, so ingest alone gives them, and a remerge
// keeps them). Near misses: the wire's earlier story of another text
// is no copy, and a copy published later never takes the original's
// place.
func TestOriginalIsTheEarliestCopy(t *testing.T) {
	runCopyOrders(t, openStore, len(permutations(1)))
}

// On PostgreSQL, newest first.
func TestOriginalIsTheEarliestCopyPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("two PostgreSQL stores")
	}
	runCopyOrders(t, openPostgres, 2)
}

func runCopyOrders[S store.Store](t *testing.T, open func(t *testing.T) S, n int) {
	docs := copyCorpus(t)
	s := open(t)
	outs := applyAll(t, s, docs...)
	wantRoles := strings.Join([]string{
		"https://aggregator.example/a/991 -> https://wire.example/ilvane-strike",
		"https://coast.example/strike",
		"https://daily.example/news/ilvane-strike -> https://wire.example/ilvane-strike",
		"https://wire.example/ilvane-strike",
		"https://wire.example/ilvane-talks",
	}, "\n")
	if got := copyRoles(t, s, outs); got != wantRoles {
		t.Fatalf("oldest first, roles:\n%s\nwant:\n%s", got, wantRoles)
	}
	want := canonicalEvents(t, s)
	if !strings.Contains(want, "sources=2 articles=2 mentions=2 [https://coast.example/strike#e1 https://wire.example/ilvane-strike#e1]") {
		t.Fatalf("oldest first, the strike is not the wire's and coast's event of two sources:\n%s", want)
	}
	for _, perm := range permutations(len(docs))[1:n] {
		t.Run(fmt.Sprint(perm), func(t *testing.T) {
			order := make([]*model.Document, len(docs))
			for i, j := range perm {
				order[i] = copyCorpus(t)[j]
			}
			s := open(t)
			outs := applyAll(t, s, order...)
			if got := copyRoles(t, s, outs); got != wantRoles {
				t.Errorf("roles:\n%s\nwant:\n%s", got, wantRoles)
			}
			copies := 0
			for _, o := range outs {
				if o.DuplicateOf != 0 || o.Replaced != 0 {
					copies++
				}
			}
			if copies != 2 {
				t.Errorf("%d outcomes say a copy was stored, want 2: %+v", copies, outs)
			}
			if got := canonicalEvents(t, s); got != want {
				t.Errorf("events:\n%s\nwant as ingested oldest first:\n%s", got, want)
			}
			if st, err := s.Stats(context.Background()); err != nil || st.Duplicates != 2 || st.Articles != 5 {
				t.Errorf("stats %+v, %v; want 5 articles, 2 copies", st, err)
			}
			hits, err := s.Search(context.Background(), store.SearchQuery{Text: "pickets"})
			if err != nil || len(hits) != 1 || hits[0].URL != "https://wire.example/ilvane-strike" {
				t.Errorf("search lists %+v, %v; want the original only", hits, err)
			}
			remerge(t, s, Options{})
			if got := canonicalEvents(t, s); got != want {
				t.Errorf("remerged:\n%s\nwant as ingested oldest first:\n%s", got, want)
			}
		})
	}
}

// Two copies published at one instant: the original is the one of the
// lower URL (byte order), whichever arrived first. Near miss: one minute
// earlier wins over the lower URL.
func TestOriginalOfOneInstantIsTheLowerURL(t *testing.T) {
	union := []model.EventActor{{Text: "the dockers' union", Country: "KST"}}
	strike := orderEvent("PROTEST", "143", union, nil, "2025-04-01")
	for _, c := range []struct {
		name         string
		aPub, bPub   string
		wantOriginal string
	}{
		{"one instant", "2025-04-01T09:00:00Z", "2025-04-01T09:00:00Z", "https://a.example/1"},
		{"the higher URL a minute earlier", "2025-04-01T09:00:00Z", "2025-04-01T08:59:00Z", "https://b.example/1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, first := range []string{"a", "b"} {
				docs := []*model.Document{
					copyDoc(t, "https://a.example/1", c.aPub, harbourStory, strike),
					copyDoc(t, "https://b.example/1", c.bPub, harbourStory, strike),
				}
				if first == "b" {
					slices.Reverse(docs)
				}
				s := openStore(t)
				outs := applyAll(t, s, docs...)
				roles := copyRoles(t, s, outs)
				if !slices.Contains(strings.Split(roles, "\n"), c.wantOriginal) || strings.Count(roles, " -> "+c.wantOriginal) != 1 {
					t.Errorf("%s first: roles\n%s\nwant %s the original", first, roles, c.wantOriginal)
				}
				got := storedEvents(t, s, func(e store.Event) string { return e.EarliestURL })
				if want := []string{c.wantOriginal + " 1"}; !slices.Equal(got, want) {
					t.Errorf("%s first: events %q, want %q", first, got, want)
				}
			}
		})
	}
}

// The same bytes under two URLs are one stored article, under the URL of
// the earlier published (at one instant, the lower URL), whichever
// arrived first; its event counts that outlet as its source. Near miss:
// the later published arriving second is skipped and renames nothing.
func TestSameBytesKeepTheOriginalsURL(t *testing.T) {
	union := []model.EventActor{{Text: "the dockers' union", Country: "KST"}}
	strike := orderEvent("PROTEST", "143", union, nil, "2025-04-01")
	doc := func(url, pub string) *model.Document {
		d := copyDoc(t, url, pub, harbourStory, strike)
		d.Raw = []byte(harbourStory) // the very same bytes
		return d
	}
	for _, c := range []struct {
		name       string
		docs       []*model.Document
		wantURL    string
		wantSource string
	}{
		{"original second", []*model.Document{doc("https://mirror.example/s", "2025-04-01T15:00:00Z"), doc("https://wire.example/s", "2025-04-01T09:00:00Z")},
			"https://wire.example/s", "wire.example"},
		{"original first", []*model.Document{doc("https://wire.example/s", "2025-04-01T09:00:00Z"), doc("https://mirror.example/s", "2025-04-01T15:00:00Z")},
			"https://wire.example/s", "wire.example"},
		{"one instant, the higher URL first", []*model.Document{doc("https://wire.example/s", "2025-04-01T09:00:00Z"), doc("https://mirror.example/s", "2025-04-01T09:00:00Z")},
			"https://mirror.example/s", "mirror.example"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			outs := applyAll(t, s, c.docs...)
			if !outs[1].Skipped || outs[1].ArticleID != outs[0].ArticleID {
				t.Errorf("outcomes %+v, want the second skipped as the first's bytes", outs)
			}
			if st, err := s.Stats(context.Background()); err != nil || st.Articles != 1 || st.Duplicates != 0 {
				t.Errorf("stats %+v, %v; want 1 article", st, err)
			}
			a, err := s.Article(context.Background(), outs[0].ArticleID)
			if err != nil || a.URL != c.wantURL {
				t.Errorf("stored under %v (%v), want %s", a, err, c.wantURL)
			}
			_, ms, err := s.Event(context.Background(), 1)
			if err != nil || len(ms) != 1 || ms[0].Site != c.wantSource || ms[0].URL != c.wantURL {
				t.Errorf("the strike's reports %+v, %v; want %s's", ms, err, c.wantSource)
			}
		})
	}
}
