package web

import (
	"context"
	"net/http"
	"path/filepath"
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
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "q.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pub := time.Date(2025, 4, 2, 8, 0, 0, 0, time.UTC)
	olsen := &model.Speaker{Text: "Marta Olsen", ActorID: "doc:person:marta_olsen"}
	text := "The harbour master spoke about the quay."
	var id int64
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
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
