package segment

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. envoy arrived. Talks began on Monday.", []string{"The U.S. envoy arrived.", "Talks began on Monday."}},
		{"Mr. Smith met Gen. Lee in Oslo. They agreed.", []string{"Mr. Smith met Gen. Lee in Oslo.", "They agreed."}},
		{"\"We will fight,\" he said. Then he left.", []string{"\"We will fight,\" he said.", "Then he left."}},
		{"First paragraph\n\nSecond one", []string{"First paragraph", "Second one"}},
		{"Ends with e.g. this word.", []string{"Ends with e.g. this word."}},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		var texts []string
		for _, s := range got {
			texts = append(texts, s.Text)
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("offsets of %q wrong", s.Text)
			}
		}
		if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, texts, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim didn't mention Seoul's drills.", "Kim|did|n't|mention|Seoul|'s|drills|."},
		{"The U.S.-led coalition, 1,200 troops", "The|U.S.-led|coalition|,|1,200|troops"},
		{"cross-border lines (PRC)", "cross-border|lines|(|PRC|)"},
		{"the Koreas' talks", "the|Koreas|'|talks"},
		{"U.S.-South Korea drills, China-DPRK ties.", "U.S.|-|South|Korea|drills|,|China|-|DPRK|ties|."},
		{"a North Korea ruler.", "a|North|Korea|ruler|."},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokens(tt.in, 0) {
			got = append(got, tk.Text)
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("offset mismatch for %q", tk.Text)
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, strings.Join(got, "|"), tt.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("The U.S. envoy arrived. Talks began.\n\nNew para didn't end")
	f.Add("'s ' \u2019 . . ..")
	// Hostile text: broken UTF-8 in a word and at a sentence end, quotes
	// and brackets nested and left open, a run of full stops, and one
	// long sentence with no end at all.
	f.Add("The minister\xff said. \xe2\x80 Talks\xc3.")
	f.Add("He said: \"The envoy (who had said 'we will \u201cnot\u201d go.') left.\" (See [below.")
	f.Add(strings.Repeat(". ", 3000) + strings.Repeat("...", 1000))
	f.Add(strings.Repeat("troops ", 4000))
	f.Fuzz(func(t *testing.T, s string) {
		for _, se := range Sentences(s) {
			if se.Start < 0 || se.End > len(s) || se.Start > se.End || s[se.Start:se.End] != se.Text {
				t.Fatalf("bad sentence offsets %+v", se)
			}
			for _, tk := range se.Tokens {
				if tk.Start < se.Start || tk.End > se.End || s[tk.Start:tk.End] != tk.Text {
					t.Fatalf("bad token %+v", tk)
				}
			}
		}
	})
}
