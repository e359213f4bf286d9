package tagger

import (
	"reflect"
	"strings"
	"testing"
)

func TestAverage(t *testing.T) {
	cfg := TrainConfig{Kind: "ner", Iterations: 5, Seed: 1, MinCount: 1}
	a, err := Train(toyData(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Seed = 2
	b, err := Train(toyData(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Average([]*Model{a, b}, 1)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Mr Kim arrived in Rome today")
	if got, want := m.Tag(words), strings.Fields("O B-PER O O B-LOC O"); !reflect.DeepEqual(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	// Each weight is the mean of the two models' weights.
	nC := len(m.Classes)
	checked := 0
	m.tab.each(func(k uint64, r int32) {
		ra, rb := a.tab.get(k), b.tab.get(k)
		for c := 0; c < nC; c++ {
			var wa, wb float32
			if ra >= 0 {
				wa = a.weights[int(ra)*nC+c]
			}
			if rb >= 0 {
				wb = b.weights[int(rb)*nC+c]
			}
			if got, want := m.weights[int(r)*nC+c], (wa+wb)/2; got-want > 1e-5 || want-got > 1e-5 {
				t.Fatalf("feature %x class %d: weight %v, want %v", k, c, got, want)
			}
		}
		checked++
	})
	if checked == 0 {
		t.Fatal("averaged model has no features")
	}
	// Models with different classes cannot be averaged.
	c := &Model{Kind: "ner", Classes: []string{"O", "B-ORG"}}
	if _, err := Average([]*Model{a, c}, 1); err == nil {
		t.Error("averaged models with different classes")
	}
	// With minModels 2, only the features both models have are kept.
	both, err := Average([]*Model{a, b}, 2)
	if err != nil {
		t.Fatal(err)
	}
	shared := 0
	a.tab.each(func(k uint64, _ int32) {
		if b.tab.get(k) >= 0 {
			shared++
		}
	})
	if both.NumFeatures() > shared || both.NumFeatures() == 0 || both.NumFeatures() >= m.NumFeatures() {
		t.Errorf("minModels 2 kept %d features; the models share %d, the full mean has %d", both.NumFeatures(), shared, m.NumFeatures())
	}
	both.tab.each(func(k uint64, _ int32) {
		if a.tab.get(k) < 0 || b.tab.get(k) < 0 {
			t.Fatalf("feature %x is not in both models", k)
		}
	})
}
