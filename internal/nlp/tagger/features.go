package tagger

import (
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clusters maps a lower-cased word to its cluster path, a bit string such as
// "0110100111" whose prefixes name coarser clusters ("" when unknown).
type Clusters interface {
	Path(lower string) string
}

// Gazetteer finds known names in a sentence. Tag writes into out[i] the
// coarse type ("PER", "ORG", "GPE", "LOC", "NORP", ...) prefixed by "B-" or
// "I-" of the longest known name covering token i, or "" for none.
type Gazetteer interface {
	Tag(words []string, out []string)
}

// FeatureConfig holds the resources features are drawn from. A model must be
// used with the same resources it was trained with.
type FeatureConfig struct {
	Clusters  Clusters
	Gazetteer Gazetteer
	// ClusterPrefixes are the prefix lengths of cluster paths used as
	// features (e.g. 4, 6, 10, 20).
	ClusterPrefixes []int
}

// Feature template ids (one byte mixed into each hash). Never renumber:
// a model stores hashes of these.
const (
	fBias byte = iota + 1
	fLower
	fRaw
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fShape
	fFlags
	fLowerM1
	fLowerM2
	fLowerP1
	fLowerP2
	fShapeM1
	fShapeP1
	fBigramM1
	fBigramP1
	fCluster   // + prefix length
	fClusterM1 // + prefix length
	fClusterP1 // + prefix length
	fGaz
	fGazM1
	fGazP1
	fGazShape
	fHeadline
	fFirstLower
	fPrev
	fPrev2
	fPrevLower
	fPrevShape
	fPrevNextLower
	fLen
	fShapeTri
	fGazLower
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashT(t byte) uint64 { return (fnvOffset ^ uint64(t)) * fnvPrime }

func hashS(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashB(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func feat(t byte, s string) uint64 { return hashS(hashT(t), s) }

func feat2(t byte, a, b string) uint64 {
	return hashS(hashB(hashS(hashT(t), a), 0xff), b)
}

// tokenInfo is what features read about one token.
type tokenInfo struct {
	raw, lower, shape, cluster, gaz string
}

// sentence is a prepared sentence: per-token info and static features.
type sentence struct {
	toks     []tokenInfo
	headline bool
	static   [][]uint64
	// Backing arrays kept for reuse by prepareInto.
	buf []uint64
	gaz []string
}

var boundary = tokenInfo{raw: "<s>", lower: "<s>", shape: "<s>"}
var boundaryEnd = tokenInfo{raw: "</s>", lower: "</s>", shape: "</s>"}

// prepare computes token info and static features of a sentence.
func (cfg *FeatureConfig) prepare(words []string) *sentence {
	return cfg.prepareInto(&sentence{}, words)
}

// prepareInto is prepare into s, reusing its arrays: tagging a long
// document prepares a sentence per model and sentence, some 500 bytes a
// token, and the allocations were most of the nlp stage's garbage.
func (cfg *FeatureConfig) prepareInto(s *sentence, words []string) *sentence {
	return cfg.prepareShared(s, words, nil)
}

// prepareShared is prepareInto reading each word's own information and
// the features drawn from it from shared when that was prepared with cfg's
// clusters and cluster prefixes (see Words); only the gazetteer's features
// are then computed. The features and their order are prepareInto's
// either way.
func (cfg *FeatureConfig) prepareShared(s *sentence, words []string, shared *Words) *sentence {
	if shared == nil || len(shared.s.toks) != len(words) || !shared.cfg.sameWordFeatures(cfg) {
		return cfg.prepareOwn(s, words)
	}
	n := len(words)
	s.toks = resize(s.toks, n)
	copy(s.toks, shared.s.toks)
	s.headline = shared.s.headline
	if cfg.Gazetteer != nil {
		s.gaz = resize(s.gaz, n)
		clear(s.gaz)
		cfg.Gazetteer.Tag(words, s.gaz)
		for i := range s.toks {
			s.toks[i].gaz = s.gaz[i]
		}
	}
	s.static = resize(s.static, n)
	buf := s.buf[:0]
	if cap(buf) < n*48 {
		buf = make([]uint64, 0, n*48)
	}
	for i := range words {
		start := len(buf)
		buf = append(buf, shared.s.static[i]...)
		buf = cfg.gazFeatures(s, i, buf)
		s.static[i] = buf[start:len(buf):len(buf)]
	}
	s.buf = buf
	return s
}

// prepareOwn is prepareInto computing everything.
func (cfg *FeatureConfig) prepareOwn(s *sentence, words []string) *sentence {
	n := len(words)
	s.toks = resize(s.toks, n)
	clear(s.toks)
	upper, letters := 0, 0
	for _, w := range words {
		switch caseOf(w) {
		case 'U':
			upper++
			letters++
		case 'l':
			letters++
		}
	}
	// A headline or dateline in capitals: case says nothing, so
	// lower-cased lookups carry the signal.
	s.headline = letters >= 1 && upper*10 >= letters*8
	var gaz []string
	if cfg.Gazetteer != nil {
		s.gaz = resize(s.gaz, n)
		clear(s.gaz)
		gaz = s.gaz
		cfg.Gazetteer.Tag(words, gaz)
	}
	wordInfo(s.toks, words, cfg.Clusters)
	if gaz != nil {
		for i := range s.toks {
			s.toks[i].gaz = gaz[i]
		}
	}
	s.static = resize(s.static, n)
	buf := s.buf[:0]
	if cap(buf) < n*48 {
		buf = make([]uint64, 0, n*48)
	}
	for i := range words {
		start := len(buf)
		buf = cfg.staticFeatures(s, i, buf)
		s.static[i] = buf[start:len(buf):len(buf)]
	}
	s.buf = buf
	return s
}

// wordInfo fills toks with what the features read of each word alone: the
// word with normalised quotes, lower-cased, its shape and its cluster path
// in c (nil for none).
func wordInfo(toks []tokenInfo, words []string, c Clusters) {
	for i, w := range words {
		t := &toks[i]
		t.raw = normQuotes(w)
		t.lower = strings.ToLower(t.raw)
		t.shape = shape(t.raw)
		if c != nil {
			t.cluster = c.Path(normDigits(t.lower))
			if t.cluster == "" {
				// The table's words are plain ASCII: "héctor" is
				// looked up as "hector". Not a word of one or two
				// letters: folded, "tô" and "lê" would take the
				// clusters of "to" and "le".
				if f := foldLatin(t.lower); f != t.lower && utf8.RuneCountInString(f) >= 3 {
					t.cluster = c.Path(normDigits(f))
				}
			}
		}
	}
}

// Words is what the features of every model read of a sentence's words
// alone: each word with normalised quotes, lower-cased, its shape and its
// cluster path, and the static features drawn from these (all but the
// gazetteer's). The pipeline tags each sentence with two models (POS and
// NER) that share the cluster table and these features; Words lets it
// compute them once for both, saving the second lookup of every token in
// the table's 200,000-word map and the second hashing of its features.
// The zero value is ready to use.
type Words struct {
	cfg FeatureConfig // m's clusters and prefixes, no gazetteer
	s   sentence
}

// Prepare fills w for words with the word features of m's configuration,
// reusing w's arrays. Tagging with a model whose clusters or cluster
// prefixes differ ignores w.
func (w *Words) Prepare(m *Model, words []string) {
	w.cfg = FeatureConfig{Clusters: m.cfg.Clusters, ClusterPrefixes: m.cfg.ClusterPrefixes}
	w.cfg.prepareOwn(&w.s, words)
}

// Reset drops w's references to the words, keeping its arrays, so that a
// kept Words does not hold a finished document's text.
func (w *Words) Reset() {
	clear(w.s.toks)
	clear(w.s.static)
	w.s.toks = w.s.toks[:0]
	w.s.static = w.s.static[:0]
	w.cfg = FeatureConfig{}
}

// sameWordFeatures reports whether cfg and o draw the same features from
// the words alone: the same clusters and cluster prefixes.
func (cfg *FeatureConfig) sameWordFeatures(o *FeatureConfig) bool {
	return sameClusters(cfg.Clusters, o.Clusters) && slices.Equal(cfg.ClusterPrefixes, o.ClusterPrefixes)
}

// sameClusters reports whether a and b are the same cluster table. Tables
// of types that cannot be compared are taken to differ.
func sameClusters(a, b Clusters) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return reflect.TypeOf(a).Comparable() && reflect.TypeOf(b).Comparable() && a == b
}

// resize returns a slice of length n, reusing a's array when it is large
// enough.
func resize[T any](a []T, n int) []T {
	if cap(a) < n {
		return make([]T, n)
	}
	return a[:n]
}

func (s *sentence) at(i int) *tokenInfo {
	switch {
	case i < 0:
		return &boundary
	case i >= len(s.toks):
		return &boundaryEnd
	}
	return &s.toks[i]
}

func (cfg *FeatureConfig) staticFeatures(s *sentence, i int, out []uint64) []uint64 {
	t := s.at(i)
	m1, m2, p1, p2 := s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	out = append(out,
		hashT(fBias),
		feat(fLower, t.lower),
		feat(fShape, t.shape),
		feat(fLowerM1, m1.lower),
		feat(fLowerM2, m2.lower),
		feat(fLowerP1, p1.lower),
		feat(fLowerP2, p2.lower),
		feat(fShapeM1, m1.shape),
		feat(fShapeP1, p1.shape),
		feat2(fBigramM1, m1.lower, t.lower),
		feat2(fBigramP1, t.lower, p1.lower),
		hashS(feat2(fShapeTri, m1.shape, t.shape), p1.shape),
		feat(fLen, lenBucket(t.lower)),
	)
	if !s.headline {
		out = append(out, feat(fRaw, t.raw))
	}
	out = append(out, feat2(fHeadline, boolStr(s.headline), t.shape))
	l := t.lower
	if len(l) > 2 {
		out = append(out, feat(fSuf2, suffix(l, 2)), feat(fPre2, prefix(l, 2)))
	}
	if len(l) > 3 {
		out = append(out, feat(fSuf3, suffix(l, 3)), feat(fPre3, prefix(l, 3)))
	}
	if len(l) > 4 {
		out = append(out, feat(fSuf4, suffix(l, 4)))
	}
	out = append(out, hashB(hashB(feat(fFlags, flags(t.raw)), boolByte(i == 0)), boolByte(s.headline)))
	if i == 0 {
		out = append(out, feat(fFirstLower, t.lower))
	}
	if cfg.Clusters != nil {
		for _, p := range cfg.ClusterPrefixes {
			out = append(out, hashS(hashB(hashT(fCluster), byte(p)), prefix(t.cluster, p)))
		}
		for k, p := range cfg.ClusterPrefixes {
			if k%2 == 1 {
				continue
			}
			out = append(out,
				hashS(hashB(hashT(fClusterM1), byte(p)), prefix(m1.cluster, p)),
				hashS(hashB(hashT(fClusterP1), byte(p)), prefix(p1.cluster, p)))
		}
	}
	return cfg.gazFeatures(s, i, out)
}

// gazFeatures are the static features that read the gazetteer (none
// without one); staticFeatures ends with them.
func (cfg *FeatureConfig) gazFeatures(s *sentence, i int, out []uint64) []uint64 {
	if cfg.Gazetteer != nil {
		t := s.at(i)
		m1, p1 := s.at(i-1), s.at(i+1)
		out = append(out,
			feat(fGaz, t.gaz),
			feat(fGazM1, m1.gaz),
			feat(fGazP1, p1.gaz),
			feat2(fGazShape, t.gaz, t.shape))
		if t.gaz != "" {
			out = append(out, feat2(fGazLower, t.gaz, t.lower))
		}
	}
	return out
}

// dynamicFeatures are the features that read earlier predictions.
func dynamicFeatures(s *sentence, i int, prev, prev2 string, out []uint64) []uint64 {
	t := s.at(i)
	return append(out,
		feat(fPrev, prev),
		feat2(fPrev2, prev2, prev),
		feat2(fPrevLower, prev, t.lower),
		feat2(fPrevShape, prev, t.shape),
		feat2(fPrevNextLower, prev, s.at(i+1).lower),
	)
}

func boolStr(b bool) string {
	if b {
		return "H"
	}
	return "-"
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	// Cut at a rune boundary.
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := len(s) - n
	for k < len(s) && !utf8.RuneStart(s[k]) {
		k++
	}
	return s[k:]
}

func lenBucket(s string) string {
	n := utf8.RuneCountInString(s)
	switch {
	case n <= 1:
		return "1"
	case n <= 3:
		return "3"
	case n <= 6:
		return "6"
	}
	return "L"
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// normQuotes maps typographic quotes and Penn quote tokens to ASCII so that
// corpora with different conventions share features.
func normQuotes(w string) string {
	switch w {
	case "“", "”", "``", "''", "„", "«", "»":
		return "\""
	case "‘", "’", "`":
		return "'"
	case "’s":
		return "'s"
	case "n’t":
		return "n't"
	case "–", "—":
		return "--"
	}
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// normDigits maps digits to 0 only for cluster lookups of long numbers
// (the vectors know "1996" but not "1,234,567").
func normDigits(l string) string {
	return l
}

// shape maps a word to its compressed character classes: "Xi" -> "Xx",
// "U.S." -> "X.X.", "1,000" -> "d,d", "Jae-in" -> "Xx-x".
func shape(w string) string {
	var b [24]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last && (c == 'X' || c == 'x' || c == 'd') {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return string(b[:n])
}

// flags summarises capitalisation: initial capital, all capitals, lower,
// mixed, digits.
func flags(w string) string {
	up, low, dig, other := 0, 0, 0, 0
	firstUp := false
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
			if i == 0 {
				firstUp = true
			}
		case unicode.IsLower(r):
			low++
		case unicode.IsDigit(r):
			dig++
		default:
			other++
		}
	}
	var c string
	switch {
	case up > 0 && low == 0 && dig == 0:
		c = "AC"
	case firstUp && low > 0 && up == 1:
		c = "IC"
	case up > 0 && low > 0:
		c = "MC"
	case low > 0 && dig == 0:
		c = "LC"
	case dig > 0 && up+low == 0:
		c = "DG"
	case dig > 0:
		c = "AN"
	default:
		c = "PU"
	}
	return c
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// caseOf classifies a word with at least two letters as all upper case
// ('U') or not ('l'); shorter words ('-') do not count.
func caseOf(w string) byte {
	n, up := 0, true
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
			if !unicode.IsUpper(r) {
				up = false
			}
		}
	}
	switch {
	case n < 2:
		return '-'
	case up:
		return 'U'
	}
	return 'l'
}
