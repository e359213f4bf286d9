package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadCoNLLIOB1(t *testing.T) {
	got := readCoNLLFile(t, "testdata/iob1.conll")
	want := []Sentence{
		{Words: []string{"Anna", "Berg", "visited", "38", "Oslo", "."}, Tags: []string{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}, DocStart: true},
		{Words: []string{"Bergen", "Oslo"}, Tags: []string{"B-LOC", "B-LOC"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestReadUNER(t *testing.T) {
	got := readCoNLLFile(t, "testdata/uner.iob2")
	want := []Sentence{
		{Words: []string{"Anna", "went"}, Tags: []string{"B-PER", "O"}, DocStart: true},
		{Words: []string{"#tag"}, Tags: []string{"O"}},
		{Words: []string{"Send", "e-mail."}, Tags: []string{"O", "O"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// readCoNLLFile reads a test file with ReadCoNLL; any error fails the test.
func readCoNLLFile(t *testing.T, path string) []Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-ORG", "B-PER B-PER B-ORG"},
		{"S-PER B-LOC E-LOC", "B-PER B-LOC I-LOC"},
		{"O I-X", "O B-X"},
	}
	for _, tt := range tests {
		if got := strings.Join(ToIOB2(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("ToIOB2(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestMapTypes(t *testing.T) {
	got := MapTypes(strings.Fields("B-geo I-geo B-tim B-gpe"), map[string]string{"geo": "LOC", "tim": "O", "gpe": "NORP"})
	if want := "B-LOC I-LOC O B-NORP"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestReadGMB(t *testing.T) {
	csv := "Sentence #,Word,POS,Tag\r\nSentence: 1,Iraqi,JJ,B-gpe\r\n,troops,NNS,O\r\n,\"\"\"\",``,O\r\nSentence: 2,Caf\xe9,NNP,B-org\r\n"
	ner, pos, err := ReadGMB(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(ner) != 2 || strings.Join(ner[0].Words, " ") != "Iraqi troops \"" || ner[1].Words[0] != "Café" || pos[0].Tags[0] != "JJ" || ner[0].Tags[0] != "B-gpe" {
		t.Errorf("got ner %+v pos %+v", ner, pos)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	// Hostile files: a BOM and CRLF endings, a broken encoding, rows of
	// one column and of a tag that is no IOB, an I- tag of another type
	// after a B- (IOB1 to repair), a CoNLL-U comment inside a CoNLL
	// file, and a sentence of one token repeated beyond any real length.
	f.Add("\ufeff-DOCSTART- -X- O O\r\n\r\nKim NNP I-NP I-PER\r\nspoke VBD I-VP O\r\n")
	f.Add("Caf\xe9 NNP I-NP I-ORG\n\xff\xfe NN I-NP O\n")
	f.Add("Lagos\n\nAbuja NNP I-NP X-LOC\nsaid VBD I-VP -\n")
	f.Add("Nairobi NNP I-NP B-LOC\nKenya NNP I-NP I-PER\nand CC O I-LOC\n")
	f.Add("# text = x\n1\tKim\tB-PER\nKim NNP I-NP I-PER\n")
	f.Add(strings.Repeat("talks NNS I-NP O\n", 5000))
	f.Fuzz(func(t *testing.T, s string) {
		sents, err := ReadCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, st := range sents {
			if len(st.Words) != len(st.Tags) || len(st.Words) == 0 {
				t.Fatalf("sentence with %d words, %d tags", len(st.Words), len(st.Tags))
			}
			for i, tag := range st.Tags {
				if tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
					t.Fatalf("tag %q not IOB2", tag)
				}
				if strings.HasPrefix(tag, "I-") && (i == 0 || st.Tags[i-1] == "O" || st.Tags[i-1][2:] != tag[2:]) {
					t.Fatalf("I- tag %q does not continue an entity: %v", tag, st.Tags)
				}
			}
		}
	})
}
