package kb

import "testing"

// The tagger reads club words as written ("AS Roma", not "as Rome"); the
// resolver, which has them in lower case, folded.
func TestClubWords(t *testing.T) {
	for _, tt := range []struct {
		word                 string
		prefix, prefixFolded bool
		suffix, suffixFolded bool
	}{
		{"Real", true, false, false, false},
		{"real", false, true, false, false},
		{"AS", true, false, false, false},
		{"as", false, true, false, false},
		{"Hotspur", false, false, true, false},
		{"hotspur", false, false, false, true},
		{"FC", true, false, true, false},
		{"Madrid", false, false, false, false},
	} {
		if got := ClubPrefix(tt.word); got != tt.prefix {
			t.Errorf("ClubPrefix(%q) = %v", tt.word, got)
		}
		if got := ClubPrefixFolded(tt.word); got != tt.prefixFolded {
			t.Errorf("ClubPrefixFolded(%q) = %v", tt.word, got)
		}
		if got := ClubSuffix(tt.word); got != tt.suffix {
			t.Errorf("ClubSuffix(%q) = %v", tt.word, got)
		}
		if got := ClubSuffixFolded(tt.word); got != tt.suffixFolded {
			t.Errorf("ClubSuffixFolded(%q) = %v", tt.word, got)
		}
	}
}

// The event coder asks about the words before a town: a one-word prefix,
// written with its capital, or the two-word "Red Star".
func TestClubPrefixEnds(t *testing.T) {
	for _, tt := range []struct {
		before []string
		want   bool
	}{
		{[]string{"beat", "Dynamo"}, true},
		{[]string{"Hapoel"}, true},
		{[]string{"Red", "Star"}, true},
		{[]string{"Star"}, false},
		{[]string{"a", "dynamo"}, false},
		{[]string{"in"}, false},
		{nil, false},
	} {
		if got := ClubPrefixEnds(tt.before); got != tt.want {
			t.Errorf("ClubPrefixEnds(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
