package tokenize

import "testing"

// TestSplitAfterPlatformX checks that "X." after a lower-case word, the
// social network's name, ends a sentence before any capitalised word
// ("wrote on X. Police said"), while a capital initial after a name or
// before another initial keeps the sentence whole (last rows). Sentences
// written for this test.
func TestSplitAfterPlatformX(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The president said in a message on X. Police said six people were arrested.",
			[]string{"The president said in a message on X.", "Police said six people were arrested."}},
		{"The senator wrote in a post on X. Electoral officials said turnout was high.",
			[]string{"The senator wrote in a post on X.", "Electoral officials said turnout was high."}},
		{"The ministry made the announcement via X. Venezuela rejected it.",
			[]string{"The ministry made the announcement via X.", "Venezuela rejected it."}},
		// Near-misses: an initial of a name.
		{"He quoted Malcolm X. Smith spoke next.", []string{"He quoted Malcolm X. Smith spoke next."}},
		{"The book was written by X. Liu in 2010.", []string{"The book was written by X. Liu in 2010."}},
		{"He spoke on X. Y. Zhang's behalf.", []string{"He spoke on X. Y. Zhang's behalf."}},
	} {
		sents := Split(c.in, 0)
		var got []string
		for _, s := range sents {
			got = append(got, c.in[s.Start:s.End])
		}
		if len(got) != len(c.want) {
			t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Split(%q) = %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}
