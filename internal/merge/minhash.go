// Package merge links what is the same across articles: syndicated copies
// of one wire story (near-duplicate detection by MinHash over word
// shingles, with LSH bands the store indexes) and the same event reported
// by many outlets (event merging by actors, type and a date window). It
// holds the policy; the store (internal/store) holds the rows.
package merge

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"strings"
	"unicode"
)

// MinHash parameters. 64 hashes in 16 bands of 4 rows: a pair with
// Jaccard similarity 0.8 shares a band with probability 0.9998, a pair at
// 0.3 with 0.12 (and is then rejected on the full signature).
const (
	ShingleSize = 3  // words per shingle
	NumHashes   = 64 // signature length
	BandRows    = 4  // hashes per LSH band
	NumBands    = NumHashes / BandRows
)

// MinWords is the shortest text (in words) that near-duplicate detection
// judges: a few words say nothing about syndication.
const MinWords = 40

// DefaultThreshold is the estimated Jaccard similarity of word shingles
// from which two texts are one story. A wire copy with a new credit line
// or a trimmed last paragraph stays above it; two outlets' own reports of
// one event share few 3-word shingles and stay far below.
const DefaultThreshold = 0.7

// Words splits text into lower-case words (letters and digits).
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// seeds are the fixed odd multipliers and offsets of the hash family
// (splitmix64 from a constant): signatures must be stable across runs
// because they are stored.
var seedA, seedB = func() (a, b [NumHashes]uint64) {
	x := uint64(0x6e657773677261) // "newsgra"
	next := func() uint64 {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		return z ^ z>>31
	}
	for i := range a {
		a[i] = next() | 1
		b[i] = next()
	}
	return a, b
}()

// Signature is a MinHash sketch of a text's word shingles.
type Signature [NumHashes]uint32

// Sketch returns the MinHash signature of text and its word count.
func Sketch(text string) (sig Signature, words int) {
	ws := Words(text)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	if len(ws) == 0 {
		return sig, 0
	}
	h := fnv.New64a()
	n := len(ws) - ShingleSize + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		h.Reset()
		for j := i; j < min(i+ShingleSize, len(ws)); j++ {
			h.Write([]byte(ws[j]))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			if v := uint32((seedA[k]*x + seedB[k]) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, len(ws)
}

// Similarity estimates the Jaccard similarity of two signatures' texts.
func Similarity(a, b Signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// Bands returns the LSH band keys of a signature: one hash per band of
// BandRows values, salted with the band's index.
func (s Signature) Bands() []uint64 {
	out := make([]uint64, NumBands)
	var buf [4 + 4*BandRows]byte
	for b := 0; b < NumBands; b++ {
		binary.LittleEndian.PutUint32(buf[:4], uint32(b))
		for r := 0; r < BandRows; r++ {
			binary.LittleEndian.PutUint32(buf[4+4*r:], s[b*BandRows+r])
		}
		h := fnv.New64a()
		h.Write(buf[:])
		out[b] = h.Sum64()
	}
	return out
}

// Bytes encodes the signature for storage.
func (s Signature) Bytes() []byte {
	out := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// ParseSignature decodes a stored signature; ok is false for anything that
// is not one.
func ParseSignature(b []byte) (s Signature, ok bool) {
	if len(b) != 4*NumHashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}
