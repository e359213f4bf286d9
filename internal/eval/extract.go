// Package eval scores newsgraph's stages against evaluation data.
package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reproduces the scorer of the article-extraction-benchmark
// (scrapinghub/article-extraction-benchmark, evaluate.py) so that figures
// printed here can be compared with the published table.

// ShingleN is the shingle length evaluate.py uses.
const ShingleN = 4

// isWordRune matches Python's re `\w` for str patterns: str.isalnum() or
// '_'. isalnum covers the Unicode letter (L*) and number (N*) categories and,
// unlike UTS #18, not the combining marks (Mn, Mc): Python splits "हिन्दी"
// into ह, न, द, and so must we to get the same scores.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokenize returns the `\w+` tokens of text, as evaluate.py's _tokenize.
func Tokenize(text string) []string {
	var toks []string
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, text[start:])
	}
	return toks
}

// shingles counts the n-gram shingles of tokens as evaluate.py's _ngrams:
// windows i in range(max(1, len-n+1)), so a text with fewer than n (but at
// least one) tokens yields one shorter shingle made of all its tokens, and an
// empty text yields none.
func shingles(toks []string, n int) map[string]int {
	m := make(map[string]int, len(toks))
	last := max(1, len(toks)-n+1)
	for i := 0; i < last && i < len(toks); i++ {
		// A NUL byte cannot occur inside a \w token, so joining with it
		// keeps distinct tuples distinct.
		m[strings.Join(toks[i:min(i+n, len(toks))], "\x00")]++
	}
	return m
}

// DocScore is one document's shingle match, normalised so TP+FP+FN = 1
// (all zero when both texts are empty), and whether the token sequences are
// equal.
type DocScore struct {
	TP, FP, FN float64
	Exact      bool
}

// ScoreDoc compares a predicted article body with the true one as
// evaluate.py's string_shingle_matching and get_accuracy do.
func ScoreDoc(truth, pred string) DocScore {
	tt, pt := Tokenize(truth), Tokenize(pred)
	ts, ps := shingles(tt, ShingleN), shingles(pt, ShingleN)
	var tp, fp, fn float64
	for k, tc := range ts {
		pc := ps[k]
		tp += float64(min(tc, pc))
		fn += float64(max(0, tc-pc))
	}
	for k, pc := range ps {
		fp += float64(max(0, pc-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	exact := len(tt) == len(pt)
	for i := 0; exact && i < len(tt); i++ {
		exact = tt[i] == pt[i]
	}
	return DocScore{TP: tp, FP: fp, FN: fn, Exact: exact}
}

// Precision is evaluate.py's precision_score for one document.
func (d DocScore) Precision() float64 {
	switch {
	case d.FP == 0 && d.FN == 0:
		return 1
	case d.TP == 0 && d.FP == 0:
		return 0
	}
	return d.TP / (d.TP + d.FP)
}

// Recall is evaluate.py's recall_score for one document.
func (d DocScore) Recall() float64 {
	switch {
	case d.FP == 0 && d.FN == 0:
		return 1
	case d.TP == 0 && d.FN == 0:
		return 0
	}
	return d.TP / (d.TP + d.FN)
}

// F1 is the harmonic mean of the document's precision and recall (for
// per-document reports; the benchmark F1 is computed from the macro means).
func (d DocScore) F1() float64 {
	p, r := d.Precision(), d.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Metrics are the benchmark's figures over a set of documents.
type Metrics struct {
	Docs      int
	Precision float64 // mean over documents with TP+FP > 0
	Recall    float64 // mean over documents with TP+FN > 0
	F1        float64 // 2PR/(P+R) of the two means
	Accuracy  float64 // share of documents with equal token sequences
}

// Aggregate computes the benchmark figures as evaluate.py's
// metrics_from_tp_fp_fns and the accuracy mean.
func Aggregate(docs []DocScore) Metrics {
	m := Metrics{Docs: len(docs)}
	var np, nr, exact int
	for _, d := range docs {
		if d.TP+d.FP > 0 {
			m.Precision += d.Precision()
			np++
		}
		if d.TP+d.FN > 0 {
			m.Recall += d.Recall()
			nr++
		}
		if d.Exact {
			exact++
		}
	}
	if np > 0 {
		m.Precision /= float64(np)
	}
	if nr > 0 {
		m.Recall /= float64(nr)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	if len(docs) > 0 {
		m.Accuracy = float64(exact) / float64(len(docs))
	}
	return m
}
