package timex

import (
	"fmt"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Most sentences of news hold no date, yet every rule's regular expression
// scanned every sentence whose cheap substring test ("day", "mar", a digit)
// let it through, and those tests pass on most sentences ("today",
// "market", "may"). A cueSet reads, from each pattern's own syntax tree,
// strings that every match of it must contain ("the cues": a month's name
// as it is capitalised, "week" in any case, a digit), finds all of them in
// one pass over the sentence, and lets a pattern run only when its cues are
// there. The cues are derived from the patterns when the package loads, so
// a pattern changed or added cannot drift from them; they are necessary
// conditions only, so a pattern skipped could not have matched, and the
// expressions found do not change.

// maxExact bounds the strings a part of a pattern is spelled out as
// ("[Tt]he" is "The" or "the"): past it, the part's cues are the strings
// so far (as RE2's prefilter does).
const maxExact = 64

// maxClass is the largest character class spelled out rune by rune
// ("[0-9]" is ten digits, "[-–]" two dashes); a larger one is no cue.
const maxClass = 10

// lit is a string a match must contain: b holds its bytes with the letters
// that match in either case lower-cased; fold[i] is 'i' for those and '.'
// for bytes that must match as written. wbL and wbR say a word boundary
// (\b) stands right before and right after it: "Mar" then a boundary is
// not in "Mara", "day" after one is not in "today".
type lit struct {
	b, fold  string
	wbL, wbR bool
}

// plus is l followed by m, and false when the two cannot stand side by side
// (a boundary between two letters).
func (l lit) plus(m lit) (lit, bool) {
	if l.b == "" || m.b == "" {
		// An empty string is a point: its boundary marks go to the
		// side the other string's text lies on.
		out := lit{b: l.b + m.b, fold: l.fold + m.fold, wbL: l.wbL || m.wbL, wbR: l.wbR || m.wbR}
		if l.b != "" {
			out.wbL = l.wbL
		}
		if m.b != "" {
			out.wbR = m.wbR
		}
		return out, true
	}
	if (l.wbR || m.wbL) && isWordByte(l.b[len(l.b)-1]) == isWordByte(m.b[0]) {
		return lit{}, false
	}
	return lit{b: l.b + m.b, fold: l.fold + m.fold, wbL: l.wbL, wbR: m.wbR}, true
}

// isWordByte is regexp's \w on a byte of UTF-8: the bytes of a non-ASCII
// rune are no word characters, as the rune is not to \b.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// clause is a disjunction of strings: a match contains one of them, with
// at most before bytes of the match before it and after bytes after it
// (-1: no bound), which bound where in a sentence the match can lie.
type clause struct {
	lits          []lit
	before, after int
}

// cnf is a conjunction of clauses: a match satisfies every clause. No
// clauses: anything.
type cnf []clause

// addLen adds two maxLen values, -1 being unbounded.
func addLen(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// unbounded is n with no bound on where its strings stand in the match (a
// repetition may hold them in any of its rounds).
func unbounded(n cnf) cnf {
	out := make(cnf, len(n))
	for i, c := range n {
		out[i] = clause{lits: c.lits, before: -1, after: -1}
	}
	return out
}

// shape is what a part of a pattern tells: exact lists all it can match
// (nil when that is too many to list), else need says what it contains.
type shape struct {
	exact []lit
	need  cnf
}

var anything = shape{}

// cueOf derives the cues of a parsed pattern.
func cueOf(re *syntax.Regexp) shape {
	switch re.Op {
	case syntax.OpNoMatch:
		return shape{exact: []lit{}}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpNoWordBoundary:
		return shape{exact: []lit{{}}}
	case syntax.OpWordBoundary:
		return shape{exact: []lit{{wbL: true, wbR: true}}}
	case syntax.OpLiteral:
		l, ok := literal(re.Rune, re.Flags&syntax.FoldCase != 0)
		if !ok {
			return anything
		}
		return shape{exact: []lit{l}}
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > maxClass {
				return anything
			}
		}
		var ex []lit
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				l, _ := literal([]rune{r}, false)
				ex = append(ex, l)
			}
		}
		return shape{exact: ex}
	case syntax.OpCapture:
		return cueOf(re.Sub[0])
	case syntax.OpQuest:
		sub := cueOf(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxExact {
			return shape{exact: union(sub.exact, []lit{{}})}
		}
		return anything
	case syntax.OpPlus:
		return shape{need: unbounded(needOf(cueOf(re.Sub[0])))}
	case syntax.OpRepeat:
		if re.Min == 0 {
			return anything
		}
		return shape{need: unbounded(needOf(cueOf(re.Sub[0])))}
	case syntax.OpConcat:
		return concatCues(re.Sub)
	case syntax.OpAlternate:
		return alternateCues(re.Sub)
	}
	// OpStar, OpAnyChar, OpAnyCharNotNL and anything new: no cue.
	return anything
}

// literal spells out runes as a lit. A rune matched in either case must be
// an ASCII letter or one with no other case: the sentence is folded in
// ASCII only (see cueSet.scan for the non-ASCII forms of ASCII letters).
func literal(rs []rune, fold bool) (lit, bool) {
	var b, f []byte
	for _, r := range rs {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if fold && isLetter(c) {
				b, f = append(b, c|0x20), append(f, 'i')
			} else {
				b, f = append(b, c), append(f, '.')
			}
		case fold && unicode.SimpleFold(r) != r:
			return lit{}, false
		default:
			n := len(b)
			b = utf8.AppendRune(b, r)
			for range len(b) - n {
				f = append(f, '.')
			}
		}
	}
	return lit{b: string(b), fold: string(f)}, true
}

// concatCues multiplies out the parts' exact strings while they stay few,
// and otherwise adds each run of parts as a clause of its own.
func concatCues(subs []*syntax.Regexp) shape {
	// span(i, j) is the most bytes parts i to j-1 can match.
	lens := make([]int, len(subs))
	for i, sub := range subs {
		lens[i] = maxLen(sub)
	}
	span := func(i, j int) int {
		n := 0
		for _, l := range lens[i:j] {
			n = addLen(n, l)
		}
		return n
	}
	cur := []lit{{}}
	from := 0 // the part cur starts at
	var need cnf
	flushed := false
	flush := func(to int) {
		for _, c := range needOf(shape{exact: cur}) {
			need = append(need, clause{lits: c.lits, before: span(0, from), after: span(to, len(subs))})
		}
		cur, flushed = []lit{{}}, true
	}
	for k, sub := range subs {
		s := cueOf(sub)
		switch {
		case s.exact != nil && len(cur)*len(s.exact) <= maxExact:
			next := make([]lit, 0, len(cur)*len(s.exact))
			for _, a := range cur {
				for _, b := range s.exact {
					if l, ok := a.plus(b); ok {
						next = append(next, l)
					}
				}
			}
			cur = union(next, nil)
		case s.exact != nil:
			// Too many to multiply out; the boundary between the two
			// lists is still known when one side's strings all end (or
			// start) with a non-word character: "from May" and "May -"
			// have May at word boundaries.
			next := s.exact
			if edgesNonWord(next, false) {
				cur = withBoundary(cur, false)
			}
			if edgesNonWord(cur, true) {
				next = withBoundary(next, true)
			}
			flush(k)
			cur, from = next, k
		default:
			flush(k)
			for _, c := range s.need {
				need = append(need, clause{lits: c.lits, before: addLen(span(0, k), c.before), after: addLen(c.after, span(k+1, len(subs)))})
			}
			from = k + 1
		}
	}
	if !flushed {
		return shape{exact: cur}
	}
	flush(len(subs))
	return shape{need: need}
}

// edgesNonWord says every string of ls has a boundary or a non-word
// character at its end (or, with !atEnd, its start).
func edgesNonWord(ls []lit, atEnd bool) bool {
	for _, l := range ls {
		switch {
		case l.b == "":
			if !l.wbL && !l.wbR {
				return false
			}
		case atEnd && isWordByte(l.b[len(l.b)-1]), !atEnd && isWordByte(l.b[0]):
			return false
		}
	}
	return true
}

// withBoundary marks a boundary at the start (left) or end of each string of
// ls that begins (or ends) with a word character, next to a non-word one.
func withBoundary(ls []lit, left bool) []lit {
	out := make([]lit, len(ls))
	for i, l := range ls {
		switch {
		case l.b == "":
		case left && isWordByte(l.b[0]):
			l.wbL = true
		case !left && isWordByte(l.b[len(l.b)-1]):
			l.wbR = true
		}
		out[i] = l
	}
	return out
}

// alternateCues: a match of an alternation contains a cue of one of its
// branches, so its clause is the union of each branch's best clause.
func alternateCues(subs []*syntax.Regexp) shape {
	var shapes []shape
	exact := true
	var all []lit
	for _, sub := range subs {
		s := cueOf(sub)
		shapes = append(shapes, s)
		if s.exact == nil {
			exact = false
		} else {
			all = union(all, s.exact)
		}
	}
	if exact && len(all) <= maxExact {
		if all == nil {
			all = []lit{}
		}
		return shape{exact: all}
	}
	var c clause
	for i, s := range shapes {
		n := needOf(s)
		if len(n) == 0 {
			return anything
		}
		b := bestClause(n)
		c.lits = union(c.lits, b.lits)
		if i == 0 {
			c.before, c.after = b.before, b.after
		} else {
			c.before, c.after = widest(c.before, b.before), widest(c.after, b.after)
		}
	}
	return shape{need: cnf{c}}
}

// widest is the larger of two bounds, -1 (none) being the largest.
func widest(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return max(a, b)
}

// needOf turns a shape into clauses: an exact list that may match the empty
// string needs nothing.
func needOf(s shape) cnf {
	if s.exact == nil {
		return s.need
	}
	if slices.ContainsFunc(s.exact, func(l lit) bool { return l.b == "" }) {
		return nil
	}
	return cnf{{lits: s.exact}}
}

// bestClause is the clause least likely to hold by chance: the one whose
// shortest string is longest, then the one with fewest strings.
func bestClause(n cnf) clause {
	best, bestLen := n[0], shortest(n[0].lits)
	for _, c := range n[1:] {
		if l := shortest(c.lits); l > bestLen || l == bestLen && len(c.lits) < len(best.lits) {
			best, bestLen = c, l
		}
	}
	return best
}

func shortest(c []lit) int {
	m := -1
	for _, l := range c {
		if m < 0 || len(l.b) < m {
			m = len(l.b)
		}
	}
	return m
}

func union(a, b []lit) []lit {
	out := make([]lit, 0, len(a)+len(b))
	for _, l := range slices.Concat(a, b) {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// cueBits is a set of clauses (of all patterns of a cueSet).
type cueBits [4]uint64

func (c *cueBits) add(i int) { c[i/64] |= 1 << (i % 64) }
func (c cueBits) covers(o cueBits) bool {
	return c[0]&o[0] == o[0] && c[1]&o[1] == o[1] && c[2]&o[2] == o[2] && c[3]&o[3] == o[3]
}

// cue is one string to look for, with the clauses it satisfies.
type cue struct {
	lit
	checkCase bool // some byte must match as written
	clauses   cueBits
	any       bool // a non-ASCII form of an ASCII letter: every pattern may match
}

// clauseBound is a clause a pattern needs, with the most bytes of its
// match that can stand before and after the clause's string (-1: no bound).
type clauseBound struct{ id, before, after int }

// cueSet finds the cues of a list of patterns in a sentence with one
// Aho-Corasick automaton over its ASCII-folded bytes.
type cueSet struct {
	needs  []cueBits // per pattern, the clauses it needs
	maxLen []int     // per pattern, maxLen of it
	bounds [][]clauseBound
	cues   []cue
	class  [256]uint8
	nclass int
	next   []int32   // state*nclass+class -> state
	out    [][]int32 // per state, the cues that end there
}

// newCueSet derives the cues of patterns (in the order given).
func newCueSet(patterns []*regexp.Regexp) *cueSet {
	cs := &cueSet{needs: make([]cueBits, len(patterns)), maxLen: make([]int, len(patterns)), bounds: make([][]clauseBound, len(patterns))}
	type key = lit
	clauseIDs := map[string]int{}
	cueIDs := map[key]int{}
	for i, p := range patterns {
		re, err := syntax.Parse(p.String(), syntax.Perl)
		if err != nil {
			panic(fmt.Sprintf("timex: cues of %q: %v", p, err))
		}
		need := needOf(cueOf(re))
		cs.maxLen[i] = maxLen(re)
		windowed := !readsEdges(re)
		for _, c := range need {
			clause := c.lits
			slices.SortFunc(clause, func(a, b lit) int {
				if a.b != b.b {
					return cmpString(a.b, b.b)
				}
				return cmpString(fmt.Sprint(a.fold, a.wbL, a.wbR), fmt.Sprint(b.fold, b.wbL, b.wbR))
			})
			ck := fmt.Sprint(clause)
			id, ok := clauseIDs[ck]
			if !ok {
				id = len(clauseIDs)
				if id >= maxClauses {
					panic("timex: too many cue clauses")
				}
				clauseIDs[ck] = id
				for _, l := range clause {
					k := l
					ci, ok := cueIDs[k]
					if !ok {
						ci = len(cs.cues)
						cueIDs[k] = ci
						cs.cues = append(cs.cues, cue{lit: l, checkCase: hasCaseCheck(l)})
					}
					cs.cues[ci].clauses.add(id)
				}
			}
			cs.needs[i].add(id)
			if windowed {
				cs.bounds[i] = append(cs.bounds[i], clauseBound{id, c.before, c.after})
			}
		}
	}
	// A pattern's letter matched in either case also matches the non-ASCII
	// runes that fold to it ("K", the Kelvin sign, for k; "ſ" for s),
	// which the ASCII folding of the sentence leaves as they are: a
	// sentence with one runs every pattern.
	for c := 'a'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf {
				b := string(r)
				cs.cues = append(cs.cues, cue{lit: lit{b: b, fold: dots(len(b))}, any: true})
			}
		}
	}
	cs.build()
	return cs
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func dots(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '.'
	}
	return string(b)
}

func hasCaseCheck(l lit) bool {
	for i := 0; i < len(l.b); i++ {
		if l.fold[i] == '.' && isLetter(l.b[i]) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c | 0x20
	}
	return c
}

// build makes the automaton: a trie of the cues' folded bytes with every
// transition filled in (a DFA), over classes of the bytes that occur in
// cues (all others are one class, 0).
func (cs *cueSet) build() {
	cs.nclass = 1
	for _, c := range cs.cues {
		for i := 0; i < len(c.b); i++ {
			b := lowerASCII(c.b[i])
			if cs.class[b] == 0 {
				cs.class[b] = uint8(cs.nclass)
				cs.nclass++
			}
		}
	}
	for b := 'A'; b <= 'Z'; b++ {
		cs.class[b] = cs.class[b|0x20]
	}
	// The trie; -1 is no edge yet.
	edges := [][]int32{make([]int32, cs.nclass)}
	outs := [][]int32{nil}
	for i := range edges[0] {
		edges[0][i] = -1
	}
	for ci, c := range cs.cues {
		s := int32(0)
		for i := 0; i < len(c.b); i++ {
			k := cs.class[lowerASCII(c.b[i])]
			if edges[s][k] < 0 {
				e := make([]int32, cs.nclass)
				for j := range e {
					e[j] = -1
				}
				edges = append(edges, e)
				outs = append(outs, nil)
				edges[s][k] = int32(len(edges) - 1)
			}
			s = edges[s][k]
		}
		outs[s] = append(outs[s], int32(ci))
	}
	// Breadth first: each state's failure link, its outputs joined with
	// those of the failure state, its missing edges taken from it.
	fail := make([]int32, len(edges))
	var queue []int32
	for k := range cs.nclass {
		if t := edges[0][k]; t < 0 {
			edges[0][k] = 0
		} else {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for k := range cs.nclass {
			t := edges[s][k]
			if t < 0 {
				edges[s][k] = edges[fail[s]][k]
				continue
			}
			f := edges[fail[s]][k]
			fail[t] = f
			outs[t] = append(outs[t], outs[f]...)
			queue = append(queue, t)
		}
	}
	cs.next = make([]int32, 0, len(edges)*cs.nclass)
	for _, e := range edges {
		cs.next = append(cs.next, e...)
	}
	cs.out = outs
}

// maxClauses is the most clauses a cueSet's patterns may need in all.
const maxClauses = len(cueBits{}) * 64

// cueHits is what a scan found in a sentence: the clauses whose cues occur,
// and where the first of each ends and the last begins.
type cueHits struct {
	have cueBits
	// all says the sentence holds a non-ASCII form of an ASCII letter:
	// every pattern may match, anywhere.
	all bool
	// Per clause found, the least start and end and the greatest start
	// and end of its cues.
	minStart, minEnd, maxStart, maxEnd [maxClauses]int32
}

// scan finds the clauses whose cues occur in s.
func (cs *cueSet) scan(s string, h *cueHits) {
	h.have, h.all = cueBits{}, false
	state := int32(0)
	for i := 0; i < len(s); i++ {
		state = cs.next[int(state)*cs.nclass+int(cs.class[s[i]])]
		for _, ci := range cs.out[state] {
			c := &cs.cues[ci]
			if c.any {
				h.have, h.all = cueBits{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}, true
				return
			}
			start := i + 1 - len(c.b)
			if c.checkCase && !c.asWritten(s[start:i+1]) {
				continue
			}
			if c.wbL && (start > 0 && isWordByte(s[start-1])) == isWordByte(c.b[0]) {
				continue
			}
			if c.wbR && (i+1 < len(s) && isWordByte(s[i+1])) == isWordByte(c.b[len(c.b)-1]) {
				continue
			}
			for j, bits := range c.clauses {
				for bits != 0 {
					id := j*64 + trailingZeros(bits)
					bits &= bits - 1
					// Cues are found in the order of their ends.
					if h.have[j]&(1<<(id%64)) == 0 {
						h.have[j] |= 1 << (id % 64)
						h.minStart[id], h.minEnd[id], h.maxStart[id] = int32(start), int32(i+1), int32(start)
					}
					h.minStart[id] = min(h.minStart[id], int32(start))
					h.maxStart[id] = max(h.maxStart[id], int32(start))
					h.maxEnd[id] = int32(i + 1)
				}
			}
		}
	}
}

// findAll is patterns[i].FindAllStringSubmatchIndex(s, -1) run on the part
// of s its matches can lie in: a match contains a cue of each clause the
// pattern needs, at most maxLen bytes long, with at most the clause's
// before bytes of it before the cue and after bytes after, so it starts no
// earlier than the least of the first cue's start less before and its end
// less maxLen, and ends no later than the greatest of the last cue's end
// plus after and its start plus maxLen. The part is cut where the regular
// expression sees the same context as in the whole sentence (a non-word
// character or the text's edge beyond the cut, whole runes inside), so its
// matches are those of the whole sentence: a weekday's pattern reads a few
// words around "Tuesday", not the sentence.
func (cs *cueSet) findAll(i int, re *regexp.Regexp, s string, h *cueHits) [][]int {
	if len(cs.bounds[i]) == 0 || h.all {
		return re.FindAllStringSubmatchIndex(s, -1)
	}
	L := cs.maxLen[i]
	lo, hi := 0, len(s)
	for _, b := range cs.bounds[i] {
		if L >= 0 {
			lo = max(lo, int(h.minEnd[b.id])-L)
			hi = min(hi, int(h.maxStart[b.id])+L)
		}
		if b.before >= 0 {
			lo = max(lo, int(h.minStart[b.id])-b.before)
		}
		if b.after >= 0 {
			hi = min(hi, int(h.maxEnd[b.id])+b.after)
		}
	}
	if lo >= hi {
		return nil
	}
	for lo > 0 && (isWordByte(s[lo-1]) || s[lo]&0xC0 == 0x80) {
		lo--
	}
	for hi < len(s) && (isWordByte(s[hi]) || s[hi]&0xC0 == 0x80) {
		hi++
	}
	ms := re.FindAllStringSubmatchIndex(s[lo:hi], -1)
	if lo > 0 {
		for _, m := range ms {
			for k, v := range m {
				if v >= 0 {
					m[k] = v + lo
				}
			}
		}
	}
	return ms
}

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }

// readsEdges says re has ^ or $ (in any mode), which a cut of the text
// would move.
func readsEdges(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return true
	}
	return slices.ContainsFunc(re.Sub, readsEdges)
}

// maxLen is the most bytes a match of re can span, or -1 when that is
// unbounded or the pattern reads the text's edges (^, $), which a cut
// would move.
func maxLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			w := utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					w = max(w, utf8.RuneLen(f))
				}
			}
			n += w
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return max(1, utf8.RuneLen(re.Rune[len(re.Rune)-1]))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxLen(re.Sub[0])
		if re.Max < 0 || n < 0 {
			return -1
		}
		return re.Max * n
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxLen(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	// OpStar, OpPlus, OpBeginLine, OpEndLine, OpBeginText, OpEndText.
	return -1
}

// asWritten says the bytes w (equal to c's when folded) have c's case where
// c's case counts.
func (c *cue) asWritten(w string) bool {
	for i := 0; i < len(w); i++ {
		if c.fold[i] == '.' && w[i] != c.b[i] {
			return false
		}
	}
	return true
}

// may says pattern i of the set can match a sentence with the hits h.
func (cs *cueSet) may(h *cueHits, i int) bool { return h.have.covers(cs.needs[i]) }
