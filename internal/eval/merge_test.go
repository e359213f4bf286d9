package eval

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// The shipped corpus keeps the promises of its header: 40+ groups
// alternating dev and test, every first cluster of a group reported by 2+
// outlets on distinct hosts, copies of articles that are in the corpus.
func TestMergeCorpusShape(t *testing.T) {
	groups, err := ParseMergeCorpus(bytes.NewReader(MergeCorpusText()))
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) < 40 {
		t.Errorf("%d groups, want 40+", len(groups))
	}
	for i, g := range groups {
		want := "dev"
		if i%2 == 1 {
			want = "test"
		}
		if g.Split != want {
			t.Errorf("group %s is %s, want %s (groups alternate)", g.ID, g.Split, want)
		}
		if n := len(g.Clusters[0].Reports); n < 2 || n > 4 {
			t.Errorf("cluster %s has %d reports, want 2-4", g.Clusters[0].ID, n)
		}
		for _, c := range g.Clusters {
			hosts := map[string]bool{}
			for _, r := range c.Reports {
				if h := host(r.URL); hosts[h] {
					t.Errorf("cluster %s: two reports from %s", c.ID, h)
				} else {
					hosts[h] = true
				}
			}
		}
	}
	dev, _ := SelectMergeSplit(groups, "dev")
	test, _ := SelectMergeSplit(groups, "test")
	if len(dev)+len(test) != len(groups) || len(dev) == 0 || len(test) == 0 {
		t.Errorf("dev %d + test %d != %d groups", len(dev), len(test), len(groups))
	}
	if _, err := SelectMergeSplit(groups, "train"); err == nil {
		t.Error("split train accepted")
	}
	arts := MergeArticles(groups)
	for i := 1; i < len(arts); i++ {
		if arts[i].Published.Before(arts[i-1].Published) {
			t.Fatalf("articles out of publish order at %s", arts[i].URL)
		}
	}
}

func TestParseMergeCorpusErrors(t *testing.T) {
	for _, bad := range []string{
		"cluster c1 ACCUSE\n", // outside a group
		"group g1 train\n",    // unknown split
		"group g1 dev\narticle https://a.example/1 2025-01-01T00:00:00Z\n", // outside a cluster
		"group g1 dev\ncluster c1 ACCUSE\narticle https://a.example/1 yesterday\ntitle: t\nx\n",
		"group g1 dev\ncluster c1 ACCUSE\narticle https://a.example/1 2025-01-01T00:00:00Z\nno title line\n",
		"group g1 dev\ncluster c1 ACCUSE\n", // no reports
		"group g1 dev\ncluster c1 ACCUSE\narticle https://a.example/1 2025-01-01T00:00:00Z\ntitle: t\nx\n\n" +
			"copy https://b.example/1 2025-01-01T00:00:00Z https://c.example/9\ntitle: t\nx\n", // copy of nothing
	} {
		if _, err := ParseMergeCorpus(strings.NewReader(bad)); err == nil {
			t.Errorf("accepted:\n%s", bad)
		}
	}
}

// The scorer's arithmetic on a store written directly: gold event A has three
// reports, of which the store merged two; B has one report; C's one report
// was wrongly merged into A's event; D's report has no event of its type.
func TestScoreMerge(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	corpus := `group g1 dev
cluster A ACCUSE
article https://a1.example/1 2025-01-06T10:00:00Z
title: a1
x

article https://a2.example/1 2025-01-06T11:00:00Z
title: a2
x

article https://a3.example/1 2025-01-06T12:00:00Z
title: a3
x

cluster B ACCUSE
article https://b1.example/1 2025-01-06T13:00:00Z
title: b1
x

cluster C ACCUSE
article https://c1.example/1 2025-01-06T14:00:00Z
title: c1
x

cluster D AGREE
article https://d1.example/1 2025-01-06T15:00:00Z
title: d1
x

`
	groups, err := ParseMergeCorpus(strings.NewReader(corpus))
	if err != nil {
		t.Fatal(err)
	}
	// Events keyed by target name: the same name is one stored event.
	targetOf := map[string]string{"https://a1.example/1": "X", "https://a2.example/1": "X", "https://c1.example/1": "X",
		"https://a3.example/1": "Y", "https://b1.example/1": "Z", "https://d1.example/1": "W"}
	err = db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, a := range MergeArticles(groups) {
			pub := a.Published
			typ := "ACCUSE"
			if a.Cluster == "D" {
				typ = "REJECT"
			}
			doc := &model.Document{URL: a.URL, Raw: []byte(a.URL), Article: &model.Article{
				URL: a.URL, Title: a.Title, Text: a.Text, Published: &pub,
				Events: []model.Event{{ID: "e1", Type: typ, Date: "2025-01-06", Confidence: 0.9,
					Source: []model.EventActor{{Text: "Kestria", Country: "KST"}},
					Target: []model.EventActor{{Text: targetOf[a.URL], ActorID: "doc:org:" + targetOf[a.URL]}}}},
			}}
			if _, err := merge.Apply(ctx, tx, merge.NewArticle(doc, time.Now()), merge.Options{}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sc, err := ScoreMerge(ctx, db, groups, &out)
	if err != nil {
		t.Fatal(err)
	}
	// Pairs: gold a1a2 a1a3 a2a3; predicted a1a2 a1c1 a2c1.
	if sc.GoldPairs != 3 || sc.PredPairs != 3 || sc.CorrectPairs != 1 {
		t.Errorf("pairs gold/pred/correct = %d/%d/%d, want 3/3/1", sc.GoldPairs, sc.PredPairs, sc.CorrectPairs)
	}
	if sc.Reports != 6 || sc.Aligned != 5 || sc.StoredEvents != 3 || sc.MixedEvents != 1 || sc.WholeClusters != 0 || sc.MultiReportClusters != 1 {
		t.Errorf("counts = %+v", sc)
	}
	// B-cubed precision: a1, a2, c1 in a 3-event of which 2, 2, 1 are theirs;
	// a3, b1, d1 alone. Recall: a1, a2 2/3; a3 1/3; b1, c1, d1 1.
	wantP := (2.0/3 + 2.0/3 + 1.0/3 + 3) / 6
	wantR := (2.0/3 + 2.0/3 + 1.0/3 + 3) / 6
	if d := sc.B3P - wantP; d > 1e-9 || d < -1e-9 {
		t.Errorf("B3 P = %.4f, want %.4f", sc.B3P, wantP)
	}
	if d := sc.B3R - wantR; d > 1e-9 || d < -1e-9 {
		t.Errorf("B3 R = %.4f, want %.4f", sc.B3R, wantR)
	}
	// A's main event counts 3 outlets (a1, a2, c1) where A had 3, but they
	// are not A's three; B is right; C's main event is A's (3, want 1); D
	// has no event.
	if sc.SourceErrors != 2 {
		t.Errorf("num_sources errors = %d, want 2", sc.SourceErrors)
	}
	if got := strings.Count(out.String(), "\n"); got != 6 {
		t.Errorf("%d output lines, want 6", got)
	}
}
