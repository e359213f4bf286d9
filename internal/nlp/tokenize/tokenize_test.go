package tokenize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(toks []Token) string {
	var s []string
	for _, t := range toks {
		s = append(s, t.Text)
	}
	return strings.Join(s, "|")
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr. Smith went to Washington.", "Mr.|Smith|went|to|Washington|."},
		{"The U.S. economy grew 3.5% in 2020.", "The|U.S.|economy|grew|3.5|%|in|2020|."},
		{"Xi's visit", "Xi|'s|visit"},
		{"Xi’s visit", "Xi|’s|visit"},
		{"They don't know, we can't say.", "They|do|n't|know|,|we|ca|n't|say|."},
		{"the countries' leaders", "the|countries|'|leaders"},
		{"Moon Jae-in met O'Neill.", "Moon|Jae-in|met|O'Neill|."},
		{"It cost $1,000,000.", "It|cost|$|1,000,000|."},
		{"See https://example.com/a?b=c. Then", "See|https://example.com/a?b=c|.|Then"},
		{"Write to press@example.org, please", "Write|to|press@example.org|,|please"},
		{"\"We will,\" he said.", "\"|We|will|,|\"|he|said|."},
		{"A report by E! said", "A|report|by|E!|said"},
		{"Yahoo! Finance reported.", "Yahoo!|Finance|reported|."},
		{"Help! Nobody came.", "Help|!|Nobody|came|."},
		{"Wait... what?!", "Wait|...|what|?!"},
		{"J. K. Rowling", "J.|K.|Rowling"},
		{"built c. 1850, Roe v. Wade", "built|c.|1850|,|Roe|v.|Wade"},
		{"Gen. Kim and Jan. 5", "Gen.|Kim|and|Jan.|5"},
		{"WASHINGTON (Reuters) - The", "WASHINGTON|(|Reuters|)|-|The"},
		{"AT&T and the U.S.-led force", "AT&T|and|the|U.S.-led|force"},
		{"the U.S.'s role", "the|U.S.|'s|role"},
		{"end.", "end|."},
		// A run of one symbol repeated, three or more, is one token;
		// two, or a mix, stay apart.
		{"Part one\n***\nPart two", "Part|one|***|Part|two"},
		{"<<<<<<<<<<", "<<<<<<<<<<"},
		{"a ==== b ——— c", "a|====|b|———|c"},
		{"(see (note 2))", "(|see|(|note|2|)|)"},
		{"<<>>", "<|<|>|>"},
		{"&|#&", "&|||#|&"},
		{"", ""},
	}
	for _, tt := range tests {
		got := texts(Tokens(tt.in, 0))
		if got != tt.want {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func sentTexts(text string) []string {
	var out []string
	for _, s := range Split(text, 0) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"He left. She stayed.", []string{"He left.", "She stayed."}},
		{"Mr. Kim met Gen. Park. They talked.", []string{"Mr. Kim met Gen. Park.", "They talked."}},
		{"The U.S. President spoke. Then he left.", []string{"The U.S. President spoke.", "Then he left."}},
		{"He lives in the U.S. The rest is history.", []string{"He lives in the U.S.", "The rest is history."}},
		{"\"We will defend it.\" Xi said so.", []string{"\"We will defend it.\"", "Xi said so."}},
		{"\"Why?\" he asked.", []string{"\"Why?\" he asked."}},
		{"Headline Without Period\nBody starts here.", []string{"Headline Without Period", "Body starts here."}},
		{"Growth was 3.5 percent. It fell.", []string{"Growth was 3.5 percent.", "It fell."}},
		{"J. K. Rowling wrote it. Fans cheered.", []string{"J. K. Rowling wrote it.", "Fans cheered."}},
		// A lone capital ends a sentence only before a pronoun or
		// determiner: an initial precedes a name.
		{"The minister wrote on X. He gave no details.", []string{"The minister wrote on X.", "He gave no details."}},
		{"Voters backed Proposition C. The measure passed.", []string{"Voters backed Proposition C.", "The measure passed."}},
		{"George W. Bush met Franklin D. Hale. They talked.", []string{"George W. Bush met Franklin D. Hale.", "They talked."}},
		{"Jon B. \"Skip\" Hale spoke.", []string{"Jon B. \"Skip\" Hale spoke."}},
		{"Louis I. Kahn built it.", []string{"Louis I. Kahn built it."}},
		// A closing mark after "No." ends the quoted sentence.
		{"He said: \"No.\" Officials left.", []string{"He said: \"No.\"", "Officials left."}},
		{"He said: \"No.\" 10 Downing Street was quiet.", []string{"He said: \"No.\" 10 Downing Street was quiet."}},
		{"WASHINGTON (Reuters) - The talks ended. Both sides left.", []string{"WASHINGTON (Reuters) - The talks ended.", "Both sides left."}},
		{"It was late... Nobody came.", []string{"It was late...", "Nobody came."}},
		{"It was... well, late.", []string{"It was... well, late."}},
		{"Visit www.example.com. It is new.", []string{"Visit www.example.com.", "It is new."}},
		{"On Jan. 5 they met.", []string{"On Jan. 5 they met."}},
		// Abbreviations of biographies and law reports keep their period.
		{"The mill was built c. 1850 by settlers. It burned later.", []string{"The mill was built c. 1850 by settlers.", "It burned later."}},
		{"The fort dates from ca. 1700 and still stands.", []string{"The fort dates from ca. 1700 and still stands."}},
		{"The poet Ana Ruiz (b. 1950) read first. Critics praised her.", []string{"The poet Ana Ruiz (b. 1950) read first.", "Critics praised her."}},
		{"The painter (d. 1990) left no will. His heirs sued.", []string{"The painter (d. 1990) left no will.", "His heirs sued."}},
		{"Judges cited Roe v. Wade in the ruling.", []string{"Judges cited Roe v. Wade in the ruling."}},
		{"Police said approx. 20 people came. They left.", []string{"Police said approx. 20 people came.", "They left."}},
		{"He lives at No. 10 Downing Street. It is old.", []string{"He lives at No. 10 Downing Street.", "It is old."}},
		{"It was the No. 1 seed. No. 2 lost.", []string{"It was the No. 1 seed.", "No. 2 lost."}},
		{"Lt. Kim met Sen. Lee, Rep. Cho and Gov. Han.", []string{"Lt. Kim met Sen. Lee, Rep. Cho and Gov. Han."}},
		{"The Atty. Gen. spoke. Det. Sgt. Jones left.", []string{"The Atty. Gen. spoke.", "Det. Sgt. Jones left."}},
		// Scripts without case: a full stop before Hangul, kana or Han
		// ends the sentence, as a full stop before a capital does.
		{"정부는 새 예산안을 발표했다. 야당은 반대했다.", []string{"정부는 새 예산안을 발표했다.", "야당은 반대했다."}},
		{"회담은 끝났어요. 양측은 떠났어요.", []string{"회담은 끝났어요.", "양측은 떠났어요."}},
		{"首相が辞任した。後任は未定だ。", []string{"首相が辞任した。", "後任は未定だ。"}},
		{"市政府宣布新计划。反对党批评了该计划！他们要求投票？", []string{"市政府宣布新计划。", "反对党批评了该计划！", "他们要求投票？"}},
		{"他说：「会谈结束。」双方离开了。", []string{"他说：「会谈结束。」", "双方离开了。"}},
		{"وصل الوزير. بدأت المحادثات.", []string{"وصل الوزير.", "بدأت المحادثات."}},
		// Cased scripts other than Latin still continue after a period
		// before a lowercase letter.
		{"Он приехал в г. москва вчера.", []string{"Он приехал в г. москва вчера."}},
		// "St." is a saint before a name but a street at a sentence end.
		{"They met in St. Louis near Mt. Hood. It rained.", []string{"They met in St. Louis near Mt. Hood.", "It rained."}},
		{"He lives on Main St. He moved there in 2001.", []string{"He lives on Main St.", "He moved there in 2001."}},
		// A dateline in capitals keeps its abbreviated place whole; the
		// capitals forms may still end a sentence before a usual opener.
		{"ST. PETERSBURG, Nov 3 (Reuters) - The port reopened.", []string{"ST. PETERSBURG, Nov 3 (Reuters) - The port reopened."}},
		{"FT. LAUDERDALE, Fla. (AP) - Flights resumed.", []string{"FT. LAUDERDALE, Fla. (AP) - Flights resumed."}},
		{"The story was first reported by the FT. The bank declined to comment.", []string{"The story was first reported by the FT.", "The bank declined to comment."}},
		{"The vote is on Dec. 12. It will be close.", []string{"The vote is on Dec. 12.", "It will be close."}},
		// "U.S." ends a sentence before a typical opener, not before a name.
		{"He moved to the U.S. He later became a citizen.", []string{"He moved to the U.S.", "He later became a citizen."}},
		{"The U.S. Army said so.", []string{"The U.S. Army said so."}},
		// A clock time ends the clause unless a day, a month or a zone follows.
		{"The blast was at 3 p.m. Police arrived soon after.", []string{"The blast was at 3 p.m.", "Police arrived soon after."}},
		{"The blast was at 3 p.m. Tuesday near the port.", []string{"The blast was at 3 p.m. Tuesday near the port."}},
		{"Polls close at 8 p.m. EST in most states.", []string{"Polls close at 8 p.m. EST in most states."}},
		{"Talks start at 9 a.m. Beijing time on Monday.", []string{"Talks start at 9 a.m. Beijing time on Monday."}},
		{"They sell fruit, nuts, etc. Prices rose.", []string{"They sell fruit, nuts, etc.", "Prices rose."}},
		{"Brazil vs. Argentina ended 1-1.", []string{"Brazil vs. Argentina ended 1-1."}},
	}
	for _, tt := range tests {
		got := sentTexts(tt.in)
		if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestOffsetsBase(t *testing.T) {
	text := "xx Kim's army."
	toks := Tokens(text[3:], 3)
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %q at %d:%d reads %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
	}
}

// checkInvariants verifies what every consumer relies on: tokens are
// non-empty, ordered, non-overlapping, equal to their text slice, cover every
// non-space byte, and sentences partition the tokens.
func checkInvariants(t *testing.T, text string) {
	sents := Split(text, 0)
	last := 0
	n := 0
	for _, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("empty sentence in %q", text)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence bounds %d:%d do not match tokens in %q", s.Start, s.End, text)
		}
		for _, tk := range s.Tokens {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("bad token %q %d:%d (last %d) in %q", tk.Text, tk.Start, tk.End, last, text)
			}
			if text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %q does not match text %q", tk.Text, text[tk.Start:tk.End])
			}
			for _, r := range text[last:tk.Start] {
				if !isSpace(r) && utf8.ValidRune(r) && r != utf8.RuneError {
					t.Fatalf("non-space %q skipped before %q in %q", r, tk.Text, text)
				}
			}
			last = tk.End
			n++
		}
	}
	for _, r := range text[last:] {
		if !isSpace(r) && r != utf8.RuneError {
			t.Fatalf("non-space %q after last token in %q", r, text)
		}
	}
	if n != len(Tokens(text, 0)) {
		t.Fatalf("sentences hold %d tokens, Tokens gives %d", n, len(Tokens(text, 0)))
	}
}

func TestInvariants(t *testing.T) {
	for _, s := range []string{"a", "...", "'s", "U.S.", "x@y", "http://", "--", "O'", "a.b.c.", "1,2,3", "‘’“”", "\xff\xfe"} {
		checkInvariants(t, s)
	}
}

func FuzzSplit(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Mr. Kim's U.S.-led talks... \"Why?\" he asked. https://x.org/a.")
	// Hostile text: broken UTF-8 inside words and abbreviations, nested
	// quotes and brackets, abbreviations and URLs repeated back to back,
	// and a run with no sentence end far past MaxSentenceTokens.
	f.Add("U.\xffS. envoy\xe2\x80 met Mr.\xc3 Kim. \xed\xa0\x80")
	f.Add("\u201cHe said \u2018(they [would] \"not\" go)\u2019 today.\u201d ((( [[[ \"\" ''")
	f.Add(strings.Repeat("U.S. Mr. e.g. https://a.b/c. ", 800))
	f.Add(strings.Repeat("word ", 5*MaxSentenceTokens))
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s)
	})
}

// A run of text with no sentence end is cut into sentences of at most
// MaxSentenceTokens tokens, covering every token once.
func TestSplitCapsSentenceLength(t *testing.T) {
	text := strings.Repeat("word ", 3*MaxSentenceTokens+7)
	sents := Split(text, 0)
	if len(sents) != 4 {
		t.Fatalf("%d sentences, want 4", len(sents))
	}
	n := 0
	for _, s := range sents {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Errorf("sentence of %d tokens", len(s.Tokens))
		}
		n += len(s.Tokens)
	}
	if n != 3*MaxSentenceTokens+7 {
		t.Errorf("%d tokens in sentences, want %d", n, 3*MaxSentenceTokens+7)
	}
}

func TestTokensUpTo(t *testing.T) {
	for _, tc := range []struct {
		in    string
		limit int
		want  string
		more  bool
	}{
		{"One two three.", 10, "One|two|three|.", false},
		{"One two three.", 4, "One|two|three|.", false},
		{"One two three.", 3, "One|two|three", true},
		{"<>&|#<>&|#", 4, "<|>|&||", true}, // one chunk of punctuation, stopped inside
		{"One two", 0, "", true},
		{"", 0, "", false},
	} {
		toks, more := TokensUpTo(tc.in, 0, tc.limit)
		if got := texts(toks); got != tc.want || more != tc.more {
			t.Errorf("TokensUpTo(%q, %d) = %s, %v; want %s, %v", tc.in, tc.limit, got, more, tc.want, tc.more)
		}
	}
}

// BenchmarkTokensPunctuation tokenises a megabyte of one symbol repeated
// (one token) and of mixed symbols in runs of one and two (one token a
// byte), whole and stopped at a limit as the nlp stage stops it.
func BenchmarkTokensPunctuation(b *testing.B) {
	same := strings.Repeat("<", 1<<20)
	var mixed strings.Builder
	for i := 0; mixed.Len() < 1<<20; i++ {
		mixed.WriteString(strings.Repeat(string("<>&|#"[i%5]), 1+i%2))
	}
	for _, tc := range []struct {
		name, text string
		limit      int
	}{
		{"same", same, 1 << 20},
		{"mixed", mixed.String(), 1 << 20},
		{"mixed-limit-256K", mixed.String(), 1 << 18},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for b.Loop() {
				TokensUpTo(tc.text, 0, tc.limit)
			}
		})
	}
}

// TestURLScheme checks the stack lower-casing of urlScheme against
// strings.ToLower of the first eight bytes, for ASCII, non-ASCII (the long
// s folds to "s" but does not lower-case to it) and cut UTF-8.
func TestURLScheme(t *testing.T) {
	old := func(c string) bool {
		lc := strings.ToLower(c[:min(len(c), 8)])
		return strings.HasPrefix(lc, "http://") || strings.HasPrefix(lc, "https://") || strings.HasPrefix(lc, "www.")
	}
	for c, want := range map[string]bool{
		"https://example.org/a": true, "HTTP://EXAMPLE.ORG": true, "Www.example.org": true, "www.": true,
		"http:/": false, "httpſ://x.org": false, "wWw-x": false, "": false, "Http://é.org": true,
		"Ünter": false, "HTTPS:\xe2\x80": false, "ww": false,
	} {
		if got := urlScheme(c); got != want || got != old(c) {
			t.Errorf("urlScheme(%q) = %v, want %v (ToLower gives %v)", c, got, want, old(c))
		}
	}
}
