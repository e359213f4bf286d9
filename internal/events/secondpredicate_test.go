package events

import (
	"strings"
	"testing"
)

// taggedToks builds tokens from "word/TAG" pairs.
func taggedToks(s string) []tok {
	var out []tok
	for _, f := range strings.Fields(s) {
		w, pos, _ := strings.Cut(f, "/")
		out = append(out, tok{text: w, low: strings.ToLower(w), pos: pos})
	}
	return out
}

// A participle right after "and" is a second predicate only when its
// object starts after it; before a bare noun it modifies that noun.
func TestSecondPredicate(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		ms     []mention
		want   bool
	}{
		{"named person", "cooperate/VB with/IN the/DT lenders/NNS and/CC named/VBN Kwame/NNP Mensah/NNP as/IN governor/NN", []mention{{i: 7, j: 8, kind: "person"}}, true},
		{"determiner object", "cooperate/VB with/IN the/DT lenders/NNS and/CC named/VBN a/DT new/JJ governor/NN", nil, true},
		{"possessive object", "cooperate/VB with/IN the/DT lenders/NNS and/CC replaced/VBN its/PRP$ governor/NN", nil, true},
		{"participle on a bare noun", "evacuated/VBD civilians/NNS and/CC wounded/VBN soldiers/NNS", nil, false},
		{"participle on a demonym noun", "fought/VBD police/NN and/CC armed/VBN Tuareg/NNP rebels/NNS", []mention{{i: 5, j: 7, kind: "demonym"}}, false},
		{"capitalised word", "talks/NNS with/IN Mali/NNP and/CC United/VBN Nations/NNP", nil, false},
	} {
		toks := taggedToks(tt.tagged)
		k := -1
		for q, tk := range toks {
			if tk.low == "and" {
				k = q + 1
			}
		}
		if got := secondPredicate(toks, tt.ms, k); got != tt.want {
			t.Errorf("%s: secondPredicate = %v, want %v", tt.name, got, tt.want)
		}
	}
}
