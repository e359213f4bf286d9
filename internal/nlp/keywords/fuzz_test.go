package keywords

import (
	"strings"
	"testing"
)

// FuzzExtract runs the extractor over arbitrary "word/TAG" text (a word
// without a tag is a noun): whatever the tagger could hand it, keyphrase
// extraction must not panic, and every keyphrase has a positive score.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"As/IN Kenya/NNP plan/NN talks/NNS ,/, Ghana/NNP waits/VBZ ./.",
		"After/IN a/DT long/JJ flight/NN ,/, Kenya/NNP met/VBD Ghana/NNP ./.",
		"Seoul/NNP demanded/VBD that/IN Japan/NNP apologize/NN ./. such/JJ as/IN as/IN",
		"that/IN ./. the/DT",
	} {
		f.Add(s)
	}
	x := New(Config{})
	f.Fuzz(func(t *testing.T, s string) {
		fields := strings.Fields(s)
		if len(fields) > 200 {
			fields = fields[:200]
		}
		var toks [][2]string
		var words []string
		for _, fl := range fields {
			w, tag, ok := strings.Cut(fl, "/")
			if !ok || w == "" {
				w, tag = fl, "NN"
			}
			toks = append(toks, [2]string{w, tag})
			words = append(words, w)
		}
		a := taggedArticle(strings.Join(words, " "), toks)
		for _, k := range x.Extract(a) {
			if k.Score <= 0 || k.Phrase == "" {
				t.Errorf("keyphrase %+v from %q", k, s)
			}
		}
	})
}
