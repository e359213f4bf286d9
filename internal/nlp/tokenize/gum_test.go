package tokenize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp/tagger/corpus"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestGUMBoundaries measures sentence-boundary F1 on GUM (evaluation use
// only): each document's text is rebuilt from its tokens (SpaceAfter), with
// a line break where GUM marks a heading or paragraph start, and the
// splitter's sentence ends are compared with GUM's.
func TestGUMBoundaries(t *testing.T) {
	dir := shared.Path(t, "gum", "dep")
	files, _ := filepath.Glob(filepath.Join(dir, "*.conllu"))
	var tp, fp, fn int
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sents, err := corpus.ReadCoNLLU(fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		gold := map[int]bool{}
		for _, s := range sents {
			if b.Len() > 0 {
				if newPar(s.Comments) {
					b.WriteString("\n")
				} else {
					b.WriteString(" ")
				}
			}
			for i, tk := range s.Tokens {
				b.WriteString(tk.Form)
				if tk.SpaceAfter && i < len(s.Tokens)-1 {
					b.WriteString(" ")
				}
			}
			gold[b.Len()] = true
		}
		text := b.String()
		got := map[int]bool{}
		for _, s := range Split(text, 0) {
			got[s.End] = true
		}
		for e := range got {
			if gold[e] {
				tp++
			} else {
				fp++
			}
		}
		for e := range gold {
			if !got[e] {
				fn++
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	t.Logf("GUM sentence boundaries: precision %.4f recall %.4f F1 %.4f (%d files)", p, r, f1, len(files))
	if f1 < 0.85 {
		t.Errorf("boundary F1 %.4f below 0.85", f1)
	}
}

func newPar(comments []string) bool {
	for _, c := range comments {
		if strings.HasPrefix(c, "# newpar") {
			return true
		}
	}
	return false
}
