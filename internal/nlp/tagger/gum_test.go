package tagger

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp/tagger/corpus"
)

func TestGUMNamed(t *testing.T) {
	tok := func(form, xpos, misc string) corpus.UToken { return corpus.UToken{Form: form, XPOS: xpos, Misc: misc} }
	toks := []corpus.UToken{
		tok("the", "DT", "Entity=(1-organization-new-s-cf1-3-coref-United_Nations"),
		tok("United", "NNP", "_"),
		tok("Nations", "NNPS", "Entity=1)"),
		tok("met", "VBD", "_"),
		tok("Ban", "NNP", "Entity=(2-person-new-s-cf2-1-coref-Ban_Ki-moon"),
		tok("Ki-moon", "NNP", "Entity=2)"),
		tok("in", "IN", "_"),
		tok("a", "DT", "Entity=(3-place-new-s-cf3-1-coref"),
		tok("city", "NN", "Entity=3)"),
		tok("Paris", "NNP", "Entity=(4-place-new-s-cf4-1-coref-Paris)"),
	}
	got := strings.Join(gumNamed(toks), " ")
	want := "O B-ORG I-ORG O B-PER I-PER O O O B-LOC"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
