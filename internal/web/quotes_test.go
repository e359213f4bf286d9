package web

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// The article page names each quote's speaker, linked to the actor's page
// when resolved, with the conduit and audience; the actor's page lists
// what the actor said, with the article, date and conduit.
func TestQuotesOnPages(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "q.db")
	pub := time.Date(2025, 4, 2, 8, 0, 0, 0, time.UTC)
	olsen := &model.Speaker{Text: "Marta Olsen", ActorID: "doc:person:marta_olsen"}
	text := "The harbour master spoke about the quay."
	var id int64
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		id, err = tx.InsertArticle(ctx, &store.Article{URL: "https://harbour.example/q", Source: "q", Site: "Harbour Wire", ContentHash: "q",
			Title: "Quay reopens", Text: text, Published: &pub,
			Data: &model.Article{Title: "Quay reopens", Paragraphs: []string{text}, Text: text, Published: &pub,
				Actors: []model.ActorRef{{ID: olsen.ActorID, Name: "Marta Olsen", Type: "person", Mentions: 2}},
				Quotes: []model.Quote{
					{Text: "The crews <i>waited</i> long enough", Kind: model.QuoteDirect, Speaker: olsen, Conduit: &model.Speaker{Text: "the Harbour Gazette"}},
					{Text: "We will not close it again", Kind: model.QuoteDirect, Speaker: olsen, Audience: &model.Speaker{Text: "the port council"}},
					{Text: "Nobody asked us", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a deckhand"}},
				}}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)

	code, body := fetch(t, mux, "/articles/"+strconv.FormatInt(id, 10))
	for _, want := range []string{
		`<a href="/actors/doc:person:marta_olsen">Marta Olsen</a>`,
		`via the Harbour Gazette`,
		`to the port council`,
		`The crews &lt;i&gt;waited&lt;/i&gt; long enough`,
		`— a deckhand`, // unresolved: named, not linked
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("article page: %d, no %q in\n%s", code, want, body)
		}
	}
	if strings.Contains(body, `>a deckhand</a>`) {
		t.Errorf("article page links an unresolved speaker")
	}

	code, body = fetch(t, mux, "/actors/doc:person:marta_olsen")
	for _, want := range []string{
		`Latest quotes`,
		`We will not close it again`,
		`<a href="/articles/` + strconv.FormatInt(id, 10) + `">Quay reopens</a>`,
		`2 Apr 2025`,
		`via the Harbour Gazette`,
		`to the port council`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("actor page: %d, no %q", code, want)
		}
	}
	if strings.Contains(body, "Nobody asked us") {
		t.Errorf("actor page lists another speaker's quote")
	}
}

// The quotes page lists who said what with the API's filters, pages on by
// keyset with the filters kept, and names the speaker it is filtered by;
// a refused filter comes back in its form.
func TestQuotesPage(t *testing.T) {
	olsen := &model.Speaker{Text: "Marta Olsen", ActorID: "doc:person:marta_olsen"}
	const n = 35 // more than a page
	var arts []*store.Article
	for i := range n {
		pub := time.Date(2025, 4, 1, 8, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		text := "The harbour master spoke about the quay."
		url := "https://harbour.example/q" + strconv.Itoa(i)
		arts = append(arts, &store.Article{URL: url, Source: url, Site: "Harbour Wire", ContentHash: url,
			Title: "Quay day " + strconv.Itoa(i), Text: text, Published: &pub,
			Data: &model.Article{Title: "Quay day " + strconv.Itoa(i), Paragraphs: []string{text}, Text: text, Published: &pub,
				Actors: []model.ActorRef{{ID: olsen.ActorID, Name: "Marta Olsen", Type: "person", Mentions: 1}},
				Quotes: []model.Quote{
					{Text: "Quay remark number " + strconv.Itoa(i), Kind: model.QuoteDirect, Speaker: olsen},
					{Text: "A <b>deckhand</b> word " + strconv.Itoa(i), Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a deckhand"}},
				}}})
	}
	mux := siteWith(t, arts...)

	// By name: the speaker's quotes only, all of them once over the pages.
	seen := map[string]int{}
	page := "/quotes?speaker=" + "Marta%20Olsen" + "&q=remark"
	for pages := 0; page != "" && pages < 5; pages++ {
		code, body := fetch(t, mux, page)
		if code != 200 || !strings.Contains(body, `Quotes of <a href="/actors/doc:person:marta_olsen">Marta Olsen</a>`) ||
			!strings.Contains(body, `name="speaker" value="Marta Olsen"`) {
			t.Fatalf("%s: %d\n%s", page, code, body)
		}
		if strings.Contains(body, "deckhand") {
			t.Errorf("%s lists another speaker", page)
		}
		for _, m := range regexp.MustCompile(`Quay remark number (\d+)`).FindAllStringSubmatch(body, -1) {
			seen[m[1]]++
		}
		next := hrefs(body, "/quotes?")
		page = ""
		for _, l := range next {
			if strings.Contains(l, "cursor=") {
				if !strings.Contains(l, "q=remark") || !strings.Contains(l, "speaker=") {
					t.Errorf("next page %s lost the filters", l)
				}
				page = l
			}
		}
	}
	if len(seen) != n {
		t.Errorf("%d of %d quotes over the pages", len(seen), n)
	}
	for k, c := range seen {
		if c != 1 {
			t.Errorf("quote %s listed %d times", k, c)
		}
	}
	// Everyone's quotes, escaped; the actor's page links the rest.
	if _, body := fetch(t, mux, "/quotes?q=deckhand"); !strings.Contains(body, "A &lt;b&gt;deckhand&lt;/b&gt; word") || strings.Contains(body, "<b>deckhand") {
		t.Errorf("quotes of an unresolved speaker: %s", body)
	}
	_, body := fetch(t, mux, "/actors/doc:person:marta_olsen")
	if links := hrefs(body, "/quotes?speaker="); len(links) != 1 {
		t.Errorf("actor page links its quotes %v", links)
	} else if code, page := fetch(t, mux, links[0]); code != 200 || !strings.Contains(page, "Quotes of") {
		t.Errorf("%s: %d", links[0], code)
	}
	for _, bad := range []string{"/quotes?speaker=nobody&q=quay", "/quotes?since=2025-04-02&until=2025-04-01"} {
		code, body := fetch(t, mux, bad)
		if code != 400 || !strings.Contains(body, `action="/quotes"`) || !strings.Contains(body, `role="alert"`) {
			t.Errorf("%s: %d, no form with the reason", bad, code)
		}
	}
	if _, body := fetch(t, mux, "/quotes?q=nothing+like+this"); !strings.Contains(body, "No quotes match.") {
		t.Errorf("no empty state")
	}
}

// An undated article's quotes are listed by the day its page was seen (its
// reference date) or stored, and the page says which, so neither reads as
// a publish date.
func TestQuotesPageUndatedArticles(t *testing.T) {
	seen := time.Date(2024, 5, 8, 12, 0, 0, 0, time.UTC)
	speaker := &model.Speaker{Text: "Marta Olsen", ActorID: "doc:person:marta_olsen"}
	var arts []*store.Article
	for i, ref := range []*time.Time{&seen, nil} {
		url := "https://harbour.example/u" + strconv.Itoa(i)
		text := "The harbour master spoke."
		arts = append(arts, &store.Article{URL: url, Source: url, Site: "Harbour Wire", ContentHash: url, Title: "Undated " + strconv.Itoa(i), Text: text,
			Data: &model.Article{Title: "Undated " + strconv.Itoa(i), Paragraphs: []string{text}, Text: text, ReferenceDate: ref, ReferenceSource: model.DateLastModified,
				Quotes: []model.Quote{{Text: "Remark " + strconv.Itoa(i), Kind: model.QuoteDirect, Speaker: speaker}}}})
	}
	code, body := fetch(t, siteWith(t, arts...), "/quotes")
	if code != 200 || !strings.Contains(body, "Harbour Wire seen 8 May 2024") || !strings.Contains(body, "Harbour Wire stored ") {
		t.Fatalf("/quotes: %d\n%s", code, body)
	}
}

// siteWith is the web UI over a new SQLite store holding arts.
func siteWith(t *testing.T, arts ...*store.Article) *http.ServeMux {
	t.Helper()
	mux := http.NewServeMux()
	New(storeWith(t, arts...), nil).Register(mux)
	return mux
}

// storeWith is a new SQLite store holding arts.
func storeWith(t *testing.T, arts ...*store.Article) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	st := tempStore(t, "site.db")
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, a := range arts {
			if _, err := tx.InsertArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return st
}

// A joint speaker ("Ardenia and Belvar", one actor per conjunct) is named
// with a link to each of its actors, by the actor's name (its id was shown:
// "the two governments (MDA.GOV, ROU.GOV)"), on the quotes and article
// pages; an id the store does not know is shown as itself; and
// its quote is listed on the pages of either actor and under either as
// the speaker filter.
func TestJointSpeakerQuotes(t *testing.T) {
	pub := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	text := "Ardenia and Belvar signed a fisheries accord on Friday."
	url := "https://wire.example/accord"
	joint := &model.Speaker{Text: "Ardenia and Belvar", ActorIDs: []string{"ARD", "BLV"}}
	govs := &model.Speaker{Text: "the two governments", ActorIDs: []string{"ARD.GOV", "CRV.GOV"}}
	mux := siteWith(t, &store.Article{URL: url, Source: url, Site: "Wire", ContentHash: url, Title: "Accord signed", Text: text, Published: &pub,
		Data: &model.Article{Title: "Accord signed", Paragraphs: []string{text}, Text: text, Published: &pub,
			Actors: []model.ActorRef{{ID: "ARD", Name: "Ardenia", Type: "country", Country: "ARD", Mentions: 1}, {ID: "BLV", Name: "Belvar", Type: "country", Country: "BLV", Mentions: 1},
				{ID: "ARD.GOV", Name: "Ardenia government", Type: "role", Country: "ARD", Mentions: 1}},
			Quotes: []model.Quote{{Text: "The quota holds for five years", Kind: model.QuoteDirect, Speaker: joint},
				{Text: "Talks resume in spring", Kind: model.QuoteDirect, Speaker: govs}}}})
	links := `Ardenia and Belvar <span class="muted">(<a href="/actors/ARD" title="actor id ARD">Ardenia</a>, <a href="/actors/BLV" title="actor id BLV">Belvar</a>)</span>`
	// CRV.GOV is no stored actor (the analysis named no such actor): its id,
	// linked to the quotes filed under it (an actor page would be a 404).
	govLinks := `the two governments <span class="muted">(<a href="/actors/ARD.GOV" title="actor id ARD.GOV">Ardenia government</a>, <a href="/quotes?speaker=CRV.GOV" title="actor id CRV.GOV">CRV.GOV</a>)</span>`
	for _, c := range []struct{ page, want string }{
		{"/quotes", links},
		{"/quotes", govLinks},
		{"/quotes?speaker=ARD", links},
		{"/quotes?speaker=Belvar", links},
		{"/articles/1", links},
		{"/articles/1", govLinks},
		{"/actors/ARD", `jointly: Ardenia and Belvar`},
		{"/actors/BLV", `The quota holds for five years`},
	} {
		code, body := fetch(t, mux, c.page)
		if code != 200 || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d, no %q in\n%s", c.page, code, c.want, body)
		}
	}
}

// A conduit that names the occasion of the words (model.ConduitChannel:
// "in a statement", "told a news conference") reads as such on every page
// that lists quotes, "(in a statement)", "(at a news conference)", and an
// outlet as whom the words came through, "via Newsweek": never "via in a
// statement". The article page reads the analysis, the quotes and actor
// pages the stored rows, so both keep the kind.
func TestConduitKindOnPages(t *testing.T) {
	pub := time.Date(2025, 5, 6, 8, 0, 0, 0, time.UTC)
	minister := &model.Speaker{Text: "Foreign Minister Lena Varga", ActorID: "doc:person:lena_varga"}
	text := "The foreign minister spoke about the ceasefire."
	site := siteWith(t, &store.Article{URL: "https://wire.example/c", Source: "c", Site: "Wire", ContentHash: "c",
		Title: "Ceasefire holds", Text: text, Published: &pub,
		Data: &model.Article{Title: "Ceasefire holds", Paragraphs: []string{text}, Text: text, Published: &pub,
			Actors: []model.ActorRef{{ID: minister.ActorID, Name: "Lena Varga", Type: "person", Mentions: 3}},
			Quotes: []model.Quote{
				{Text: "The ceasefire must hold", Kind: model.QuoteDirect, Speaker: minister,
					Conduit: &model.Speaker{Text: "in a statement"}, ConduitKind: model.ConduitChannel},
				{Text: "We have no plans to withdraw", Kind: model.QuoteDirect, Speaker: minister, Conduit: &model.Speaker{Text: "Newsweek"}},
				{Text: "Aid convoys move at dawn", Kind: model.QuoteDirect, Speaker: minister,
					Conduit: &model.Speaker{Text: "a news conference"}, ConduitKind: model.ConduitChannel},
			}}})
	_, body := fetch(t, site, "/quotes")
	ids := hrefs(body, "/articles/")
	if len(ids) == 0 {
		t.Fatalf("/quotes links no article:\n%s", body)
	}
	for _, page := range []string{"/quotes", "/actors/doc:person:lena_varga", ids[0]} {
		code, body := fetch(t, site, page)
		for _, want := range []string{"(in a statement)", "via Newsweek", "(at a news conference)"} {
			if code != 200 || !strings.Contains(body, want) {
				t.Errorf("%s: %d, no %q", page, code, want)
			}
		}
		for _, wrong := range []string{"via in a statement", "via a news conference"} {
			if strings.Contains(body, wrong) {
				t.Errorf("%s says %q", page, wrong)
			}
		}
	}
}
