package clusters

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// GenerateConfig controls Generate.
type GenerateConfig struct {
	// MaxWords keeps the most frequent words (the vectors file lists words
	// by frequency).
	MaxWords int
	// Depth is the maximum length of a path.
	Depth int
	// MinSize stops splitting clusters smaller than this.
	MinSize int
	// Iterations of 2-means per split.
	Iterations int
	Log        func(format string, args ...any)
}

// Generate reads a wink-embeddings JSON file ({"words": [...], "vectors":
// {word: [d floats..., norm, index]}, "dimensions": d}) and writes a
// gzip-compressed "word<TAB>bits" table: a binary tree built by bisecting
// k-means on unit-length vectors, each word's path from the root as 0/1.
// The result is deterministic: no random initialisation.
func Generate(r io.Reader, w io.Writer, cfg GenerateConfig) error {
	if cfg.Log == nil {
		cfg.Log = func(string, ...any) {}
	}
	words, vecs, err := readVectors(r, cfg.MaxWords)
	if err != nil {
		return err
	}
	cfg.Log("read %d vectors of %d dimensions", len(words), len(vecs[0]))
	paths := make([][]byte, len(words))
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	bisect(vecs, idx, paths, 0, cfg)
	type entry struct{ w, p string }
	out := make([]entry, len(words))
	for i, wd := range words {
		out[i] = entry{wd, string(paths[i])}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].w < out[b].w })
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, e := range out {
		p := e.p
		if p == "" {
			p = "0"
		}
		fmt.Fprintf(bw, "%s\t%s\n", e.w, p)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func bisect(vecs [][]float32, idx []int, paths [][]byte, depth int, cfg GenerateConfig) {
	if depth >= cfg.Depth || len(idx) < cfg.MinSize {
		return
	}
	d := len(vecs[idx[0]])
	// Deterministic seeds: the point farthest from the mean, then the
	// point farthest from it.
	mean := make([]float64, d)
	for _, i := range idx {
		for k, v := range vecs[i] {
			mean[k] += float64(v)
		}
	}
	a := farthest(vecs, idx, mean)
	ca := toF64(vecs[a])
	b := farthest(vecs, idx, ca)
	cb := toF64(vecs[b])
	assign := make([]bool, len(idx))
	for it := 0; it < cfg.Iterations; it++ {
		na, nb := 0, 0
		sa, sb := make([]float64, d), make([]float64, d)
		for j, i := range idx {
			v := vecs[i]
			if dist(v, ca) <= dist(v, cb) {
				assign[j] = false
				na++
				add(sa, v)
			} else {
				assign[j] = true
				nb++
				add(sb, v)
			}
		}
		if na == 0 || nb == 0 {
			break
		}
		for k := range sa {
			ca[k], cb[k] = sa[k]/float64(na), sb[k]/float64(nb)
		}
	}
	var left, right []int
	for j, i := range idx {
		if assign[j] {
			right = append(right, i)
			paths[i] = append(paths[i], '1')
		} else {
			left = append(left, i)
			paths[i] = append(paths[i], '0')
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return
	}
	if depth < 3 {
		cfg.Log("depth %d: split %d into %d + %d", depth, len(idx), len(left), len(right))
	}
	bisect(vecs, left, paths, depth+1, cfg)
	bisect(vecs, right, paths, depth+1, cfg)
}

func toF64(v []float32) []float64 {
	o := make([]float64, len(v))
	for k, x := range v {
		o[k] = float64(x)
	}
	return o
}

func add(s []float64, v []float32) {
	for k, x := range v {
		s[k] += float64(x)
	}
}

func dist(v []float32, c []float64) float64 {
	var s float64
	for k, x := range v {
		d := float64(x) - c[k]
		s += d * d
	}
	return s
}

func farthest(vecs [][]float32, idx []int, c []float64) int {
	best, bd := idx[0], -1.0
	for _, i := range idx {
		if d := dist(vecs[i], c); d > bd {
			best, bd = i, d
		}
	}
	return best
}

// readVectors streams the wink JSON file and returns the first maxWords
// words (by the order of "words") with unit-length vectors.
func readVectors(r io.Reader, maxWords int) ([]string, [][]float32, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("clusters: vectors: %w", err)
	}
	var words []string
	keep := map[string]int{}
	var vecs [][]float32
	dims := 100
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("clusters: vectors: %w", err)
		}
		key, _ := t.(string)
		switch key {
		case "words":
			var all []string
			if err := dec.Decode(&all); err != nil {
				return nil, nil, fmt.Errorf("clusters: words: %w", err)
			}
			for _, w := range all {
				if maxWords > 0 && len(words) >= maxWords {
					break
				}
				if strings.ContainsAny(w, "\t\n") {
					continue
				}
				keep[w] = len(words)
				words = append(words, w)
			}
			vecs = make([][]float32, len(words))
		case "vectors":
			if words == nil {
				return nil, nil, fmt.Errorf("clusters: vectors before words")
			}
			if _, err := dec.Token(); err != nil {
				return nil, nil, err
			}
			for dec.More() {
				t, err := dec.Token()
				if err != nil {
					return nil, nil, err
				}
				w, _ := t.(string)
				var v []float32
				if err := dec.Decode(&v); err != nil {
					return nil, nil, fmt.Errorf("clusters: vector %q: %w", w, err)
				}
				i, ok := keep[w]
				if !ok {
					continue
				}
				if len(v) > dims {
					v = v[:dims] // drop the stored norm and index
				}
				var n float64
				for _, x := range v {
					n += float64(x) * float64(x)
				}
				n = math.Sqrt(n)
				if n > 0 {
					for k := range v {
						v[k] = float32(float64(v[k]) / n)
					}
				}
				vecs[i] = v
			}
			if _, err := dec.Token(); err != nil {
				return nil, nil, err
			}
		case "dimensions":
			if err := dec.Decode(&dims); err != nil || dims <= 0 {
				return nil, nil, fmt.Errorf("clusters: dimensions: %v", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, err
			}
		}
	}
	// Drop words without a vector.
	var ow []string
	var ov [][]float32
	for i, w := range words {
		if vecs[i] != nil {
			ow = append(ow, w)
			ov = append(ov, vecs[i])
		}
	}
	if len(ow) == 0 {
		return nil, nil, fmt.Errorf("clusters: no vectors")
	}
	return ow, ov, nil
}
