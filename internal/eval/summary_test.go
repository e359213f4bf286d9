package eval

import (
	"math"
	"strings"
	"testing"
)

func TestRouge(t *testing.T) {
	ref := RougeTokens("The cat sat on the mat.")
	tests := []struct {
		cand       string
		r1, r2, rl float64
	}{
		{"The cat sat on the mat.", 1, 1, 1},
		{"the cats sat", 2 * 1 * 0.5 / 1.5, 2 * 1 * 0.4 / 1.4, 2 * 1 * 0.5 / 1.5}, // stemmed: cats = cat
		{"dogs barked", 0, 0, 0},
		{"", 0, 0, 0},
		{"mat the on sat cat the", 1, 0, 0.5}, // LCS "the sat the"
	}
	for _, tc := range tests {
		c := RougeTokens(tc.cand)
		got := []float64{RougeN(c, ref, 1), RougeN(c, ref, 2), RougeL(c, ref)}
		want := []float64{tc.r1, tc.r2, tc.rl}
		for i := range got {
			if math.Abs(got[i]-want[i]) > 1e-9 {
				t.Errorf("%q: ROUGE[%d] = %.4f, want %.4f", tc.cand, i, got[i], want[i])
			}
		}
	}
}

func TestStemPhrase(t *testing.T) {
	if a, b := StemPhrase("Joint Military Exercises"), StemPhrase("joint military exercise"); a != b {
		t.Errorf("%q != %q", a, b)
	}
	if got := StemPhrase("hollowed-out sofa"); got != "hollowedout sofa" {
		t.Errorf("StemPhrase = %q", got)
	}
}

func TestSpeakerMatches(t *testing.T) {
	chain := []string{"Jeff Rathke, the State Department Spokesperson", "Rathke"}
	for pred, want := range map[string]bool{
		"Jeff Rathke": true, "Rathke": true, "Mr. Rathke": true, "the State Department Spokesperson": true,
		"John Kerry": false, "State": false, "": false,
	} {
		if got := SpeakerMatches(pred, chain); got != want {
			t.Errorf("SpeakerMatches(%q) = %v, want %v", pred, got, want)
		}
	}
}

func TestQuoteTrimSpan(t *testing.T) {
	text := `He said: " We urge you , " and left.`
	s, e := quoteTrimSpan(text, strings.Index(text, `"`), strings.Index(text, "and"))
	if got := text[s:e]; got != "We urge you" {
		t.Errorf("trimmed = %q", got)
	}
}
