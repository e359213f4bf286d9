package tagger

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp/tagger/corpus"
)

// GUM marks every mention of an entity (nested, with coarse types such as
// person, organization, place) in its MISC column, and links named ones to
// Wikipedia:
//
//	Entity=(3-organization-new-sssss-cf1-5-coref-Afghan_Girls_Robotics_Team
//	Entity=3)
//
// A named entity here is a linked mention whose words are proper nouns
// (a leading "the" dropped, "of"/"and"/"'s" allowed inside), which matches
// CoNLL-style guidelines closely enough to train on.

var gumTypes = map[string]string{
	"person": "PER", "organization": "ORG", "place": "LOC",
	"event": "MISC", "object": "MISC", "abstract": "MISC",
}

type gumMention struct {
	typ, identity string
	start, end    int // token range, end exclusive
}

// gumMentions parses the Entity= annotations of one sentence.
func gumMentions(toks []corpus.UToken) []gumMention {
	type open struct {
		id, typ, identity string
		start             int
	}
	var stack []open
	var out []gumMention
	for i, t := range toks {
		v := ""
		for _, f := range strings.Split(t.Misc, "|") {
			if strings.HasPrefix(f, "Entity=") {
				v = f[len("Entity="):]
			}
		}
		for len(v) > 0 {
			switch {
			case v[0] == '(':
				j := strings.IndexAny(v[1:], "()")
				spec := v[1:]
				if j >= 0 {
					spec = v[1 : 1+j]
				}
				parts := strings.SplitN(spec, "-", 8)
				o := open{id: parts[0], start: i}
				if len(parts) > 1 {
					o.typ = parts[1]
				}
				if len(parts) == 8 {
					o.identity = parts[7]
				}
				v = v[1+len(spec):]
				if strings.HasPrefix(v, ")") {
					// Single-token mention "(id-...)".
					out = append(out, gumMention{o.typ, o.identity, i, i + 1})
					v = v[1:]
					continue
				}
				stack = append(stack, o)
			default:
				j := strings.IndexByte(v, ')')
				if j < 0 {
					v = ""
					break
				}
				id := v[:j]
				v = v[j+1:]
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].id == id {
						o := stack[k]
						out = append(out, gumMention{o.typ, o.identity, o.start, i + 1})
						stack = append(stack[:k], stack[k+1:]...)
						break
					}
				}
			}
		}
	}
	return out
}

// gumNamed returns IOB2 tags for the named entities of a GUM sentence.
func gumNamed(toks []corpus.UToken) []string {
	tags := make([]string, len(toks))
	for i := range tags {
		tags[i] = "O"
	}
	ms := gumMentions(toks)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].end-ms[a].start > ms[b].end-ms[b].start })
	proper := func(p string) bool { return p == "NNP" || p == "NNPS" }
	for _, m := range ms {
		typ, ok := gumTypes[m.typ]
		if !ok || m.identity == "" {
			continue
		}
		s, e := m.start, m.end
		for s < e && (toks[s].XPOS == "DT" || !proper(toks[s].XPOS)) {
			s++
		}
		for e > s && !proper(toks[e-1].XPOS) {
			e--
		}
		if s >= e {
			continue
		}
		ok = true
		for k := s; k < e; k++ {
			switch toks[k].XPOS {
			case "NNP", "NNPS", "IN", "CC", "POS", "HYPH", "CD", "DT":
			default:
				ok = false
			}
			if tags[k] != "O" {
				ok = false // overlaps a longer name
			}
		}
		if !ok {
			continue
		}
		tags[s] = "B-" + typ
		for k := s + 1; k < e; k++ {
			tags[k] = "I-" + typ
		}
	}
	return tags
}

// loadGUMNER reads GUM's named entities as NER training sentences.
func loadGUMNER(dataDir string) ([]TrainSentence, error) {
	files, err := filepath.Glob(filepath.Join(dataDir, "gum", "dep", "*.conllu"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("tagger: no GUM files under %s", dataDir)
	}
	sort.Strings(files)
	var out []TrainSentence
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		us, err := corpus.ReadCoNLLU(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("tagger: %s: %w", f, err)
		}
		for _, u := range us {
			s := TrainSentence{Tags: gumNamed(u.Tokens), Source: "gum", Unannotated: []string{"NORP"}}
			for _, t := range u.Tokens {
				s.Words = append(s.Words, t.Form)
			}
			stripTitles(s.Words, s.Tags)
			out = append(out, s)
		}
	}
	return out, nil
}
