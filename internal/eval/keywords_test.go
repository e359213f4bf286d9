package eval

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
)

func TestSplitKeyphraseDocs(t *testing.T) {
	docs := []KeyphraseDoc{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}, {ID: "e"}}
	ids := func(ds []KeyphraseDoc) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	for _, tc := range []struct {
		split string
		want  []string
	}{
		{"dev", []string{"a", "c", "e"}},
		{"test", []string{"b", "d"}},
		{"all", []string{"a", "b", "c", "d", "e"}},
	} {
		got, err := SplitKeyphraseDocs(docs, tc.split)
		if err != nil {
			t.Fatalf("%s: %v", tc.split, err)
		}
		if !reflect.DeepEqual(ids(got), tc.want) {
			t.Errorf("%s: got %v, want %v", tc.split, ids(got), tc.want)
		}
	}
	if _, err := SplitKeyphraseDocs(docs, "train"); err == nil {
		t.Error("unknown split accepted")
	}
}

func TestKeyphraseCeilingParts(t *testing.T) {
	// solve: a small system with a known answer.
	x := solve([][]float64{{2, 1}, {1, 3}}, []float64{5, 10})
	if x == nil || math.Abs(x[0]-1) > 1e-9 || math.Abs(x[1]-3) > 1e-9 {
		t.Fatalf("solve: got %v, want [1 3]", x)
	}
	if solve([][]float64{{1, 2}, {2, 4}}, []float64{1, 2}) != nil {
		t.Error("solve: a singular system gave an answer")
	}
	// fitLogistic: gold candidates are those seen more often; the learned
	// weight of log count must be positive and rank them first.
	var docs []ceilingDoc
	for d := range 20 {
		cd := ceilingDoc{gold: map[string]bool{}}
		for i := range 10 {
			k := fmt.Sprintf("w%d", i)
			s := keywords.Signal{Key: k, Phrase: k, Words: 1, Count: 1 + i%2*(3+d%3), Score: 1, WordShare: 1}
			cd.sigs = append(cd.sigs, s)
			cd.keys = append(cd.keys, k)
			if i%2 == 1 {
				cd.gold[k] = true
			}
		}
		docs = append(docs, cd)
	}
	w := fitLogistic(docs)
	if len(w) != len(keywords.FeatureNames())+1 || w[0] <= 0 {
		t.Fatalf("weights %v: want log count (first) positive", w)
	}
	score := make([]float64, 10)
	for i, s := range docs[0].sigs {
		score[i] = dot(w, s.Features())
	}
	// 5 gold of 10 candidates, all taken: P 0.5, R 1, F 2/3.
	if f := docs[0].f10(score); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("f10 = %v, want 2/3", f)
	}
	// The pick rule: a single word whose stem a phrase already holds is
	// skipped, so it does not take a place in the ten.
	cd := ceilingDoc{
		sigs: []keywords.Signal{{Key: "north korea"}, {Key: "korea"}, {Key: "drill"}},
		keys: []string{"north korea", "korea", "drill"},
		gold: map[string]bool{"korea": true, "drill": true},
	}
	if f := cd.f10([]float64{3, 2, 1}); math.Abs(f-2*0.5*0.5/(0.5+0.5)) > 1e-9 {
		t.Errorf("f10 with a covered word = %v, want 0.5 (2 taken, 1 gold of 2)", f)
	}
}

func TestKeyphraseCeilingFirstPhrases(t *testing.T) {
	// Each document has 20 candidates; the gold are the 5 that occur first
	// but the shipped score ranks them last. Taken in order of first
	// occurrence, the top ten hold all 5 gold (P 0.5, R 1); by score, none.
	var docs []KeyphraseDoc
	for i := range 4 {
		d := KeyphraseDoc{ID: fmt.Sprint(i), Text: "text"}
		for k := range 5 {
			d.Keys = append(d.Keys, fmt.Sprintf("w%d", k))
		}
		docs = append(docs, d)
	}
	signals := func(_ context.Context, _ *model.Article) ([]keywords.Signal, error) {
		var sigs []keywords.Signal
		for k := range 20 {
			w := fmt.Sprintf("w%d", k)
			sigs = append(sigs, keywords.Signal{Key: w, Phrase: w, Words: 1, Count: 1, FirstWord: k, Score: float64(k), WordShare: 1})
		}
		return sigs, nil
	}
	c, err := EvalKeyphraseCeiling(context.Background(), docs, signals)
	if err != nil {
		t.Fatal(err)
	}
	for h := range 2 {
		if math.Abs(c.FirstPhrases[h]-2.0/3) > 1e-9 {
			t.Errorf("half %d: first phrases F@10 = %v, want 2/3", h, c.FirstPhrases[h])
		}
		if c.Ranker[h] != 0 {
			t.Errorf("half %d: shipped ranker F@10 = %v, want 0", h, c.Ranker[h])
		}
	}
}
