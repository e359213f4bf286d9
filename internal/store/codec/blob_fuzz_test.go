package codec

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// FuzzDecodeArticle reads arbitrary articles.data blobs (a damaged row, a
// store written by another version) without panicking, and round-trips an
// article of fuzzed text: the text, paragraphs and sentence texts come
// back as they went in, whether the blob kept the text or left it to the
// body. The package had no fuzz target.
func FuzzDecodeArticle(f *testing.F) {
	f.Add([]byte(`{"source":"s","title":"T","text":"A. B.","paragraphs":["A. B."]}`), "A. B.", 2)
	f.Add([]byte(BlobMagic+"not deflate"), "", 0)
	f.Add([]byte(`{"_text_from_body":true,"sentences":[{"start":5,"end":2}]}`), "short", 1)
	f.Add([]byte{}, "RIGA (Wire) - Latvia's president signed the law.\n\nIt takes effect in May.", 10)
	f.Fuzz(func(t *testing.T, blob []byte, text string, cut int) {
		// Any blob with any body: an error or an article, never a panic.
		if a, err := DecodeArticle(blob, text); err == nil && a == nil {
			t.Fatal("no article and no error")
		}

		if !utf8.ValidString(text) {
			return // article text is valid UTF-8 (Prepare mends it); the body is stored as it is
		}
		a := &model.Article{Source: "fuzz", Title: "T", Text: text, Paragraphs: strings.Split(text, "\n\n")}
		if n := len(text); n > 0 {
			c := min(max(cut, 0), n)
			// Sentence bounds fall between runes (the splitter cuts valid
			// text); a cut inside one would make an invalid string that
			// JSON, rightly, stores as U+FFFD.
			for c < n && !utf8.RuneStart(text[c]) {
				c--
			}
			a.Sentences = []model.Sentence{{Text: text[:c], Start: 0, End: c}, {Text: text[c:], Start: c, End: n}}
		}
		for _, body := range []string{text, "a different body"} {
			b, err := EncodeArticle(a, body)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			back, err := DecodeArticle(b, body)
			if err != nil {
				t.Fatalf("decode what was encoded: %v", err)
			}
			if back.Text != text || len(back.Paragraphs) != len(a.Paragraphs) || len(back.Sentences) != len(a.Sentences) {
				t.Fatalf("round trip with body %q: text %q paragraphs %d sentences %d, want %q %d %d", body, back.Text, len(back.Paragraphs), len(back.Sentences), text, len(a.Paragraphs), len(a.Sentences))
			}
			for i, s := range back.Sentences {
				if s.Text != a.Sentences[i].Text {
					t.Fatalf("sentence %d = %q, want %q", i, s.Text, a.Sentences[i].Text)
				}
			}
		}
	})
}
