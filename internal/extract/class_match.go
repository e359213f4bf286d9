package extract

// classMatcher finds every class-kind substring (positiveSubstrings,
// strongNegativeSubstrings, negativeSubstrings, summaryBoxSubstrings) in
// one pass over a lower-cased class and id: an Aho-Corasick automaton
// compiled to a dense table over a small alphabet. classKind runs on every
// distinct class string of every page, and the needle lists hold more than
// a hundred entries, so one scan replaces a hundred substring searches.

// Match flags a state reports: what the text read so far ends with.
const (
	cmPositive   uint8 = 1 << iota // a positiveSubstrings entry
	cmStrong                       // a strongNegativeSubstrings entry other than "comment"
	cmComment                      // "comment"
	cmCommentary                   // "commentary" ("comment" as an article genre)
	cmNegative                     // a negativeSubstrings entry
	cmSummary                      // a summaryBoxSubstrings entry
)

// classAlphabet maps a byte to its column in the table; bytes that occur
// in no needle share column 0, which always leads back to the root.
type classAlphabet [256]uint8

type classMatcher struct {
	alpha classAlphabet
	width int
	next  []uint16 // next[state*width+column]
	out   []uint8  // flags matched on reaching a state
}

func newClassMatcher(needles map[string]uint8) *classMatcher {
	m := &classMatcher{width: 1}
	for s := range needles {
		for i := 0; i < len(s); i++ {
			if m.alpha[s[i]] == 0 {
				m.alpha[s[i]] = uint8(m.width)
				m.width++
			}
		}
	}
	// The trie, with -1 for a missing edge.
	var goTo [][]int
	newState := func() int {
		row := make([]int, m.width)
		for i := range row {
			row[i] = -1
		}
		goTo = append(goTo, row)
		m.out = append(m.out, 0)
		return len(goTo) - 1
	}
	newState()
	for s, flag := range needles {
		st := 0
		for i := 0; i < len(s); i++ {
			c := m.alpha[s[i]]
			if goTo[st][c] < 0 {
				ns := newState()
				goTo[st][c] = ns
			}
			st = goTo[st][c]
		}
		m.out[st] |= flag
	}
	// Breadth first, fill missing edges from the failure state and merge
	// the failure state's output: the table then needs no failure links.
	m.next = make([]uint16, len(goTo)*m.width)
	fail := make([]int, len(goTo))
	queue := []int{}
	for c := 0; c < m.width; c++ {
		if t := goTo[0][c]; t > 0 {
			fail[t] = 0
			queue = append(queue, t)
		} else {
			goTo[0][c] = 0
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		m.out[st] |= m.out[fail[st]]
		for c := 0; c < m.width; c++ {
			t := goTo[st][c]
			if t < 0 {
				goTo[st][c] = goTo[fail[st]][c]
				continue
			}
			fail[t] = goTo[fail[st]][c]
			queue = append(queue, t)
		}
	}
	for st, row := range goTo {
		for c, t := range row {
			m.next[st*m.width+c] = uint16(t)
		}
	}
	return m
}

// classMatch is what one scan of a class string found.
type classMatch struct {
	flags       uint8 // union of the cm flags of every match
	comments    int   // occurrences of "comment"
	commentarys int   // occurrences of "commentary"
}

// scan reads s once. It stops at the first positive match, as nothing
// else counts then.
func (m *classMatcher) scan(s string) classMatch {
	var r classMatch
	st := 0
	for i := 0; i < len(s); i++ {
		st = int(m.next[st*m.width+int(m.alpha[s[i]])])
		f := m.out[st]
		if f == 0 {
			continue
		}
		r.flags |= f
		if f&cmPositive != 0 {
			return r
		}
		// No needle ends in "comment" or "commentary" but these two, so a
		// state reports at most one occurrence of each.
		if f&cmComment != 0 {
			r.comments++
		}
		if f&cmCommentary != 0 {
			r.commentarys++
		}
	}
	return r
}

// classNeedles gathers the substring lists with their flags.
func classNeedles() map[string]uint8 {
	n := map[string]uint8{}
	add := func(list []string, flag uint8) {
		for _, s := range list {
			n[s] |= flag
		}
	}
	add(positiveSubstrings, cmPositive)
	for _, s := range strongNegativeSubstrings {
		if s == "comment" {
			n[s] |= cmComment
		} else {
			n[s] |= cmStrong
		}
	}
	n["commentary"] |= cmCommentary
	add(negativeSubstrings, cmNegative)
	add(summaryBoxSubstrings, cmSummary)
	return n
}

var classSubstrings = newClassMatcher(classNeedles())
