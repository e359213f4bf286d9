package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Quote evaluation on GUM.
//
// Gold quotes are GUM's <quote> elements (direct quotations; touching ones
// merged); <q> marks other uses of quotation marks (scare quotes, titles,
// names) and is not gold. Predicted quotes are the direct and partial ones.
// GUM did not mark quotations in every document: figures are printed for
// all news and interview documents and for those with any quote markup
// (<quote> or <q>), where the annotation was evidently done. Both spans are compared
// after trimming quotation marks, spaces and edge punctuation:
//   - exact: the trimmed byte ranges are equal;
//   - lenient: the overlap covers at least half of the longer span
//     (boundary-tolerant; one-to-one, best overlap first).
//
// Gold speakers come from GUM's RST annotation: an attribution relation
// whose attributed unit overlaps the quote carries a sem-atsrc signal naming
// the speaker's tokens; the entity mention best covering those tokens gives
// the speaker's coreference chain. A quote with no attribution of its own
// that directly follows an attributed quote of the same paragraph keeps that
// speaker (a quotation running on). A predicted speaker is right when its
// text matches a non-pronoun mention of that chain: one contains the other
// as whole words, or both end in the same capitalised word (a surname).

// QuoteScores are the figures of one quote evaluation.
type QuoteScores struct {
	Docs               int
	Gold, Pred         int
	ExactTP, LenientTP int
	SpeakerGold        int // matched (lenient) quotes whose gold speaker is known
	SpeakerRight       int
	SpeakerNull        int // of SpeakerGold, predicted with no speaker
	Partial, Indirect  int // other quotes predicted (not scored)
	Elapsed            time.Duration
}

// prf returns precision, recall and F1 for tp true positives among pred
// predictions and gold items.
func prf(tp, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// newJSONL returns the encoder of an eval's --out lines (JSONL, HTML left
// unescaped), or nil when there is no --out.
func newJSONL(out io.Writer) *json.Encoder {
	if out == nil {
		return nil
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	return enc
}

// timedAnalyze runs analyze on a GUM document and says how long it took;
// an error names the document.
func timedAnalyze(ctx context.Context, d *GUMDoc, analyze func(context.Context, *GUMDoc) (*model.Article, error)) (*model.Article, time.Duration, error) {
	t0 := time.Now()
	a, err := analyze(ctx, d)
	took := time.Since(t0)
	if err != nil {
		return nil, took, fmt.Errorf("%s: %w", d.ID, err)
	}
	return a, took, nil
}

// QuoteItem is one JSONL line of --out.
type QuoteItem struct {
	Doc            string `json:"doc"`
	GoldStart      int    `json:"gold_start"`
	GoldEnd        int    `json:"gold_end"`
	GoldText       string `json:"gold_text,omitempty"`
	PredStart      int    `json:"pred_start"`
	PredEnd        int    `json:"pred_end"`
	PredText       string `json:"pred_text,omitempty"`
	Match          string `json:"match"` // exact, lenient, missed, spurious
	GoldSpeaker    string `json:"gold_speaker,omitempty"`
	PredSpeaker    string `json:"pred_speaker,omitempty"`
	PredConduit    string `json:"pred_conduit,omitempty"`
	SpeakerCorrect *bool  `json:"speaker_correct,omitempty"`
}

// EvalQuotes runs analyze on each document with xml and scores the direct
// and partial quotes it finds, over all documents and over those with quote
// markup. analyze must fill a.Quotes.
func EvalQuotes(ctx context.Context, docs []*GUMDoc, analyze func(context.Context, *GUMDoc) (*model.Article, error), out io.Writer) (all, marked QuoteScores, err error) {
	sc := &all
	enc := newJSONL(out)
	for _, d := range docs {
		if !d.HasXML {
			continue
		}
		if err := ctx.Err(); err != nil {
			return all, marked, err
		}
		a, elapsed, err := timedAnalyze(ctx, d, analyze)
		if err != nil {
			return all, marked, err
		}
		sc.Docs++
		sc.Elapsed += elapsed
		items := scoreQuoteDoc(d, a, sc)
		if len(d.Quotes)+len(d.Qs) > 0 {
			marked.Docs++
			marked.Elapsed += elapsed
			scoreQuoteDoc(d, a, &marked)
		}
		if enc != nil {
			for _, it := range items {
				if err := enc.Encode(it); err != nil {
					return all, marked, err
				}
			}
		}
	}
	return all, marked, nil
}

type goldQuote struct {
	s, e    int // trimmed byte range
	speaker string
	chain   []string // non-pronoun mention texts of the speaker
}

func scoreQuoteDoc(d *GUMDoc, a *model.Article, sc *QuoteScores) []QuoteItem {
	gold := gumGoldQuotes(d)
	type pq struct {
		s, e int
		q    model.Quote
	}
	var preds []pq
	for _, q := range a.Quotes {
		switch q.Kind {
		case model.QuoteDirect, model.QuotePartial:
			s, e := quoteTrimSpan(a.Text, q.Start, q.End)
			if s < e {
				preds = append(preds, pq{s, e, q})
			}
			if q.Kind == model.QuotePartial {
				sc.Partial++
			}
		case model.QuoteIndirect:
			sc.Indirect++
		}
	}
	sc.Gold += len(gold)
	sc.Pred += len(preds)
	// One-to-one matching, exact first, then by largest overlap.
	gm := make([]int, len(gold))
	pm := make([]int, len(preds))
	for i := range gm {
		gm[i] = -1
	}
	for i := range pm {
		pm[i] = -1
	}
	for gi, g := range gold {
		for pi, p := range preds {
			if pm[pi] < 0 && p.s == g.s && p.e == g.e {
				gm[gi], pm[pi] = pi, gi
				break
			}
		}
	}
	for {
		best, bg, bp := 0.0, -1, -1
		for gi, g := range gold {
			if gm[gi] >= 0 {
				continue
			}
			for pi, p := range preds {
				if pm[pi] >= 0 {
					continue
				}
				ov := min(g.e, p.e) - max(g.s, p.s)
				if ov <= 0 {
					continue
				}
				r := float64(ov) / float64(max(g.e-g.s, p.e-p.s))
				if r >= 0.5 && r > best {
					best, bg, bp = r, gi, pi
				}
			}
		}
		if bg < 0 {
			break
		}
		gm[bg], pm[bp] = bp, bg
	}
	var items []QuoteItem
	for gi, g := range gold {
		it := QuoteItem{Doc: d.ID, GoldStart: g.s, GoldEnd: g.e, GoldText: d.Text[g.s:g.e], PredStart: -1, PredEnd: -1, Match: "missed", GoldSpeaker: g.speaker}
		if pi := gm[gi]; pi >= 0 {
			p := preds[pi]
			it.PredStart, it.PredEnd, it.PredText = p.s, p.e, a.Text[p.s:p.e]
			it.Match = "lenient"
			sc.LenientTP++
			if p.s == g.s && p.e == g.e {
				it.Match = "exact"
				sc.ExactTP++
			}
			if p.q.Speaker != nil {
				it.PredSpeaker = p.q.Speaker.Text
			}
			if p.q.Conduit != nil {
				it.PredConduit = p.q.Conduit.Text
			}
			if g.speaker != "" {
				sc.SpeakerGold++
				ok := p.q.Speaker != nil && SpeakerMatches(p.q.Speaker.Text, g.chain)
				if ok {
					sc.SpeakerRight++
				}
				if p.q.Speaker == nil {
					sc.SpeakerNull++
				}
				it.SpeakerCorrect = &ok
			}
		}
		items = append(items, it)
	}
	for pi, p := range preds {
		if pm[pi] >= 0 {
			continue
		}
		it := QuoteItem{Doc: d.ID, GoldStart: -1, GoldEnd: -1, PredStart: p.s, PredEnd: p.e, PredText: a.Text[p.s:p.e], Match: "spurious"}
		if p.q.Speaker != nil {
			it.PredSpeaker = p.q.Speaker.Text
		}
		items = append(items, it)
	}
	return items
}

// goldQuotes returns the document's gold quotes with their speakers.
func gumGoldQuotes(d *GUMDoc) []goldQuote {
	eduOf := func(tok int) int { // 1-based EDU number holding tok
		n := 0
		for i, s := range d.EDUs {
			if s > tok {
				break
			}
			n = i + 1
		}
		return n
	}
	var out []goldQuote
	prevEnd, prevPara := -1, -1
	var prev *goldQuote
	for _, q := range d.Quotes {
		s, e := d.Toks[q[0]].Start, d.Toks[q[1]-1].End
		// A quotation ends at its closing mark: a few characters annotated
		// after it (a language tag such as `" ((it`) are not quoted.
		if strings.ContainsRune(`"“`, rune(d.Text[s])) {
			if c := strings.LastIndexAny(d.Text[s+1:e], `"”`); c >= 0 && e-(s+1+c) <= 8 {
				e = s + 1 + c
			}
		}
		s, e = quoteTrimSpan(d.Text, s, e)
		if s >= e {
			continue
		}
		g := goldQuote{s: s, e: e}
		lo, hi := eduOf(q[0]), eduOf(q[1]-1)
		bestDist := 1 << 30
		for _, at := range d.Attributions {
			if at.SrcS < 0 || at.Tgt < lo || at.Tgt > hi {
				continue
			}
			dist := min(quoteAbs(at.SrcS-q[0]), quoteAbs(at.SrcS-q[1]))
			if at.SrcS >= q[0] && at.SrcE <= q[1] {
				continue // a source inside the quote speaks within it
			}
			if dist < bestDist {
				bestDist = dist
				g.speaker, g.chain = d.speakerChain(at.SrcS, at.SrcE)
			}
		}
		para := d.Sents[d.Toks[q[0]].Sent].Paragraph
		if g.speaker == "" && prev != nil && prev.speaker != "" && (para == prevPara || para == prevPara+1) && q[0]-prevEnd <= 12 {
			g.speaker, g.chain = prev.speaker, prev.chain
		}
		out = append(out, g)
		prev = &out[len(out)-1]
		prevEnd, prevPara = q[1], para
	}
	return out
}

// speakerChain returns the text of the attribution source and the
// non-pronoun mentions of the entity that best covers it.
func (d *GUMDoc) speakerChain(s, e int) (string, []string) {
	best, bestScore := -1, 0.0
	for i, m := range d.Mentions {
		if m.E <= s || m.S >= e || m.E < 0 {
			continue
		}
		ov := min(m.E, e) - max(m.S, s)
		score := float64(ov) / float64(max(m.E, e)-min(m.S, s))
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	text := d.SpanText(s, e)
	if best < 0 {
		return text, []string{text}
	}
	id := d.Mentions[best].ID
	var chain []string
	for _, m := range d.Mentions {
		if m.ID != id || m.E < 0 {
			continue
		}
		mt := d.SpanText(m.S, m.E)
		if m.E-m.S == 1 && quoteIsPronoun(mt) {
			continue
		}
		chain = append(chain, mt)
	}
	if len(chain) == 0 {
		chain = []string{text}
	}
	return text, chain
}

func quoteAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var quotePronouns = map[string]bool{"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true, "your": true, "he": true, "him": true, "his": true, "she": true, "her": true, "it": true, "its": true, "they": true, "them": true, "their": true, "who": true, "which": true, "that": true, "this": true}

func quoteIsPronoun(w string) bool { return quotePronouns[strings.ToLower(w)] }

// SpeakerMatches says a predicted speaker names one of the chain's
// mentions: whole-word containment either way, or the same final
// capitalised word.
func SpeakerMatches(pred string, chain []string) bool {
	pw := quoteSpeakerWords(pred)
	if len(pw) == 0 {
		return false
	}
	for _, m := range chain {
		mw := quoteSpeakerWords(m)
		if len(mw) == 0 {
			continue
		}
		// Containment either way; a one-word prediction inside a longer
		// mention must be its head ("Rathke", not "State").
		if quoteContainsWords(mw, pw) && (len(pw) > 1 || pw[0] == mw[len(mw)-1]) || quoteContainsWords(pw, mw) && (len(mw) > 1 || mw[0] == pw[len(pw)-1]) {
			return true
		}
		pl, ml := pw[len(pw)-1], mw[len(mw)-1]
		if pl == ml && quoteCapitalised(quoteLastWord(pred)) && quoteCapitalised(quoteLastWord(m)) {
			return true
		}
	}
	return false
}

func quoteLastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func quoteCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// speakerWords lower-cases and splits a name, dropping articles and "'s".
func quoteSpeakerWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for _, w := range f {
		if w == "the" || w == "a" || w == "an" || w == "s" {
			continue
		}
		out = append(out, w)
	}
	return out
}

func quoteContainsWords(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// trimQuoteSpan narrows [s, e) past quotation marks, spaces and edge
// punctuation, so "`" We urge ... at sea "`" and `We urge ... at sea`
// compare equal.
func quoteTrimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		e -= size
	}
	return s, e
}

// WriteQuoteScores prints the figures.
func WriteQuoteScores(w io.Writer, sc QuoteScores) {
	ep, er, ef := prf(sc.ExactTP, sc.Pred, sc.Gold)
	lp, lr, lf := prf(sc.LenientTP, sc.Pred, sc.Gold)
	fmt.Fprintf(w, "documents          %d\n", sc.Docs)
	fmt.Fprintf(w, "gold quotes        %d\npredicted          %d (direct and partial, %d of them partial; %d indirect not scored)\n", sc.Gold, sc.Pred, sc.Partial, sc.Indirect)
	fmt.Fprintf(w, "span exact         P %.3f  R %.3f  F1 %.3f\n", ep, er, ef)
	fmt.Fprintf(w, "span lenient       P %.3f  R %.3f  F1 %.3f   (overlap >= 1/2 of the longer span)\n", lp, lr, lf)
	acc := 0.0
	if sc.SpeakerGold > 0 {
		acc = float64(sc.SpeakerRight) / float64(sc.SpeakerGold)
	}
	fmt.Fprintf(w, "speaker accuracy   %.3f  (%d/%d matched quotes with a gold speaker; %d predicted null)\n", acc, sc.SpeakerRight, sc.SpeakerGold, sc.SpeakerNull)
	if s := sc.Elapsed.Seconds(); s > 0 {
		fmt.Fprintf(w, "speed              %.1f docs/s\n", float64(sc.Docs)/s)
	}
}
