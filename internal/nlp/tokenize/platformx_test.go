package tokenize

import "testing"

// TestSplitPlatformX checks that "X." after a preposition ends the
// sentence before a name ("wrote on X. Lior Ben-Ami posted ..."): it is the
// platform, not an initial. After a name it stays an initial ("Malcolm X.
// Smith"), and initials elsewhere keep their name together.
func TestSplitPlatformX(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The army spokesman posted on X. Lior Ben-Ami shared a video.", []string{"The army spokesman posted on X.", "Lior Ben-Ami shared a video."}},
		{"The minister announced the deal via X. Opposition leaders called it rushed.", []string{"The minister announced the deal via X.", "Opposition leaders called it rushed."}},
		{"The clip was first posted to X. Kenyan police later removed it.", []string{"The clip was first posted to X.", "Kenyan police later removed it."}},
		// Near misses: an initial inside a name.
		{"Malcolm X. Smith spoke at the rally.", []string{"Malcolm X. Smith spoke at the rally."}},
		{"The prize went to J. K. Rowling on Monday.", []string{"The prize went to J. K. Rowling on Monday."}},
		{"A letter to C. Smith was read aloud.", []string{"A letter to C. Smith was read aloud."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.in, 0) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

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
