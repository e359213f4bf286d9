package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A run of one symbol repeated is one token, as in the nlp tokeniser; a
// page of "<" was one token a byte.
func TestTokenizeSymbolRuns(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Paris <<<<<< Rome", []string{"Paris", "<<<<<<", "Rome"}},
		{"one ——— two", []string{"one", "———", "two"}},
		{"(a (b))", []string{"(", "a", "(", "b", ")", ")"}},
		{"<>&|", []string{"<", ">", "&", "|"}},
	} {
		var got []string
		for _, tk := range tokenize(tc.in) {
			got = append(got, tc.in[tk.start:tk.end])
		}
		if len(got) != len(tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
				break
			}
		}
	}
}

// The resolver reads no further than the sentences the nlp stage made.
func TestAnalysedEnd(t *testing.T) {
	a := &model.Article{Text: "Paris is big. # # # # #"}
	if got := analysedEnd(a); got != len(a.Text) {
		t.Errorf("no sentences: %d", got)
	}
	a.Sentences = []model.Sentence{{Start: 0, End: 13}}
	if got := analysedEnd(a); got != 13 {
		t.Errorf("cut text: %d, want 13", got)
	}
}
