package keywords

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A background document-frequency table tells words every story uses
// ("government", "people", "year") from the words that make a story what it
// is ("uranium", "Mosul"): PositionRank alone ranks a word by how often and
// how early the article uses it, which favours the former. The table is
// built by ./gen from licence-clean newswire (see NOTICE) and holds Porter
// stems only, never text.

//go:embed data/df.txt.gz
var embeddedDF []byte

// IDF is a read-only background document-frequency table over stems.
type IDF struct {
	docs int
	df   map[string]int32
}

// Weight is the smoothed inverse document frequency of a stem,
// ln((1+N)/(1+df)) + 1: never zero (a common word still counts a little)
// and highest for stems the background never saw (new names, rare terms).
func (t *IDF) Weight(stem string) float64 {
	if t == nil {
		return 1
	}
	return math.Log(float64(1+t.docs)/float64(1+t.df[stem])) + 1
}

// Len is the number of stems in the table.
func (t *IDF) Len() int {
	if t == nil {
		return 0
	}
	return len(t.df)
}

var defaultIDF = sync.OnceValues(func() (*IDF, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embeddedDF))
	if err != nil {
		return nil, fmt.Errorf("keywords: embedded df table: %w", err)
	}
	defer zr.Close()
	t, err := ReadIDF(zr)
	if err != nil {
		return nil, fmt.Errorf("keywords: embedded df table: %w", err)
	}
	return t, nil
})

// DefaultIDF is the embedded background table (loaded once, shared
// read-only).
func DefaultIDF() (*IDF, error) { return defaultIDF() }

// ReadIDF parses the table format: a first line "docs N", then one
// "stem<TAB>df" line per stem.
func ReadIDF(r io.Reader) (*IDF, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	t := &IDF{df: map[string]int32{}}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			n, err := strconv.Atoi(strings.TrimPrefix(s, "docs "))
			if !strings.HasPrefix(s, "docs ") || err != nil || n <= 0 || n > math.MaxInt32 {
				return nil, fmt.Errorf("line 1: want \"docs N\", got %q", s)
			}
			t.docs = n
			continue
		}
		stem, num, ok := strings.Cut(s, "\t")
		if !ok || stem == "" {
			return nil, fmt.Errorf("line %d: want stem<TAB>df, got %q", line, s)
		}
		n, err := strconv.Atoi(num)
		if err != nil || n <= 0 || n > t.docs {
			return nil, fmt.Errorf("line %d: bad df %q", line, num)
		}
		t.df[stem] = int32(n)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if t.docs == 0 {
		return nil, fmt.Errorf("empty table")
	}
	return t, nil
}

// DFBuilder counts in how many documents each stem occurs, with the
// extractor's own normalisation, stemming and stopwords, so that table and
// extractor agree on what a word is.
type DFBuilder struct {
	docs  int
	df    map[string]int
	stems map[string]string
}

// NewDFBuilder returns an empty builder.
func NewDFBuilder() *DFBuilder {
	return &DFBuilder{df: map[string]int{}, stems: map[string]string{}}
}

// AddDoc counts one document given as its words.
func (b *DFBuilder) AddDoc(words []string) {
	seen := map[string]bool{}
	for _, w := range words {
		n := Normalize(w)
		if n == "" || stopwords[n] || stopwords[strings.ToLower(w)] || isNumber(n) {
			continue
		}
		st, ok := b.stems[n]
		if !ok {
			st = Stem(n)
			b.stems[n] = st
		}
		seen[st] = true
	}
	for st := range seen {
		b.df[st]++
	}
	b.docs++
}

// Write writes the table: stems seen in at least minDF documents, at most
// maxTerms of them (the most frequent; an absent stem counts as unseen,
// which for a rare word is nearly the same weight), sorted by stem so that
// the output is reproducible.
func (b *DFBuilder) Write(w io.Writer, minDF, maxTerms int) (int, error) {
	type kv struct {
		stem string
		df   int
	}
	var all []kv
	for s, n := range b.df {
		if n >= minDF {
			all = append(all, kv{s, n})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].df != all[j].df {
			return all[i].df > all[j].df
		}
		return all[i].stem < all[j].stem
	})
	if maxTerms > 0 && len(all) > maxTerms {
		all = all[:maxTerms]
	}
	sort.Slice(all, func(i, j int) bool { return all[i].stem < all[j].stem })
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "docs %d\n", b.docs)
	for _, e := range all {
		fmt.Fprintf(bw, "%s\t%d\n", e.stem, e.df)
	}
	return len(all), bw.Flush()
}
