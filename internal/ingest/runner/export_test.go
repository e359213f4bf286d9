package runner

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A news database's export of several articles (Nexis Uni's "End of
// Document" lines, LexisNexis Academic's "1 of 2 DOCUMENTS" headers) is
// stored as its articles, each under its own title, named file#1, file#2;
// a rerun skips them; a plain text file beside them is one article.
func TestExportFileReadAsItsArticles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"nexis-uni.txt", "lexis-academic.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "export", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plain := "Quito council meets\n\nThe council of Quito met on Monday to discuss bus fares, the mayor's office said.\n"
	if err := os.WriteFile(filepath.Join(dir, "quito.txt"), []byte(plain), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st := openTemp(t)
	run := func() Stats {
		t.Helper()
		in := Inputs{Paths: []string{dir}}
		plan, err := Expand(in)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: 1}, plan.Items(ctx, in, st))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := run(); s.Stored != 5 || s.Failed != 0 {
		t.Fatalf("%+v; want 5 articles stored: 2 of each export and the plain file", s)
	}
	arts, err := st.Articles(ctx, 0, store.MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range arts {
		titles = append(titles, filepath.Base(a.Source)+" "+a.Title)
	}
	slices.Sort(titles)
	want := []string{
		"lexis-academic.txt#1 Chile and Peru agree to share port data",
		"lexis-academic.txt#2 Kenya lifts ban on maize imports",
		"nexis-uni.txt#1 Chile and Peru agree to share port data",
		"nexis-uni.txt#2 Kenya lifts ban on maize imports",
		"quito.txt Quito council meets",
	}
	if !slices.Equal(titles, want) {
		t.Errorf("stored %q;\nwant %q", titles, want)
	}
	for _, a := range arts {
		if filepath.Base(a.Source) == "nexis-uni.txt#1" && (!strings.Contains(a.Text, "Arica") || strings.Contains(a.Text, "Kenya") || strings.Contains(a.Text, "End of Document")) {
			t.Errorf("first document's text %q holds the second's or the marker", a.Text)
		}
	}
	if s := run(); s.Skipped != 5 || s.Stored != 0 {
		t.Errorf("rerun: %+v; want all 5 skipped", s)
	}
}
