// Package keywords ranks the keyphrases of an article: multi-word noun
// phrases ("joint military exercises") and names ("North Korea") as well as
// single words, scored with a position-biased graph ranking (PositionRank,
// Florescu and Caragea 2017) over the article's words, boosted for named
// entities and for phrases that recur; the best few dozen are weighed again
// by a graph over the phrases themselves (MultipartiteRank, topics.go).
//
// It reads sentences and Penn tags from the nlp stage and entities from
// resolve. Without tags (the nlp stage not run) it falls back to runs of
// non-stopwords between punctuation, split by the small segmenter.
package keywords

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/model"
)

// DefaultN is how many keyphrases an article gets by default.
const DefaultN = 10

// Config tunes the extractor. Zero values take the defaults.
type Config struct {
	N           int     // keyphrases returned (DefaultN)
	Window      int     // co-occurrence window in words (10)
	MaxWords    int     // longest phrase in words (5)
	EntityBoost float64 // score factor for phrases that are named entities (1.5)
	RecurBoost  float64 // weight of log(occurrences of the whole phrase) (3)
}

// Extractor is the keywords stage; safe for concurrent use.
type Extractor struct {
	cfg Config
}

// New returns the stage.
func New(cfg Config) *Extractor {
	if cfg.N <= 0 {
		cfg.N = DefaultN
	}
	if cfg.Window <= 0 {
		cfg.Window = 10
	}
	if cfg.MaxWords <= 0 {
		cfg.MaxWords = 5
	}
	if cfg.EntityBoost <= 0 {
		cfg.EntityBoost = 1.5
	}
	if cfg.RecurBoost <= 0 {
		cfg.RecurBoost = 3
	}
	return &Extractor{cfg: cfg}
}

// Name implements pipeline.Stage.
func (x *Extractor) Name() string { return "keywords" }

// Process implements pipeline.Stage: it fills Article.Keywords.
func (x *Extractor) Process(ctx context.Context, doc *model.Document) error {
	if doc.Article == nil {
		return nil
	}
	kws, err := x.ExtractContext(ctx, doc.Article)
	if err != nil {
		return err
	}
	doc.Article.Keywords = kws
	return nil
}

// word is one token as the ranker sees it. There is one per token of the
// article, so it is kept small: 32-bit offsets and indexes (a text of 2 GB
// is far beyond what the stages before this one can hold) and the flags
// together at the end.
type word struct {
	// tok is the token the word is: its text and tag are read there
	// rather than copied (two strings were 32 of a word's 72 bytes).
	tok   *model.Token
	stem  string // Porter stem of the normalised form; "" for punctuation
	sent  int32
	start int32 // byte offset in Text, -1 for title words
	// entEnd is the index after the last word of the named entity that
	// begins at this word (0 when none begins here).
	entEnd int32
	stop   bool
	// name: the word is inside a named entity (a person, organisation or
	// place; not a role or a group); person: a person's name; group: a
	// nationality or group ("Japanese").
	name, person, group bool
	cap                 bool // capitalised and not the first word of its sentence
	// headline: the word is in a sentence written in Title Case, where
	// capitals do not mark names.
	headline bool
	// proper: the word is inside a name the tagger tagged otherwise; it
	// reads as a proper noun (markHeadlines), the token keeps its tag.
	proper bool
	// pair: the entity beginning at this word is two names joined by a
	// conjunction ("European Union and Mexico"), not one name (pairName).
	pair bool
	// plural: the tagger read the word as a verb where it is the plural
	// head of a noun compound ("kept interest rates unchanged";
	// markSplitPlurals); it reads as NNS, the token keeps its tag.
	plural bool
}

// surface is the word as written.
func (w word) surface() string { return w.tok.Text }

// pos is the word's Penn tag: the tagger's, or NNP inside a name.
func (w word) pos() string {
	if w.proper {
		return "NNP"
	}
	if w.plural {
		return "NNS"
	}
	return w.tok.POS
}

// candidate is a phrase and its occurrences.
type candidate struct {
	key    string   // stems joined by spaces
	stems  []string // distinct stems
	forms  []form   // each surface form once, with its weight
	count  int
	first  int // position of first occurrence (word index)
	heads  int // occurrences not followed by a noun of the same phrase
	entity bool
	actor  string  // the actor the phrase names, when resolve linked it
	person bool    // the actor is a person
	rank   float64 // mean graph score of its words
	// wordMax is the count of its most frequent word as a candidate alone.
	wordMax int
	score   float64
	// at holds the word index of its first occurrences (at most
	// maxTopicOcc), for the topic graph; only the candidates it ranks
	// have them (place).
	at []int32
	// recur is how often it recurs: its count, or for a single word its
	// uses in any part of speech.
	recur int
	// topic is its MultipartiteRank score times the number of candidates
	// ranked with it (1 is average; 0 when not among them).
	topic float64
}

// Extract returns the top keyphrases of a, best first.
func (x *Extractor) Extract(a *model.Article) []model.Keyword {
	kws, _ := x.ExtractContext(context.Background(), a)
	return kws
}

// ExtractContext is Extract, stopping with an error wrapping ctx's when ctx
// is done: it looks at ctx between its passes over the article's words,
// each linear in the length of the text.
func (x *Extractor) ExtractContext(ctx context.Context, a *model.Article) ([]model.Keyword, error) {
	list, fullNames, _, err := x.scoredContext(ctx, a)
	if err != nil {
		return nil, err
	}
	return x.pick(list, fullNames), nil
}

// scored ranks the candidates of a, best first. It also returns the longest
// name of each person actor and the article's words.
func (x *Extractor) scored(a *model.Article) ([]*candidate, map[string]string, []word) {
	list, fullNames, words, _ := x.scoredContext(context.Background(), a)
	return list, fullNames, words
}

// scoredContext is scored, stopping when ctx is done (see ExtractContext).
func (x *Extractor) scoredContext(ctx context.Context, a *model.Article) ([]*candidate, map[string]string, []word, error) {
	if a == nil {
		return nil, nil, nil, nil
	}
	stopped := func(after string) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("stopped after %s: %w", after, err)
		}
		return nil
	}
	words, variants := x.wordsVariants(a)
	if len(words) == 0 {
		return nil, nil, nil, nil
	}
	if err := stopped("reading the words"); err != nil {
		return nil, nil, nil, err
	}
	tagged := false
	for _, w := range words {
		if w.pos() != "" {
			tagged = true
			break
		}
	}
	markHeadlines(a, words)
	joinVariants(words, variants)
	cands := x.candidates(words, tagged)
	if err := stopped("the candidates"); err != nil {
		return nil, nil, nil, err
	}
	fullNames := x.markEntities(a, words, cands)
	scores := x.rank(words)
	if err := stopped("ranking the words"); err != nil {
		return nil, nil, nil, err
	}
	var list []*candidate
	for _, c := range cands {
		s := 0.0
		for _, st := range c.stems {
			s += scores.of(st)
		}
		// A phrase is as good as its words on average (a sum, as in
		// PositionRank, would favour long phrases that seldom recur), and
		// better when it recurs as a whole or names an entity.
		s = s / float64(len(c.stems))
		c.rank = s
		// A word recurs as a topic in all its uses: "vote", "strike" or
		// "attack" are as often the verb as the noun, and the candidate
		// counts only the noun.
		c.recur = c.count
		if len(c.stems) == 1 && !strings.Contains(c.key, " ") {
			c.recur = max(c.recur, scores.uses(c.key))
		}
		s *= 1 + math.Log(float64(c.recur))*x.cfg.RecurBoost
		if c.entity {
			s *= x.cfg.EntityBoost
		}
		c.score = s
		// How often the phrase's commonest word occurs as a candidate
		// alone or inside others: a signal for Candidates.
		c.wordMax = c.count
		for _, st := range c.stems {
			if w := cands[st]; w != nil && w.count > c.wordMax {
				c.wordMax = w.count
			}
		}
		list = append(list, c)
	}
	// The candidates came out of a map in no set order: the merges below
	// do not depend on it (TestSubsumeOrder), and ties in score are broken
	// by position and key; the list is put in key order all the same, so
	// that a rule added later cannot make keyphrases change from run to
	// run unnoticed.
	sort.Slice(list, func(i, j int) bool { return list[i].key < list[j].key })
	list = subsume(list)
	list = sameActor(list)
	sort.Slice(list, better(list))
	// The best candidates are weighed again by their topic's place in the
	// article (topicScores): a phrase whose topic runs through the text
	// near the other topics counts more than one seen once in a corner.
	top := list[:min(len(list), topicTop)]
	place(top, words)
	least := math.Inf(1)
	for i, t := range topicScores(top) {
		top[i].topic = t * float64(len(top))
		f := math.Sqrt(top[i].topic)
		top[i].score *= f
		least = min(least, f)
	}
	// The rest keep their order below them: scaled by the least factor
	// given above, none passes a candidate it followed.
	for _, c := range list[len(top):] {
		c.score *= least
	}
	sort.Slice(top, better(top))
	return list, fullNames, words, nil
}

// better orders candidates best first: by score, then by position and key
// (the candidates come out of a map in no set order).
func better(list []*candidate) func(i, j int) bool {
	return func(i, j int) bool {
		a, b := list[i], list[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.key < b.key
	}
}

// pick takes the best N phrases of list (ranked best first). A phrase all
// of whose words one phrase taken before holds is dropped ("locust swarms"
// after "desert locust swarms"): it says again part of what that phrase
// says. Words spread over several taken phrases do not drop it ("desert
// locust swarms" after "desert locust" and "swarms" still names one thing
// the two do not): dropping those too cost Inspec F@10 0.194 -> 0.183,
// whose gold lists nested terms.
func (x *Extractor) pick(list []*candidate, fullNames map[string]string) []model.Keyword {
	var out []model.Keyword
	taken := Cover{}
	var kept []*candidate
	for _, c := range list {
		if len(out) == x.cfg.N {
			break
		}
		shown := c.shown(fullNames)
		if !c.entity && generic(shown) {
			continue
		}
		if slices.ContainsFunc(kept, func(k *candidate) bool { return within(c.stems, k.stems) }) {
			continue
		}
		if !taken.Take(c.stems) {
			continue
		}
		kept = append(kept, c)
		out = append(out, model.Keyword{Phrase: shown, Score: math.Round(c.score*1e4) / 1e4})
	}
	return out
}

// within says every stem of a is among those of b.
func within(a, b []string) bool {
	for _, st := range a {
		if !slices.Contains(b, st) {
			return false
		}
	}
	return true
}

// Cover holds the stems of the keyphrases taken so far.
type Cover map[string]bool

// Take says whether a phrase of these stems adds something to the phrases
// taken, and if so takes its stems: a single word a taken phrase already
// holds adds nothing ("Cruz" after "Penelope Cruz").
func (cv Cover) Take(stems []string) bool {
	if len(stems) == 1 && cv[stems[0]] {
		return false
	}
	for _, st := range stems {
		cv[st] = true
	}
	return true
}

// shown is how a candidate is written: its commonest form, or a person's
// fullest name ("Kim Jong Un", not "Kim").
func (c *candidate) shown(fullNames map[string]string) string {
	if c.person && fullNames[c.actor] != "" {
		return fullNames[c.actor]
	}
	return bestForm(c.forms)
}

// form is one way a candidate is written and how often (heads count
// double). A candidate has a handful (capitals, plurals), so a slice
// scanned in order is smaller and faster than a map per candidate.
type form struct {
	text string
	n    int
}

// addForm counts weight for the surface form f, copying f only when it is
// new.
func (c *candidate) addForm(f []byte, weight int) {
	for k := range c.forms {
		if c.forms[k].text == string(f) {
			c.forms[k].n += weight
			return
		}
	}
	c.forms = append(c.forms, form{text: string(f), n: weight})
}

// words flattens the title and the sentences into ranker words.
func (x *Extractor) words(a *model.Article) []word {
	out, _ := x.wordsVariants(a)
	return out
}

// wordsVariants is words, and the article's derivational variants
// (variantStems) for joinVariants.
func (x *Extractor) wordsVariants(a *model.Article) ([]word, map[string]string) {
	var title []model.Token
	if a.Title != "" && !strings.HasPrefix(strings.TrimSpace(a.Text), strings.TrimSpace(a.Title)) {
		title = segment.Tokens(a.Title, 0)
	}
	sents := a.Sentences
	if len(sents) == 0 {
		sents = segment.Sentences(a.Text)
	}
	n := len(title)
	for _, s := range sents {
		n += len(s.Tokens)
	}
	out := make([]word, 0, n)
	stems := map[string]string{} // Porter stemming is the costly part: once per distinct word
	foreign := stopwordsFor(a.Language)
	add := func(toks []model.Token, sent int, title bool) {
		first := true
		for i := range toks {
			t := &toks[i]
			w := word{tok: t, sent: int32(sent), start: int32(t.Start)}
			if title {
				w.start = -1
			}
			norm := Normalize(t.Text)
			if norm != "" {
				st, ok := stems[norm]
				if !ok {
					st = Stem(norm)
					stems[norm] = st
				}
				w.stem = st
				w.stop = stopwords[norm] || stopwords[strings.ToLower(t.Text)] || isNumber(norm) || weekdays[norm] ||
					foreign[norm]
				r, _ := utf8.DecodeRuneInString(t.Text)
				w.cap = unicode.IsUpper(r) && !first
				first = false
			}
			out = append(out, w)
		}
	}
	add(title, -1, true)
	body := len(out)
	// A wire dateline ("NAIROBI, March 3 (Wire) -") names where the story
	// was filed and the agency, not what it is about.
	dateline := extract.ArticleDatelineLen(a)
	for _, s := range sents {
		toks := s.Tokens
		for len(toks) > 0 && toks[0].Start < dateline {
			toks = toks[1:]
		}
		add(toks, s.Index, false)
	}
	// The words of a date ("next year", "two years ago", "last week") date
	// an event and say nothing of what the story is about.
	if len(a.Dates) > 0 {
		dates := slices.Clone(a.Dates)
		slices.SortFunc(dates, func(p, q model.TimeExpr) int { return p.Start - q.Start })
		d := 0
		for k := body; k < len(out); k++ {
			st := int(out[k].start)
			for d < len(dates) && dates[d].End <= st {
				d++
			}
			if d < len(dates) && dates[d].Start <= st {
				out[k].stop = true
			}
		}
	}
	markSplitPlurals(out)
	markPastVerbs(out)
	markLightVerbNouns(out)
	markRepeatedNouns(out)
	markNamedDays(out)
	markAttribution(out[body:])
	return out, variantStems(stems)
}

// lightVerbNouns are the nouns of light-verb idioms by the verb forms that
// take them: in "protesters set fire to a car", "the talks took place in
// Doha" or "troops opened fire on the crowd" the verb and its bare noun say
// one thing (burned, happened, shot), and the noun alone is no topic of the
// story. Only the noun right after the verb counts: "the fire spread" or
// "a place in the final" are nouns of their own. A closed list of the
// idioms news uses most.
var lightVerbNouns = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, idiom := range []struct{ verbs, nouns string }{
		{"set sets setting catch catches catching caught open opens opened opening", "fire"},
		{"take takes taking took taken", "place part effect hold aim note issue"},
		{"make makes making made", "way headway"},
		{"pay pays paying paid", "tribute heed"},
	} {
		for _, v := range strings.Fields(idiom.verbs) {
			m[v] = wordSet(idiom.nouns)
		}
	}
	return m
}()

// markLightVerbNouns makes the noun of a light-verb idiom a stop word where
// it follows its verb and no noun follows it ("set fire to", "took part
// in"; "set fire crews" would be another noun's modifier).
func markLightVerbNouns(words []word) {
	for k := 1; k < len(words); k++ {
		w, prev := &words[k], words[k-1]
		if w.stop || w.start < 0 || prev.sent != w.sent || !nounTag(w.pos()) || capitalised(w.surface()) {
			continue
		}
		nouns := lightVerbNouns[strings.ToLower(prev.surface())]
		if nouns == nil || !nouns[strings.ToLower(w.surface())] || strings.HasPrefix(prev.pos(), "NN") {
			continue
		}
		if k+1 < len(words) && words[k+1].sent == w.sent && nounTag(words[k+1].pos()) {
			continue
		}
		w.stop = true
	}
}

// attributionPhrases are the common-noun phrases that say where a report
// came from or where words were spoken ("the news agency said", "told a
// news conference", "state television reported"): the channel of the
// story, not its topic. Lower case; the words are stop words there.
var attributionPhrases = [][]string{
	{"news", "agency"}, {"news", "agencies"}, {"press", "agency"}, {"news", "conference"}, {"press", "conference"},
	{"news", "briefing"}, {"press", "briefing"}, {"state", "media"}, {"state", "television"}, {"state", "tv"},
	{"state", "radio"}, {"state", "broadcaster"}, {"state", "news"}, {"media", "reports"},
}

// markAttribution makes stop words of the words of an attribution phrase
// (attributionPhrases) written in lower case, so that neither the phrase
// nor its words ("news" of "the news agency said") rank. A named outlet
// ("Xinhua News Agency", "Reuters") stays a name: KPCrowd's readers mark
// the outlets a story cites as its keyphrases (dropping names of the media
// sector named fewer than three times cost dev P@5 0.527 -> 0.524), and its
// words are no phrases of their own already (candidates). body holds the
// words of the text.
func markAttribution(body []word) {
	for k := range body {
		for _, ph := range attributionPhrases {
			if k+len(ph) > len(body) {
				continue
			}
			ok := true
			for q, w := range ph {
				if t := body[k+q]; t.sent != body[k].sent || t.tok.Text != w {
					ok = false
					break
				}
			}
			if ok {
				for q := range ph {
					body[k+q].stop = true
				}
			}
		}
	}
}

// dayNameModifiers are the words that make a weekday part of a name:
// shopping days ("Black Friday", "Cyber Monday", "Giving Tuesday"), feasts
// ("Good Friday", "Ash Wednesday", "Palm Sunday", "Easter Monday", "Fat
// Tuesday") and voting days ("Super Tuesday"), and days remembered for an
// event ("Bloody Sunday"). Such a name is what a story is about, not when
// it happened.
var dayNameModifiers = wordSet(`black cyber giving good ash palm easter holy maundy shrove fat super bloody`)

// markNamedDays takes a capitalised weekday back from the stop words when
// a capitalised modifier of dayNameModifiers stands right before it, so
// that "Black Friday" stays one phrase rather than leaving "Black" alone.
func markNamedDays(words []word) {
	for k := 1; k < len(words); k++ {
		w, prev := &words[k], words[k-1]
		if !w.stop || prev.sent != w.sent || !weekdays[Normalize(w.surface())] || !dayNameModifiers[strings.ToLower(prev.surface())] {
			continue
		}
		if !capitalised(w.surface()) || !capitalised(prev.surface()) {
			continue // "a good Friday for markets"
		}
		w.stop = false
	}
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// pastForms are simple past tenses of strong verbs that the tagger reads as
// nouns after a noun, because the form is also a noun or looks like one
// ("the Nasdaq rose", "the blue-chip index fell and ..."): market and
// disaster reports are full of them, and as nouns they would rank at the
// top. Forms whose noun is common in news ("cut", "hit", "shot", "won")
// are not here.
var pastForms = wordSet(`rose fell grew sank shrank swung slid fought flew threw drove rode swore tore
arose withdrew`)

// verbOnlyForms are past tenses and participles of irregular verbs that
// are no English nouns at all, which the tagger still reads as nouns after
// a noun ("the central bank kept/NN policy rates unchanged" made "central
// bank kept policy rates" one phrase). Wherever such a form is tagged a
// noun it is the verb. Forms that are also nouns or names ("left", "won",
// "saw", "thought", "met", "led", "spoke") are not here; "rose" and "fell"
// are pastForms, which keep the noun after a determiner.
var verbOnlyForms = wordSet(`kept held told sought brought bought caught taught gave given took taken
began begun knew known wrote written chose chosen froze frozen forgot forgotten became came went gone
sent spent lent built meant dealt sold paid laid stood understood withheld upheld overtook undertook
struck stuck fled hid hidden drew drawn grown shrunk sunk swept wept slept ate eaten`)

// markPastVerbs makes a stop word of a verbOnlyForms word tagged a noun,
// and of a pastForms word where it follows its
// subject (a noun or name) or an adverb and no noun follows it, or where a
// figure follows it: there it is the verb,
// whatever the tagger said ("stocks across the globe rose for a seventh
// session"); after a determiner or adjective ("a red rose", "the rose
// garden") it stays a noun. A capitalised form is a name ("Rose").
func markPastVerbs(words []word) {
	for k := 1; k < len(words); k++ {
		w := &words[k]
		if w.stop || w.start < 0 || !nounTag(w.pos()) {
			continue
		}
		if verbOnlyForms[w.surface()] {
			w.stop = true
			continue
		}
		if !pastForms[w.surface()] {
			continue
		}
		prev := words[k-1]
		if prev.sent != w.sent {
			continue
		}
		next := ""
		if k+1 < len(words) && words[k+1].sent == w.sent {
			next = words[k+1].pos()
		}
		// A figure after it is the size of the move ("yields last rose
		// 7/32", "fell 3 percent"); no noun "rose" takes one.
		byFigure := next == "CD" && prev.pos() != "DT" && prev.pos() != "PRP$"
		afterSubject := (nounTag(prev.pos()) || prev.name || strings.HasPrefix(prev.pos(), "RB")) && !nounTag(next)
		if byFigure || afterSubject {
			w.stop = true
		}
	}
}

// markHeadlines links each word to the entity it begins, marks the words of
// names (and tags them as proper nouns: the tagger reads "Japan" in "until
// Japan responds" as an adjective, which hid it from the phrases), and flags the
// sentences written in Title Case: those whose longer words are nearly all
// capitalised, at least two of them outside any entity ("Homer Powers Kansas
// City Past Angels"; "Kim Jong Un met Xi Jinping in Beijing" is no headline).
func markHeadlines(a *model.Article, words []word) {
	// The text's words follow the title's (start -1) in text order: a
	// binary search finds the word at an offset.
	body := 0
	for body < len(words) && words[body].start < 0 {
		body++
	}
	sorted := true
	for i := body + 1; i < len(words); i++ {
		if words[i].start < words[i-1].start {
			sorted = false
			break
		}
	}
	at := func(off int) (int, bool) { // the last word starting at off
		i := body + sort.Search(len(words)-body, func(k int) bool { return int(words[body+k].start) > off }) - 1
		return i, i >= body && int(words[i].start) == off
	}
	if !sorted {
		m := map[int]int{}
		for i, w := range words {
			if w.start >= 0 {
				m[int(w.start)] = i
			}
		}
		at = func(off int) (int, bool) { i, ok := m[off]; return i, ok }
	}
	inEnt := make([]bool, len(words))
	// A span some entity links to a knowledge-base actor is one name
	// whatever the others at the same span say ("Bosnia and Herzegovina"
	// may come as a place without an actor and as the country BIH).
	known := map[[2]int]bool{}
	for _, e := range a.Entities {
		if e.ActorID != "" && !strings.HasPrefix(e.ActorID, "doc:") {
			known[[2]int{e.Start, e.End}] = true
		}
	}
	for _, e := range a.Entities {
		i, ok := at(e.Start)
		if !ok {
			continue
		}
		name := e.Type != model.EntityRole && e.Type != model.EntityNORP
		j := i
		for j < len(words) && words[j].start >= 0 && int(words[j].start) < e.End {
			inEnt[j] = true
			words[j].group = words[j].group || e.Type == model.EntityNORP
			if name && words[j].stem != "" {
				words[j].name = true
				words[j].person = e.Type == model.EntityPerson
				if words[j].pos() != "" && !properTag(words[j].pos()) {
					words[j].proper = true
				}
			}
			j++
		}
		words[i].entEnd = int32(j)
		words[i].pair = !known[[2]int{e.Start, e.End}] && pairName(words, i, j)
	}
	for i := 0; i < len(words); {
		j := i
		long, capped, outside := 0, 0, 0
		for j < len(words) && words[j].sent == words[i].sent {
			if w := words[j]; utf8.RuneCountInString(w.surface()) >= 4 && w.stem != "" {
				long++
				if r, _ := utf8.DecodeRuneInString(w.surface()); unicode.IsUpper(r) {
					capped++
					if !inEnt[j] {
						outside++
					}
				}
			}
			j++
		}
		if long >= 3 && capped*5 >= long*4 && outside >= 2 {
			for k := i; k < j; k++ {
				words[k].headline = true
			}
		}
		i = j
	}
}

// Normalize lower-cases a word and drops everything but letters and digits
// ("hollowed-out" -> "hollowedout", "U.S." -> "us"), as keyphrase gold
// standards are compared.
func Normalize(s string) string {
	plain := true // most words are lower-case ASCII already: no copy
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// phraseTag says a Penn tag may sit inside a keyphrase (adjectives and
// nouns, the pattern (JJ|NN)* NN of the literature).
func phraseTag(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "NP", "NPS", "VBN", "VBG":
		return true
	}
	return false
}

func properTag(tag string) bool { return tag == "NNP" || tag == "NNPS" || tag == "NP" || tag == "NPS" }

func nounTag(tag string) bool { return strings.HasPrefix(tag, "NN") || tag == "NP" || tag == "NPS" }

// candidates collects phrases: with tags, maximal adjective-noun runs
// ending in a noun (a participle after a noun ends the run) and every noun
// alone; without tags, maximal runs of content words and each of their
// words.
func (x *Extractor) candidates(words []word, tagged bool) map[string]*candidate {
	cands := map[string]*candidate{}
	// The key and the form of an occurrence are built in buffers reused
	// from one occurrence to the next: a map lookup by string(buf) does not
	// copy, so only a new candidate or a new form allocates (a long text
	// has millions of occurrences and far fewer distinct phrases).
	var keyBuf, formBuf []byte
	// add counts an occurrence of words[i:j]. Its surface form counts
	// double where it heads its phrase: "jobs" of "4,000 jobs" is the
	// word's form, "job" of "job cuts" a modifier's.
	addForm := func(i, j, weight int) *candidate {
		keyBuf, formBuf = keyBuf[:0], formBuf[:0]
		for k := i; k < j; k++ {
			if k > i {
				keyBuf = append(keyBuf, ' ')
				formBuf = append(formBuf, ' ')
			}
			keyBuf = append(keyBuf, words[k].stem...)
			if w := words[k]; tagged && !w.name && !w.group && (w.headline || k == i && sentenceStart(words, k) && !properTag(w.pos())) {
				// A capital that only opens the sentence ("Dozens of
				// people", "Astronomers using") or is one of a Title Case
				// line's marks no name.
				formBuf = appendLowerFirst(formBuf, w.surface())
			} else {
				formBuf = append(formBuf, w.surface()...)
			}
		}
		c := cands[string(keyBuf)]
		if c == nil {
			var uniq []string
			for k := i; k < j; k++ {
				// Phrases are at most MaxWords long: a scan beats a map.
				if !slices.Contains(uniq, words[k].stem) {
					uniq = append(uniq, words[k].stem)
				}
			}
			c = &candidate{key: string(keyBuf), stems: uniq, first: i}
			cands[c.key] = c
		}
		c.count++
		c.addForm(formBuf, weight)
		return c
	}
	add := func(i, j int) *candidate { return addForm(i, j, 2) }
	inPhrase := func(w word) bool {
		if w.stem == "" || w.stop {
			return false
		}
		if !tagged {
			return true
		}
		return phraseTag(w.pos())
	}
	// Names with a function word inside ("Information Commissioner's
	// Office", "Rio Grande do Sul") are phrases whole; the runs inside
	// them are not phrases of their own ("Office", "Sul").
	var spanEnd []int32
	if tagged {
		spanEnd = x.nameSpans(words, func(lo, hi int) {
			var stems []string
			var b strings.Builder
			name := false
			for k := lo; k < hi; k++ {
				if w := words[k]; !w.stop {
					stems = append(stems, w.stem)
				}
				name = name || words[k].name
				if r, _ := utf8.DecodeRuneInString(words[k].surface()); k > lo && r != '\'' && r != '’' {
					b.WriteByte(' ')
				}
				b.WriteString(words[k].surface())
			}
			key := strings.Join(stems, " ")
			c := cands[key]
			if c == nil {
				var uniq []string
				for _, st := range stems {
					if !slices.Contains(uniq, st) {
						uniq = append(uniq, st)
					}
				}
				c = &candidate{key: key, stems: uniq, first: lo}
				cands[key] = c
			}
			c.count++
			c.heads++
			c.addForm([]byte(b.String()), 2)
			c.entity = c.entity || name
		})
	}
	for i := 0; i < len(words); {
		if spanEnd != nil && spanEnd[i] > 0 {
			i = int(spanEnd[i])
			continue
		}
		if !inPhrase(words[i]) {
			i++
			continue
		}
		j := i
		for j < len(words) && inPhrase(words[j]) && words[j].sent == words[i].sent && (spanEnd == nil || spanEnd[j] == 0) {
			// A participle after a noun starts a reduced relative clause,
			// not a modifier: "employees facing layoffs" is two phrases.
			if tagged && j > i && (words[j].pos() == "VBN" || words[j].pos() == "VBG") && nounTag(words[j-1].pos()) {
				break
			}
			j++
		}
		// A verb the tagger read as a noun ends the phrase before it
		// ("demanded that Japan apologize for"): the run stops there and
		// the verb is no candidate.
		next, noWhole := j, false
		if tagged && !words[i].headline {
			if v := hiddenVerb(words, i, j); v >= 0 {
				j, next = v, v+1
			}
			// A title or description before a name is an apposition, not
			// part of the name: "coach Helena Saraiva" is two phrases, and
			// the title of "Substitute Mateo Rivera" none. The name is the
			// next run.
			switch k, title := apposition(words, i, j); {
			case title:
				i = k
				continue
			case k > i:
				// A person's description is no topic of its own ("Porto
				// Verde coach"); its nouns and names still count.
				j, next, noWhole = k, k, words[k].person
				if k-2 >= i && properTag(words[k-2].pos()) && !finiteIn(words, k) {
					j = k - 1 // "Sporting Lagoa beat Uniao Sul 3-0": no other verb
				}
			}
		}
		// Trim to end on a noun when tagged ("military exercises", not
		// "exercises planned").
		e := j
		if tagged {
			for e > i && !nounTag(words[e-1].pos()) {
				e--
			}
		}
		s := i
		if tagged {
			// A participle opening the run is a clause's verb or a passing
			// description ("detained activists", "rising gas prices"); a
			// gerund right before the head noun names a kind of thing
			// ("polling stations", "housing market", "training camp") and
			// stays, unless that noun is a count ("sending dozens of
			// vehicles", "killing hundreds"): a count is no kind of thing,
			// so the gerund is a verb taking it as its object.
			for s < e && (words[s].pos() == "VBN" || words[s].pos() == "VBG" && (s+2 != e || countNouns[words[e-1].stem])) {
				s++
			}
		}
		// A Title Case run is a phrase only when it is one name: "Homer
		// Powers Kansas City Past Angels" is a headline, not a phrase.
		if e-s > 0 && e-s <= x.cfg.MaxWords && (!words[s].headline || int(words[s].entEnd) == e) && !noWhole &&
			!timeSpan(words, s, e) {
			add(s, e).heads++
		}
		// The words of a multi-word name ("United States", "Workers' Party")
		// are not keyphrases on their own: "States" is no topic. The name
		// itself is a candidate when it is the whole run, or added here.
		inName := make([]bool, j-i)
		if tagged && words[i].headline {
			// In a Title Case line every word is a proper noun to the
			// tagger; the names are the entities found in it.
			for k := i; k < j; k++ {
				if m := int(words[k].entEnd); m > k+1 && m <= j {
					for q := k; q < m; q++ {
						inName[q-i] = true
					}
					if (k != s || m != e) && m-k <= x.cfg.MaxWords {
						add(k, m)
					}
				}
			}
		} else if tagged {
			for k := i; k < j; {
				m := k
				for m < j && (words[m].pos() == "NNP" || words[m].pos() == "NNPS") {
					m++
				}
				if m-k > 1 {
					for q := k; q < m; q++ {
						inName[q-i] = true
					}
					if (k != s || m != e) && m-k <= x.cfg.MaxWords {
						add(k, m)
					}
				}
				k = max(m, k+1)
			}
		}
		for k := i; k < j; k++ {
			if e-s == 1 && k == s && !noWhole {
				continue // already added as the phrase
			}
			if inName[k-i] {
				continue
			}
			// Nouns only: a proper adjective alone ("Chinese", "Libyan") is
			// a modifier, kept inside its phrase ("Chinese officials").
			if (!tagged || nounTag(words[k].pos())) && !measureNouns[words[k].stem] {
				if head := !tagged || k+1 == j || !nounTag(words[k+1].pos()); head {
					add(k, k+1).heads++
				} else {
					addForm(k, k+1, 1)
				}
			}
		}
		i = next
	}
	return cands
}

// measureNouns are the units that measure time and shares ("year", "week",
// "percent"): alone they say how long or how much, not what about; they
// stay inside phrases ("fiscal year"). Porter stems, a closed list.
var measureNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("year years month months week weeks day days hour hours minute minutes decade decades century " +
		"time times percent percentage") {
		m[Stem(w)] = true
	}
	return m
}()

// countNouns are the nouns that count ("dozens of vehicles", "thousands of
// people"): a gerund before one is a verb with its object, not a kind of
// thing ("sending dozens" is no phrase). Porter stems, a closed list.
var countNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("dozen dozens score scores hundred hundreds thousand thousands million millions billion billions tens") {
		m[Stem(w)] = true
	}
	return m
}()

// ordinals count the units of time ("the 88th minute", "for the first
// time", "a second straight month"); numbers written in digits are told by
// their suffix.
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "last": true, "straight": true, "consecutive": true}

// timeSpan says words[s:e] is a unit of time or share alone or counted by
// ordinals ("year", "88th minute", "second straight month"): a time, not a
// topic.
func timeSpan(words []word, s, e int) bool {
	if !measureNouns[words[e-1].stem] {
		return false
	}
	for k := s; k < e-1; k++ {
		n := Normalize(words[k].surface())
		if !ordinals[n] && !(len(n) > 2 && isNumber(n[:len(n)-2]) && strings.Contains("st nd rd th", n[len(n)-2:])) {
			return false
		}
	}
	return true
}

// pairName says the entity words[i:j] reads as two names joined by "and" or
// "or" ("European Union and Mexico", "Russia and Ukraine"): the tagger
// sometimes runs a coordination of names into one entity, and each conjunct
// is its own topic. It is one name when a function word comes before the
// conjunction, as in "Ministry of Foreign Affairs and Trade" or "Institute
// for Science and International Security", where the "and" joins the
// complement of a preposition, and when it ends in the head noun of a body
// that the conjunction's sides both modify ("Improvement and Development
// Agency") - unless a determiner opens the second side ("Mexico and the
// European Union"), which makes it a noun phrase of its own. "&" joins the
// partners of a firm ("Procter & Gamble") and is left alone. Fixed names of
// the first shape ("Bosnia and Herzegovina") are known to the knowledge
// base: the caller keeps them.
func pairName(words []word, i, j int) bool {
	for i < j && words[i].stop { // "the European Union and Mexico"
		i++
	}
	for k := i + 1; k < j-1; k++ {
		switch n := Normalize(words[k].surface()); {
		case n == "and" || n == "or":
			if determiners[Normalize(words[k+1].surface())] {
				return true
			}
			return !bodyHeads[Normalize(words[j-1].surface())]
		case words[k].stop || words[k].stem == "":
			return false
		}
	}
	return false
}

// determiners open a noun phrase: after a conjunction inside an entity they
// show its second side is a name of its own ("and the European Union").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// bodyHeads are the nouns that end the name of an organisation or a body,
// which the words before them, coordinated or not, describe: "Scholarly
// Publishing and Academic Resources Coalition" is one coalition. A closed
// list of the common institution words of English names.
var bodyHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("agency alliance association authority bank board bureau center centre coalition college " +
		"commission committee company corporation council court department federation foundation front fund group " +
		"initiative institute institution league ministry movement network office organisation organization party " +
		"program programme school service services society trust union university") {
		m[w] = true
	}
	return m
}()

// nameParticles join the parts of a name ("Rio Grande do Sul", "Vincent
// van Gogh"): a closed list of the particles of Romance, Germanic and
// Arabic names.
var nameParticles = map[string]bool{"da": true, "das": true, "de": true, "del": true, "della": true, "der": true,
	"di": true, "do": true, "dos": true, "du": true, "van": true, "von": true, "den": true, "ter": true,
	"bin": true, "ibn": true}

// nameSpans finds the names that hold a word no phrase would (a stopword, a
// possessive, a particle): named entities with such a word inside, and
// proper nouns joined by a particle when one side is a named entity
// ("Rio Grande" do "Sul"). It calls add for each occurrence and returns,
// for each word inside one, the index after the name (0 elsewhere).
func (x *Extractor) nameSpans(words []word, add func(lo, hi int)) []int32 {
	var end []int32
	mark := func(lo, hi int) {
		for lo < hi && words[lo].stop { // "The Tree of Life"
			lo++
		}
		content := 0
		for k := lo; k < hi; k++ {
			if !words[k].stop {
				content++
			}
		}
		if content < 2 || words[hi-1].stop {
			return
		}
		if end == nil {
			end = make([]int32, len(words))
		}
		for k := lo; k < hi; k++ {
			end[k] = int32(hi)
		}
		// A name too long to be a keyphrase is none, and its pieces
		// are no names either: "the Rome-based United Nations Food and
		// Agriculture Organization" gave "Agriculture Organization" and
		// "Rome-based United Nations Food". Its acronym or shorter
		// name, when the text uses one, is the keyphrase.
		if content <= x.cfg.MaxWords {
			add(lo, hi)
		}
	}
	proper := func(k int) bool { return k >= 0 && k < len(words) && properTag(words[k].pos()) && !words[k].stop }
	for k := 0; k < len(words); k++ {
		w := words[k]
		if w.headline || end != nil && end[k] > 0 {
			continue
		}
		if m := int(w.entEnd); w.name && m > k+1 && !w.pair {
			lo := k
			for lo < m && words[lo].stop {
				lo++
			}
			for q := lo; q < m; q++ {
				if words[q].stop || words[q].stem == "" {
					mark(lo, m)
					break
				}
			}
			if end != nil && end[m-1] > 0 {
				k = m - 1
				continue
			}
		}
		if k+2 < len(words) && proper(k) && nameParticles[words[k+1].surface()] && proper(k+2) &&
			words[k+2].sent == w.sent && (w.name || words[k+2].name) {
			lo, hi := k, k+3
			for proper(lo-1) && words[lo-1].sent == w.sent && (end == nil || end[lo-1] == 0) {
				lo--
			}
			for proper(hi) && words[hi].sent == w.sent {
				hi++
			}
			mark(lo, hi)
			if end != nil && end[k] > 0 {
				k = hi - 1
			}
		}
	}
	return end
}

// apposition finds a name at the end of the run words[i:j] that follows a
// description or title: a common noun before the name ("coach Helena
// Saraiva", "former mayor Richard Aldana", "opposition Democratic
// Alliance"), or capitalised words before a person's name that are no name
// themselves ("Substitute Mateo Rivera", "Foreign Minister Cho Tae-yul").
// It returns where the name starts (or -1) and whether all before it is
// such a title, which is no phrase. An adjective before a name stays
// ("southern Brazil"), and so do capitalised words before a place or an
// organisation the entity left out ("Hurricane Katrina").
func apposition(words []word, i, j int) (int, bool) {
	e := j
	for e > i && !nounTag(words[e-1].pos()) {
		e--
	}
	for k := i + 1; k < e; k++ {
		w := words[k]
		if !w.name || int(w.entEnd) != e || words[k-1].name {
			continue
		}
		switch words[k-1].pos() {
		case "NN", "NNS":
			return k, false
		case "NNP", "NNPS":
			// A capitalised word the entity left out is a title when it is
			// one ("President", "Gov.") or opens the sentence ("Substitute
			// Mateo Rivera"); otherwise it is more likely a part of the
			// name the tagger missed ("Greedy Williams", "Lockheed Martin").
			if !w.person || !personTitles[strings.ToLower(words[k-1].surface())] && !(k-1 == i && sentenceStart(words, i)) {
				return -1, false
			}
			for q := i; q < k; q++ {
				if !properTag(words[q].pos()) {
					return -1, false
				}
				if words[q].name {
					return k, false // "Information Commissioner John Edwards"
				}
			}
			return k, true
		}
		return -1, false
	}
	return -1, false
}

// personTitles are the titles, offices and ranks news writes before a
// person's name, outside the name the entity tagger finds: a closed list,
// as the tagger's own.
var personTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`king queen prince princess sir dame lord lady sheikh emir pope ayatollah
	president vice-president chancellor director chairman chairwoman secretary minister premier governor
	senator sen. representative rep. gov. mayor judge justice ambassador envoy commissioner speaker
	spokesman spokeswoman general gen. colonel col. lieutenant lt. major maj. captain capt. admiral adm.
	brigadier brig. sergeant sgt. corporal commander cmdr. marshal officer sheriff detective inspector
	professor prof. dr. mr. mrs. ms. mr mrs ms dr chief executive ceo administrator attorney leader coach
	manager striker analyst bishop cardinal`) {
		m[w] = true
	}
	return m
}()

// appendLowerFirst appends s to b with its first letter lower-cased.
func appendLowerFirst(b []byte, s string) []byte {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return append(b, s...)
	}
	return append(utf8.AppendRune(b, unicode.ToLower(r)), s[n:]...)
}

// sentenceStart says words[i] opens its sentence.
func sentenceStart(words []word, i int) bool {
	return i == 0 || words[i-1].sent != words[i].sent
}

// finiteIn says the sentence of words[k] has a finite verb.
func finiteIn(words []word, k int) bool {
	for q := k; q < len(words) && words[q].sent == words[k].sent; q++ {
		if finiteTag(words[q].pos()) {
			return true
		}
	}
	for q := k - 1; q >= 0 && words[q].sent == words[k].sent; q-- {
		if finiteTag(words[q].pos()) {
			return true
		}
	}
	return false
}

// subordinators open a clause whose subject follows them ("until Japan
// responds"): a closed class of English ("that" is handled apart, as it
// is also a determiner and a relative pronoun).
var subordinators = map[string]bool{"after": true, "although": true, "as": true, "because": true, "before": true,
	"if": true, "once": true, "since": true, "though": true, "unless": true, "until": true, "when": true,
	"whenever": true, "where": true, "whereas": true, "whether": true, "while": true}

// prepositions are the subordinators that are prepositions as often
// ("after the vote", "as one of").
var prepositions = map[string]bool{"after": true, "as": true, "before": true, "once": true, "since": true, "until": true}

// finiteTag says a Penn tag is a finite verb or a modal.
func finiteTag(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" }

// hiddenVerb finds a verb the tagger read as a noun in the phrase run
// words[i:j] and returns its index, or -1. The run must open a clause (after
// "that", a subordinator or at the start of a sentence that has a finite
// verb elsewhere), the clause must have no finite verb of its own, and the
// verb must follow a noun, its subject, and come before what a verb takes:
//
//   - a plural-looking noun after a singular one is a present-tense verb
//     before an object, a preposition, an adverb or the sentence end ("as a
//     severe drought lowers the lakes", "until Japan responds.", "The canal
//     handles about 5 percent");
//   - a bare singular noun is a base-form verb before "to" or an object, or
//     in a "that" clause before a preposition ("demanded that Japan
//     apologize for", "Civic groups in Seoul plan to rally"), but not after
//     a determiner ("the Seoul plan to ..." is a noun phrase);
//   - in a "that" clause a bare singular noun right after a name is the
//     verb and what follows its object ("that Israel ease restrictions on").
//
// Where a subordinator is as often a preposition ("after", "as", "until")
// the clause must start with a determiner, pronoun or name and its subject
// hold no prepositional phrase ("after violent protests by Muslim groups",
// "as one of the best password managers" are no clauses).
func hiddenVerb(words []word, i, j int) int {
	e := j
	for e > i && !nounTag(words[e-1].pos()) {
		e--
	}
	if e-i < 2 || words[i].pos() == "VBG" || words[i].pos() == "VBN" {
		return -1
	}
	sent := words[i].sent
	in := func(k int) bool { return k >= 0 && k < len(words) && words[k].sent == sent }
	// The clause opener, with only the subject's own words between it and
	// the run ("Civic groups in Seoul").
	p, prep := i-1, false
	for ; in(p); p-- {
		lw := strings.ToLower(words[p].surface())
		if lw == "that" && words[p].pos() != "DT" || subordinators[lw] {
			break
		}
		switch words[p].pos() {
		case "IN":
			prep = true
		case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS":
		default:
			return -1
		}
	}
	that := in(p) && strings.EqualFold(words[p].surface(), "that")
	first := words[p+1]
	if first.pos() == "IN" || first.pos() == "TO" {
		return -1 // an adjunct ("In a shift for Japan trade policy, ...", "As with all new year celebrations in")
	}
	if that && first.pos() == "NN" && !first.name {
		return -1 // "that" before a bare singular noun is a determiner ("apply that experience in")
	}
	if in(p) && prepositions[strings.ToLower(words[p].surface())] {
		if prep || !(first.pos() == "DT" || first.pos() == "PRP$" || first.pos() == "PRP" || properTag(first.pos())) {
			return -1
		}
		// The bounds check comes first: the opener may be the text's
		// first word ("After a long flight, Kenya met Ghana.").
		if in(p - 1) {
			if q := words[p-1]; q.pos() == "JJ" || q.pos() == "RB" || strings.EqualFold(q.surface(), "such") {
				return -1 // "as well as", "such as", "as cheap as"
			}
		}
	}
	v := e - 1
	w, subj := words[v], words[v-1]
	if w.name || !nounTag(subj.pos()) {
		return -1
	}
	f := "" // the tag of what follows the verb
	if in(e) {
		f = words[e].pos()
	}
	switch {
	case e-i >= 3 && subj.pos() == "NN" && !subj.name && nounTag(words[v-2].pos()):
		// Two nouns that could each be the verb ("that the government
		// end curbs on"): only "that" + a name alone + verb + object is
		// clear.
		if !that {
			return -1
		}
		for k := p + 1; k < v-1; k++ {
			if !properTag(words[k].pos()) {
				return -1 // "that the Punjab province west of": the subject is more than a name
			}
		}
		v, e = v-1, v
	case w.pos() == "NN":
		ok := f == "TO" || f == "DT" || f == "PRP$" || f == "PRP" || that && f == "IN"
		if !ok || prep && f != "TO" || in(i-1) && (words[i-1].pos() == "DT" || words[i-1].pos() == "PRP$") {
			return -1
		}
	case w.pos() == "NNS":
		if prep || !strings.HasSuffix(w.surface(), "s") || strings.HasSuffix(w.surface(), "ss") || !(subj.pos() == "NN" || subj.pos() == "NNP") {
			return -1
		}
		switch f {
		case "TO", "DT", "PRP$", "PRP", "IN", "RB", "CD", ".":
		default:
			return -1
		}
	default:
		return -1
	}
	// No finite verb in the rest of the clause, and one elsewhere in the
	// sentence (a verbless title or caption is a noun phrase throughout).
	for k := e; in(k); k++ {
		t := words[k]
		if t.pos() == "," || t.pos() == ":" || t.pos() == "." || t.pos() == "CC" || t.pos() == "WDT" || t.pos() == "WP" {
			break
		}
		if finiteTag(t.pos()) {
			return -1
		}
	}
	for k := v + 1; in(k); k++ {
		if finiteTag(words[k].pos()) {
			return v
		}
	}
	for k := p; in(k); k-- {
		if finiteTag(words[k].pos()) {
			return v
		}
	}
	return -1
}

// markEntities flags candidates that are (or contain all of) a named entity,
// links them to the entity's actor and drops bare demonyms that never head a
// noun phrase. It returns the longest name each person actor is mentioned by.
func (x *Extractor) markEntities(a *model.Article, words []word, cands map[string]*candidate) map[string]string {
	ents := map[string]bool{}
	groups := map[string]bool{} // NORP: nationalities, religious and political groups
	actors := map[string]*model.Entity{}
	fullNames := map[string]string{}
	for i, e := range a.Entities {
		if e.Type == model.EntityPerson && e.ActorID != "" && len(e.Text) > len(fullNames[e.ActorID]) {
			fullNames[e.ActorID] = e.Text
		}
		if e.Type == model.EntityRole {
			continue
		}
		var stems []string
		for _, t := range strings.Fields(e.Text) {
			if n := Normalize(t); n != "" && !stopwords[n] {
				stems = append(stems, Stem(n))
			}
		}
		if len(stems) > 0 {
			key := strings.Join(stems, " ")
			if e.Type == model.EntityNORP {
				groups[key] = true
			} else {
				ents[key] = true
				if e.ActorID != "" && actors[key] == nil {
					actors[key] = &a.Entities[i]
				}
			}
		}
	}
	if len(a.Entities) == 0 {
		// No tagger: capitalised runs inside sentences stand in for names.
		for i := 0; i < len(words); {
			if !words[i].cap || words[i].stop {
				i++
				continue
			}
			j := i
			var stems []string
			for j < len(words) && words[j].cap && !words[j].stop && words[j].sent == words[i].sent {
				stems = append(stems, words[j].stem)
				j++
			}
			ents[strings.Join(stems, " ")] = true
			i = j
		}
	}
	for key, c := range cands {
		if ents[key] {
			c.entity = true
			if e := actors[key]; e != nil {
				c.actor, c.person = e.ActorID, e.Type == model.EntityPerson
			}
			continue
		}
		if groups[key] {
			// A bare demonym that only ever modifies a noun ("Chinese"
			// of "Chinese officials") is no topic; the group as a noun
			// ("Republicans", "the Chinese") is.
			if c.heads == 0 {
				delete(cands, key)
				continue
			}
			c.entity = true
		}
	}
	return fullNames
}

// rank runs PositionRank: PageRank on the co-occurrence graph of content
// words, with the random jump biased toward words that occur early.
func (x *Extractor) rank(words []word) stemScores {
	idx := map[string]int32{}
	var seq []int32
	var bias []float64
	var uses []int32
	pos := 0
	for _, w := range words {
		if w.stem == "" || w.stop {
			continue
		}
		i, ok := idx[w.stem]
		if !ok {
			i = int32(len(idx))
			idx[w.stem] = i
			bias = append(bias, 0)
			uses = append(uses, 0)
		}
		seq = append(seq, i)
		uses[i]++
		// The random jump prefers words that come early (PositionRank);
		// the graph then spreads that preference to the words they
		// co-occur with. (Weighting it by background-news rarity was
		// measured and did not help: F@10 0.178 against 0.179.)
		bias[i] += 1 / float64(pos+1)
		pos++
	}
	n := len(idx)
	if n == 0 {
		return stemScores{}
	}
	// Every co-occurrence is one unit edge, walked in text order: summing
	// repeated pairs as they come is the weighted graph of PositionRank,
	// without the cost of merging them, and the fixed order gives
	// bit-identical scores for equal input. The edges are walked from seq
	// on each iteration rather than stored: a long article has tens of
	// millions of them.
	window := x.cfg.Window
	out := make([]float64, n)
	var total float64
	for _, b := range bias {
		total += b
	}
	for i := range bias {
		bias[i] /= total
	}
	copy(out, bias)
	deg := make([]float64, n)
	for i, a := range seq {
		for _, b := range seq[i+1 : min(len(seq), i+window)] {
			if a != b {
				deg[a]++
				deg[b]++
			}
		}
	}
	const damping = 0.85
	next := make([]float64, n)
	share := make([]float64, n) // what each word passes along one edge
	for iter := 0; iter < 30; iter++ {
		for i := range next {
			next[i] = (1 - damping) * bias[i]
		}
		var dangling float64
		for i := range deg {
			if deg[i] == 0 {
				dangling += out[i]
			}
		}
		for i := range share {
			if deg[i] > 0 {
				share[i] = damping * out[i] / deg[i]
			}
		}
		for i, a := range seq {
			// next[a] is summed in a register: b != a, so no other
			// write in this window touches it, and the additions keep
			// their order (bit-identical scores, fewer loads and stores).
			sa, na := share[a], next[a]
			for _, b := range seq[i+1 : min(len(seq), i+window)] {
				if a != b {
					next[b] += sa
					na += share[b]
				}
			}
			next[a] = na
		}
		var diff float64
		for i := range next {
			next[i] += damping * dangling * bias[i]
			diff += math.Abs(next[i] - out[i])
		}
		out, next = next, out
		if diff < 1e-5 { // L1 change; rankings are settled well before
			break
		}
	}
	return stemScores{idx: idx, score: out, count: uses}
}

// stemScores are the graph scores of the stems, by the index rank gave each
// stem. A second map from stem to score held every distinct word of the text
// twice at the keyword stage's peak (tens of megabytes on a long text of
// rare words).
type stemScores struct {
	idx   map[string]int32
	score []float64
	count []int32 // uses of the stem as a content word, in any part of speech
}

// of returns the score of stem st, 0 for a stem never ranked (a stop word).
func (s stemScores) of(st string) float64 {
	if i, ok := s.idx[st]; ok {
		return s.score[i]
	}
	return 0
}

// uses returns how often stem st occurs as a content word.
func (s stemScores) uses(st string) int {
	if i, ok := s.idx[st]; ok {
		return int(s.count[i])
	}
	return 0
}

// bestForm picks the most frequent surface form, preferring one with
// capitals when tied (names).
func bestForm(forms []form) string {
	best, bn := "", -1
	for _, fc := range forms {
		f, n := fc.text, fc.n
		if n > bn || n == bn && f < best {
			best, bn = f, n
		}
	}
	return best
}

// sameActor makes one keyphrase of the names of one actor ("North Korea",
// "DPRK" and "Pyongyang"; "Xi" and "Xi Jinping"): the actor is one topic.
// The phrase keeps the best score and all occurrences, and the name used
// most often (Extract writes a person's full name instead).
func sameActor(list []*candidate) []*candidate {
	// The name used most often (first used when tied) names the actor,
	// whatever the order of the list.
	name := map[string]*candidate{}
	for _, c := range list {
		if m := name[c.actor]; c.actor != "" && (m == nil || c.count > m.count ||
			c.count == m.count && (c.first < m.first || c.first == m.first && c.key < m.key)) {
			name[c.actor] = c
		}
	}
	// The other names fold into it.
	score, count, first := map[string]float64{}, map[string]int{}, map[string]int{}
	out := list[:0]
	for _, c := range list {
		if c.actor == "" || name[c.actor] == c {
			out = append(out, c)
		}
		if c.actor != "" {
			if f, ok := first[c.actor]; !ok || c.first < f {
				first[c.actor] = c.first
			}
			score[c.actor] = max(score[c.actor], c.score)
			count[c.actor] += c.count
		}
	}
	for _, c := range out {
		if c.actor != "" {
			c.score, c.count, c.first = score[c.actor], count[c.actor], first[c.actor]
		}
	}
	return out
}

// subsume folds a single word into the names it mostly occurs in
// ("Korea" into "North Korea" when at least half of its occurrences are in
// multi-word names): the most frequent such name takes the better score and
// the word leaves the list, so a name is not split into its parts.
func subsume(list []*candidate) []*candidate {
	type agg struct {
		total int
		best  *candidate
	}
	in := map[string]*agg{}
	for _, c := range list {
		if len(c.stems) < 2 || !c.entity {
			continue
		}
		for _, st := range c.stems {
			a := in[st]
			if a == nil {
				a = &agg{}
				in[st] = a
			}
			a.total += c.count
			if a.best == nil || c.count > a.best.count || c.count == a.best.count &&
				(c.first < a.best.first || c.first == a.best.first && c.key < a.best.key) {
				a.best = c
			}
		}
	}
	// A word scoring above the name lends it its score and its first
	// place. Compared with the name's own score, not with one a word
	// folded in before raised, so that the result does not depend on the
	// order in which the words come.
	own := map[*candidate]float64{}
	for _, a := range in {
		own[a.best] = a.best.score
	}
	compound := compounds(list)
	for _, a := range compound {
		if _, ok := own[a.best]; !ok {
			own[a.best] = a.best.score
		}
	}
	out := list[:0]
	for _, c := range list {
		if len(c.stems) == 1 && !strings.Contains(c.key, " ") {
			a := in[c.key]
			if a == nil || 2*a.total < c.count {
				// Not mostly in a name: perhaps mostly in one compound.
				if b := compound[c.key]; b != nil && 3*b.total >= 2*c.count {
					a = &agg{total: b.total, best: b.best}
				} else {
					a = nil
				}
			}
			if a != nil {
				if c.score > own[a.best] {
					a.best.score = max(a.best.score, c.score)
					a.best.first = min(a.best.first, c.first)
				}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// compoundUse is the compound a word is most often part of and how often.
type compoundUse struct {
	total int // occurrences of the compound, inside longer phrases too
	best  *candidate
}

// compounds finds, for each word, the common-noun compound it most often
// occurs in ("fighter" and "jets" in "fighter jets", "trade" and "deal" in
// "trade deal"), counting the compound's occurrences inside longer phrases
// too ("Chinese fighter jets"). A word that is nearly always part of one
// compound is no topic of its own: "fighter" alone is not what the story
// is about, and "jets" and "fighter jets" are one topic said twice. Only
// compounds that recur count (one use says nothing about the word's other
// uses). Linear: each phrase adds to its at most MaxWords² sub-phrases.
func compounds(list []*candidate) map[string]*compoundUse {
	byKey := make(map[string]*candidate, len(list))
	for _, c := range list {
		byKey[c.key] = c
	}
	seen := map[*candidate]int{}
	for _, c := range list {
		if c.entity || !strings.Contains(c.key, " ") {
			continue
		}
		parts := strings.Fields(c.key)
		for lo := 0; lo < len(parts); lo++ {
			for hi := lo + 2; hi <= len(parts); hi++ {
				if sub := byKey[strings.Join(parts[lo:hi], " ")]; sub != nil && !sub.entity {
					seen[sub] += c.count
				}
			}
		}
	}
	out := map[string]*compoundUse{}
	for sub, n := range seen {
		if n < 2 {
			continue
		}
		for _, st := range strings.Fields(sub.key) {
			u := out[st]
			if u == nil || n > u.total || n == u.total && (len(sub.key) < len(u.best.key) ||
				len(sub.key) == len(u.best.key) && sub.key < u.best.key) {
				out[st] = &compoundUse{total: n, best: sub}
			}
		}
	}
	return out
}
