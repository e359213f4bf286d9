package tagger

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestTagWordsShared checks that tagging with word information shared
// between the POS and NER models (as the nlp stage does) prepares the same
// features and gives the same tags as each model computing its own, and
// that shared information computed for other clusters or other words is
// ignored.
func TestTagWordsShared(t *testing.T) {
	cfg, err := StandardFeatures(nil)
	if err != nil {
		t.Fatal(err)
	}
	pos, err := LoadEmbedded("pos", cfg)
	if err != nil {
		t.Fatal(err)
	}
	ner, err := LoadEmbedded("ner", cfg)
	if err != nil {
		t.Fatal(err)
	}
	// A model whose features have no clusters must not read the shared
	// paths.
	bare, err := LoadEmbedded("ner", FeatureConfig{ClusterPrefixes: ClusterPrefixes})
	if err != nil {
		t.Fatal(err)
	}
	// The NER model as the pipeline runs it reads a gazetteer too: its
	// features are computed on top of the shared ones.
	gazCfg := cfg
	gazCfg.Gazetteer = NewGazetteer([]GazName{
		{Words: []string{"Bergen"}, Type: "GPE"},
		{Words: []string{"Dala", "Orvik"}, Type: "PER"},
		{Words: []string{"Harbour", "Freight", "Co."}, Type: "ORG"},
	})
	withGaz, err := LoadEmbedded("ner", gazCfg)
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Finance Minister Dala Orvik told reporters in Bergen on Tuesday that the 2025 budget would cut fuel subsidies by 12 percent .",
		"KANDOR , March 3 ( Reuters ) - Protesters marched on the parliament building , police said .",
		"“ We will not accept this , ” the opposition leader said in a statement on Wednesday .",
		"The Harbour Freight Co. said its third-quarter profit rose to $ 4.5 million from $ 3.1 million .",
		"RIVERS FLOOD NORTHERN VALLEY AS RAIN CONTINUES",
		"Lund",
	}
	var shared Words
	for _, s := range sentences {
		ws := strings.Fields(s)
		shared.Prepare(pos, ws)
		for _, m := range []*Model{pos, ner, withGaz, bare} {
			own := m.cfg.prepare(ws)
			got := m.cfg.prepareShared(&sentence{}, ws, &shared)
			if !reflect.DeepEqual(got.toks, own.toks) || !reflect.DeepEqual(got.static, own.static) || got.headline != own.headline {
				t.Errorf("%s: features prepared with shared words differ from the model's own for %q", m.Kind, s)
			}
			tags := make([]string, len(ws))
			m.TagWords(ws, &shared, tags)
			if want := m.Tag(ws); !reflect.DeepEqual(tags, want) {
				t.Errorf("%s: TagWords(%q) = %v, want %v", m.Kind, s, tags, want)
			}
		}
	}
	// Words prepared for another sentence (of another length) are not
	// read.
	ws := strings.Fields(sentences[0])
	shared.Prepare(pos, strings.Fields(sentences[1]))
	tags := make([]string, len(ws))
	ner.TagWords(ws, &shared, tags)
	if want := ner.Tag(ws); !reflect.DeepEqual(tags, want) {
		t.Errorf("TagWords with words of another sentence = %v, want %v", tags, want)
	}
	// Nor are words prepared with other cluster prefixes.
	ws = strings.Fields(sentences[2])
	other := &Model{cfg: FeatureConfig{Clusters: ner.cfg.Clusters, ClusterPrefixes: []int{4, 8}}}
	shared.Prepare(other, ws)
	own := ner.cfg.prepare(ws)
	if got := ner.cfg.prepareShared(&sentence{}, ws, &shared); !reflect.DeepEqual(got.static, own.static) {
		t.Error("features prepared with words of other cluster prefixes differ from the model's own")
	}
	shared.Reset()
	if len(shared.s.toks) != 0 || len(shared.s.static) != 0 || shared.cfg.Clusters != nil {
		t.Error("Reset kept the words")
	}
}

// TestSameClusters checks that cluster tables of a type that cannot be
// compared are taken to differ rather than panicking.
func TestSameClusters(t *testing.T) {
	cfg, err := StandardFeatures(nil)
	if err != nil {
		t.Fatal(err)
	}
	fn := funcClusters(func(string) string { return "" })
	for _, c := range []struct {
		a, b Clusters
		want bool
	}{
		{cfg.Clusters, cfg.Clusters, true},
		{nil, nil, true},
		{cfg.Clusters, nil, false},
		{fn, fn, false},
		{fn, cfg.Clusters, false},
	} {
		if got := sameClusters(c.a, c.b); got != c.want {
			t.Errorf("sameClusters(%T, %T) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

type funcClusters func(string) string

func (f funcClusters) Path(lower string) string { return f(lower) }

// TestTagWordsFixed checks that a fixed tag is kept, that the tags after it
// are read with it before them, and that no fixed tags tag as TagWords.
func TestTagWordsFixed(t *testing.T) {
	cfg, err := StandardFeatures(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := LoadEmbedded("pos", cfg)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Beijing steps up patrols near the island .")
	plain := make([]string, len(words))
	m.TagWords(words, nil, plain)
	none := make([]string, len(words))
	m.TagWordsFixed(words, nil, make([]string, len(words)), none)
	if !slices.Equal(plain, none) {
		t.Errorf("no fixed tags: got %v, want %v", none, plain)
	}
	fixed := make([]string, len(words))
	fixed[0] = "NNP"
	got := make([]string, len(words))
	m.TagWordsFixed(words, nil, fixed, got)
	if got[0] != "NNP" {
		t.Errorf("fixed tag not kept: %v", got)
	}
	// Read after a proper noun, "steps" is its verb (the model alone
	// takes "Beijing" for an "-ing" participle and "steps" for a noun).
	if got[1] != "VBZ" {
		t.Errorf("word after the fixed tag: got %v, want VBZ (unfixed %v)", got, plain)
	}
	// An unknown tag fixes nothing.
	fixed[0] = "NOT-A-TAG"
	m.TagWordsFixed(words, nil, fixed, got)
	if !slices.Equal(plain, got) {
		t.Errorf("unknown fixed tag: got %v, want %v", got, plain)
	}
}
