package resolve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestFixtures runs the resolver over our own short articles in testdata/
// and checks the expectations in the matching .want file: every entity whose
// text is listed must resolve to that actor, country and sector; a
// "ROLE:<words>" line checks the role mention whose text ends with <words>
// (including the modifier before the role word).
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	s := newStage(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			published := ""
			var checks [][]string
			for _, line := range strings.Split(string(want), "\n") {
				if p, ok := strings.CutPrefix(line, "# published: "); ok {
					published = strings.TrimSpace(p)
				}
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				cols := strings.Split(line, "\t")
				for len(cols) < 4 {
					cols = append(cols, "")
				}
				checks = append(checks, cols)
			}
			art := article(string(text), published)
			standInEntities(t, s.kb, art)
			s.Resolve(art)
			for _, c := range checks {
				got := matching(art, c[0])
				if len(got) == 0 {
					t.Errorf("%q: no such mention", c[0])
					continue
				}
				for _, e := range got {
					if e.ActorID != c[1] || e.Country != c[2] || e.Sector != c[3] {
						t.Errorf("%q at %d -> %s/%s/%s, want %s/%s/%s", c[0], e.Start, e.ActorID, e.Country, e.Sector, c[1], c[2], c[3])
					}
				}
			}
			if testing.Verbose() {
				for _, e := range art.Entities {
					t.Logf("%-5s %-40q %-24s %s %s", e.Type, e.Text, e.ActorID, e.Country, e.Sector)
				}
			}
		})
	}
}

func matching(art *model.Article, key string) []model.Entity {
	var out []model.Entity
	if words, ok := strings.CutPrefix(key, "ROLE:"); ok {
		for _, e := range art.Entities {
			if e.Type == model.EntityRole && e.End >= len(words) && art.Text[e.End-len(words):e.End] == words {
				out = append(out, e)
			}
		}
		return out
	}
	for _, e := range art.Entities {
		if e.Type != model.EntityRole && cleanName(e.Text) == key {
			out = append(out, e)
		}
	}
	return out
}
