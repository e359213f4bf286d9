package quotes

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// The tokenizer and tagger live in internal/nlp; these tests do not depend
// on its models. They split with the small fallback segmenter (tokens carry
// no POS tags, so the finder guesses them) and mark entities from a list
// kept beside each fixture: every occurrence of a listed name becomes an
// entity of that type, as a tagger and resolver would output.

// entityList reads "TYPE<TAB>name[<TAB>actor_id[<TAB>gender]]" lines.
type entityDef struct{ typ, name, actor, gender string }

func readEntities(t testing.TB, path string) []entityDef {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	defer f.Close()
	var out []entityDef
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		d := entityDef{typ: cols[0], name: cols[1]}
		if len(cols) > 2 {
			d.actor = cols[2]
		}
		if len(cols) > 3 {
			d.gender = cols[3]
		}
		out = append(out, d)
	}
	// Longest names first so "U.S. Forces Korea" wins over "U.S.".
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].name) > len(out[j].name) })
	return out
}

// buildArticle segments text and marks the listed entities.
func buildArticle(text string, ents []entityDef) *model.Article {
	a := &model.Article{Text: text}
	for _, p := range Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, text[p[0]:p[1]])
	}
	a.Sentences = segment.Sentences(text)
	taken := make([]bool, len(text))
	for _, d := range ents {
		for off := 0; ; {
			i := strings.Index(text[off:], d.name)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(d.name)
			off = e
			if s > 0 && isWordByte(text[s-1]) || e < len(text) && isWordByte(text[e]) {
				continue
			}
			free := true
			for k := s; k < e; k++ {
				if taken[k] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			a.Entities = append(a.Entities, model.Entity{Text: d.name, Type: d.typ, Start: s, End: e, ActorID: d.actor, Gender: d.gender, Sentence: segment.SentenceAt(a.Sentences, s)})
		}
	}
	sort.Slice(a.Entities, func(i, j int) bool { return a.Entities[i].Start < a.Entities[j].Start })
	return a
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func newFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// describe prints quotes one per line for golden files and failure output.
func describe(qs []model.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(quoteLine(q, clip(q.Text, 60)) + "\n")
	}
	return b.String()
}

// quoteLine is one quote as the golden and probe files write it: kind |
// text | speaker [actor] | conduit ("[A, B]": a joint speaker's actors), with "-" for a missing speaker or
// conduit, and " | to audience [actor]" when the quote has an audience.
func quoteLine(q model.Quote, text string) string {
	sp, co := "-", "-"
	if q.Speaker != nil {
		sp = q.Speaker.Text
		if q.Speaker.ActorID != "" {
			sp += " [" + q.Speaker.ActorID + "]"
		}
		if len(q.Speaker.ActorIDs) > 0 {
			sp += " [" + strings.Join(q.Speaker.ActorIDs, ", ") + "]" // a joint speaker's actors
		}
	}
	if q.Conduit != nil {
		co = q.Conduit.Text
	}
	line := q.Kind + " | " + text + " | " + sp + " | " + co
	if q.Audience != nil {
		line += " | to " + q.Audience.Text
		if q.Audience.ActorID != "" {
			line += " [" + q.Audience.ActorID + "]"
		}
	}
	return line
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
