package extract

import (
	"strings"
	"testing"
)

// classKindOrdered is classKind as it was before classMatcher: the
// substring lists searched one after another. classKind must return
// exactly what it returns.
func classKindOrdered(attrs string) int {
	if attrs == "" {
		return 0
	}
	if positiveSetOrdered.containsAny(attrs) {
		return 1
	}
	for _, s := range strongNegativeSubstrings {
		if strings.Contains(attrs, s) {
			if s == "comment" && strings.Count(attrs, "comment") == strings.Count(attrs, "commentary") {
				continue
			}
			return -2
		}
	}
	neg := classTokens(attrs, func(t string) bool { return negativeTokens[t] })
	if !neg {
		for _, s := range negativeSubstrings {
			if strings.Contains(attrs, s) {
				neg = true
				break
			}
		}
	}
	if !neg {
		if summaryBoxClass(attrs) {
			return -1
		}
		return 0
	}
	if classTokens(attrs, func(t string) bool { return keepTokens[t] }) {
		return 0
	}
	return -1
}

func TestClassKindMatchesOrderedChecks(t *testing.T) {
	tests := []struct {
		attrs string
		want  int
	}{
		{"", 0},
		{"article-body main", 1},
		{"post-comments article-body", 1}, // body wins over unambiguous furniture
		{"sidebar story-content", 1},
		{"post-comments", -2},
		{"commentary", 0},
		{"commentary opinion", 0},
		{"commentary comments", -2}, // a "comment" that is no "commentary"
		{"commentary-commentary", 0},
		{"commentaire", -2},
		{"kommentar-box", -2},
		{"most-popular list", -2},
		{"newsletter-signup content", -2},
		{"ad-slot", -1},
		{"header", 0}, // "ad" only as a whole token
		{"main has-sidebar", 0},
		{"has-sidebar", -1},
		{"share-tools", -1},
		{"sharing story", 0},
		{"story-keypoints", -1},
		{"key_points", -1},
		{"keypoints ad", -1},
		{"navigation wrapper", 0},
		{"foot-er", 0},
		{"la-nota cuerpo", 1},
		{"artículo comentários", 0},
		{"body-copy", 1},
		{"caption credit", -2},
		{"byline author", -1},
		{"footer-links page", 0},
		{"x", 0},
	}
	for _, tt := range tests {
		if got := classKind(tt.attrs); got != tt.want {
			t.Errorf("classKind(%q) = %d, want %d", tt.attrs, got, tt.want)
		}
		if old := classKindOrdered(tt.attrs); old != tt.want {
			t.Errorf("classKindOrdered(%q) = %d, want %d", tt.attrs, old, tt.want)
		}
	}
}

// TestClassKindEveryNeedle checks each needle of every list alone, inside
// other words and beside keep tokens, against the ordered checks.
func TestClassKindEveryNeedle(t *testing.T) {
	var needles []string
	for _, list := range [][]string{positiveSubstrings, strongNegativeSubstrings, negativeSubstrings, summaryBoxSubstrings} {
		needles = append(needles, list...)
	}
	for tok := range negativeTokens {
		needles = append(needles, tok)
	}
	for tok := range keepTokens {
		needles = append(needles, tok)
	}
	needles = append(needles, "commentary")
	for _, n := range needles {
		for _, attrs := range []string{n, "x" + n + "y", n + " content", "main " + n + " " + n, n + "-commentary", "commentary " + n, n[:len(n)-1], n[1:]} {
			if got, want := classKind(attrs), classKindOrdered(attrs); got != want {
				t.Errorf("classKind(%q) = %d, ordered checks say %d", attrs, got, want)
			}
		}
	}
}

func FuzzClassKind(f *testing.F) {
	for _, s := range []string{"article-body", "post-comments", "commentary comments", "main has-sidebar", "story-keypoints", "ad-slot", "caption credit", "héader comment\u00e9ary"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, attrs string) {
		if got, want := classKind(attrs), classKindOrdered(attrs); got != want {
			t.Errorf("classKind(%q) = %d, ordered checks say %d", attrs, got, want)
		}
	})
}

func BenchmarkClassKind(b *testing.B) {
	classes := []string{"article-body main", "post-comments", "site-header sticky", "td-post-content tagdiv-type", "sidebar widget-area", "col-md-8 col-sm-12", "share-tools social", "entry-title h1", "wp-block-image size-large"}
	for b.Loop() {
		for _, c := range classes {
			classKind(c)
		}
	}
}

func BenchmarkClassKindOrdered(b *testing.B) {
	classes := []string{"article-body main", "post-comments", "site-header sticky", "td-post-content tagdiv-type", "sidebar widget-area", "col-md-8 col-sm-12", "share-tools social", "entry-title h1", "wp-block-image size-large"}
	for b.Loop() {
		for _, c := range classes {
			classKindOrdered(c)
		}
	}
}

// substringSet tests many substrings at once: they are grouped by their
// first four bytes, and a group is only searched when its prefix occurs.
type substringSet struct {
	prefixes []string
	groups   [][]string
}

func newSubstringSet(subs []string) substringSet {
	var ss substringSet
	index := map[string]int{}
	for _, s := range subs {
		p := s[:min(4, len(s))]
		i, ok := index[p]
		if !ok {
			i = len(ss.prefixes)
			index[p] = i
			ss.prefixes = append(ss.prefixes, p)
			ss.groups = append(ss.groups, nil)
		}
		ss.groups[i] = append(ss.groups[i], s)
	}
	return ss
}

func (ss substringSet) containsAny(s string) bool {
	for i, p := range ss.prefixes {
		if !strings.Contains(s, p) {
			continue
		}
		for _, sub := range ss.groups[i] {
			if strings.Contains(s, sub) {
				return true
			}
		}
	}
	return false
}

var positiveSetOrdered = newSubstringSet(positiveSubstrings)
