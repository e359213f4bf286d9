package summary

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
	"github.com/newsgraph/newsgraph/internal/nlp/quotes"
)

func fixture(t *testing.T) *model.Article {
	t.Helper()
	raw, err := os.ReadFile("testdata/flood.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	a := &model.Article{Text: text, Title: "River floods force thousands from homes"}
	a.Sentences = segment.Sentences(text)
	// The quote stage finds the mayor's quotation with its speaker and the
	// lone "It came in like a wall." with none.
	f, err := quotes.New()
	if err != nil {
		t.Fatal(err)
	}
	a.Quotes = f.Find(a)
	return a
}

func TestSummarize(t *testing.T) {
	a := fixture(t)
	for _, n := range []int{1, 3, 5} {
		picked := New(Config{Sentences: n}).Pick(a)
		if len(picked) != n {
			t.Fatalf("n=%d: got %d sentences: %q", n, len(picked), picked)
		}
		last := -1
		for k, p := range picked {
			at := strings.Index(a.Text, p)
			if at < 0 {
				t.Fatalf("sentence %q not from the text", p)
			}
			if at <= last {
				t.Errorf("n=%d: sentences out of article order: %q", n, picked)
			}
			last = at
			switch {
			case strings.HasPrefix(p, "He ") && (k == 0 || !strings.Contains(picked[k-1], "said Paolo Bianchi")):
				// "He" is the mayor: it may follow only his quotation.
				t.Errorf("n=%d: dangling pronoun start %q without its antecedent", n, p)
			case strings.Contains(p, "like a wall"):
				t.Errorf("n=%d: quotation without its speaker %q", n, p)
			case strings.HasPrefix(p, "River floods"):
				t.Errorf("n=%d: headline in summary", n)
			}
		}
	}
	// The lead carries the news: a one-sentence summary is the first body
	// sentence here.
	if got := New(Config{Sentences: 1}).Summarize(a); !strings.HasPrefix(got, "Floodwaters") {
		t.Errorf("one-sentence summary = %q", got)
	}
	if got := Lead(a, 2); len(got) != 2 || !strings.HasPrefix(got[0], "Floodwaters") {
		t.Errorf("Lead = %q", got)
	}
}

func TestSummarizeEmpty(t *testing.T) {
	if got := New(Config{}).Summarize(&model.Article{}); got != "" {
		t.Errorf("empty article: %q", got)
	}
}

// TestSummaryDropsDateline checks that a wire dateline opening the first
// sentence stays in the body but not in the summary, and that a sentence
// whose capitals only look like one keeps its words.
func TestSummaryDropsDateline(t *testing.T) {
	for _, tc := range []struct {
		text, wantFirst string
	}{
		{"OTTAWA (Newsgraph Wire) - Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday.\n\nThe cut follows two years of talks between the two governments over quotas and duties.",
			"Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday."},
		{"SEOUL, July 30 (AP) — North Korea restored two hotlines with the South after a year of silence, officials said.\n\nThe lines had been cut when relations soured over leaflets sent across the border.",
			"North Korea restored two hotlines with the South after a year of silence, officials said."},
		{"Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday.\n\nThe cut follows two years of talks between the two governments over quotas and duties.",
			"Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday."},
		// Korean and Japanese outlets open with a bracketed "[Place=Agency]"
		// credit instead of a dateline.
		{"[서울=뉴스통신] 정부는 다음 달부터 수입 철강에 대한 관세를 낮추기로 했다고 산업부가 화요일 밝혔다. 이번 조치는 두 나라 정부의 오랜 협상 끝에 나왔다.",
			"정부는 다음 달부터 수입 철강에 대한 관세를 낮추기로 했다고 산업부가 화요일 밝혔다."},
		{"(부산=뉴스통신) 부산시는 올여름 해수욕장 여섯 곳의 운영 기간을 두 주 늘린다고 월요일 발표했다. 시는 관광객 증가를 이유로 들었다.",
			"부산시는 올여름 해수욕장 여섯 곳의 운영 기간을 두 주 늘린다고 월요일 발표했다."},
		// A bracketed aside without "=" is part of the sentence.
		{"[Updated] Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday.\n\nThe cut follows two years of talks between the two governments over quotas and duties.",
			"[Updated] Canada will cut tariffs on Mexican steel from next month, the trade minister said on Tuesday."},
	} {
		a := &model.Article{Text: tc.text}
		a.Sentences = segment.Sentences(tc.text)
		picked := New(Config{Sentences: 2}).Pick(a)
		if len(picked) == 0 || picked[0] != tc.wantFirst {
			t.Errorf("summary of %q = %q, want it to open with %q", clip(tc.text), picked, tc.wantFirst)
		}
		if lead := Lead(a, 1); len(lead) != 1 || lead[0] != tc.wantFirst {
			t.Errorf("lead of %q = %q, want %q", clip(tc.text), lead, tc.wantFirst)
		}
	}
}

func TestCreditLen(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the text after the credit
	}{
		{"[서울=뉴스통신] 정부는 발표했다.", "정부는 발표했다."},
		{"【東京＝通信社】首相が辞任した。", "首相が辞任した。"},
		{"(Seoul=Wire) The ministry said so.", "The ministry said so."},
		{"[Editor's note] The ministry said so.", ""},         // no "=": an aside
		{"(a=b) the ministry said so.", ""},                   // lowercase: an equation in running text
		{"[x=1. y=2] The ministry said so.", ""},              // a sentence end inside: not a credit
		{"[서울=뉴스통신]", ""},                                     // nothing after it
		{"[서울=뉴스통신 정부는 발표했다.", ""},                            // never closed
		{"The ministry [Seoul=Wire] said so.", ""},            // not at the start
		{"[" + strings.Repeat("가", 41) + "=나] 정부는 발표했다.", ""}, // too long for a credit
	} {
		got := ""
		if n := creditLen(tc.in); n > 0 {
			got = tc.in[n:]
		}
		if got != tc.want {
			t.Errorf("creditLen(%q) leaves %q, want %q", tc.in, got, tc.want)
		}
	}
}

func clip(s string) string { return s[:min(len(s), 40)] }

// storyText is a wire report written for these tests: a lead, a caption
// left in the text, the minister named and then referred to as "She", a
// quotation without a speaker, and background. The caption, the "She"
// sentence and the quotation are rich in the keyphrases, so only the
// rules keep them out.
const storyText = `Portugal will raise its minimum wage by 6 percent from January, the government announced on Monday after talks with unions and employers.

Workers at a minimum wage rally in central Lisbon on Monday.

Labour Minister Ana Costa, a former economist who joined the cabinet in 2022, spoke after a meeting at her ministry that lasted into the evening.

She said the minimum wage rise would lift the pay of about 800,000 workers above 870 euros a month.

"Workers cannot live on a minimum wage of promises."

Employers' groups warned that small firms in the north of the country could cut jobs if wages rose faster than sales.

The minimum wage has risen every year since 2015, when it stood at 505 euros a month.`

// verbs are the verbs of storyText, for tagging it by hand: the tests of
// the summary need no tagger.
var verbs = map[string]bool{"will": true, "raise": true, "joined": true, "lasted": true, "announced": true, "spoke": true, "said": true,
	"would": true, "lift": true, "cannot": true, "live": true, "warned": true, "could": true, "cut": true,
	"rose": true, "has": true, "risen": true, "stood": true}

// story returns storyText segmented, its words tagged VB (the verbs) or NN
// (the rest), with the given keyphrases and no quotes found (the lone
// quotation is marked by hand as having no speaker).
func story(t *testing.T, kws []model.Keyword) *model.Article {
	t.Helper()
	a := &model.Article{Text: storyText, Keywords: kws}
	a.Sentences = segment.Sentences(storyText)
	for i := range a.Sentences {
		st := &a.Sentences[i]
		st.Tokens = nil
		for off := st.Start; off < st.End; {
			rest := storyText[off:st.End]
			trimmed := strings.TrimLeft(rest, " \n")
			off += len(rest) - len(trimmed)
			if trimmed == "" {
				break
			}
			w, _, _ := strings.Cut(trimmed, " ")
			w = strings.SplitN(w, "\n", 2)[0]
			pos := "NN"
			if verbs[strings.ToLower(strings.Trim(w, `.,"`))] {
				pos = "VB"
			}
			st.Tokens = append(st.Tokens, model.Token{Text: w, Start: off, End: off + len(w), POS: pos})
			off += len(w)
		}
		if strings.HasPrefix(st.Text, `"Workers cannot`) {
			a.Quotes = append(a.Quotes, model.Quote{Kind: model.QuoteDirect, Sentence: st.Index, Start: st.Start, End: st.End})
		}
	}
	return a
}

var storyKeywords = []model.Keyword{
	{Phrase: "minimum wage", Score: 4.2}, {Phrase: "unions", Score: 2.5}, {Phrase: "workers", Score: 1.9},
	{Phrase: "employers", Score: 1.1}, {Phrase: "euros", Score: 0.6},
}

// TestSummaryReadsWell checks, for every summary length, that the summary
// takes no quotation without its speaker and no caption, and that a
// sentence opening with "She" comes only right after the sentence naming
// her.
func TestSummaryReadsWell(t *testing.T) {
	a := story(t, storyKeywords)
	for n := 1; n <= 6; n++ {
		picked := New(Config{Sentences: n}).Pick(a)
		if len(picked) == 0 {
			t.Fatalf("n=%d: empty summary", n)
		}
		for k, p := range picked {
			switch {
			case strings.Contains(p, "Workers cannot live"):
				t.Errorf("n=%d: quotation without its speaker: %q", n, picked)
			case strings.HasPrefix(p, "Workers at a minimum wage rally"):
				t.Errorf("n=%d: caption: %q", n, picked)
			case strings.HasPrefix(p, "She ") && (k == 0 || !strings.HasPrefix(picked[k-1], "Labour Minister Ana Costa")):
				t.Errorf("n=%d: %q without the sentence naming her: %q", n, p, picked)
			}
		}
		if !strings.HasPrefix(picked[0], "Portugal will raise") {
			t.Errorf("n=%d: summary does not open with the lead: %q", n, picked)
		}
	}
	// With every fit sentence wanted, the "She" sentence is taken: its
	// antecedent is in the summary.
	all := strings.Join(New(Config{Sentences: 6}).Pick(a), " ")
	if !strings.Contains(all, "that lasted into the evening. She said") {
		t.Errorf("six-sentence summary lacks the minister and her follow-up: %q", all)
	}
}

// TestSummaryFollowsKeywordRanks checks that the sentence scores, and so
// the summary, depend on the keyphrases' order, not on their scores: the
// same ranking with scores multiplied, or squared and shifted, or listed
// in another order, gives the same scores.
func TestSummaryFollowsKeywordRanks(t *testing.T) {
	sm := New(Config{Sentences: 3})
	scores := func(a *model.Article) []float64 {
		var out []float64
		cands, err := sm.scored(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cands {
			out = append(out, c.score)
		}
		return out
	}
	want, wantScores := sm.Pick(story(t, storyKeywords)), scores(story(t, storyKeywords))
	for name, f := range map[string]func(float64) float64{
		"x100":          func(s float64) float64 { return 100 * s },
		"x0.01":         func(s float64) float64 { return s / 100 },
		"squared+1":     func(s float64) float64 { return s*s + 1 },
		"reverse input": nil,
	} {
		kws := make([]model.Keyword, len(storyKeywords))
		for i, k := range storyKeywords {
			if f != nil {
				k.Score = f(k.Score)
			}
			kws[i] = k
		}
		if f == nil {
			slices.Reverse(kws) // same scores listed in another order
		}
		a := story(t, kws)
		if got := sm.Pick(a); !slices.Equal(got, want) {
			t.Errorf("%s: summary %q, want %q", name, got, want)
		}
		got := scores(a)
		if len(got) != len(wantScores) {
			t.Fatalf("%s: %d candidates, want %d", name, len(got), len(wantScores))
		}
		for i := range got {
			if math.Abs(got[i]-wantScores[i]) > 1e-9 {
				t.Errorf("%s: sentence %d scores %v, want %v", name, i, got[i], wantScores[i])
			}
		}
	}
}

// TestKeywordWeights checks the rank weights: top phrase 1, the last of n
// 1/n, a stem shared by two phrases its better rank.
func TestKeywordWeights(t *testing.T) {
	w, mass := keywordWeights([]model.Keyword{
		{Phrase: "oil exports", Score: 0.2}, {Phrase: "oil price", Score: 0.9}, {Phrase: "sanctions", Score: 0.5},
	})
	for phrase, want := range map[string]float64{"oil": 1, "price": 1, "sanctions": 2.0 / 3, "exports": 1.0 / 3} {
		st := keywords.Stem(keywords.Normalize(phrase))
		if math.Abs(w[st]-want) > 1e-9 {
			t.Errorf("weight of %q = %v, want %v", phrase, w[st], want)
		}
	}
	if math.Abs(mass-(1+1+2.0/3+1.0/3)) > 1e-9 {
		t.Errorf("mass = %v", mass)
	}
	if w, mass := keywordWeights(nil); len(w) != 0 || mass != 0 {
		t.Errorf("no keywords: %v %v", w, mass)
	}
}

// TestChooseDiscountsRedundancy checks the MMR step on hand-made
// candidates: the runner-up repeats much of the best (cosine 0.6, under
// the near-repeat cut), so a third, different sentence is taken before it;
// a near-repeat (cosine above 0.7) is never taken; a dangling sentence
// waits for the one before it to be chosen on its own merit, or is taken
// with it as a pair when two slots are left and the pair is worth more
// than the best single sentence.
func TestChooseDiscountsRedundancy(t *testing.T) {
	v := func(kv ...any) map[string]float64 {
		m := map[string]float64{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1].(float64)
		}
		return m
	}
	for _, tc := range []struct {
		name  string
		cands []sent
		n     int
		want  []int
	}{
		{"overlap discounted", []sent{
			{stems: v("storm", 1.0, "coast", 1.0, "power", 1.0), score: 1.0, ok: true},
			{stems: v("storm", 1.0, "coast", 1.0, "roads", 1.0, "schools", 1.0, "ferries", 1.0), score: 0.95, ok: true},
			{stems: v("insurers", 1.0, "claims", 1.0), score: 0.85, ok: true},
		}, 2, []int{0, 2}},
		{"distinct kept", []sent{
			{stems: v("storm", 1.0, "coast", 1.0), score: 1.0, ok: true},
			{stems: v("roads", 1.0, "schools", 1.0), score: 0.95, ok: true},
			{stems: v("insurers", 1.0, "claims", 1.0), score: 0.85, ok: true},
		}, 2, []int{0, 1}},
		{"near repeat never", []sent{
			{stems: v("storm", 1.0, "coast", 1.0, "power", 1.0), score: 1.0, ok: true},
			{stems: v("storm", 1.0, "coast", 1.0, "power", 1.0, "lines", 0.5), score: 0.99, ok: true},
		}, 2, []int{0}},
		{"dangling after its antecedent", []sent{
			{stems: v("minister", 1.0), score: 0.8, ok: true},
			{stems: v("talks", 1.0), score: 1.0, ok: true, dangling: true},
			{stems: v("unions", 1.0), score: 0.7, ok: true},
		}, 2, []int{0, 1}},
		{"dangling without its antecedent", []sent{
			{stems: v("minister", 1.0), score: 0.5, ok: true},
			{stems: v("talks", 1.0), score: 1.0, ok: true, dangling: true},
			{stems: v("unions", 1.0), score: 0.7, ok: true},
		}, 1, []int{2}},
		// Two slots left: the weak antecedent and the strong "He ..."
		// sentence after it (mean 0.75) beat the best single (0.7).
		{"dangling with a weak antecedent as a pair", []sent{
			{stems: v("minister", 1.0), score: 0.5, ok: true},
			{stems: v("talks", 1.0), score: 1.0, ok: true, dangling: true},
			{stems: v("unions", 1.0), score: 0.7, ok: true},
			{stems: v("markets", 1.0), score: 0.6, ok: true},
		}, 2, []int{0, 1}},
		// A pair whose mean is below the best single waits: the single
		// goes first, then the pair fills the two slots left.
		{"pair after a stronger single", []sent{
			{stems: v("minister", 1.0), score: 0.5, ok: true},
			{stems: v("talks", 1.0), score: 1.0, ok: true, dangling: true},
			{stems: v("unions", 1.0), score: 0.8, ok: true},
			{stems: v("markets", 1.0), score: 0.6, ok: true},
		}, 3, []int{0, 1, 2}},
		// One slot: a pair does not fit, and the length rule holds.
		{"no pair in the last slot", []sent{
			{stems: v("unions", 1.0), score: 0.8, ok: true},
			{stems: v("minister", 1.0), score: 0.5, ok: true},
			{stems: v("talks", 1.0), score: 1.0, ok: true, dangling: true},
			{stems: v("markets", 1.0), score: 0.6, ok: true},
		}, 2, []int{0, 3}},
		// The antecedent must be fit to stand: a pair is never made with
		// a sentence left out (a caption, an unattributed quotation).
		{"no pair with an unfit antecedent", []sent{
			{stems: v("minister", 1.0), score: 0.9},
			{stems: v("talks", 1.0), score: 1.0, ok: true, dangling: true},
			{stems: v("unions", 1.0), score: 0.7, ok: true},
			{stems: v("markets", 1.0), score: 0.6, ok: true},
		}, 2, []int{2, 3}},
	} {
		got := New(Config{Sentences: tc.n}).choose(tc.cands)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: chose %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSumsIndependentOfMapOrder: the similarity of two stem vectors is the
// same to the bit on every call, though Go visits a map's keys in a new
// order each time (a sum in map order differs in its last bits between
// runs, enough to swap two near-equal sentences).
func TestSumsIndependentOfMapOrder(t *testing.T) {
	a, b := map[string]float64{}, map[string]float64{}
	for i := range 300 {
		k := fmt.Sprintf("stem%03d", i)
		a[k] = math.Pow(1.37, float64(i%40-20)) // magnitudes from ~1e-3 to ~1e3
		if i%3 != 0 {
			b[k] = 1 / (1 + float64(i%17))
		}
	}
	first := cosine(a, b)
	firstCov := coverage(a, b, 1000)
	for range 200 {
		if got := cosine(a, b); math.Float64bits(got) != math.Float64bits(first) {
			t.Fatalf("cosine = %v, then %v", first, got)
		}
		if got := coverage(a, b, 1000); math.Float64bits(got) != math.Float64bits(firstCov) {
			t.Fatalf("coverage = %v, then %v", firstCov, got)
		}
	}
}

// TestLikenessMatchesCosine: choose's cached likeness gives, to the bit,
// what cosine gives for the same ordered pair (a changed order of the
// additions would move near-equal sentences), for vectors that share some,
// all or none of their stems, and an empty one.
func TestLikenessMatchesCosine(t *testing.T) {
	var cands []sent
	for c := range 6 {
		stems := map[string]float64{}
		for i := range 40 * c {
			if (i+c)%(c+1) == 0 {
				stems[fmt.Sprintf("stem%03d", (i*7+c)%97)] = math.Pow(1.29, float64((i*c)%31-15))
			}
		}
		cands = append(cands, sent{idx: c, stems: stems})
	}
	l := newLikeness(cands)
	for range 2 { // the second round reads the kept values
		for i := range cands {
			for j := range cands {
				want, got := cosine(cands[i].stems, cands[j].stems), l.cosine(i, j)
				if math.Float64bits(got) != math.Float64bits(want) {
					t.Errorf("likeness(%d, %d) = %v, cosine %v", i, j, got, want)
				}
			}
		}
	}
	if got := l.cosine(0, 1); got != 0 {
		t.Errorf("likeness with an empty vector = %v, want 0", got)
	}
	if got := l.cosine(3, 3); math.Abs(got-1) > 1e-12 {
		t.Errorf("likeness of a vector with itself = %v, want 1", got)
	}
}

func TestLabelled(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Editor's note: This story has been updated to correct the number of residents.", true},
		{"EDITOR\u2019S NOTE: An earlier version misspelled the minister's name.", true},
		{"Photo: A resident wades through a flooded street in the town centre.", true},
		{"Correction: The vote took place on Tuesday, not Monday.", true},
		{"Read more: How the city prepares for winter floods.", true},
		{"Photographs taken by residents showed the bridge under water.", false},
		{"The minister said: We will rebuild the bridge.", false},
		{"Note that the figures are provisional, the agency said.", false},
		{"Update: no label list names it, since live pages open real news with it.", false},
		{"Rail services were suspended: two main roads remained closed.", false},
	} {
		if got := labelled(tc.text); got != tc.want {
			t.Errorf("labelled(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSummarySkipsNotesAndCaptions checks that a desk note at the top of
// the story and a photo caption left at its foot, both with a verb and a
// full stop, stay out of the summary.
func TestSummarySkipsNotesAndCaptions(t *testing.T) {
	text := "Flood waters cut off northern towns\n\n" +
		"Editor's note: This story has been updated to correct the number of evacuated residents.\n\n" +
		"Rising rivers cut off three towns in the north of the country on Tuesday after four days of heavy rain, and officials evacuated more than 1,200 residents.\n\n" +
		"The river burst its banks near the regional capital, flooding the town centre to a depth of two metres, the civil protection agency said.\n\n" +
		"Rail services between the coast and the interior were suspended, and two main roads remained closed.\n\n" +
		"Forecasters expect more rain through Thursday.\n\n" +
		"Photo: A resident wades through a flooded street in the town centre on Tuesday.\n"
	a := &model.Article{Text: text, Title: "Flood waters cut off northern towns", Sentences: segment.Sentences(text)}
	for n := 1; n <= 4; n++ {
		picked := New(Config{Sentences: n}).Pick(a)
		if len(picked) != n {
			t.Fatalf("n=%d: got %q", n, picked)
		}
		for _, p := range picked {
			if labelled(p) {
				t.Errorf("n=%d: labelled line in the summary: %q", n, picked)
			}
		}
	}
	// Four sentences are the four of the story: the labelled lines are
	// not even a fallback.
	if all := New(Config{Sentences: 4}).Pick(a); !strings.HasPrefix(all[0], "Rising rivers") || !strings.HasPrefix(all[3], "Forecasters") {
		t.Errorf("four-sentence summary is not the story's four sentences: %q", all)
	}
}

func TestMissplit(t *testing.T) {
	body := "Stocks were mixed. On Wall Street, the index .IDX fell 12 points, or 0.4%, to 3,010.5, the broad gauge .GAU rose 2 points. Oil fell.\nBonds rallied."
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Stocks were mixed.", false},
		{"On Wall Street, the index .", true},
		{"IDX fell 12 points, or 0.4%, to 3,010.5, the broad gauge .", true},
		{"GAU rose 2 points.", true},
		{"Oil fell.", false},
		{"Bonds rallied.", false},
	} {
		i := strings.Index(body, tc.text)
		if i < 0 {
			t.Fatalf("%q not in the body", tc.text)
		}
		st := model.Sentence{Start: i, End: i + len(tc.text), Text: tc.text}
		if got := missplit(body, st, tc.text); got != tc.want {
			t.Errorf("missplit(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSummarySkipsTickerFragments checks that the pieces of a market
// report sentence the segmenter cut at its tickers (".IDX") stay out of
// the summary, while the whole sentences around them are taken.
func TestSummarySkipsTickerFragments(t *testing.T) {
	text := "Oil slides on supply worries\n\n" +
		"Oil prices fell sharply on Tuesday on oversupply concerns, while world stocks rose for a seventh straight session.\n\n" +
		"On Wall Street, the industrial index .IDX fell 102.2 points, or 0.36%, to 27,934.02, the broad index .BRD lost 1.85 points, or 0.06%, to 3,120.18 and the technology index .TEC added 20.72 points.\n\n" +
		"Brent crude was last at $60.73 a barrel, down 2.74% on the day, traders said.\n\n" +
		"European shares hit a four-year high earlier in the day before the gains were pared.\n"
	// The sentences as the pipeline's tokenizer splits this text (see
	// "newsgraph analyze"): it breaks at the full stop that opens each
	// ticker.
	a := &model.Article{Text: text, Title: "Oil slides on supply worries"}
	for i, piece := range []string{
		"Oil prices fell sharply on Tuesday on oversupply concerns, while world stocks rose for a seventh straight session.",
		"On Wall Street, the industrial index .",
		"IDX fell 102.2 points, or 0.36%, to 27,934.02, the broad index .",
		"BRD lost 1.85 points, or 0.06%, to 3,120.18 and the technology index .",
		"TEC added 20.72 points.",
		"Brent crude was last at $60.73 a barrel, down 2.74% on the day, traders said.",
		"European shares hit a four-year high earlier in the day before the gains were pared.",
	} {
		at := strings.Index(text, piece)
		if at < 0 {
			t.Fatalf("%q not in the text", piece)
		}
		a.Sentences = append(a.Sentences, model.Sentence{Index: i + 1, Start: at, End: at + len(piece), Text: piece})
	}
	for n := 1; n <= 3; n++ {
		for _, p := range New(Config{Sentences: n}).Pick(a) {
			if strings.Contains(p, "points") {
				t.Errorf("n=%d: fragment of the index sentence in the summary: %q", n, p)
			}
		}
	}
}
