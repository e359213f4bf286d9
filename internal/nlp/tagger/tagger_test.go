package tagger

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// toyData is a tiny NER task: capitalised words after "Mr" are persons,
// "in X" is a place.
func toyData() []TrainSentence {
	var out []TrainSentence
	names := []string{"Smith", "Jones", "Brown", "Kim", "Lee"}
	places := []string{"Oslo", "Paris", "Lima", "Rome", "Seoul"}
	for i := 0; i < 40; i++ {
		n, p := names[i%len(names)], places[(i/2)%len(places)]
		out = append(out, TrainSentence{
			Words: strings.Fields("Mr " + n + " arrived in " + p + " today"),
			Tags:  strings.Fields("O B-PER O O B-LOC O"),
		})
	}
	return out
}

func TestTrainTagRoundTrip(t *testing.T) {
	cfg := TrainConfig{Kind: "ner", Iterations: 5, Seed: 1, MinCount: 1}
	m, err := Train(toyData(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Mr Jones arrived in Lima today")
	want := strings.Fields("O B-PER O O B-LOC O")
	if got := m.Tag(words); !reflect.DeepEqual(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf, FeatureConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if got := m2.Tag(words); !reflect.DeepEqual(got, want) {
		t.Errorf("after reload Tag = %v, want %v", got, want)
	}
	// Deterministic: the same data and seed give the same model bytes.
	m3, _ := Train(toyData(), cfg)
	var b1, b3 bytes.Buffer
	m.Write(&b1)
	m3.Write(&b3)
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Error("training is not deterministic")
	}
}

func TestBIOConstraint(t *testing.T) {
	m := &Model{Kind: "ner", Classes: []string{"O", "B-PER", "I-PER", "I-LOC"}}
	m.setupTransitions()
	s := []float32{0, 0, 0, 5}
	if c := m.best(s, -1); m.Classes[c] == "I-LOC" {
		t.Error("I-LOC allowed at sentence start")
	}
	if c := m.best(s, 1); m.Classes[c] == "I-LOC" {
		t.Error("I-LOC allowed after B-PER")
	}
}

func TestGazetteer(t *testing.T) {
	g := NewGazetteer([]GazName{
		{Words: []string{"North", "Korea"}, Type: "GPE"},
		{Words: []string{"Korea"}, Type: "GPE"},
		{Words: []string{"Kim", "Jong", "Un"}, Type: "PER"},
		{Words: []string{"US"}, Type: "GPE"},
	})
	words := strings.Fields("Kim Jong Un of North Korea met us in the US")
	out := make([]string, len(words))
	g.Tag(words, out)
	want := []string{"B-PER", "I-PER", "I-PER", "", "B-GPE", "I-GPE", "", "", "", "", "B-GPE"}
	if !reflect.DeepEqual(out, want) {
		t.Errorf("got %q\nwant %q", out, want)
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{"Xi": "Xx", "U.S.": "X.X.", "1,000": "d,d", "Jae-in": "Xx-x", "McDonald": "XxXx"} {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripTitles(t *testing.T) {
	words := strings.Fields("President George Bush and Mr. Annan met Prime Minister")
	tags := strings.Fields("B-PER I-PER I-PER O B-PER I-PER O B-PER I-PER")
	stripTitles(words, tags)
	want := "O B-PER I-PER O O B-PER O B-PER I-PER"
	if strings.Join(tags, " ") != want {
		t.Errorf("got %v, want %s", tags, want)
	}
}

func FuzzRead(f *testing.F) {
	m, err := Train(toyData(), TrainConfig{Kind: "ner", Iterations: 1, Seed: 1, MinCount: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	m.Write(&buf)
	model := buf.Bytes()
	f.Add(model)
	// Hostile models: cut off midway (a partial download), empty, a
	// corrupted byte in the header and in the weights, and the header
	// repeated many times (a reader that trusts lengths it reads).
	f.Add(model[:len(model)/2])
	f.Add([]byte{})
	for _, at := range []int{0, 4, len(model) / 2, len(model) - 1} {
		bad := bytes.Clone(model)
		bad[at] ^= 0xff
		f.Add(bad)
	}
	f.Add(bytes.Repeat(model[:min(32, len(model))], 2000))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b), FeatureConfig{})
		if err == nil {
			m.Tag([]string{"Mr", "Kim"})
		}
	})
}

func TestAugment(t *testing.T) {
	data := []TrainSentence{{Words: strings.Fields("the talks in Seoul ended"), Tags: strings.Fields("O O O B-LOC O")}}
	caps := AugmentCaps(data[:1:1], 1)
	if len(caps) != 2 || strings.Join(caps[1].Words, " ") != "THE TALKS IN SEOUL ENDED" {
		t.Errorf("caps: %+v", caps)
	}
	title := AugmentTitle(append(data[:1:1], data[0]), 2)
	if len(title) != 3 || strings.Join(title[2].Words, " ") != "The Talks in Seoul Ended" {
		t.Errorf("title: %+v", title)
	}
}

func TestBeamMatchesGreedyOnEasyData(t *testing.T) {
	m, err := Train(toyData(), TrainConfig{Kind: "ner", Iterations: 5, Seed: 1, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Mr Kim arrived in Rome today")
	greedy := m.Tag(words)
	m.SetBeam(4)
	beam := m.Tag(words)
	if !reflect.DeepEqual(greedy, beam) {
		t.Errorf("greedy %v, beam %v", greedy, beam)
	}
	for i, tg := range beam {
		if strings.HasPrefix(tg, "I-") && (i == 0 || beam[i-1] == "O" || beam[i-1][2:] != tg[2:]) {
			t.Errorf("beam broke BIO: %v", beam)
		}
	}
}
