package eval

import (
	"bufio"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// This file reads the GUM corpus (github.com/amir-zeldes/gum) as laid out
// in ../shared/data/gum: dep/*.conllu (tokens, Penn tags, paragraphs,
// entities with coreference ids, RST discourse relations with attribution
// signals, human summaries in the metadata) and, for the news and
// interview documents, xml/*.xml (the same tokens with <quote> and <q>
// markup).

// GUMDoc is one GUM document rebuilt as plain text with gold annotation.
type GUMDoc struct {
	ID      string
	Genre   string
	Title   string
	Summary string // the human summary (summary1), without its "(human1)" tag
	Text    string
	Paras   []string
	Sents   []model.Sentence // gold sentences and tokens (Penn tags), offsets into Text
	Toks    []GUMToken
	// Mentions are entity mentions; mentions sharing ID corefer.
	Mentions []GUMMention
	// Attributions are RST attribution relations with their source span.
	Attributions []GUMAttribution
	// EDUs holds the first token of each discourse unit, in order.
	EDUs []int
	// Quotes are <quote> spans (adjacent ones merged), Qs are <q> spans,
	// both as token ranges [start, end). Nil when the document has no xml.
	Quotes [][2]int
	Qs     [][2]int
	HasXML bool
	// Created is the document's creation date (meta::dateCreated), the
	// anchor its relative dates were normalised against; zero when absent.
	Created time.Time
	// Dates are the <date> spans of GUM's TEI markup with their values.
	Dates []GUMDate
	// Times are the <time> spans (token ranges [start, end)): GUM marks
	// a clock time ("15:11 GMT", "9 am") as a time, apart from dates.
	Times [][2]int
	// openTimes are the indexes into Times of unclosed <time>s while the
	// document is read.
	openTimes []int
}

// GUMDate is a <date> element: a token range [S, E) and its normalised
// value, either When ("2017-07-21", "1984", "--10") or a range From-To, or
// only open bounds (NotBefore, NotAfter).
type GUMDate struct {
	S, E                int
	When, From, To      string
	NotBefore, NotAfter string
}

// GUMToken is one word token with its byte range in Text.
type GUMToken struct {
	Text       string
	Start, End int
	POS        string
	Sent       int
}

// GUMMention is an entity mention: token range, coreference id, type.
type GUMMention struct {
	ID   string
	Type string
	S, E int
	// Identity is the English Wikipedia title of a named entity
	// ("United_Kingdom", "Durham%2C_England"), "" for others.
	Identity string
}

// GUMAttribution is an RST attribution relation: the attributing unit
// (e.g. "the spokesman said") points at the attributed one, and the
// attribution-source signal gives the speaker's tokens.
type GUMAttribution struct {
	Src, Tgt   int // EDU numbers (1-based as in GUM)
	SrcS, SrcE int // speaker token range [SrcS, SrcE), -1 when not signalled
	Positive   bool
}

var (
	reDiscourse = regexp.MustCompile(`(attribution-(?:positive|negative)):(\d+)->(\d+):[^;|]*`)
	reAtsrc     = regexp.MustCompile(`sem-atsrc-([0-9,\-]+)-_`)
	reEDU       = regexp.MustCompile(`Discourse=[^:]+:(\d+)`)
)

// LoadGUM reads every document in dir/dep whose genre is in genres (all
// when empty), adding xml quote markup where dir/xml has the document.
func LoadGUM(dir string, genres ...string) ([]*GUMDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dep", "*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no GUM conllu files in %s/dep", dir)
	}
	sort.Strings(files)
	want := map[string]bool{}
	for _, g := range genres {
		want[g] = true
	}
	var docs []*GUMDoc
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".conllu")
		parts := strings.SplitN(id, "_", 3)
		if len(parts) < 3 {
			continue
		}
		if len(want) > 0 && !want[parts[1]] {
			continue
		}
		d, err := readConllu(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		d.ID, d.Genre = id, parts[1]
		xml := filepath.Join(dir, "xml", id+".xml")
		if _, err := os.Stat(xml); err == nil {
			if err := d.readXMLQuotes(xml); err != nil {
				return nil, fmt.Errorf("%s: %w", xml, err)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func readConllu(path string) (*GUMDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &GUMDoc{}
	var b strings.Builder
	var para strings.Builder
	flushPara := func() {
		if para.Len() > 0 {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			d.Paras = append(d.Paras, para.String())
			b.WriteString(para.String())
			para.Reset()
		}
	}
	// Offsets are computed when the paragraph is placed; keep tokens with
	// paragraph-relative offsets and shift at flush.
	type pending struct{ tok, sent int }
	var inPara []pending
	var paraSents []int
	placePara := func() {
		base := b.Len()
		if para.Len() > 0 && b.Len() > 0 {
			base += 2
		}
		for _, p := range inPara {
			d.Toks[p.tok].Start += base
			d.Toks[p.tok].End += base
		}
		for _, s := range paraSents {
			d.Sents[s].Start += base
			d.Sents[s].End += base
		}
		inPara, paraSents = nil, nil
		flushPara()
	}
	open := map[string][]int{} // entity id -> stack of open mention starts
	var openDates []int        // indexes into d.Dates of unclosed <date>s
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	mwtEnd, mwtNoSpace := 0, false
	var noSpace []bool // SpaceAfter=No per token
	sentStart := -1
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newpar"):
			if strings.HasPrefix(line, "# newpar_block") {
				continue
			}
			placePara()
		case strings.HasPrefix(line, "# meta::summary1 = "):
			d.Summary = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "# meta::summary1 = "), "(human1)"))
		case strings.HasPrefix(line, "# meta::dateCreated = "):
			if t, err := time.Parse("2006-01-02", strings.TrimSpace(strings.TrimPrefix(line, "# meta::dateCreated = "))); err == nil {
				d.Created = t
			}
		case strings.HasPrefix(line, "# meta::title = "):
			d.Title = strings.TrimPrefix(line, "# meta::title = ")
		case strings.HasPrefix(line, "#"):
		case line == "":
			if sentStart >= 0 {
				si := len(d.Sents)
				s := model.Sentence{Index: si, Paragraph: len(d.Paras), Start: d.Toks[sentStart].Start, End: d.Toks[len(d.Toks)-1].End}
				for k := sentStart; k < len(d.Toks); k++ {
					d.Toks[k].Sent = si
				}
				d.Sents = append(d.Sents, s)
				paraSents = append(paraSents, si)
				sentStart = -1
			}
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 10 {
				continue
			}
			if strings.Contains(cols[0], ".") {
				continue // empty node
			}
			if lo, hi, ok := strings.Cut(cols[0], "-"); ok {
				_ = lo
				z, _ := strconv.Atoi(hi)
				mwtEnd, mwtNoSpace = z, strings.Contains(cols[9], "SpaceAfter=No")
				continue
			}
			n, _ := strconv.Atoi(cols[0])
			ti := len(d.Toks)
			if para.Len() > 0 && !(ti > 0 && noSpace[ti-1]) {
				para.WriteByte(' ')
			}
			start := para.Len()
			para.WriteString(cols[1])
			ns := strings.Contains(cols[9], "SpaceAfter=No")
			if n < mwtEnd {
				ns = true
			} else if n == mwtEnd {
				ns = mwtNoSpace
				mwtEnd = 0
			}
			noSpace = append(noSpace, ns)
			d.Toks = append(d.Toks, GUMToken{Text: cols[1], Start: start, End: para.Len(), POS: cols[4]})
			inPara = append(inPara, pending{tok: ti})
			if sentStart < 0 {
				sentStart = ti
			}
			d.parseMisc(cols[9], ti, open)
			d.parseDates(cols[9], ti, &openDates)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	placePara()
	d.Text = b.String()
	// Fill sentence texts and tokens.
	for si := range d.Sents {
		s := &d.Sents[si]
		s.Text = d.Text[s.Start:s.End]
	}
	for _, t := range d.Toks {
		d.Sents[t.Sent].Tokens = append(d.Sents[t.Sent].Tokens, model.Token{Text: t.Text, Start: t.Start, End: t.End, POS: t.POS})
	}
	return d, nil
}

// reDateAttr reads one attribute of a <date> tag as CoNLL-U MISC writes it
// (`when:::"2017-07-21"`).
var reDateAttr = regexp.MustCompile(`(when|from|to|notBefore|notAfter):::"([^"]*)"`)

// parseDates reads <date> and <time> tags from the XML= field of MISC: the
// tags before the token open at it, "</date>" ("</time>") closes the latest
// open one after it.
func (d *GUMDoc) parseDates(misc string, ti int, open *[]int) {
	for _, field := range strings.Split(misc, "|") {
		xml, ok := strings.CutPrefix(field, "XML=")
		if !ok {
			continue
		}
		for xml != "" {
			i := strings.IndexByte(xml, '<')
			if i < 0 {
				break
			}
			j := strings.IndexByte(xml[i:], '>')
			if j < 0 {
				break
			}
			tag := xml[i+1 : i+j]
			xml = xml[i+j+1:]
			switch {
			case tag == "/time":
				if n := len(d.openTimes); n > 0 {
					d.Times[d.openTimes[n-1]][1] = ti + 1
					d.openTimes = d.openTimes[:n-1]
				}
			case strings.HasPrefix(tag, "time ") || tag == "time":
				d.openTimes = append(d.openTimes, len(d.Times))
				d.Times = append(d.Times, [2]int{ti, -1})
			case tag == "/date":
				if n := len(*open); n > 0 {
					d.Dates[(*open)[n-1]].E = ti + 1
					*open = (*open)[:n-1]
				}
			case strings.HasPrefix(tag, "date ") || tag == "date":
				g := GUMDate{S: ti, E: -1}
				for _, m := range reDateAttr.FindAllStringSubmatch(tag, -1) {
					switch m[1] {
					case "when":
						g.When = m[2]
					case "from":
						g.From = m[2]
					case "to":
						g.To = m[2]
					case "notBefore":
						g.NotBefore = m[2]
					case "notAfter":
						g.NotAfter = m[2]
					}
				}
				*open = append(*open, len(d.Dates))
				d.Dates = append(d.Dates, g)
			}
		}
	}
}

// parseMisc reads entity brackets and discourse relations from MISC.
func (d *GUMDoc) parseMisc(misc string, ti int, open map[string][]int) {
	for _, field := range strings.Split(misc, "|") {
		switch {
		case strings.HasPrefix(field, "Entity="):
			v := strings.TrimPrefix(field, "Entity=")
			for i := 0; i < len(v); {
				switch {
				case v[i] == '(':
					j := i + 1
					for j < len(v) && v[j] != '(' && v[j] != ')' {
						j++
					}
					// GRP-etype-infstat-salience-centering-minspan-link-identity;
					// the identity may itself hold hyphens.
					parts := strings.Split(v[i+1:j], "-")
					id, typ, identity := parts[0], "", ""
					if len(parts) > 1 {
						typ = parts[1]
					}
					if len(parts) > 7 {
						identity = strings.Join(parts[7:], "-")
					}
					if j < len(v) && v[j] == ')' {
						d.Mentions = append(d.Mentions, GUMMention{ID: id, Type: typ, S: ti, E: ti + 1, Identity: identity})
						j++
					} else {
						open[id] = append(open[id], len(d.Mentions))
						d.Mentions = append(d.Mentions, GUMMention{ID: id, Type: typ, S: ti, E: -1, Identity: identity})
					}
					i = j
				default:
					j := i
					for j < len(v) && v[j] != ')' && v[j] != '(' {
						j++
					}
					id := v[i:j]
					if st := open[id]; len(st) > 0 {
						d.Mentions[st[len(st)-1]].E = ti + 1
						open[id] = st[:len(st)-1]
					}
					if j < len(v) && v[j] == ')' {
						j++
					}
					i = j
				}
			}
		case strings.HasPrefix(field, "Discourse="):
			if m := reEDU.FindStringSubmatch(field); m != nil {
				d.EDUs = append(d.EDUs, ti)
			}
			for _, m := range reDiscourse.FindAllStringSubmatch(field, -1) {
				src, _ := strconv.Atoi(m[2])
				tgt, _ := strconv.Atoi(m[3])
				a := GUMAttribution{Src: src, Tgt: tgt, SrcS: -1, SrcE: -1, Positive: strings.HasSuffix(m[1], "positive")}
				if s := reAtsrc.FindStringSubmatch(m[0]); s != nil {
					lo, hi := 1<<30, -1
					for _, part := range strings.Split(s[1], ",") {
						a1, b1, ok := strings.Cut(part, "-")
						x, _ := strconv.Atoi(a1)
						y := x
						if ok {
							y, _ = strconv.Atoi(b1)
						}
						lo, hi = min(lo, x), max(hi, y)
					}
					a.SrcS, a.SrcE = lo-1, hi // 1-based inclusive -> 0-based half-open
				}
				d.Attributions = append(d.Attributions, a)
			}
		}
	}
}

// readXMLQuotes reads <quote> and <q> spans from the xml twin of the
// document: the same word tokens, one per line, between tags.
func (d *GUMDoc) readXMLQuotes(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	d.HasXML = true
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	ti := 0
	var qStack, quoteStack []int
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "<") && !strings.Contains(line, "\t") {
			switch {
			case strings.HasPrefix(line, "<quote"):
				quoteStack = append(quoteStack, ti)
			case line == "</quote>":
				if n := len(quoteStack); n > 0 {
					if n == 1 && ti > quoteStack[0] {
						d.Quotes = append(d.Quotes, [2]int{quoteStack[0], ti})
					}
					quoteStack = quoteStack[:n-1]
				}
			case line == "<q>" || strings.HasPrefix(line, "<q "):
				qStack = append(qStack, ti)
			case line == "</q>":
				if n := len(qStack); n > 0 {
					if ti > qStack[n-1] {
						d.Qs = append(d.Qs, [2]int{qStack[n-1], ti})
					}
					qStack = qStack[:n-1]
				}
			}
			continue
		}
		word, _, _ := strings.Cut(line, "\t")
		word = html.UnescapeString(word)
		if ti >= len(d.Toks) || d.Toks[ti].Text != word {
			got := ""
			if ti < len(d.Toks) {
				got = d.Toks[ti].Text
			}
			return fmt.Errorf("xml token %d %q does not match conllu token %q", ti, word, got)
		}
		ti++
	}
	if err := sc.Err(); err != nil {
		return err
	}
	// Merge quotes that touch: GUM splits one quotation at a sentence
	// boundary when it started inside a sentence.
	var merged [][2]int
	for _, q := range d.Quotes {
		if n := len(merged); n > 0 && merged[n-1][1] == q[0] {
			merged[n-1][1] = q[1]
			continue
		}
		merged = append(merged, q)
	}
	d.Quotes = merged
	return nil
}

// Article returns the document as an article with text and paragraphs
// only, for a pipeline that does its own sentence splitting and tagging.
func (d *GUMDoc) Article() *model.Article {
	a := &model.Article{Source: "gum:" + d.ID, Title: d.Title, Text: d.Text, Paragraphs: append([]string(nil), d.Paras...)}
	if !d.Created.IsZero() {
		created := d.Created
		a.Published = &created
	}
	return a
}

// GoldArticle returns the document with GUM's own sentences and Penn tags,
// to measure a stage apart from the tokenizer and tagger.
func (d *GUMDoc) GoldArticle() *model.Article {
	a := d.Article()
	a.Sentences = make([]model.Sentence, len(d.Sents))
	copy(a.Sentences, d.Sents)
	return a
}

// SpanText returns the text of token range [s, e).
func (d *GUMDoc) SpanText(s, e int) string {
	if s >= e || e > len(d.Toks) {
		return ""
	}
	return d.Text[d.Toks[s].Start:d.Toks[e-1].End]
}
