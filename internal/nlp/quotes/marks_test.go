package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindSpans(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // span contents
	}{
		{"straight", `He said, "We will win." Then he left.`, []string{"We will win."}},
		{"curly", "“We will win,” he said.", []string{"We will win,"}},
		{"apostrophes are not quotes", "Xi's aides and the players' union met. It's the 'new normal' now.", []string{"new normal"}},
		{"single quotes at top level", "China's Xi Vows to 'Defend' and 'Develop' Ties", []string{"Defend", "Develop"}},
		{"quote inside quote", `"He told me 'never again' twice," she said.`, []string{"He told me 'never again' twice,"}},
		{"curly inside curly", "“He said “no” to me,” she said.", []string{"He said “no” to me,"}},
		{"runs over paragraphs", "“First part.\n\n“Second part.”\n\nAfter.", []string{"First part.\n\n“Second part."}},
		{"broken over paragraphs without reopening", "He said, \"First part.\n\nSecond part.\" Then.", []string{"First part.\n\nSecond part."}},
		{"unterminated ends with paragraph", "He said, \"First part.\n\nNext paragraph.", []string{"First part."}},
		{"stray closing mark", `12" pipes and "real" ones`, []string{"real"}},
		{"decade apostrophe", "In the '90s, 'quotes' came back.", []string{"quotes"}},
		{"empty", `"" and " "`, nil},
		{"treebank marks", "He said, ``We will win.'' Then he left.", []string{"We will win."}},
		{"treebank open, straight close", "``We will win,\" he said.", []string{"We will win,"}},
		{"treebank over paragraphs", "``First part.\n\n``Second part.''\n\nAfter.", []string{"First part.\n\n``Second part."}},
		{"treebank with an inner quote", "``He told me `never again' twice,'' she said.", []string{"He told me `never again' twice,"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range FindSpans(tc.text) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("FindSpans(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// FuzzFindSpans checks the invariants of the quotation scanner on any
// input: spans in order, inside the text, content inside the marks, and
// the whole finder never panics and returns quotes that slice the text.
func FuzzFindSpans(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("“a\n\n“b” 'c' d's \"e")
	f.Add("\"\"\"''’‘“”")
	f.Add("``a'' ``b\" `c' ''d``")
	fd, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		prev := 0
		for _, s := range FindSpans(text) {
			if !(prev <= s.Open && s.Open < s.Start && s.Start < s.End && s.End <= s.Close && s.Close <= len(text)) {
				t.Fatalf("bad span %+v (prev end %d) in %q", s, prev, text)
			}
			prev = s.Close
		}
		a := buildArticle(text, nil)
		for _, q := range fd.Find(a) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote %+v in %q", q, text)
			}
		}
	})
}

// FuzzFind runs the whole finder on arbitrary text, with every capitalised
// word marked as a person (so speakers, pronouns and appositions are
// exercised): it must not panic, and every quote must be the text at its
// offsets.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"We will," said Kim. "Bye," he added.`,
		`Fuller's lawyer, Nadia Brooks, said her client "had done nothing wrong."`,
		`KCNA quoted Kim as saying the test was a success, KCNA reported.`,
		`According to the secretary, Joel Brand, the repairs were "far too slow."`,
		`The mayor was furious. "Nobody asked us," she said. 'Quoted'`,
		"\u201cUnclosed quote\n\n\u201cNext paragraph\u201d, she wrote on social media.",
	} {
		f.Add(s)
	}
	// One sentence of many quotes, longer than sentenceReach tokens: the
	// windows that keep such text linear cut it.
	for _, shape := range hostileShapes {
		f.Add(hostileText(shape.format, 30))
	}
	fd := newFinder(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		var ents []entityDef
		seen := map[string]bool{}
		for _, w := range strings.Fields(text) {
			w = strings.Trim(w, `.,;:!?"'()`+"\u201c\u201d\u2018\u2019")
			if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && !seen[w] {
				seen[w] = true
				ents = append(ents, entityDef{typ: "PER", name: w, gender: []string{"", "female", "male"}[len(w)%3]})
			}
		}
		a := buildArticle(text, ents)
		for _, q := range fd.Find(a) {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("quote %q at [%d:%d] is not the text there", q.Text, q.Start, q.End)
			}
		}
	})
}

// paragraphOf is a binary search; it must give what the scan it replaced
// gave for every offset: the first paragraph ending after it, else the
// last (offsets in the blank lines between paragraphs, past the end, and
// texts with no paragraph at all).
func TestParagraphOfMatchesScan(t *testing.T) {
	for _, text := range []string{
		"",
		"\n\n",
		"One paragraph only.",
		"First one.\n\nSecond one.\n\n\n  \nThird, after blank lines.\n",
		"\n\nLeading blank lines.\nSame paragraph.\n\nLast.  \n\n",
	} {
		v := &view{paras: Paragraphs(text)}
		for off := -1; off <= len(text)+1; off++ {
			want := len(v.paras) - 1
			for i, p := range v.paras {
				if off < p[1] {
					want = i
					break
				}
			}
			if got := v.paragraphOf(off); got != want {
				t.Errorf("%q: paragraphOf(%d) = %d, want %d", text, off, got, want)
			}
		}
	}
}
