package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An article's page shows the tags its publisher gave (the API has them;
// the page left them out), escaped as any text of the page, and no tag
// line for an article without tags.
func TestArticleTags(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "tags.db")
	const text = "MANILA, Nov 27 (Wire One) - Chinese coast guard vessels blocked a Philippine supply boat near the shoal on Friday."
	var tagged, plain int64
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		tagged, err = tx.InsertArticle(ctx, &store.Article{URL: "https://wire-one.example/shoal", Source: "https://wire-one.example/shoal", Site: "Wire One",
			ContentHash: "tagged", Title: "Coast guard blocks supply boat", Text: text,
			Data: &model.Article{Title: "Coast guard blocks supply boat", Paragraphs: []string{text}, Text: text,
				Tags: []string{"South China Sea", "Philippines", "<b>Maritime</b> & \"Coast\""}}})
		if err != nil {
			return err
		}
		plain, err = tx.InsertArticle(ctx, &store.Article{URL: "https://wire-one.example/shoal-2", Source: "https://wire-one.example/shoal-2", Site: "Wire One",
			ContentHash: "plain", Title: "Supply boat turned back", Text: text,
			Data: &model.Article{Title: "Supply boat turned back", Paragraphs: []string{text}, Text: text, Tags: []string{}}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/articles/"+strconv.FormatInt(tagged, 10))
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	want := `Tags: South China Sea · Philippines · &lt;b&gt;Maritime&lt;/b&gt; &amp; &#34;Coast&#34;</p>`
	if !strings.Contains(body, want) {
		t.Errorf("want %q in the page", want)
	}
	code, body = fetch(t, mux, "/articles/"+strconv.FormatInt(plain, 10))
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	if strings.Contains(body, "Tags:") {
		t.Error("a tag line on an article without tags")
	}
}
