// Package summary writes a short extractive summary of an article: a few
// of its own sentences, in their order, chosen for being central to the
// article (similar to its word centroid, covering its keyphrases by their
// rank, naming its recurring entities) with a lead bias, as news puts the
// essentials first, and a preference for short sentences. They are picked
// one by one, each discounted by its likeness to those already picked
// (maximal marginal relevance). Sentences that would read badly out of
// context are left out: captions and datelines, quotations whose speaker
// is not in the sentence or not known, and a sentence whose first word
// points back ("He", "This", "But") unless the sentence before it is in
// the summary too.
package summary

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
)

// DefaultSentences is the summary length when none is configured.
const DefaultSentences = 3

// Config tunes the summarizer. Zero values take the defaults.
type Config struct {
	Sentences int     // sentences in the summary (DefaultSentences)
	LeadBias  float64 // weight of the position prior (1)
	// LengthPenalty is the exponent of the sentence-length divisor
	// (words/20)^p (0.6); 0 < p keeps summaries short.
	LengthPenalty float64
}

// Summarizer is the summary stage; safe for concurrent use.
type Summarizer struct {
	cfg Config
}

// New returns the stage.
func New(cfg Config) *Summarizer {
	if cfg.Sentences <= 0 {
		cfg.Sentences = DefaultSentences
	}
	if cfg.LeadBias <= 0 {
		cfg.LeadBias = 1
	}
	if cfg.LengthPenalty <= 0 {
		cfg.LengthPenalty = 0.6
	}
	return &Summarizer{cfg: cfg}
}

// Name implements pipeline.Stage.
func (s *Summarizer) Name() string { return "summary" }

// Process implements pipeline.Stage: it fills Article.Summary.
func (s *Summarizer) Process(ctx context.Context, doc *model.Document) error {
	if doc.Article == nil {
		return nil
	}
	sum, err := s.SummarizeContext(ctx, doc.Article)
	if err != nil {
		return err
	}
	doc.Article.Summary = sum
	return nil
}

// sent is a candidate sentence.
type sent struct {
	idx   int
	text  string
	stems map[string]float64
	words int
	ok    bool // fit to stand alone
	// dangling: its first word points back ("He", "But"); it stands
	// only right after the sentence before it.
	dangling bool
	score    float64
	bodyAt   int // position among body sentences
}

// Summarize returns the summary text: the chosen sentences joined by a
// space, in article order.
func (s *Summarizer) Summarize(a *model.Article) string {
	sum, _ := s.SummarizeContext(context.Background(), a)
	return sum
}

// SummarizeContext is Summarize, stopping with an error wrapping ctx's when
// ctx is done: it looks at ctx between its passes over the sentences, each
// linear in the length of the text.
func (s *Summarizer) SummarizeContext(ctx context.Context, a *model.Article) (string, error) {
	picked, err := s.pick(ctx, a)
	if err != nil {
		return "", err
	}
	return strings.Join(picked, " "), nil
}

// Pick returns the chosen sentences' texts in article order.
func (s *Summarizer) Pick(a *model.Article) []string {
	picked, _ := s.pick(context.Background(), a)
	return picked
}

// pick is Pick, stopping when ctx is done (see SummarizeContext).
func (s *Summarizer) pick(ctx context.Context, a *model.Article) ([]string, error) {
	if a == nil || strings.TrimSpace(a.Text) == "" {
		return nil, nil
	}
	cands, err := s.scored(ctx, a)
	if len(cands) == 0 || err != nil {
		return nil, err
	}
	chosen := s.choose(cands)
	out := make([]string, len(chosen))
	for k, i := range chosen {
		out[k] = cands[i].text
	}
	return out, nil
}

// scored returns the article's candidate sentences with their scores, or
// ctx's error wrapped when ctx is done.
func (s *Summarizer) scored(ctx context.Context, a *model.Article) ([]sent, error) {
	stopped := func(after string) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("stopped after %s: %w", after, err)
		}
		return nil
	}
	sents := a.Sentences
	if len(sents) == 0 {
		sents = segment.Sentences(a.Text)
	}
	cands := s.candidates(a, sents)
	if len(cands) == 0 {
		return nil, nil
	}
	if err := stopped("reading the sentences"); err != nil {
		return nil, err
	}
	// Centroid of the body: summed stem weights over fit sentences, with a
	// document frequency damping so words in every sentence count less.
	df := map[string]int{}
	for _, c := range cands {
		for st := range c.stems {
			df[st]++
		}
	}
	n := float64(len(cands))
	centroid := map[string]float64{}
	for _, c := range cands {
		for st, w := range c.stems {
			centroid[st] += w * math.Log(1+n/float64(df[st]))
		}
	}
	if err := stopped("the centroid"); err != nil {
		return nil, err
	}
	kw, kwMass := keywordWeights(a.Keywords)
	ents := salientEntities(a)
	// The centroid's norm is the same for every candidate: computed once,
	// not once per sentence (that was quadratic in the length of the text,
	// the centroid growing with its vocabulary). Summed in key order so the
	// figure does not depend on map order.
	centroidNorm := sqNorm(centroid)
	for i := range cands {
		c := &cands[i]
		sim := cosineNorm(c.stems, centroid, centroidNorm)
		c.score = sim*(1+keywordWeight*coverage(c.stems, kw, kwMass)) + s.cfg.LeadBias*leadPrior(c.bodyAt)
		c.score += entityWeight * math.Min(float64(ents[c.idx]), 2) / 2
		if c.words > 0 {
			// Shorter sentences make a short summary and stand alone
			// better; a 20-word sentence is neutral.
			c.score /= math.Pow(float64(c.words)/20, s.cfg.LengthPenalty)
		}
	}
	return cands, nil
}

// Lead returns the first n body sentences (the lead-n baseline): the
// sentences after the headline, skipping datelines and captions as the
// summarizer does.
func Lead(a *model.Article, n int) []string {
	sents := a.Sentences
	if len(sents) == 0 {
		sents = segment.Sentences(a.Text)
	}
	var out []string
	for _, c := range New(Config{}).candidates(a, sents) {
		if len(out) == n {
			break
		}
		out = append(out, c.text)
	}
	return out
}

var danglingStarts = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "this": true, "these": true, "those": true, "that": true,
	"his": true, "her": true, "their": true, "its": true, "but": true, "however": true, "and": true, "also": true,
	"instead": true, "meanwhile": true, "still": true, "yet": true, "so": true, "then": true, "there": true,
	"such": true, "both": true, "another": true, "thus": true, "nevertheless": true, "moreover": true, "or": true,
}

// candidates returns the body sentences with their features; the headline
// and captions are not candidates at all.
func (s *Summarizer) candidates(a *model.Article, sents []model.Sentence) []sent {
	captions := map[string]bool{}
	for _, c := range a.Captions {
		captions[squash(c)] = true
	}
	title := squash(a.Title)
	quoteIssue := map[int]bool{}
	// attributedEnd: per sentence, the earliest end of a direct or partial
	// quote in it that has a speaker (see attributedInside). One pass over
	// the quotes instead of one per sentence.
	attributedEnd := map[int]int{}
	for _, q := range a.Quotes {
		if q.Kind == model.QuoteIndirect {
			continue
		}
		if q.Speaker == nil {
			quoteIssue[q.Sentence] = true
			continue
		}
		if e, ok := attributedEnd[q.Sentence]; !ok || q.End < e {
			attributedEnd[q.Sentence] = q.End
		}
	}
	var out []sent
	stems := map[string]string{} // stem each distinct word once
	stem := func(w string) string {
		st, ok := stems[w]
		if !ok {
			st = keywords.Stem(w)
			stems[w] = st
		}
		return st
	}
	for _, st := range sents {
		text := strings.TrimSpace(st.Text)
		if text == "" {
			text = strings.TrimSpace(a.Text[max(0, st.Start):min(len(a.Text), st.End)])
		}
		sq := squash(text)
		if sq == "" || sq == title || captions[sq] {
			continue
		}
		if st.Index == 0 && !endsSentence(text) {
			continue // a headline left in the text
		}
		// A wire dateline ("OTTAWA (Newsgraph Wire) - ") says where and
		// by whom the story was filed; the body keeps it, a summary
		// sentence does not.
		skip := 0 // bytes of the sentence's text before its first word after the dateline
		if dl := extract.DatelineLen(text); dl > 0 && dl < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[dl:]); unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c' {
				skip = dl
				text = text[dl:]
			}
		} else if cl := creditLen(text); cl > 0 {
			skip = cl
			text = text[cl:]
		}
		c := sent{idx: st.Index, text: text, stems: map[string]float64{}, ok: true, bodyAt: len(out)}
		first := ""
		addWord := func(w string) {
			nw := keywords.Normalize(w)
			if nw == "" {
				return
			}
			c.words++
			if first == "" {
				first = nw
			}
			if !isStop(nw) {
				c.stems[stem(nw)]++
			}
		}
		textStart := -1 // where the text after a dateline begins in a.Text, for the tokens
		if skip > 0 {
			if i := strings.Index(a.Text[max(0, st.Start):min(len(a.Text), st.End)], text); i >= 0 {
				textStart = max(0, st.Start) + i
			}
		}
		tagged, hasVerb := false, false
		for _, t := range st.Tokens {
			if t.Start < textStart {
				continue
			}
			addWord(t.Text)
			if t.POS != "" {
				tagged = true
				hasVerb = hasVerb || strings.HasPrefix(t.POS, "VB") || t.POS == "MD"
			}
		}
		if len(st.Tokens) == 0 {
			for _, w := range strings.Fields(text) {
				addWord(w)
			}
		}
		c.dangling = danglingStarts[first]
		switch {
		case c.words < 6 || c.words > 70:
			c.ok = false // datelines, credits, run-on lists
		case !endsSentence(text):
			c.ok = false // fragments: captions, list items, headings
		case quoteIssue[st.Index]:
			c.ok = false
		case startsWithQuote(text) && !attributedInside(attributedEnd, st):
			c.ok = false
		case strings.HasSuffix(text, "?"):
			c.ok = false
		case labelled(text):
			c.ok = false // a note, credit or pointer, not the story
		case missplit(a.Text, st, text):
			c.ok = false
		case tagged && !hasVerb:
			// A verbless "sentence" is a caption or a credit the page
			// left in its text ("The old bridge at dawn. Photo: ...").
			c.ok = false
		}
		if c.words < 6 && !endsSentence(text) {
			continue // not a body sentence at all: not even a lead candidate
		}
		out = append(out, c)
	}
	return out
}

// creditLen is the length of a bracketed credit that opens text, with
// the space after it, or 0. Korean and Japanese outlets open a story with
// "[Place=Agency]", "(Place=Agency)" or "【Place=Agency】" (or "[Outlet=
// Writer's column]"), the way English wires use a dateline: the "=" is
// what tells it from a bracketed aside. The words after it are the lead
// sentence; the credit is no part of a summary.
func creditLen(text string) int {
	open, size := utf8.DecodeRuneInString(text)
	var closer rune
	switch open {
	case '[':
		closer = ']'
	case '(':
		closer = ')'
	case '【':
		closer = '】'
	case '［':
		closer = '］'
	case '（':
		closer = '）'
	default:
		return 0
	}
	end := strings.IndexRune(text[size:], closer)
	if end < 0 {
		return 0
	}
	inner := text[size : size+end]
	if utf8.RuneCountInString(inner) > 40 || !strings.ContainsAny(inner, "=＝") || strings.ContainsAny(inner, ".!?。") {
		return 0
	}
	n := size + end + utf8.RuneLen(closer)
	rest := strings.TrimLeft(text[n:], " \t\u00a0\u3000")
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '\u201c') || unicode.IsLower(r) {
		return 0
	}
	return len(text) - len(rest)
}

// noteLabels open the lines a page sets beside the story rather than in
// it: notes from the desk ("Editor's note: This story has been updated"),
// photo captions and credits ("Photo: A resident wades ..."), and pointers
// to other pages ("Read more: ..."). Each has a verb and a full stop, so
// the verbless-caption and fragment tests let them through; the label and
// its colon are what give them away. Labels that also open real sentences
// ("Update", "Note that ...") are not here, and the colon must follow the
// label directly: "Photographs taken by ..." is a sentence.
var noteLabels = map[string]bool{
	"editor's note": true, "editors' note": true, "editors note": true, "editor's notes": true, "note to editors": true,
	"notes to editors": true, "correction": true, "clarification": true, "disclosure": true, "disclaimer": true,
	"photo": true, "photos": true, "photograph": true, "photo caption": true, "caption": true, "image": true,
	"picture": true, "credit": true, "photo credit": true, "image credit": true, "file photo": true,
	"read more": true, "read also": true, "also read": true, "see also": true, "related": true, "watch": true,
	"listen": true, "video": true, "advertisement": true, "sponsored": true,
}

// labelled says text opens with one of noteLabels followed by a colon.
func labelled(text string) bool {
	head, _, ok := strings.Cut(text, ":")
	if !ok || len(head) > len("notes to editors") {
		return false
	}
	head = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(head), "\u2019", "'"))
	return noteLabels[head]
}

// missplit says the segmenter broke a sentence inside a token: the
// sentence starts right after a full stop with no space between ("...
// Average .DJI fell 102 points" split as "Average ." and "DJI fell ...":
// market tickers, file names, web addresses), or it ends on a full stop
// set apart by a space, the other half of such a break ("... the S&P 500
// ."). Edited prose puts a space after a sentence's full stop and none
// before it, so either way the sentence is a piece of a longer one and
// reads cut off.
func missplit(body string, st model.Sentence, text string) bool {
	if st.Start > 0 && st.Start <= len(body) {
		if r, _ := utf8.DecodeLastRuneInString(body[:st.Start]); r == '.' {
			return true
		}
	}
	t := strings.TrimRight(text, "\"'\u201d\u2019)")
	return len(t) >= 2 && t[len(t)-1] == '.' && unicode.IsSpace(rune(t[len(t)-2]))
}

// attributedInside says a sentence that opens with a quotation names its
// speaker within itself: a direct or partial quote of it with a speaker
// ends before the sentence does. attributedEnd holds, per sentence index,
// the earliest end of such a quote.
func attributedInside(attributedEnd map[int]int, st model.Sentence) bool {
	e, ok := attributedEnd[st.Index]
	return ok && e < st.End-2
}

func startsWithQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '\u201c' || r == '\u2018' || r == '\''
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'\u201d\u2019) ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}

func squash(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

func cosine(a, b map[string]float64) float64 {
	return cosineNorm(a, b, sqNorm(b))
}

// cosineNorm is cosine with b's squared norm given, for comparing many
// vectors with one. Sums run in key order, as all sums over maps here do:
// floating-point addition depends on its order, and map order changes
// from run to run, so near-equal sentences could swap places between two
// runs over the same article.
func cosineNorm(a, b map[string]float64, nb float64) float64 {
	var dot, na float64
	for _, k := range sortedKeys(a) {
		v := a[k]
		na += v * v
		dot += v * b[k]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// likeness gives cosine(cands[i].stems, cands[j].stems) with each
// candidate's sorted stems and squared norm computed once and each pair's
// value kept: choose compares every sentence of the pool with every chosen
// one again on each round, and cosine sorted both maps' keys each time.
// The sums run in the same order as cosine's, so the values are
// bit-identical to it.
type likeness struct {
	cands []sent
	keys  [][]string // nil until the candidate is first compared
	norm  []float64
	memo  map[[2]int]float64
}

func newLikeness(cands []sent) *likeness {
	return &likeness{cands: cands, keys: make([][]string, len(cands)), norm: make([]float64, len(cands)), memo: map[[2]int]float64{}}
}

func (l *likeness) prepare(i int) {
	if l.keys[i] != nil {
		return
	}
	l.keys[i] = sortedKeys(l.cands[i].stems) // empty, not nil, for no stems
	l.norm[i] = sqNorm(l.cands[i].stems)
}

// cosine is cosine(cands[i].stems, cands[j].stems); the order of i and j
// matters to the last bit (the dot product is summed in i's key order).
func (l *likeness) cosine(i, j int) float64 {
	if v, ok := l.memo[[2]int{i, j}]; ok {
		return v
	}
	l.prepare(i)
	l.prepare(j)
	a, b := l.cands[i].stems, l.cands[j].stems
	var dot float64
	for _, k := range l.keys[i] {
		dot += a[k] * b[k]
	}
	v := 0.0
	if na, nb := l.norm[i], l.norm[j]; na != 0 && nb != 0 {
		v = dot / math.Sqrt(na*nb)
	}
	l.memo[[2]int{i, j}] = v
	return v
}

// sqNorm is the squared norm of v, summed in key order.
func sqNorm(v map[string]float64) float64 {
	var n float64
	for _, k := range sortedKeys(v) {
		n += v[k] * v[k]
	}
	return n
}

// sortedKeys are m's keys in order, for sums that do not depend on map
// order.
func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but if of in on at to for from with by about as into over after before
is are was were be been being has have had do does did will would shall should can could may might must it its
he she they we i you him her them us me his their our my your this that these those which who whom what there
here not no so than then also just only very more most said says say told`) {
		stop[w] = true
	}
}

func isStop(w string) bool { return stop[w] }

// The weights of the features beside the centroid similarity and the
// lead prior (LeadBias). keywordWeight: a sentence holding all the
// keyphrase weight would have its similarity tripled; one with a quarter
// of it gets x1.5, about the range the absolute keyword scores gave
// before (x1 to x1.6). entityWeight: two or more mentions of the article's
// recurring entities add about the lead prior of the fifth body sentence. redundancyWeight: a sentence as similar to a chosen one as
// cosine 0.7 (beyond which it is a near-repeat and never taken) keeps 79%
// of its score.
const (
	keywordWeight    = 2
	entityWeight     = 0.3
	redundancyWeight = 0.3
)

// keywordWeights gives each stem of the article's keyphrases a weight
// from the phrase's rank, not its score: the top phrase 1, the last of n
// 1/n, a stem in several phrases its best. Ranks keep the summary stable
// when the keyword extractor's scores change scale, which they do with
// every change to its ranking. mass is the sum of the weights, so that a
// sentence's coverage is a share of it.
func keywordWeights(kws []model.Keyword) (w map[string]float64, mass float64) {
	order := make([]int, len(kws))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return kws[order[i]].Score > kws[order[j]].Score })
	w = map[string]float64{}
	n := float64(len(kws))
	for r, i := range order {
		rw := (n - float64(r)) / n
		for _, word := range strings.Fields(kws[i].Phrase) {
			nw := keywords.Normalize(word)
			if nw == "" || isStop(nw) {
				continue
			}
			st := keywords.Stem(nw)
			w[st] = math.Max(w[st], rw)
		}
	}
	for _, k := range sortedKeys(w) {
		mass += w[k]
	}
	return w, mass
}

// coverage is the share of the keyphrase weight mass whose stems the
// sentence contains, from 0 to 1.
func coverage(stems, kw map[string]float64, mass float64) float64 {
	if mass == 0 {
		return 0
	}
	var got float64
	for _, st := range sortedKeys(stems) {
		got += kw[st]
	}
	return math.Min(1, got/mass)
}

// leadPrior is the position prior: news puts who, what and where in the
// first sentences, and each later one is less likely to carry the gist.
func leadPrior(bodyAt int) float64 {
	return 1 / (1 + 0.5*float64(bodyAt))
}

// salientEntities counts, per sentence index, the mentions of named
// entities the article comes back to (named in another sentence too, or
// resolved to a known actor): a sentence about the story's main players
// says more than one about a passer-by.
func salientEntities(a *model.Article) map[int]int {
	if len(a.Entities) == 0 {
		return nil
	}
	in := map[string]map[int]bool{}
	for _, e := range a.Entities {
		k := strings.ToLower(e.Text)
		if in[k] == nil {
			in[k] = map[int]bool{}
		}
		in[k][e.Sentence] = true
	}
	out := map[int]int{}
	for _, e := range a.Entities {
		if len(in[strings.ToLower(e.Text)]) > 1 || e.ActorID != "" {
			out[e.Sentence]++
		}
	}
	return out
}

// choose picks the summary's sentences greedily, best first, in the manner
// of maximal marginal relevance: a sentence's score is discounted by its
// similarity to those already chosen, so the summary says more things once
// rather than one thing twice, and a near-repeat is never taken. A
// sentence that opens by pointing back ("He", "But") is taken only right
// after the sentence it points back to: that sentence is chosen first on
// its own merit, or the two are taken together as one unit when two slots
// are left and the pair's mean value beats the best single sentence (a
// strong "He ..." sentence behind a plain one says more than the next
// sentence alone would). It returns candidate indexes in article order.
func (s *Summarizer) choose(cands []sent) []int {
	var pool []int
	inPool := make([]bool, len(cands))
	for i := range cands {
		if cands[i].ok {
			pool = append(pool, i)
			inPool[i] = true
		}
	}
	if len(pool) == 0 {
		for i := range cands {
			pool = append(pool, i)
			inPool[i] = true
		}
	}
	taken := map[int]bool{}
	var chosen []int
	like := newLikeness(cands)
	// value is i's score discounted by its likeness to the chosen
	// sentences; ok is false for a near-repeat of one.
	value := func(i int) (v float64, ok bool) {
		var red float64
		for _, j := range chosen {
			red = math.Max(red, like.cosine(i, j))
		}
		if red > 0.7 {
			return 0, false
		}
		return cands[i].score * (1 - redundancyWeight*red), true
	}
	for len(chosen) < s.cfg.Sentences {
		best, bestV := -1, 0.0
		for _, i := range pool {
			if taken[i] || cands[i].dangling && !taken[i-1] {
				continue
			}
			if v, ok := value(i); ok && (best < 0 || v > bestV) {
				best, bestV = i, v
			}
		}
		pair, pairV := -1, 0.0 // pair: the dangling sentence of the best pair
		if len(chosen)+2 <= s.cfg.Sentences {
			for _, i := range pool {
				a := i - 1
				if !cands[i].dangling || taken[i] || a < 0 || taken[a] || !inPool[a] || cands[a].dangling && (a == 0 || !taken[a-1]) {
					continue
				}
				// Redundancy only lowers a value: a pair whose plain
				// scores cannot win is not compared with the chosen.
				if bound := (cands[a].score + cands[i].score) / 2; best >= 0 && bound <= bestV || pair >= 0 && bound <= pairV {
					continue
				}
				va, okA := value(a)
				vi, okI := value(i)
				if !okA || !okI || like.cosine(i, a) > 0.7 {
					continue
				}
				if v := (va + vi) / 2; pair < 0 || v > pairV {
					pair, pairV = i, v
				}
			}
		}
		if pair >= 0 && (best < 0 || pairV > bestV) {
			taken[pair-1], taken[pair] = true, true
			chosen = append(chosen, pair-1, pair)
			continue
		}
		if best < 0 {
			break
		}
		taken[best] = true
		chosen = append(chosen, best)
	}
	sort.Ints(chosen)
	return chosen
}
