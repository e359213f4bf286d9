package keywords

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestExtractFixture(t *testing.T) {
	raw, err := os.ReadFile("testdata/drills.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := &model.Article{Text: string(raw)}
	kws := New(Config{}).Extract(a)
	if len(kws) != DefaultN {
		t.Fatalf("got %d keywords, want %d: %v", len(kws), DefaultN, kws)
	}
	var phrases []string
	for i, k := range kws {
		phrases = append(phrases, k.Phrase)
		if i > 0 && k.Score > kws[i-1].Score {
			t.Errorf("not ranked: %v", kws)
		}
	}
	got := strings.Join(phrases, "|")
	for _, want := range []string{"joint military exercises", "North Korea", "Seoul"} {
		found := false
		for _, p := range phrases {
			if strings.EqualFold(p, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q not among %s", want, got)
		}
	}
	for _, p := range phrases {
		if stopwords[strings.ToLower(p)] {
			t.Errorf("stopword %q among keywords", p)
		}
	}
	// Deterministic: the same input gives the same ranking.
	again := New(Config{}).Extract(&model.Article{Text: string(raw)})
	for i := range again {
		if again[i] != kws[i] {
			t.Fatalf("second run differs: %v vs %v", again, kws)
		}
	}
}

func TestExtractTagged(t *testing.T) {
	// Hand-tagged tokens: the tagged path takes adjective-noun runs.
	text := "Joint military exercises began. The joint military exercises worried Pyongyang."
	a := taggedArticle(text, [][2]string{{"Joint", "JJ"}, {"military", "JJ"}, {"exercises", "NNS"}, {"began", "VBD"}, {".", "."},
		{"The", "DT"}, {"joint", "JJ"}, {"military", "JJ"}, {"exercises", "NNS"}, {"worried", "VBD"}, {"Pyongyang", "NNP"}, {".", "."}})
	kws := New(Config{N: 3}).Extract(a)
	if len(kws) == 0 || !strings.EqualFold(kws[0].Phrase, "joint military exercises") {
		t.Errorf("top keyword = %v, want joint military exercises first", kws)
	}
	for _, k := range kws {
		if strings.Contains(strings.ToLower(k.Phrase), "began") || strings.Contains(strings.ToLower(k.Phrase), "worried") {
			t.Errorf("verb in keyphrase %q", k.Phrase)
		}
	}
}

// taggedArticle builds an article from hand-tagged tokens, one sentence per
// final period.
func taggedArticle(text string, toks [][2]string) *model.Article {
	a := &model.Article{Text: text}
	off := 0
	s := model.Sentence{Index: 0}
	for _, tk := range toks {
		st := strings.Index(text[off:], tk[0]) + off
		off = st + len(tk[0])
		s.Tokens = append(s.Tokens, model.Token{Text: tk[0], Start: st, End: off, POS: tk[1]})
		if tk[0] == "." {
			s.End = off
			a.Sentences = append(a.Sentences, s)
			s = model.Sentence{Index: len(a.Sentences), Start: off + 1}
		}
	}
	return a
}

// The words of a multi-word name are not keyphrases on their own.
func TestNamePartsNotKeywords(t *testing.T) {
	text := "The United States sent aid. United States officials met farmers. Farmers thanked the United States."
	a := taggedArticle(text, [][2]string{{"The", "DT"}, {"United", "NNP"}, {"States", "NNPS"}, {"sent", "VBD"}, {"aid", "NN"}, {".", "."},
		{"United", "NNP"}, {"States", "NNPS"}, {"officials", "NNS"}, {"met", "VBD"}, {"farmers", "NNS"}, {".", "."},
		{"Farmers", "NNS"}, {"thanked", "VBD"}, {"the", "DT"}, {"United", "NNP"}, {"States", "NNPS"}, {".", "."}})
	x := New(Config{})
	cands := x.candidates(x.words(a), true)
	for _, part := range []string{"United", "States"} {
		if _, ok := cands[Stem(Normalize(part))]; ok {
			t.Errorf("name fragment %q is a candidate", part)
		}
	}
	if _, ok := cands[Stem(Normalize("United"))+" "+Stem(Normalize("States"))]; !ok {
		t.Errorf("United States is not a candidate")
	}
	if _, ok := cands[Stem(Normalize("officials"))]; !ok {
		t.Errorf("a common noun after a name lost its own candidacy")
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"hollowed-out": "hollowedout", "U.S.": "us", "Kim's": "kims", "Überall": "überall"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// Weekdays, bare demonym adjectives and participles that open a reduced
// relative clause are not keyphrases; a group named as a noun still is.
func TestCandidateShapes(t *testing.T) {
	text := "Chinese officials met Republicans on Thursday. Workers facing layoffs protested. The Chinese officials left."
	a := taggedArticle(text, [][2]string{{"Chinese", "NNP"}, {"officials", "NNS"}, {"met", "VBD"}, {"Republicans", "NNPS"}, {"on", "IN"}, {"Thursday", "NNP"}, {".", "."},
		{"Workers", "NNS"}, {"facing", "VBG"}, {"layoffs", "NNS"}, {"protested", "VBD"}, {".", "."},
		{"The", "DT"}, {"Chinese", "JJ"}, {"officials", "NNS"}, {"left", "VBD"}, {".", "."}})
	for _, e := range []struct{ text, typ string }{{"Chinese", model.EntityNORP}, {"Republicans", model.EntityNORP}, {"Chinese", model.EntityNORP}} {
		a.Entities = append(a.Entities, model.Entity{Text: e.text, Type: e.typ})
	}
	x := New(Config{})
	words := x.words(a)
	cands := x.candidates(words, true)
	x.markEntities(a, words, cands)
	for _, p := range []string{"Chinese officials", "Republicans", "layoffs", "Workers"} {
		if _, ok := cands[stemKey(p)]; !ok {
			t.Errorf("%q is not a candidate", p)
		}
	}
	for _, p := range []string{"Chinese", "Thursday", "Workers facing layoffs", "layoffs protested"} {
		if _, ok := cands[stemKey(p)]; ok {
			t.Errorf("%q is a candidate", p)
		}
	}
	if c := cands[stemKey("Republicans")]; c != nil && !c.entity {
		t.Errorf("Republicans (a group as a noun) not marked as an entity")
	}
}

// A headline in Title Case is tagged as one long proper-noun run; its names
// are the entities in it and its other nouns stand alone, so a headline-only
// item (an RSS title) still gets keyphrases.
func TestTitleCaseHeadline(t *testing.T) {
	text := "Late Homer Lifts Kansas City Past Boston Rivals."
	a := taggedArticle(text, [][2]string{{"Late", "NNP"}, {"Homer", "NNP"}, {"Lifts", "NNP"}, {"Kansas", "NNP"}, {"City", "NNP"},
		{"Past", "NNP"}, {"Boston", "NNP"}, {"Rivals", "NNPS"}, {".", "."}})
	for _, e := range []string{"Kansas City", "Boston"} {
		st := strings.Index(text, e)
		a.Entities = append(a.Entities, model.Entity{Text: e, Type: model.EntityOrg, Start: st, End: st + len(e)})
	}
	x := New(Config{})
	words := x.words(a)
	markHeadlines(a, words)
	cands := x.candidates(words, true)
	for _, p := range []string{"Kansas City", "Homer", "Rivals", "Boston"} {
		if _, ok := cands[stemKey(p)]; !ok {
			t.Errorf("%q is not a candidate", p)
		}
	}
	for _, p := range []string{"Late Homer Lifts Kansas City", "Homer Lifts", "Kansas", "City"} {
		if _, ok := cands[stemKey(p)]; ok {
			t.Errorf("%q is a candidate", p)
		}
	}
	if got := x.Extract(a); len(got) == 0 {
		t.Error("no keyphrases for a Title Case headline")
	}

	// Names in an ordinary sentence keep the tagger's proper-noun runs.
	text = "Kim Jong Un met Xi Jinping in Beijing."
	a = taggedArticle(text, [][2]string{{"Kim", "NNP"}, {"Jong", "NNP"}, {"Un", "NNP"}, {"met", "VBD"}, {"Xi", "NNP"}, {"Jinping", "NNP"},
		{"in", "IN"}, {"Beijing", "NNP"}, {".", "."}})
	for _, e := range []string{"Kim Jong Un", "Xi Jinping", "Beijing"} {
		st := strings.Index(text, e)
		a.Entities = append(a.Entities, model.Entity{Text: e, Type: model.EntityPerson, Start: st, End: st + len(e)})
	}
	words = x.words(a)
	markHeadlines(a, words)
	if words[0].headline {
		t.Error("a sentence of names taken for a Title Case headline")
	}
}

// The place and agency of a wire dateline are not what the story is about.
func TestDatelineNotKeywords(t *testing.T) {
	text := "NAIROBI, March 3 (Wirenews) - Kenya and Somalia agreed to reopen their shared border. " +
		"The shared border between Kenya and Somalia has been closed since 2011. Kenya said the border would reopen in May."
	for _, k := range New(Config{}).Extract(&model.Article{Text: text}) {
		if p := strings.ToLower(k.Phrase); strings.Contains(p, "nairobi") || strings.Contains(p, "wirenews") {
			t.Errorf("dateline word in keyphrase %q", k.Phrase)
		}
	}
}

// Names of one actor are one keyphrase, and a person is named in full.
func TestOneKeyphrasePerActor(t *testing.T) {
	text := "Xi Jinping wrote to North Korea. Xi praised the DPRK. Xi and the DPRK agreed on trade."
	a := taggedArticle(text, [][2]string{{"Xi", "NNP"}, {"Jinping", "NNP"}, {"wrote", "VBD"}, {"to", "TO"}, {"North", "NNP"}, {"Korea", "NNP"}, {".", "."},
		{"Xi", "NNP"}, {"praised", "VBD"}, {"the", "DT"}, {"DPRK", "NNP"}, {".", "."},
		{"Xi", "NNP"}, {"and", "CC"}, {"the", "DT"}, {"DPRK", "NNP"}, {"agreed", "VBD"}, {"on", "IN"}, {"trade", "NN"}, {".", "."}})
	ent := func(text, typ, actor string, nth int) model.Entity {
		off := -1
		for i := 0; i <= nth; i++ {
			off = strings.Index(a.Text[off+1:], text) + off + 1
		}
		return model.Entity{Text: text, Type: typ, Start: off, End: off + len(text), ActorID: actor}
	}
	a.Entities = []model.Entity{ent("Xi Jinping", "PER", "person:xi_jinping", 0), ent("North Korea", "GPE", "PRK", 0),
		ent("Xi", "PER", "person:xi_jinping", 1), ent("DPRK", "GPE", "PRK", 0), ent("Xi", "PER", "person:xi_jinping", 2),
		ent("DPRK", "GPE", "PRK", 1)}
	var phrases []string
	for _, k := range New(Config{}).Extract(a) {
		phrases = append(phrases, k.Phrase)
	}
	got := strings.Join(phrases, "|")
	if strings.Count(got, "Xi") != 1 || !strings.Contains(got, "Xi Jinping") {
		t.Errorf("keyphrases %s: want Xi Jinping once", got)
	}
	if strings.Contains(got, "DPRK") == strings.Contains(got, "North Korea") {
		t.Errorf("keyphrases %s: want one of North Korea and DPRK", got)
	}
}

// stemKey is the candidate key of a phrase.
func stemKey(p string) string {
	var st []string
	for _, w := range strings.Fields(p) {
		st = append(st, Stem(Normalize(w)))
	}
	return strings.Join(st, " ")
}

// "told reporters" names the channel of a quote, not a topic.
func TestReportersNotKeywords(t *testing.T) {
	text := "Kenya and Somalia agreed to reopen their border, the minister told reporters. " +
		"Reporters asked about the border. The border has been closed since 2011, journalists were told."
	for _, k := range New(Config{}).Extract(&model.Article{Text: text}) {
		if p := strings.ToLower(k.Phrase); strings.Contains(p, "reporter") || strings.Contains(p, "journalist") {
			t.Errorf("keyphrase %q", k.Phrase)
		}
	}
}

func TestSignalsMatchExtract(t *testing.T) {
	raw, err := os.ReadFile("testdata/drills.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := New(Config{})
	a := &model.Article{Text: string(raw)}
	sigs := x.Signals(a)
	kws := x.Extract(a)
	if len(sigs) < len(kws) {
		t.Fatalf("%d signals for %d keywords", len(sigs), len(kws))
	}
	// The keywords are the best-ranked signals, in order (the pick only
	// skips single words already covered).
	j := 0
	for _, k := range kws {
		for j < len(sigs) && sigs[j].Phrase != k.Phrase {
			j++
		}
		if j == len(sigs) {
			t.Fatalf("keyword %q not among the signals in rank order", k.Phrase)
		}
	}
	for i, s := range sigs {
		if i > 0 && s.Score > sigs[i-1].Score {
			t.Errorf("signals not ranked at %d: %v > %v", i, s.Score, sigs[i-1].Score)
		}
		if s.Count < 1 || s.First < 0 || s.First >= 1 || s.WordShare <= 0 || s.WordShare > 1 || s.Heads < 0 || s.Heads > 1 ||
			s.Recur < s.Count || s.Topic < 0 || (i < topicTop) != (s.Topic > 0) {
			t.Errorf("signal out of range: %+v", s)
		}
		if s.Words != len(strings.Fields(s.Key)) {
			t.Errorf("%q: Words %d", s.Key, s.Words)
		}
		if f := s.Features(); len(f) != len(FeatureNames()) {
			t.Fatalf("%d features, %d names", len(f), len(FeatureNames()))
		}
	}
	if New(Config{}).Signals(&model.Article{}) != nil {
		t.Error("signals for an empty article")
	}
}

// candidatesOf runs the candidate stages on a hand-tagged article with
// entities given as (text, type) in order of occurrence.
func candidatesOf(t *testing.T, text string, toks [][2]string, ents [][2]string) map[string]*candidate {
	t.Helper()
	a := taggedArticle(text, toks)
	off := 0
	for _, e := range ents {
		st := strings.Index(text[off:], e[0])
		if st < 0 {
			t.Fatalf("entity %q not in text after %d", e[0], off)
		}
		st += off
		a.Entities = append(a.Entities, model.Entity{Text: e[0], Type: e[1], Start: st, End: st + len(e[0])})
		off = st + len(e[0])
	}
	x := New(Config{})
	words := x.words(a)
	markHeadlines(a, words)
	cands := x.candidates(words, true)
	x.markEntities(a, words, cands)
	return cands
}

// A place the tagger read as an adjective ("Japan/JJ responds") is still a
// name: it is a phrase of its own.
func TestEntityWordsAreNames(t *testing.T) {
	text := "Lawmakers want talks until Japan responds. Tokyo said Japan promised nothing."
	cands := candidatesOf(t, text, [][2]string{{"Lawmakers", "NNS"}, {"want", "VBP"}, {"talks", "NNS"}, {"until", "IN"}, {"Japan", "JJ"}, {"responds", "NNS"}, {".", "."},
		{"Tokyo", "NNP"}, {"said", "VBD"}, {"Japan", "JJ"}, {"promised", "VBN"}, {"nothing", "NN"}, {".", "."}},
		[][2]string{{"Japan", model.EntityGPE}, {"Tokyo", model.EntityGPE}, {"Japan", model.EntityGPE}})
	if c := cands[stemKey("Japan")]; c == nil || c.count != 2 {
		t.Errorf("Japan: %+v, want a candidate seen twice", c)
	}
}

// slashTagged builds an article from "word/TAG" tokens separated by spaces;
// the text is the words joined by spaces.
func slashTagged(s string) *model.Article {
	var toks [][2]string
	var words []string
	for _, f := range strings.Fields(s) {
		k := strings.LastIndex(f, "/")
		toks = append(toks, [2]string{f[:k], f[k+1:]})
		words = append(words, f[:k])
	}
	return taggedArticle(strings.Join(words, " "), toks)
}

// A verb the tagger read as a noun is not the end of a phrase, nor a
// phrase; nouns in the same places that are nouns stay.
func TestHiddenVerbs(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		ents     [][2]string
		want, no []string
	}{
		{tagged: "Seoul/NNP demanded/VBD that/IN Japan/NNP apologize/NN for/IN removing/VBG references/NNS ./.",
			ents: [][2]string{{"Seoul", "GPE"}, {"Japan", "GPE"}}, want: []string{"Japan"}, no: []string{"Japan apologize", "apologize"}},
		{tagged: "Civic/JJ groups/NNS in/IN Seoul/NNP plan/NN to/TO rally/RB outside/IN the/DT embassy/NN ,/, and/CC lawmakers/NNS asked/VBD for/IN talks/NNS ./.",
			want: []string{"Seoul", "Civic groups"}, no: []string{"Seoul plan", "plan"}},
		{tagged: "Lawmakers/NNS want/VBP talks/NNS until/IN Japan/NNP responds/NNS ./.",
			want: []string{"Japan"}, no: []string{"Japan responds", "responds"}},
		{tagged: "Ships/NNS wait/VBP as/IN a/DT severe/JJ drought/NN lowers/NNS the/DT lakes/NNS ./.",
			want: []string{"severe drought", "lakes"}, no: []string{"severe drought lowers", "lowers"}},
		{tagged: "The/DT canal/NN handles/NNS about/IN 5/CD percent/NN of/IN trade/NN and/CC is/VBZ a/DT key/JJ route/NN ./.",
			want: []string{"canal", "key route"}, no: []string{"canal handles", "handles"}},
		{tagged: "The/DT agency/NN asked/VBD that/WDT Israel/NNP ease/NN restrictions/NNS on/IN travel/NN ./.",
			want: []string{"Israel", "restrictions"}, no: []string{"Israel ease restrictions", "Israel ease", "ease"}},
		// Nouns in the same places.
		{tagged: "Shops/NNS closed/VBD after/IN violent/JJ protests/NNS by/IN Muslim/NNP groups/NNS ./.",
			want: []string{"Muslim groups"}},
		{tagged: "It/PRP ranks/VBZ as/IN one/CD of/IN the/DT best/JJS password/NN managers/NNS of/IN 2019/CD ./.",
			want: []string{"best password managers"}},
		{tagged: "Prices/NNS rose/VBD as/IN cheap/JJ as/IN cash/NN transfers/NNS ./.", want: []string{"cash transfers"}},
		{tagged: "Rising/VBG gas/NN prices/NNS in/IN Europe/NNP ./.", want: []string{"gas prices"}},
		{tagged: "The/DT Seoul/NNP plan/NN to/TO host/VB the/DT games/NNS was/VBD dropped/VBN ./.", want: []string{"Seoul plan"}},
		{tagged: "He/PRP said/VBD that/IN the/DT government/NN end/NN curbs/NNS on/IN the/DT press/NN ./.",
			want: []string{"government end curbs"}},
		// A preposition as the text's first word opens the clause: no
		// word before it to look at (this indexed words[-1]).
		{tagged: "As/IN Kenya/NNP plan/NN talks/NNS ,/, Ghana/NNP waits/VBZ ./.",
			ents: [][2]string{{"Kenya", "GPE"}, {"Ghana", "GPE"}}, want: []string{"Kenya"}, no: []string{"Kenya plan"}},
		{tagged: "Officials/NNS said/VBD that/IN the/DT Punjab/NNP province/NN west/NN of/IN Delhi/NNP burns/VBZ straw/NN ./.",
			want: []string{"Punjab province west"}},
	} {
		checkCandidates(t, tc.tagged, tc.ents, tc.want, tc.no)
	}
}

// checkCandidates says which phrases of a "word/TAG" sentence with the
// given entities (text and type, each at its first occurrence) must and
// must not be candidates.
func checkCandidates(t *testing.T, tagged string, ents [][2]string, want, no []string) {
	t.Helper()
	a := slashTagged(tagged)
	for _, e := range ents {
		st := strings.Index(a.Text, e[0])
		a.Entities = append(a.Entities, model.Entity{Text: e[0], Type: e[1], Start: st, End: st + len(e[0])})
	}
	x := New(Config{})
	words := x.words(a)
	markHeadlines(a, words)
	cands := x.candidates(words, true)
	for _, p := range want {
		if cands[stemKey(p)] == nil {
			t.Errorf("%s: %q is not a candidate", a.Text, p)
		}
	}
	for _, p := range no {
		if cands[stemKey(p)] != nil {
			t.Errorf("%s: %q is a candidate", a.Text, p)
		}
	}
}

// A title or description before a name is not part of the name's phrase.
func TestAppositionBeforeName(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		ents     [][2]string
		want, no []string
	}{
		{tagged: "Porto/NNP Verde/NNP coach/NN Helena/NNP Saraiva/NNP praised/VBD her/PRP$ team/NN ./.",
			ents: [][2]string{{"Porto Verde", "ORG"}, {"Helena Saraiva", "PER"}},
			want: []string{"Porto Verde", "Helena Saraiva", "coach"}, no: []string{"Porto Verde coach Helena Saraiva", "Porto Verde coach"}},
		{tagged: "Substitute/NNP Mateo/NNP Rivera/NNP scored/VBD late/RB ./.", ents: [][2]string{{"Mateo Rivera", "PER"}},
			want: []string{"Mateo Rivera"}, no: []string{"Substitute Mateo Rivera", "Substitute"}},
		{tagged: "The/DT talks/NNS angered/VBD President/NNP Yoon/NNP Suk/NNP Yeol/NNP ./.", ents: [][2]string{{"Yoon Suk Yeol", "PER"}},
			want: []string{"Yoon Suk Yeol"}, no: []string{"President Yoon Suk Yeol", "President"}},
		{tagged: "The/DT former/JJ mayor/NN Richard/NNP Aldana/NNP was/VBD convicted/VBN ./.", ents: [][2]string{{"Richard Aldana", "PER"}},
			want: []string{"Richard Aldana", "mayor"}, no: []string{"mayor Richard Aldana"}},
		{tagged: "The/DT opposition/NN Democratic/NNP Alliance/NNP won/VBD ./.", ents: [][2]string{{"Democratic Alliance", "ORG"}},
			want: []string{"Democratic Alliance", "opposition"}, no: []string{"opposition Democratic Alliance"}},
		{tagged: "Sporting/VBG Lagoa/NNP beat/NN Uniao/NNP Sul/NNP 3-0/CD in/IN the/DT other/JJ semi-final/JJ on/IN Tuesday/NNP ./.", ents: [][2]string{{"Uniao Sul", "ORG"}},
			want: []string{"Uniao Sul", "Lagoa"}, no: []string{"Lagoa beat Uniao Sul", "Lagoa beat", "beat"}},
		// A capitalised word the tagger left out of a name, and an
		// adjective, stay with it.
		{tagged: "Fans/NNS cheered/VBD Greedy/NNP Williams/NNP ./.", ents: [][2]string{{"Williams", "PER"}},
			want: []string{"Greedy Williams"}},
		{tagged: "Rains/NNS hit/VBD southern/JJ Brazil/NNP ./.", ents: [][2]string{{"Brazil", "GPE"}}, want: []string{"southern Brazil"}},
	} {
		checkCandidates(t, tc.tagged, tc.ents, tc.want, tc.no)
	}
}

// A phrase is written as the text writes it where it heads a phrase, and
// without the capital of a sentence start or a Title Case line.
func TestPhraseForms(t *testing.T) {
	a := slashTagged("Japanese/JJ officials/NNS met/VBD ./. Dozens/NNS of/IN people/NNS fled/VBD ./. Astronomers/NNS watched/VBD the/DT star/NN ./. " +
		"The/DT firm/NN cut/VBD 4,000/CD jobs/NNS ./. The/DT job/NN cuts/NNS hurt/VBD ./. " +
		"Late/NNP Homer/NNP Lifts/NNP Kansas/NNP City/NNP Past/NNP Boston/NNP Rivals/NNPS ./. Kansas/NNP City/NNP won/VBD ./.")
	for _, e := range [][2]string{{"Japanese", model.EntityNORP}, {"Kansas City", model.EntityGPE}, {"Boston", model.EntityGPE}, {"Kansas City", model.EntityGPE}} {
		off := 0
		if len(a.Entities) > 0 {
			off = a.Entities[len(a.Entities)-1].End
		}
		st := strings.Index(a.Text[off:], e[0]) + off
		a.Entities = append(a.Entities, model.Entity{Text: e[0], Type: e[1], Start: st, End: st + len(e[0])})
	}
	x := New(Config{})
	words := x.words(a)
	markHeadlines(a, words)
	cands := x.candidates(words, true)
	for _, want := range []string{"Japanese officials", "dozens", "astronomers", "jobs", "rivals", "Kansas City", "job cuts"} {
		c := cands[stemKey(want)]
		if c == nil {
			t.Errorf("%q is not a candidate", want)
			continue
		}
		if got := bestForm(c.forms); got != want {
			t.Errorf("%q is written %q (forms %v)", want, got, c.forms)
		}
	}
}

// A name with a function word inside is one phrase, not its parts.
func TestNamesWithFunctionWords(t *testing.T) {
	key := func(p string) string { // the key of a name: its content words
		var st []string
		for _, w := range strings.Fields(p) {
			if n := Normalize(w); !stopwords[n] {
				st = append(st, Stem(n))
			}
		}
		return strings.Join(st, " ")
	}
	for _, tc := range []struct {
		tagged string
		ents   [][2]string
		name   string
		no     []string
	}{
		{tagged: "The/DT Information/NNP Commissioner/NNP 's/POS Office/NNP fined/VBD the/DT firm/NN ./.",
			ents: [][2]string{{"Information Commissioner 's Office", "ORG"}}, name: "Information Commissioner's Office",
			no: []string{"Office", "Information Commissioner"}},
		{tagged: "Officials/NNS in/IN Rio/NNP Grande/NNP do/VBP Sul/NNP state/NN counted/VBD the/DT dead/JJ ./.",
			ents: [][2]string{{"Rio Grande", "GPE"}, {"Sul", "LOC"}}, name: "Rio Grande do Sul",
			no: []string{"Sul", "Sul state", "Rio Grande"}},
		{tagged: "The/DT film/NN won/VBD at/IN the/DT Tree/NNP of/IN Life/NNP festival/NN ./.",
			ents: [][2]string{{"the Tree of Life", "MISC"}}, name: "Tree of Life", no: []string{"Tree", "Life festival"}},
	} {
		a := slashTagged(tc.tagged)
		for _, e := range tc.ents {
			st := strings.Index(a.Text, e[0])
			a.Entities = append(a.Entities, model.Entity{Text: e[0], Type: e[1], Start: st, End: st + len(e[0])})
		}
		x := New(Config{})
		words := x.words(a)
		markHeadlines(a, words)
		cands := x.candidates(words, true)
		if c := cands[key(tc.name)]; c == nil || bestForm(c.forms) != tc.name {
			t.Errorf("%s: %q is not a candidate (%+v)", a.Text, tc.name, c)
		}
		for _, p := range tc.no {
			if cands[stemKey(p)] != nil {
				t.Errorf("%s: %q is a candidate", a.Text, p)
			}
		}
	}
}

// The words of dates and the units of time and shares are no phrases of
// their own; a phrase may hold a unit.
func TestDatesAndMeasures(t *testing.T) {
	a := slashTagged("Revenue/NN fell/VBD 9/CD percent/NN this/DT quarter/NN ./. The/DT vote/NN is/VBZ in/IN February/NNP ./. " +
		"Sales/NNS rose/VBD for/IN the/DT year/NN ./. The/DT fiscal/JJ year/NN ended/VBD ./. " +
		"He/PRP scored/VBD in/IN the/DT 88th/JJ minute/NN for/IN the/DT first/JJ time/NN ./.")
	for _, d := range []string{"this quarter", "February"} {
		st := strings.Index(a.Text, d)
		a.Dates = append(a.Dates, model.TimeExpr{Text: d, Start: st, End: st + len(d)})
	}
	x := New(Config{})
	words := x.words(a)
	markHeadlines(a, words)
	cands := x.candidates(words, true)
	for _, p := range []string{"percent", "quarter", "February", "year", "88th minute", "first time", "time"} {
		if cands[stemKey(p)] != nil {
			t.Errorf("%q is a candidate", p)
		}
	}
	for _, p := range []string{"Revenue", "vote", "Sales", "fiscal year"} {
		if cands[stemKey(p)] == nil {
			t.Errorf("%q is not a candidate", p)
		}
	}
}

// The names an actor is shown by, and so the keyphrases, do not depend on
// the order of a map: the same article gives the same keyphrases each time.
func TestActorNameDeterministic(t *testing.T) {
	text := "Taiwan/NNP voted/VBD ./. Taiwan/NNP won/VBD ./. Taipei/NNP agreed/VBD ./. Taipei/NNP left/VBD ./. " +
		"The/DT island/NN of/IN Formosa/NNP waited/VBD ./."
	a := slashTagged(text)
	off := 0
	for _, n := range []string{"Taiwan", "Taiwan", "Taipei", "Taipei", "Formosa"} {
		st := strings.Index(a.Text[off:], n) + off
		a.Entities = append(a.Entities, model.Entity{Text: n, Type: model.EntityGPE, Start: st, End: st + len(n), ActorID: "TWN"})
		off = st + len(n)
	}
	x := New(Config{})
	first := x.Extract(a)
	for i := 0; i < 100; i++ {
		if got := x.Extract(a); !slices.Equal(got, first) {
			t.Fatalf("run %d: %v, first run %v", i, got, first)
		}
	}
	if len(first) == 0 || first[0].Phrase != "Taiwan" {
		t.Errorf("keyphrases %v: want Taiwan (used as often as Taipei, and first) first", first)
	}
}

func TestGeneric(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		want   bool
	}{
		{"development", true},
		{"countries", true},
		{"North Korean counterpart", true},
		{"counterparts", true},
		{"economic development", false}, // a general noun with a modifier says what
		{"supply chains", false},
		{"steel tariffs", false},
		{"Kim Jong Un", false},
		{"dozens", true}, // a count says how many, not of what
		{"thousands", true},
		{"thousands of people", false},
	} {
		if got := generic(tc.phrase); got != tc.want {
			t.Errorf("generic(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}

// TestSubsumeOrder: the words a name takes in give it the same score and
// first place whatever order the candidates come in (they come out of a
// map). Two words above the name's own score, the later-placed one scoring
// higher, made the name's first place depend on which was met first.
func TestSubsumeOrder(t *testing.T) {
	mk := func() []*candidate {
		return []*candidate{
			{key: "north korea", stems: []string{"north", "korea"}, entity: true, count: 3, score: 1.0, first: 10},
			{key: "north", stems: []string{"north"}, count: 1, score: 1.5, first: 2},
			{key: "korea", stems: []string{"korea"}, count: 2, score: 2.0, first: 5},
			{key: "talks", stems: []string{"talks"}, count: 4, score: 0.5, first: 7},
		}
	}
	orders := [][]int{{0, 1, 2, 3}, {0, 2, 1, 3}, {2, 1, 0, 3}, {3, 2, 0, 1}, {1, 3, 2, 0}}
	for _, order := range orders {
		base := mk()
		list := make([]*candidate, len(order))
		for i, k := range order {
			list[i] = base[k]
		}
		got := map[string][2]float64{}
		for _, c := range subsume(list) {
			got[c.key] = [2]float64{c.score, float64(c.first)}
		}
		want := map[string][2]float64{"north korea": {2.0, 2}, "talks": {0.5, 7}}
		if len(got) != len(want) || got["north korea"] != want["north korea"] || got["talks"] != want["talks"] {
			t.Errorf("order %v: subsume = %v, want %v", order, got, want)
		}
	}
}

// A story in another language keeps that language's function words out of
// its keyphrases: no "les", "au" or "Plus de" at the top of a French story.
func TestForeignFunctionWordsNotKeywords(t *testing.T) {
	tests := []struct {
		lang, text string
		want       string // a content word that should still be found
	}{
		{"fr", "Plus de 5 000 réfugiés sont arrivés au Niger depuis lundi, fuyant les combats dans le nord du Mali. " +
			"Les réfugiés manquent d'eau et de nourriture, a déclaré le porte-parole des Nations unies. " +
			"Le gouvernement nigérien a demandé l'aide des bailleurs pour les réfugiés.", "réfugiés"},
		{"fr-CA", "Le premier ministre a annoncé mardi une hausse des tarifs sur l'acier. " +
			"Les tarifs sur l'acier entreront en vigueur en mai, selon le ministre des Finances.", "tarifs"},
		{"es", "Más de 2.000 migrantes cruzaron la frontera con Panamá durante la semana, según las autoridades. " +
			"Los migrantes dijeron que huían de la violencia en sus países. " +
			"El gobierno de Panamá pidió ayuda para atender a los migrantes.", "migrantes"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			a := &model.Article{Text: tc.text, Language: tc.lang}
			found := false
			for _, k := range New(Config{}).Extract(a) {
				words := strings.Fields(strings.ToLower(k.Phrase))
				for _, w := range []string{words[0], words[len(words)-1]} {
					if stopwordsFor(tc.lang)[Normalize(w)] {
						t.Errorf("keyphrase %q starts or ends with the function word %q", k.Phrase, w)
					}
				}
				if strings.Contains(strings.ToLower(k.Phrase), tc.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no keyphrase holds %q", tc.want)
			}
		})
	}
	if stopwordsFor("en") != nil || stopwordsFor("") != nil {
		t.Error("English and unknown languages take only the English list")
	}
}

// A noun compound is one keyphrase: the words of "fighter jets" or "trade
// deal" are not keyphrases of their own when nearly every use of them is
// in the compound, and a gerund before a noun ("polling stations") stays
// in its phrase. Must-not rows: a word used mostly on its own keeps its
// place, and a compound seen once takes in nothing.
func TestNounCompoundsWhole(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		toks      [][2]string
		want, not []string
	}{
		{"modifier and head fold into the compound",
			"Fighter jets flew near the island. Six fighter jets crossed the line. The fighter jets returned.",
			[][2]string{{"Fighter", "NN"}, {"jets", "NNS"}, {"flew", "VBD"}, {"near", "IN"}, {"the", "DT"}, {"island", "NN"}, {".", "."},
				{"Six", "CD"}, {"fighter", "NN"}, {"jets", "NNS"}, {"crossed", "VBD"}, {"the", "DT"}, {"line", "NN"}, {".", "."},
				{"The", "DT"}, {"fighter", "NN"}, {"jets", "NNS"}, {"returned", "VBD"}, {".", "."}},
			[]string{"fighter jets"}, []string{"fighter", "jets"}},
		{"gerund before a noun stays",
			"Polling stations opened. Observers visited polling stations. Turnout at polling stations was high.",
			[][2]string{{"Polling", "VBG"}, {"stations", "NNS"}, {"opened", "VBD"}, {".", "."},
				{"Observers", "NNS"}, {"visited", "VBD"}, {"polling", "VBG"}, {"stations", "NNS"}, {".", "."},
				{"Turnout", "NN"}, {"at", "IN"}, {"polling", "VBG"}, {"stations", "NNS"}, {"was", "VBD"}, {"high", "JJ"}, {".", "."}},
			[]string{"polling stations"}, []string{"stations", "Polling"}},
		{"word mostly alone keeps its place",
			"The deal was signed. Critics said the deal was weak. The trade deal cuts tariffs. The deal takes effect soon.",
			[][2]string{{"The", "DT"}, {"deal", "NN"}, {"was", "VBD"}, {"signed", "VBN"}, {".", "."},
				{"Critics", "NNS"}, {"said", "VBD"}, {"the", "DT"}, {"deal", "NN"}, {"was", "VBD"}, {"weak", "JJ"}, {".", "."},
				{"The", "DT"}, {"trade", "NN"}, {"deal", "NN"}, {"cuts", "VBZ"}, {"tariffs", "NNS"}, {".", "."},
				{"The", "DT"}, {"deal", "NN"}, {"takes", "VBZ"}, {"effect", "NN"}, {"soon", "RB"}, {".", "."}},
			[]string{"deal"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kws := New(Config{N: 5}).Extract(taggedArticle(tt.text, tt.toks))
			var got []string
			for _, k := range kws {
				got = append(got, k.Phrase)
			}
			for _, w := range tt.want {
				if !slices.ContainsFunc(got, func(p string) bool { return strings.EqualFold(p, w) }) {
					t.Errorf("keyphrases %q lack %q", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("keyphrases %q hold %q", got, n)
				}
			}
		})
	}
}

// An entity the tagger ran over a coordination of two names is two topics;
// a fixed name with a conjunction the knowledge base links ("Bosnia and
// Herzegovina"), a firm's "&" and an "and" inside a prepositional
// complement ("Ministry of Foreign Affairs and Trade") stay one name.
func TestCoordinatedNames(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		toks    [][2]string
		entity  string // the one entity over the coordination
		actorID string
		want    []string // candidates
		notWant []string
	}{
		{
			name: "two names",
			text: "The European Union and Mexico signed a pact.",
			toks: [][2]string{{"The", "DT"}, {"European", "NNP"}, {"Union", "NNP"}, {"and", "CC"}, {"Mexico", "NNP"},
				{"signed", "VBD"}, {"a", "DT"}, {"pact", "NN"}, {".", "."}},
			entity: "European Union and Mexico", actorID: "doc:org:european_union_and_mexico",
			want: []string{"European Union", "Mexico"}, notWant: []string{"European Union and Mexico"},
		},
		{
			name:   "two countries, no actor",
			text:   "Russia and Ukraine traded prisoners.",
			toks:   [][2]string{{"Russia", "NNP"}, {"and", "CC"}, {"Ukraine", "NNP"}, {"traded", "VBD"}, {"prisoners", "NNS"}, {".", "."}},
			entity: "Russia and Ukraine",
			want:   []string{"Russia", "Ukraine"}, notWant: []string{"Russia and Ukraine"},
		},
		{
			name:   "fixed name the knowledge base knows",
			text:   "Bosnia and Herzegovina held elections.",
			toks:   [][2]string{{"Bosnia", "NNP"}, {"and", "CC"}, {"Herzegovina", "NNP"}, {"held", "VBD"}, {"elections", "NNS"}, {".", "."}},
			entity: "Bosnia and Herzegovina", actorID: "BIH",
			want: []string{"Bosnia and Herzegovina"}, notWant: []string{"Bosnia", "Herzegovina"},
		},
		{
			name: "and inside a prepositional complement",
			text: "The Ministry of Foreign Affairs and Trade issued a warning.",
			toks: [][2]string{{"The", "DT"}, {"Ministry", "NNP"}, {"of", "IN"}, {"Foreign", "NNP"}, {"Affairs", "NNPS"}, {"and", "CC"},
				{"Trade", "NNP"}, {"issued", "VBD"}, {"a", "DT"}, {"warning", "NN"}, {".", "."}},
			entity: "Ministry of Foreign Affairs and Trade",
			want:   []string{"Ministry of Foreign Affairs and Trade"}, notWant: []string{"Trade", "Ministry"},
		},
		{
			name: "two sides of one body's name",
			text: "The Improvement and Development Agency issued a report.",
			toks: [][2]string{{"The", "DT"}, {"Improvement", "NNP"}, {"and", "CC"}, {"Development", "NNP"}, {"Agency", "NNP"},
				{"issued", "VBD"}, {"a", "DT"}, {"report", "NN"}, {".", "."}},
			entity: "Improvement and Development Agency",
			want:   []string{"Improvement and Development Agency"}, notWant: []string{"Development Agency", "Improvement"},
		},
		{
			name: "a determiner opens the second name",
			text: "Mexico and the European Union signed a pact.",
			toks: [][2]string{{"Mexico", "NNP"}, {"and", "CC"}, {"the", "DT"}, {"European", "NNP"}, {"Union", "NNP"},
				{"signed", "VBD"}, {"a", "DT"}, {"pact", "NN"}, {".", "."}},
			entity: "Mexico and the European Union",
			want:   []string{"Mexico", "European Union"}, notWant: []string{"Mexico and the European Union"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := taggedArticle(tt.text, tt.toks)
			st := strings.Index(tt.text, tt.entity)
			a.Entities = []model.Entity{{Text: tt.entity, Type: model.EntityOrg, Start: st, End: st + len(tt.entity), ActorID: tt.actorID}}
			x := New(Config{})
			words := x.words(a)
			markHeadlines(a, words)
			cands := x.candidates(words, true)
			// A name's key leaves out its function words.
			key := func(p string) string {
				var st []string
				for _, w := range strings.Fields(p) {
					if n := Normalize(w); !stopwords[n] {
						st = append(st, Stem(n))
					}
				}
				return strings.Join(st, " ")
			}
			for _, p := range tt.want {
				if _, ok := cands[key(p)]; !ok {
					t.Errorf("%q is not a candidate", p)
				}
			}
			for _, p := range tt.notWant {
				if _, ok := cands[key(p)]; ok {
					t.Errorf("%q is a candidate", p)
				}
			}
		})
	}
}

// One word family is one topic: "vaccination", "vaccine", "vaccines" and
// "vaccinated" pool their occurrences, shown by the commonest form.
func TestWordFamilyOneTopic(t *testing.T) {
	text := "Officials urged vaccination. The vaccine is safe. Vaccines save lives. Vaccination rates fell. " +
		"Children were vaccinated. Vaccination campaigns begin soon."
	kws := New(Config{}).Extract(&model.Article{Text: text})
	var family []string
	for _, k := range kws {
		if Stem(Normalize(k.Phrase)) == "vaccin" {
			family = append(family, k.Phrase)
		}
	}
	if len(family) != 1 || !strings.EqualFold(family[0], "vaccination") {
		t.Errorf("vaccine family listed as %q, want one topic shown as vaccination (keywords %v)", family, kws)
	}
}

// A strong verb's past tense that the tagger read as a noun is the verb
// after its subject, after an adverb or before a figure; after a
// determiner or adjective it is the noun.
func TestPastTenseNotKeyphrase(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "Shares/NNS across/IN the/DT region/NN rose/NN for/IN a/DT third/JJ day/NN ./.",
			want: []string{"region"}, no: []string{"rose", "region rose"}},
		{tagged: "The/DT index/NN fell/NN and/CC the/DT Nasdaq/NNP rose/NN ,/, traders/NNS said/VBD ./.",
			want: []string{"index", "Nasdaq"}, no: []string{"fell", "rose", "index fell", "Nasdaq rose"}},
		{tagged: "Bond/NN yields/NNS last/JJ rose/NN 3/CD basis/NN points/NNS ./.",
			no: []string{"rose"}},
		{tagged: "Exports/NNS sharply/RB fell/NN in/IN May/NNP ./.",
			want: []string{"exports"}, no: []string{"fell"}},
		// The noun.
		{tagged: "She/PRP planted/VBD a/DT red/JJ rose/NN in/IN the/DT garden/NN ./.",
			want: []string{"red rose"}},
		{tagged: "The/DT rose/NN garden/NN reopened/VBD ./.",
			want: []string{"rose garden"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}

// An irregular verb form that is no noun ("kept", "held", "sought") is the
// verb wherever the tagger read it as a noun, before an object too; the
// nouns around it stay phrases of their own. Forms that are also nouns
// ("left", "won") are not read so.
func TestVerbOnlyFormsNotKeyphrase(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "The/DT central/JJ bank/NN kept/NN policy/NN rates/NNS unchanged/JJ ./.",
			want: []string{"central bank", "policy rates"}, no: []string{"central bank kept policy rates", "central bank kept", "kept"}},
		{tagged: "The/DT lender/NN held/NN deposit/NN rates/NNS at/IN 4/CD percent/NN ./.",
			want: []string{"lender", "deposit rates"}, no: []string{"lender held deposit rates", "held"}},
		{tagged: "The/DT ministry/NN sought/NN emergency/NN funds/NNS from/IN donors/NNS ./.",
			want: []string{"ministry", "emergency funds"}, no: []string{"ministry sought emergency funds", "sought"}},
		// Nouns that are also past forms stay nouns.
		{tagged: "The/DT party/NN left/NN wing/NN split/VBD ./.",
			want: []string{"party left wing"}},
		{tagged: "The/DT won/NN weakened/VBD against/IN the/DT dollar/NN ./.",
			want: []string{"won"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}

// A weekday is a date and no keyphrase, except inside the name of a day:
// "Black Friday" is one phrase, not "Black".
func TestNamedDays(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "Retailers/NNS cut/VBD prices/NNS before/IN Black/NNP Friday/NNP ./.",
			want: []string{"Black Friday"}, no: []string{"Black"}},
		{tagged: "Super/NNP Tuesday/NNP primaries/NNS drew/VBD voters/NNS ./.",
			want: []string{"Super Tuesday primaries"}},
		{tagged: "Churches/NNS held/VBD services/NNS on/IN Good/NNP Friday/NNP and/CC Easter/NNP Monday/NNP ./.",
			want: []string{"Good Friday", "Easter Monday"}},
		// A date stays a date.
		{tagged: "Markets/NNS had/VBD a/DT good/JJ Friday/NNP ./.",
			no: []string{"good Friday", "Friday"}},
		{tagged: "Ministers/NNS met/VBD on/IN Friday/NNP ./.",
			no: []string{"Friday"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}

// Korean connectives and pronouns that open a clause are no keyphrases.
// The tagger, trained on English, reads every Hangul word as a noun.
func TestKoreanFunctionWords(t *testing.T) {
	a := slashTagged("하지만/NN 야당은/NN 예산안에/NN 반대했다/NN ./. 그래서/NN 국회는/NN 심사를/NN 미뤘다/NN ./. " +
		"물론/NN 그는/NN 예산안을/NN 기다린다/NN ./.")
	a.Language = "ko"
	x := New(Config{})
	words := x.words(a)
	markHeadlines(a, words)
	cands := x.candidates(words, true)
	for _, p := range []string{"하지만", "그래서", "물론", "그는"} {
		for _, c := range cands {
			if slices.Contains(strings.Fields(c.key), stemKey(p)) {
				t.Errorf("candidate %q holds the function word %q", c.key, p)
			}
		}
	}
	if cands[stemKey("야당은")] == nil && cands[stemKey("야당은 예산안에")] == nil {
		t.Errorf("content words lost: %v", slices.Collect(maps.Keys(cands)))
	}
}

// The bare noun of a light-verb idiom is no keyphrase; the same noun as a
// noun of its own, or a modifier, stays.
func TestLightVerbNounsNotKeywords(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "Protesters/NNS set/VBD fire/NN to/TO a/DT police/NN vehicle/NN ./.",
			want: []string{"police vehicle"}, no: []string{"fire"}},
		{tagged: "Troops/NNS opened/VBD fire/NN on/IN the/DT crowd/NN ./.",
			want: []string{"crowd"}, no: []string{"fire"}},
		{tagged: "The/DT clashes/NNS took/VBD place/NN near/IN the/DT border/NN ./.",
			want: []string{"clashes", "border"}, no: []string{"place"}},
		{tagged: "Forty/CD nations/NNS will/MD take/VB part/NN in/IN the/DT summit/NN ./.",
			want: []string{"summit"}, no: []string{"part"}},
		// Nouns of their own.
		{tagged: "The/DT fire/NN spread/VBD to/TO nearby/JJ homes/NNS ./.", want: []string{"fire"}},
		{tagged: "Crews/NNS set/VBD fire/NN breaks/NNS along/IN the/DT ridge/NN ./.", want: []string{"fire breaks"}},
		{tagged: "The/DT team/NN took/VBD third/JJ place/NN ./.", want: []string{"third place"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}

// A gerund before a count is a verb with its object ("sending dozens of
// vehicles"), no phrase; before a noun that names a kind of thing it stays
// ("training camp").
func TestGerundBeforeCount(t *testing.T) {
	for _, tc := range []struct {
		tagged   string
		want, no []string
	}{
		{tagged: "Floods/NNS swept/VBD the/DT town/NN ,/, sending/VBG dozens/NNS of/IN vehicles/NNS into/IN the/DT river/NN ./.",
			want: []string{"vehicles", "river"}, no: []string{"sending dozens", "sending"}},
		{tagged: "The/DT storm/NN hit/VBD the/DT coast/NN ,/, forcing/VBG thousands/NNS from/IN their/PRP$ homes/NNS ./.",
			want: []string{"homes"}, no: []string{"forcing thousands"}},
		{tagged: "Rebels/NNS shelled/VBD a/DT training/VBG camp/NN ./.", want: []string{"training camp"}},
		{tagged: "Queues/NNS formed/VBD at/IN polling/VBG stations/NNS ./.", want: []string{"polling stations"}},
	} {
		checkCandidates(t, tc.tagged, nil, tc.want, tc.no)
	}
}

// A keyphrase whose words are all inside one taken before says part of it
// again and is left out; one whose words are spread over several taken
// phrases, or that adds a word, stays.
func TestPickDropsPhraseInsideTaken(t *testing.T) {
	cand := func(phrase string) *candidate {
		var stems []string
		for _, w := range strings.Fields(phrase) {
			stems = append(stems, Stem(Normalize(w)))
		}
		return &candidate{key: strings.Join(stems, " "), stems: stems, forms: []form{{text: phrase, n: 1}}}
	}
	for _, tc := range []struct {
		ranked []string
		want   []string
	}{
		{ranked: []string{"desert locust swarms", "locust swarms", "swarms", "crops"},
			want: []string{"desert locust swarms", "crops"}},
		{ranked: []string{"swarms", "desert locust", "desert locust swarms", "locust campaign"},
			want: []string{"swarms", "desert locust", "desert locust swarms", "locust campaign"}},
		{ranked: []string{"tear gas", "tear gas canisters", "gas"},
			want: []string{"tear gas", "tear gas canisters"}},
	} {
		var list []*candidate
		for _, p := range tc.ranked {
			list = append(list, cand(p))
		}
		var got []string
		for _, k := range New(Config{}).pick(list, nil) {
			got = append(got, k.Phrase)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("pick(%q) = %q, want %q", tc.ranked, got, tc.want)
		}
	}
}

// A name with a function word inside that is too long to be a keyphrase
// leaves no pieces of itself as phrases; its acronym stays.
func TestLongNameNoPieces(t *testing.T) {
	checkCandidates(t,
		"Crops/NNS failed/VBD ,/, the/DT Rome-based/NNP United/NNP Nations/NNPS Food/NNP and/CC Agriculture/NNP Organization/NNP (/-LRB- FAO/NNP )/-RRB- said/VBD ./.",
		[][2]string{{"Rome-based United Nations Food and Agriculture Organization", "ORG"}, {"FAO", "ORG"}},
		[]string{"FAO", "crops"},
		[]string{"Agriculture Organization", "Rome-based United Nations Food", "United Nations Food", "Organization", "Food"})
	// A name of five content words is still one phrase.
	checkCandidates(t,
		"The/DT United/NNP Nations/NNPS Food/NNP and/CC Agriculture/NNP Organization/NNP said/VBD ./.",
		[][2]string{{"United Nations Food and Agriculture Organization", "ORG"}},
		[]string{"United Nations Food Agriculture Organization"},
		[]string{"Agriculture Organization", "United Nations Food"})
}
