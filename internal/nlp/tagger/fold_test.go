package tagger

import "testing"

func TestFoldLatin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"héctor", "hector"},
		{"joão", "joao"},
		{"zoë", "zoe"},
		{"çelik", "celik"},
		{"nguyễn", "nguyen"},
		{"łukasz", "lukasz"},
		{"øystein", "oystein"},
		{"straße", "strasse"},
		{"İstanbul", "Istanbul"},
		{"Ramírez", "Ramirez"},
		// must not: plain words, other scripts and symbols stay.
		{"hector", "hector"},
		{"москва", "москва"},
		{"東京", "東京"},
		{"3×4", "3×4"},
		{"", ""},
	} {
		if got := foldLatin(c.in); got != c.want {
			t.Errorf("foldLatin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAccentedClusters: an accented word the cluster table lacks takes the
// cluster of its plain spelling; a word the table knows as written keeps
// its own.
func TestAccentedClusters(t *testing.T) {
	c := mapClusters{"hector": "0101", "ramirez": "0011", "café": "1110", "cafe": "1000"}
	toks := make([]tokenInfo, 4)
	wordInfo(toks, []string{"Héctor", "Ramírez", "café", "Zürich"}, c)
	for i, want := range []string{"0101", "0011", "1110", ""} {
		if toks[i].cluster != want {
			t.Errorf("%q: cluster %q, want %q", toks[i].raw, toks[i].cluster, want)
		}
	}
	if toks[0].lower != "héctor" {
		t.Errorf("lower %q: the word's own features keep its accents", toks[0].lower)
	}
}

type mapClusters map[string]string

func (m mapClusters) Path(lower string) string { return m[lower] }

// TestShortAccentedClusters: a word of one or two letters does not take
// the cluster of its plain spelling, mostly a function word.
func TestShortAccentedClusters(t *testing.T) {
	c := mapClusters{"to": "0001", "le": "0010", "lam": "0111"}
	toks := make([]tokenInfo, 3)
	wordInfo(toks, []string{"Tô", "Lê", "Lâm"}, c)
	for i, want := range []string{"", "", "0111"} {
		if toks[i].cluster != want {
			t.Errorf("%q: cluster %q, want %q", toks[i].raw, toks[i].cluster, want)
		}
	}
}
