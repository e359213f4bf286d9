package keywords

import (
	"math"
	"strings"
)

// topicTop is how many of the best-scored candidates the topic graph
// weighs again: the keyphrases come from the first few dozen, and the
// graph's cost grows with the square of its size.
const topicTop = 40

// maxTopicOcc is how many occurrences of a candidate the topic graph
// reads: a long text's most frequent phrase is placed well enough by its
// first fifty.
const maxTopicOcc = 50

// topicSimilar is the least share of stems two phrases must have in common
// (Jaccard, averaged over their groups) to be one topic: "tax", "tax
// break" and "payroll tax" are one, "tax" and "trade" two. 0.26 is
// TopicRank's threshold (a distance of 0.74; Bougouin et al. 2013).
const topicSimilar = 0.26

// place finds where the candidates of top occur, for the topic graph: a
// single word wherever its stem is used, as for its recurrence; a phrase
// wherever its words follow one another in a sentence, inside a longer
// phrase too ("tax break" of "payroll tax break"), the function words of a
// name skipped ("Hall of Fame"). It keeps the first maxTopicOcc of each,
// and a candidate found nowhere (a merged name) is placed at its first
// occurrence. Only the few ranked candidates are placed: recording every
// candidate's occurrences as they are collected would allocate for each of
// a long text's many phrases.
func place(top []*candidate, words []word) {
	type pattern struct {
		c     *candidate
		parts []string
	}
	byFirst := map[string][]pattern{}
	for _, c := range top {
		c.at = nil
		parts := strings.Fields(c.key)
		byFirst[parts[0]] = append(byFirst[parts[0]], pattern{c, parts})
	}
	for k, w := range words {
		if w.stop || w.stem == "" {
			continue
		}
		for _, p := range byFirst[w.stem] {
			if len(p.c.at) < maxTopicOcc && follows(words, k, p.parts) {
				p.c.at = append(p.c.at, int32(k))
			}
		}
	}
	for _, c := range top {
		if len(c.at) == 0 {
			c.at = append(c.at, int32(c.first))
		}
	}
}

// follows says the stems parts occur in order from words[k] on, in one
// sentence, with only stopwords between them.
func follows(words []word, k int, parts []string) bool {
	q := k
	for i, part := range parts {
		if i > 0 {
			for q < len(words) && words[q].stop && words[q].stem != "" && words[q].sent == words[k].sent {
				q++
			}
		}
		if q >= len(words) || words[q].sent != words[k].sent || words[q].stem != part {
			return false
		}
		q++
	}
	return true
}

// topicScores scores the candidates of list by MultipartiteRank (Boudin
// 2018): the candidates are grouped into topics by the stems they share;
// each candidate is linked to the candidates of the other topics, the
// link weighing the inverse distances between their occurrences, so
// phrases that sit near many others in the text draw weight; the first
// phrase of each topic to occur takes extra weight from its topic's other
// phrases, the earlier it occurs the more; and PageRank spreads it. The
// scores sum to 1 (0 for an empty list).
func topicScores(list []*candidate) []float64 {
	n := len(list)
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	topic := topics(list)
	// w[i*n+j]: how near the occurrences of i and j are, for phrases of
	// different topics (the graph is complete multipartite).
	w := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if topic[i] == topic[j] {
				continue
			}
			var s float64
			for _, p := range list[i].at {
				for _, q := range list[j].at {
					if p != q {
						s += 1 / math.Abs(float64(p-q))
					}
				}
			}
			w[i*n+j], w[j*n+i] = s, s
		}
	}
	// The first of a topic to occur takes, from each phrase k of another
	// topic, the weight k gives the topic's other phrases, scaled by how
	// early it occurs: a topic's first mention is the one a reader meets.
	adj := make([]float64, n*n)
	copy(adj, w)
	firstOf := map[int]int{}
	for i, t := range topic {
		if f, ok := firstOf[t]; !ok || list[i].first < list[f].first {
			firstOf[t] = i
		}
	}
	for i, t := range topic {
		f := firstOf[t]
		if i == f {
			continue
		}
		boost := 1.1 * math.Exp(1/(1+float64(list[f].first)))
		for k := 0; k < n; k++ {
			adj[k*n+f] += boost * w[k*n+i]
		}
	}
	// PageRank over the weighted directed graph, uniform jump.
	const damping = 0.85
	sum := make([]float64, n)
	for k := 0; k < n; k++ {
		for j := 0; j < n; j++ {
			sum[k] += adj[k*n+j]
		}
	}
	for i := range out {
		out[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for iter := 0; iter < 50; iter++ {
		var dangling float64
		for k := 0; k < n; k++ {
			if sum[k] == 0 {
				dangling += out[k]
			}
		}
		for i := range next {
			next[i] = (1-damping)/float64(n) + damping*dangling/float64(n)
		}
		for k := 0; k < n; k++ {
			if sum[k] == 0 {
				continue
			}
			share := damping * out[k] / sum[k]
			for j := 0; j < n; j++ {
				next[j] += share * adj[k*n+j]
			}
		}
		var diff float64
		for i := range next {
			diff += math.Abs(next[i] - out[i])
		}
		out, next = next, out
		if diff < 1e-6 {
			break
		}
	}
	return out
}

// topics groups the candidates by the stems they share: agglomerative
// clustering with average linkage over the Jaccard similarity of their stem
// sets, merging while the closest two groups reach topicSimilar. It returns
// each candidate's topic number.
func topics(list []*candidate) []int {
	n := len(list)
	sim := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			s := jaccard(list[i].stems, list[j].stems)
			sim[i*n+j], sim[j*n+i] = s, s
		}
	}
	groups := make([][]int, n)
	for i := range groups {
		groups[i] = []int{i}
	}
	for {
		bi, bj, best := -1, -1, topicSimilar
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				var s float64
				for _, a := range groups[i] {
					for _, b := range groups[j] {
						s += sim[a*n+b]
					}
				}
				s /= float64(len(groups[i]) * len(groups[j]))
				// Of equally close pairs the first found merges.
				if s >= best && (bi < 0 || s > best) {
					bi, bj, best = i, j, s
				}
			}
		}
		if bi < 0 {
			break
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		groups = append(groups[:bj], groups[bj+1:]...)
	}
	topic := make([]int, n)
	for t, g := range groups {
		for _, i := range g {
			topic[i] = t
		}
	}
	return topic
}

// jaccard is the share of stems two phrases have in common.
func jaccard(a, b []string) float64 {
	inter := 0
	for _, s := range a {
		for _, t := range b {
			if s == t {
				inter++
			}
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
