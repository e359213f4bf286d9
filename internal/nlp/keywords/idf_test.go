package keywords

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestReadIDF(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		wantErr  bool
		stems    int
	}{
		{"ok", "docs 4\ngovern\t3\nuranium\t1\n", false, 2},
		{"header only", "docs 7\n", false, 0},
		{"empty", "", true, 0},
		{"no header", "govern\t3\n", true, 0},
		{"zero docs", "docs 0\n", true, 0},
		{"no tab", "docs 4\ngovern 3\n", true, 0},
		{"df above docs", "docs 4\ngovern\t5\n", true, 0},
		{"df not a number", "docs 4\ngovern\tx\n", true, 0},
		{"empty stem", "docs 4\n\t1\n", true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadIDF(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err == nil && tab.Len() != tc.stems {
				t.Errorf("Len = %d, want %d", tab.Len(), tc.stems)
			}
		})
	}
}

func TestIDFWeight(t *testing.T) {
	raw, err := os.ReadFile("testdata/df-small.txt")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadIDF(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	common, rare, unseen := tab.Weight("govern"), tab.Weight("uranium"), tab.Weight("zzyzx")
	if !(common < rare && rare < unseen) {
		t.Errorf("weights not ordered by rarity: common %v, rare %v, unseen %v", common, rare, unseen)
	}
	if common < 1 {
		t.Errorf("a common word's weight %v fell below 1", common)
	}
	var none *IDF
	if w := none.Weight("govern"); w != 1 {
		t.Errorf("nil table weight = %v, want 1", w)
	}
}

func TestDFBuilderRoundTrip(t *testing.T) {
	b := NewDFBuilder()
	b.AddDoc(strings.Fields("The government said uranium enrichment continues ."))
	b.AddDoc(strings.Fields("The government fell ; governments fall"))
	b.AddDoc(strings.Fields("Officials of the government met in 2024"))
	var buf bytes.Buffer
	n, err := b.Write(&buf, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("wrote %d stems, want the cap of 2:\n%s", n, buf.String())
	}
	tab, err := ReadIDF(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if tab.docs != 3 {
		t.Errorf("docs = %d, want 3", tab.docs)
	}
	// "government" and "governments" share a stem and count once per
	// document; it is the most frequent stem, so the cap keeps it.
	if got := tab.df[Stem("government")]; got != 3 {
		t.Errorf("df(govern) = %d, want 3", got)
	}
	for _, w := range []string{"the", "said", "2024"} {
		if _, ok := tab.df[Stem(Normalize(w))]; ok {
			t.Errorf("stopword or number %q counted", w)
		}
	}
}

func TestDefaultIDF(t *testing.T) {
	tab, err := DefaultIDF()
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() < 5000 || tab.Len() > 20000 {
		t.Errorf("embedded table has %d stems, want a capped news vocabulary (5000..20000)", tab.Len())
	}
	// Newswire mentions governments in a large share of stories and
	// uranium in few.
	if g, u := tab.Weight(Stem("government")), tab.Weight(Stem("uranium")); g >= u {
		t.Errorf("weight(government) %v >= weight(uranium) %v", g, u)
	}
}

func TestExtractIDFBias(t *testing.T) {
	// Two nouns used equally often and symmetrically; the background
	// table says "officials" is in every story and "reactor" in none, so
	// with the table the reactor ranks above the officials.
	text := "Officials inspected the reactor. The reactor worried officials."
	tab, err := ReadIDF(strings.NewReader("docs 100\n" + Stem("officials") + "\t100\n"))
	if err != nil {
		t.Fatal(err)
	}
	rank := func(cfg Config) map[string]int {
		out := map[string]int{}
		for i, k := range New(cfg).Extract(&model.Article{Text: text}) {
			out[strings.ToLower(k.Phrase)] = i
		}
		return out
	}
	with := rank(Config{IDF: tab})
	r, okR := with["reactor"]
	o, okO := with["officials"]
	if !okR || !okO || r > o {
		t.Errorf("with table: reactor at %d (%v), officials at %d (%v); want reactor first", r, okR, o, okO)
	}
	// Without a table the order is plain PositionRank: officials come
	// first in the text.
	without := rank(Config{})
	if without["officials"] > without["reactor"] {
		t.Errorf("without table: officials at %d after reactor at %d", without["officials"], without["reactor"])
	}
}

func FuzzReadIDF(f *testing.F) {
	if raw, err := os.ReadFile("testdata/df-small.txt"); err == nil {
		f.Add(raw)
	}
	f.Add([]byte("docs 1\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		tab, err := ReadIDF(bytes.NewReader(in))
		if err != nil {
			return
		}
		for st := range tab.df {
			if w := tab.Weight(st); w < 1 {
				t.Fatalf("weight(%q) = %v < 1", st, w)
			}
		}
	})
}
