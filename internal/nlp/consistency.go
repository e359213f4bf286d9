package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Document-level consistency: a name is usually tagged well somewhere in
// an article ("Alexander Lebed said ...") and missed elsewhere ("Lebed
// arrived"). After tagging every sentence, untagged capitalised
// occurrences of a name found elsewhere in the document, and of the family
// name of a person found elsewhere, get that name's majority type.

type nameKey = string

// propagate fills O tokens in tags with the types of names found elsewhere
// in the same document. words and tags are per sentence; tags is changed in
// place.
func propagate(words, tags [][]string) {
	counts := map[nameKey]map[string]int{}
	// mid: names tagged away from the start of a sentence, where
	// capitals are informative.
	mid := map[nameKey]bool{}
	maxLen := 0
	add := func(k nameKey, typ string, n int) {
		m := counts[k]
		if m == nil {
			m = map[string]int{}
			counts[k] = m
		}
		m[typ]++
		if n > maxLen {
			maxLen = n
		}
	}
	for si, ts := range tags {
		for i := 0; i < len(ts); i++ {
			if !strings.HasPrefix(ts[i], "B-") {
				continue
			}
			typ := ts[i][2:]
			j := i + 1
			for j < len(ts) && ts[j] == "I-"+typ {
				j++
			}
			k := strings.Join(words[si][i:j], " ")
			add(k, typ, j-i)
			if i > 0 {
				mid[k] = true
			}
			if typ == "PER" && j-i >= 2 && capitalised(words[si][j-1]) {
				add(words[si][j-1], "PER", 1) // family name
				mid[words[si][j-1]] = true
			}
			i = j - 1
		}
	}
	if len(counts) == 0 {
		return
	}
	best := map[nameKey]string{}
	for k, m := range counts {
		bt, bn := "", 0
		for t, n := range m {
			if n > bn || n == bn && t < bt {
				bt, bn = t, n
			}
		}
		best[k] = bt
	}
	for si, ts := range tags {
		ws := words[si]
		for i := 0; i < len(ts); i++ {
			if ts[i] != "O" || !capitalised(ws[i]) {
				continue
			}
			for n := min(maxLen, len(ts)-i); n >= 1; n-- {
				if !allO(ts[i : i+n]) {
					continue
				}
				k := strings.Join(ws[i:i+n], " ")
				typ, ok := best[k]
				if !ok {
					continue
				}
				// A single sentence-initial word is too often an
				// ordinary word ("May", "Will") unless the name was
				// found inside a sentence.
				if n == 1 && i == 0 && !mid[k] {
					break
				}
				ts[i] = "B-" + typ
				for k := i + 1; k < i+n; k++ {
					ts[k] = "I-" + typ
				}
				i += n - 1
				break
			}
		}
	}
}

func allO(ts []string) bool {
	for _, t := range ts {
		if t != "O" {
			return false
		}
	}
	return true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
