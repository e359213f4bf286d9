package keywords

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestExtractFixture(t *testing.T) {
	raw, err := os.ReadFile("testdata/drills.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := &model.Article{Text: string(raw)}
	kws := New(Config{}).Extract(a)
	if len(kws) != DefaultN {
		t.Fatalf("got %d keywords, want %d: %v", len(kws), DefaultN, kws)
	}
	var phrases []string
	for i, k := range kws {
		phrases = append(phrases, k.Phrase)
		if i > 0 && k.Score > kws[i-1].Score {
			t.Errorf("not ranked: %v", kws)
		}
	}
	got := strings.Join(phrases, "|")
	for _, want := range []string{"joint military exercises", "North Korea", "Seoul"} {
		found := false
		for _, p := range phrases {
			if strings.EqualFold(p, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q not among %s", want, got)
		}
	}
	for _, p := range phrases {
		if stopwords[strings.ToLower(p)] {
			t.Errorf("stopword %q among keywords", p)
		}
	}
	// Deterministic: the same input gives the same ranking.
	again := New(Config{}).Extract(&model.Article{Text: string(raw)})
	for i := range again {
		if again[i] != kws[i] {
			t.Fatalf("second run differs: %v vs %v", again, kws)
		}
	}
}

func TestExtractTagged(t *testing.T) {
	// Hand-tagged tokens: the tagged path takes adjective-noun runs.
	text := "Joint military exercises began. The joint military exercises worried Pyongyang."
	toks := []struct{ w, pos string }{{"Joint", "JJ"}, {"military", "JJ"}, {"exercises", "NNS"}, {"began", "VBD"}, {".", "."},
		{"The", "DT"}, {"joint", "JJ"}, {"military", "JJ"}, {"exercises", "NNS"}, {"worried", "VBD"}, {"Pyongyang", "NNP"}, {".", "."}}
	a := &model.Article{Text: text}
	off := 0
	s := model.Sentence{Index: 0}
	for i, tk := range toks {
		st := strings.Index(text[off:], tk.w) + off
		off = st + len(tk.w)
		s.Tokens = append(s.Tokens, model.Token{Text: tk.w, Start: st, End: off, POS: tk.pos})
		if tk.w == "." {
			s.End = off
			a.Sentences = append(a.Sentences, s)
			s = model.Sentence{Index: len(a.Sentences), Start: off + 1}
			_ = i
		}
	}
	kws := New(Config{N: 3}).Extract(a)
	if len(kws) == 0 || !strings.EqualFold(kws[0].Phrase, "joint military exercises") {
		t.Errorf("top keyword = %v, want joint military exercises first", kws)
	}
	for _, k := range kws {
		if strings.Contains(strings.ToLower(k.Phrase), "began") || strings.Contains(strings.ToLower(k.Phrase), "worried") {
			t.Errorf("verb in keyphrase %q", k.Phrase)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"hollowed-out": "hollowedout", "U.S.": "us", "Kim's": "kims", "Überall": "überall"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
