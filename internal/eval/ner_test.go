package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestNERScore(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		tp, fp, fn int
	}{
		{"exact", "B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", 2, 0, 0},
		{"boundary", "B-PER I-PER O", "B-PER O O", 0, 1, 1},
		{"type", "B-ORG O", "B-LOC O", 0, 1, 1},
		{"extra", "O O", "B-MISC O", 0, 1, 0},
		{"adjacent", "B-PER B-PER", "B-PER I-PER", 0, 1, 2},
		{"stray I", "O I-LOC", "O B-LOC", 1, 0, 0},
	}
	for _, tt := range tests {
		s := NewNERScore()
		s.Add(strings.Fields(tt.gold), strings.Fields(tt.pred))
		c := s.Over(s.Types())
		if c.TP != tt.tp || c.FP != tt.fp || c.FN != tt.fn {
			t.Errorf("%s: got tp %d fp %d fn %d, want %d %d %d", tt.name, c.TP, c.FP, c.FN, tt.tp, tt.fp, tt.fn)
		}
	}
}

func TestPRF(t *testing.T) {
	c := PRF{TP: 3, FP: 1, FN: 2}
	if math.Abs(c.Precision()-0.75) > 1e-9 || math.Abs(c.Recall()-0.6) > 1e-9 || math.Abs(c.F1()-2*0.75*0.6/1.35) > 1e-9 {
		t.Errorf("got %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
	if (PRF{}).F1() != 0 {
		t.Error("empty F1 not 0")
	}
}

func TestEvalNER(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nin IN I-PP O\nOslo NNP I-NP I-LOC\n\nChinese JJ I-NP I-MISC\n"
	// A fake tagger: capitalised words are places, "Chinese" is NORP.
	tag := func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			switch {
			case w == "Chinese":
				out[i] = "B-NORP"
			case w[0] >= 'A' && w[0] <= 'Z':
				out[i] = "B-GPE"
			default:
				out[i] = "O"
			}
		}
		return out
	}
	tagDoc := func(sents [][]string) [][]string {
		out := make([][]string, len(sents))
		for i, s := range sents {
			out[i] = tag(s)
		}
		return out
	}
	var out bytes.Buffer
	res, err := EvalNER(strings.NewReader(in), tagDoc, &out)
	if err != nil {
		t.Fatal(err)
	}
	if c := *res.Score.ByType["LOC"]; c != (PRF{TP: 1, FP: 1}) {
		t.Errorf("LOC %+v", c)
	}
	if c := *res.Score.ByType["PER"]; c != (PRF{FN: 1}) {
		t.Errorf("PER %+v", c)
	}
	if c := *res.Score.ByType["MISC"]; c != (PRF{TP: 1}) {
		t.Errorf("MISC %+v (NORP must count as MISC)", c)
	}
	want := "-DOCSTART- O O\n\nAnna B-PER B-LOC\nin O O\nOslo B-LOC B-LOC\n\nChinese B-MISC B-MISC\n\n"
	if out.String() != want {
		t.Errorf("--out gave\n%s\nwant\n%s", out.String(), want)
	}
	if res.Tokens != 4 || res.Sentences != 2 {
		t.Errorf("counted %d tokens %d sentences", res.Tokens, res.Sentences)
	}
	if !strings.Contains(res.Report(), "PER/ORG/LOC") {
		t.Error("report lacks the PER/ORG/LOC row")
	}
}
