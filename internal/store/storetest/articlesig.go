package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// testArticleSig: Tx.CanonicalArticle gives a canonical article by id,
// URL, site, signature and report date (published, else reference date,
// else ingest time) and nothing for a syndicated copy or an unknown id;
// Store.ArticleByHash finds any stored article by its bytes, a copy with
// its DuplicateOf, and nothing for unknown or empty bytes.
func testArticleSig(t *testing.T, s store.Store) {
	ctx := context.Background()
	dated := article("https://wire.example/a", "wire.example", "Ferry resumes", "The ferry sailed again.", "2024-06-01T08:00:00Z")
	dated.Signature = []byte("sig-a")
	undated := article("https://blog.example/b", "blog.example", "Ferry", "The ferry sailed.", "")
	undated.Data.ReferenceDate = ptime("2024-06-02T07:30:00Z")
	bare := article("https://bare.example/c", "bare.example", "Ferry", "Sailing.", "")
	bare.IngestedAt = time.Date(2024, 6, 3, 9, 15, 0, 0, time.UTC)
	insert(t, s, dated, undated, bare)
	cp := article("https://mirror.example/a", "mirror.example", "Ferry resumes", "The ferry sailed again.", "2024-06-01T09:00:00Z")
	cp.DuplicateOf = dated.ID
	insert(t, s, cp)

	want := []struct {
		a  *store.Article
		at time.Time
	}{
		{dated, *dated.Published},
		{undated, *undated.Data.ReferenceDate},
		{bare, bare.IngestedAt},
	}
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, w := range want {
			got, ok, err := tx.CanonicalArticle(ctx, w.a.ID)
			if err != nil || !ok || got.ID != w.a.ID || got.URL != w.a.URL || got.Site != w.a.Site ||
				string(got.Signature) != string(w.a.Signature) || !got.ReportDate.Equal(w.at) || got.DuplicateOf != 0 {
				t.Errorf("CanonicalArticle(%d) = %+v, %v, %v; want %s reported %s", w.a.ID, got, ok, err, w.a.URL, w.at)
			}
		}
		for _, id := range []int64{cp.ID, cp.ID + 100} {
			if got, ok, err := tx.CanonicalArticle(ctx, id); err != nil || ok {
				t.Errorf("CanonicalArticle(%d) = %+v, %v, %v; want none (a copy, or not stored)", id, got, ok, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	for _, w := range want {
		got, ok, err := s.ArticleByHash(ctx, w.a.ContentHash)
		if err != nil || !ok || got.ID != w.a.ID || got.URL != w.a.URL || !got.ReportDate.Equal(w.at) || got.DuplicateOf != 0 {
			t.Errorf("ArticleByHash(%q) = %+v, %v, %v; want article %d reported %s", w.a.ContentHash, got, ok, err, w.a.ID, w.at)
		}
	}
	if got, ok, err := s.ArticleByHash(ctx, cp.ContentHash); err != nil || !ok || got.ID != cp.ID || got.DuplicateOf != dated.ID {
		t.Errorf("ArticleByHash(copy) = %+v, %v, %v; want article %d, a copy of %d", got, ok, err, cp.ID, dated.ID)
	}
	for _, h := range []string{"hash:https://nowhere.example/", ""} {
		if got, ok, err := s.ArticleByHash(ctx, h); err != nil || ok {
			t.Errorf("ArticleByHash(%q) = %+v, %v, %v; want none", h, got, ok, err)
		}
	}
}
