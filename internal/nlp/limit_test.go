package nlp

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A text with more tokens than the limit is analysed up to it, whole
// sentences only, and the article says so in Incomplete: never cut in
// silence.
func TestStageTokenLimit(t *testing.T) {
	st, err := New(Config{NoPOS: true, MaxTokens: 12})
	if err != nil {
		t.Fatal(err)
	}
	paras := []string{
		"The minister spoke in Paris on Monday.", // 8 tokens
		"She met the mayor. Then she left the city hall.",
		"& | # & | # & | # & | #",
	}
	a := &model.Article{Text: strings.Join(paras, "\n\n"), Paragraphs: paras}
	doc := &model.Document{Article: a}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Sentences {
		got = append(got, s.Text)
	}
	// 8 tokens, then 5 would pass 12: "She met the mayor." is cut in two
	// and left out with the rest.
	if want := []string{paras[0]}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if len(a.Incomplete) != 1 || a.Incomplete[0].Stage != "nlp" ||
		!strings.Contains(a.Incomplete[0].Error, "more than 12 tokens") ||
		!strings.Contains(a.Incomplete[0].Error, "first 38 bytes") {
		t.Errorf("incomplete %+v", a.Incomplete)
	}

	// Under the limit: nothing noted.
	b := &model.Article{Text: paras[0], Paragraphs: paras[:1]}
	if err := st.Process(context.Background(), &model.Document{Article: b}); err != nil {
		t.Fatal(err)
	}
	if len(b.Incomplete) != 0 || len(b.Sentences) != 1 {
		t.Errorf("short text: incomplete %+v, %d sentences", b.Incomplete, len(b.Sentences))
	}
}

func TestSentencesUpTo(t *testing.T) {
	a := &model.Article{Text: "One two. Three four.\n\nFive six."}
	for _, tc := range []struct {
		limit, sents, analysed int
	}{
		{100, 3, len(a.Text)},
		{9, 3, len(a.Text)},    // exactly the text's 9 tokens
		{6, 2, 20},             // the first paragraph whole
		{7, 2, 20},             // "Five six." cut: left out
		{4, 1, 8},              // "Three four." cut in two
		{0, 0, 0},              // nothing analysed
		{2, 1, len("One two")}, // the only sentence cut: kept as far as it goes
	} {
		sents, analysed := SentencesUpTo(a, tc.limit)
		if len(sents) != tc.sents || analysed != tc.analysed {
			t.Errorf("limit %d: %d sentences to %d, want %d to %d", tc.limit, len(sents), analysed, tc.sents, tc.analysed)
		}
	}
	if TokenLimit(100) != minTokenLimit || TokenLimit(40<<20) != 10<<20 {
		t.Errorf("TokenLimit %d %d", TokenLimit(100), TokenLimit(40<<20))
	}
}

// The stage works the wire dateline out once for the stages after it; what
// it stores is DatelineLen's answer, with or without a dateline.
func TestStageDateline(t *testing.T) {
	st, err := New(Config{NoPOS: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text     string
		dateline bool
	}{
		{"KYIV, March 3 (Newsgraph Wire) - The mayor opened the bridge on Monday.", true},
		{"The mayor opened the bridge on Monday.", false},
	} {
		text := tc.text
		if (extract.DatelineLen(text) > 0) != tc.dateline {
			t.Fatalf("%q: DatelineLen %d", text, extract.DatelineLen(text))
		}
		a := &model.Article{Text: text, Paragraphs: []string{text}}
		if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
			t.Fatal(err)
		}
		if want := extract.DatelineLen(text); !a.DatelineKnown || a.Dateline != want {
			t.Errorf("%q: Dateline %d (known %v), want %d", text, a.Dateline, a.DatelineKnown, want)
		}
	}
}
