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
		{"french guillemets with no-break spaces", "Le ministre a déclaré\u00a0: «\u00a0Nous ne céderons pas\u00a0», a-t-il dit.", []string{"Nous ne céderons pas"}},
		{"french guillemets with narrow no-break spaces", "«\u202fNous ne céderons pas\u202f», a déclaré le ministre.", []string{"Nous ne céderons pas"}},
		{"french guillemets without spaces", "«Nous ne céderons pas», a déclaré le ministre.", []string{"Nous ne céderons pas"}},
		{"french guillemets with ordinary spaces", "« Nous ne céderons pas », a déclaré le ministre.", []string{"Nous ne céderons pas"}},
		{"guillemets nest", "« Il m'a dit « jamais » deux fois », a-t-elle dit.", []string{"Il m'a dit « jamais » deux fois"}},
		{"english marks inside guillemets are text", "« Le plan “Horizon” est mort », dit-il.", []string{"Le plan “Horizon” est mort"}},
		{"single guillemets", "Il parle d'une ‹ trêve › fragile.", []string{"trêve"}},
		{"german low-high", "„Wir geben nicht auf“, sagte der Minister.", []string{"Wir geben nicht auf"}},
		{"german low-high with inner single", "„Er sagte ‚nie wieder‘ zweimal“, sagte sie.", []string{"Er sagte ‚nie wieder‘ zweimal"}},
		{"german low single alone", "‚Wir geben nicht auf‘, sagte der Minister.", []string{"Wir geben nicht auf"}},
		{"german low single woven in", "Er sprach von einem ‚Wendepunkt‘ für das Land.", []string{"Wendepunkt"}},
		{"polish low single closed by right single", "Powiedział ‚nigdy więcej’ dwa razy.", []string{"nigdy więcej"}},
		{"apostrophe inside a low single quote", "Sie nannte es ‚ein Spiel, das man’s nicht gewinnt‘ am Montag.", []string{"ein Spiel, das man’s nicht gewinnt"}},
		{"low single left open is no quote", "Er sagte ‚nie wieder und ging.\n\n„Doch“, sagte sie.", []string{"Doch"}},
		{"low comma glyph after a word is no mark", "Das Haus‚ das brannte, stand leer. „Ja“, sagte er.", []string{"Ja"}},
		{"polish low-high", "„Nie poddamy się”, powiedział minister.", []string{"Nie poddamy się"}},
		{"low-high nest", "„Er nannte es „Unsinn“ gestern“, sagte sie.", []string{"Er nannte es „Unsinn“ gestern"}},
		{"german reversed guillemets", "Der Minister sagte: »Wir geben nicht auf.« Dann ging er.", []string{"Wir geben nicht auf."}},
		{"danish reversed single guillemets", "Han kaldte det ›en fejl‹ i går.", []string{"en fejl"}},
		{"stray french closing guillemet opens nothing", "pas » et puis « oui », dit-il.", []string{"oui"}},
		{"cjk corner brackets", "部長は「譲歩しない」と述べた。", []string{"譲歩しない"}},
		{"cjk white corner brackets inside corner brackets", "彼は「『譲歩しない』と言った」と述べた。", []string{"『譲歩しない』と言った"}},
		{"cjk white corner brackets alone", "『声明』を発表した。", []string{"声明"}},
		{"french over paragraphs", "« Premier point.\n\n« Second point », a-t-il dit.\n\nApres.", []string{"Premier point.\n\n« Second point"}},
		{"french paragraph reopened with a closing guillemet", "« Premier point.\n\n» Second point », dit-il.", []string{"Premier point.\n\n» Second point"}},
		{"german over paragraphs", "„Erster Punkt.\n\n„Zweiter Punkt“, sagte er.", []string{"Erster Punkt.\n\n„Zweiter Punkt"}},
		{"unclosed guillemet ends with paragraph", "« Premier point.\n\nAutre paragraphe.", []string{"Premier point."}},
		{"english and french in one text", "“We will win,” he said. « Nous gagnerons », dit-il.", []string{"We will win,", "Nous gagnerons"}},
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
// TestFindSpansForeignOffsets checks the byte offsets around multi-byte
// marks and the no-break spaces French sets inside them.
func TestFindSpansForeignOffsets(t *testing.T) {
	tests := []struct {
		name, text string
		want       Span
	}{
		// « is 2 bytes, U+00A0 2 bytes, U+202F 3 bytes.
		{"guillemets with no-break spaces", "a «\u00a0Non\u202f» b", Span{Open: 2, Start: 6, End: 9, Close: 14, Closed: true, Paragraphs: 1}},
		// „ and “ are 3 bytes each.
		{"low-high", "„Nein“", Span{Open: 0, Start: 3, End: 7, Close: 10, Closed: true, Paragraphs: 1}},
		// ‹ › are 3 bytes, and single.
		{"single guillemets", "‹x›", Span{Open: 0, Start: 3, End: 4, Close: 7, Single: true, Closed: true, Paragraphs: 1}},
		// 「」 are 3 bytes; 否 is 3 bytes.
		{"corner brackets", "「否」", Span{Open: 0, Start: 3, End: 6, Close: 9, Closed: true, Paragraphs: 1}},
		{"reversed guillemets", "»Nein«", Span{Open: 0, Start: 2, End: 6, Close: 8, Closed: true, Paragraphs: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FindSpans(tc.text)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("FindSpans(%q) = %+v, want [%+v]", tc.text, got, tc.want)
			}
		})
	}
}

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
	f.Add("«\u00a0a\u00a0» «b «c» d» ‹e› »f« ›g‹ » «")
	f.Add("„a“ „b” „c „d“ e“ ‚f‘ „\n\n„g")
	f.Add("‚a‘ ‚b’ ‚c‚d‘e‘ x‚ y ‚z\n\n‚w")
	f.Add("「a」『b』「c『d』e」「\n\n「f")
	f.Add("« a\n\n» b » » « „ “ ” 「 」")
	f.Add("« a », a-t-il dit. « b », selon l' , a déclaré « c » : dit-elle")
	f.Add("„a“, fügte er hinzu. „b“, so ein. Er sagte: „c“ »d«, laut")
	f.Add("«a», añadió. Según , «b» «c», dijo la ministra, María Montero,")
	f.Add("Il a déclaré qu'il n'a pas dit que, selon X, a-t-il ajouté. Selon le parquet, trois ont été vus, a annoncé le juge.")
	f.Add("Merz sagte am Montag, die Lage sei ernst. Die Lage sei ernst, sagte er. Sie nannte es ‚Unsinn‘, dass")
	f.Add("„Er sagte: ‚a‘“, sagte Merz vor. »b ›c‹ d«, so er. „Ich sagen ‚‘“ „‚x“ ‚‘ „wir sagen ‚y")
	f.Add("« Je leur ai dit “non », a déclaré aux « “a”, a répondu » «Nos dijo “”» “Eu disse «não” ao acordo»")
	f.Add("Il a dit aux députés de l' que. Dijo a los a al ante. Disse aos às perante. Sagte den dem gegenüber der vor")
	f.Add("Afirmó que. , dijo. Según la policía, O ministro não disse à imprensa que x, disse ele. qualifié de « grave »")
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
		// Each language with its own attribution words reads the text too
		// (foreign.go), as does English.
		for _, lang := range []string{"en", "fr", "es", "pt", "de"} {
			a := buildArticle(text, nil)
			a.Language = lang
			for _, q := range fd.Find(a) {
				if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
					t.Fatalf("bad quote %+v in %q (%s)", q, text, lang)
				}
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
		// The ends of the attribution shapes read by index: a report verb
		// or its object cut off at the text's end, a lone mark.
		`"`,
		`Asked whether`,
		`"We will stay," Kim said,`,
		`Kim warned Ethiopia against`,
		`Kim accused Ruto of`,
		`Kim accused Ruto of shelling`,
		`Kim was angry and urged`,
		`Kim said the move was illegal and called`,
		`The ban on`,
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
