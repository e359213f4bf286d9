package resolve

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// The real tagger lives in internal/nlp; these tests must not depend on its
// model, so they tag entities with a crude stand-in: maximal runs of
// capitalised words (joined by "of", "'s", "'" and inner hyphens), typed by
// the knowledge base, with unknown multiword names taken as persons (or
// organisations when the last word says so) and single unknown words kept
// only when they repeat a word of an earlier person. It imitates what a
// tagger outputs; the resolver is what is under test.

var notNameStart = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "his": true, "her": true, "their": true,
	"but": true, "and": true, "also": true, "while": true, "when": true, "instead": true, "according": true,
	"in": true, "on": true, "at": true, "our": true, "next": true, "this": true, "that": true, "as": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "editor's": true,
	"saying": true, "stressing": true, "they": true, "we": true, "i": true, "after": true, "both": true,
}

var orgLast = map[string]bool{"committee": true, "agency": true, "ministry": true, "party": true, "army": true,
	"council": true, "department": true, "forces": true, "command": true, "office": true, "war": true,
	"peninsula": true, "picks": true, "assembly": true, "corporation": true, "bank": true}

func standInEntities(t testing.TB, k *kb.KB, art *model.Article) {
	t.Helper()
	text := art.Text
	toks := tokenize(text)
	// Sentences: split after ., ! or ? tokens (abbreviations keep their
	// periods inside the word token) and at blank lines.
	art.Sentences = nil
	start := 0
	for i, tk := range toks {
		p := text[tk.start:tk.end]
		end := p == "." || p == "!" || p == "?"
		if !end && i+1 < len(toks) && strings.Contains(text[tk.end:int(toks[i+1].start)], "\n\n") {
			end = true
		}
		if end || i == len(toks)-1 {
			art.Sentences = append(art.Sentences, model.Sentence{Index: len(art.Sentences), Start: start, End: int(tk.end),
				Text: text[start:tk.end]})
			if i+1 < len(toks) {
				start = int(toks[i+1].start)
			}
		}
	}
	sentOf := func(off int) int {
		for _, s := range art.Sentences {
			if off < s.End {
				return s.Index
			}
		}
		return 0
	}
	var persons [][]string
	art.Entities = nil
	// A first line without final punctuation is a title-case headline.
	firstLine, _, _ := strings.Cut(text, "\n")
	headEnd := -1
	if !strings.ContainsAny(strings.TrimSpace(firstLine[max(0, len(firstLine)-1):]), ".!?") {
		headEnd = len(firstLine)
	}
	for i := 0; i < len(toks); i++ {
		headline := int(toks[i].start) < headEnd
		if !toks[i].upper || notNameStart[toks[i].norm] && !(i+1 < len(toks) && toks[i+1].upper && toks[i].norm == "the" && false) {
			continue
		}
		j := i
		for j+1 < len(toks) {
			n := toks[j+1]
			p := text[n.start:n.end]
			switch {
			case n.upper && int(n.start) <= int(toks[j].end)+1 && !strings.Contains(text[int(toks[j].end):int(n.start)], "\n"):
				j++
				continue
			case (n.norm == "of" || n.norm == "'s" || p == "'" || p == "’") && j+2 < len(toks) && toks[j+2].upper:
				j += 2
				continue
			case p == "-" && int(n.start) == int(toks[j].end) && j+2 < len(toks) && int(toks[j+2].start) == int(n.end) && toks[j+2].norm != "":
				j += 2
				continue
			}
			break
		}
		s, e := int(toks[i].start), int(toks[j].end)
		// "China's Xi": a possessive after a known name ends the name.
		for x := i; x < j; x++ {
			if toks[x+1].norm == "'s" && k.HasAlias(kb.Normalize(text[s:int(toks[x].end)])) {
				e, j = int(toks[x].end), x
				break
			}
		}
		span := text[s:e]
		if strings.ContainsAny(span, "0123456789") {
			i = j
			continue
		}
		if headline && j > i {
			// Title case: tag known words one by one.
			j = i
			e = int(toks[i].end)
			span = text[s:e]
		}
		key := kb.Normalize(cleanName(span))
		typ := ""
		if c := k.LookupNorm(key, time.Time{}); len(c) > 0 {
			switch c[0].Type {
			case kb.TypePerson:
				typ = model.EntityPerson
			case kb.TypeOrganisation:
				typ = model.EntityOrg
			case kb.TypeCountry:
				typ = model.EntityGPE
			case kb.TypePlace:
				typ = model.EntityGPE
				if strings.HasPrefix(c[0].ID, "loc:") {
					typ = model.EntityLoc
				}
			}
		} else if _, ok := k.DemonymNorm(key); ok {
			typ = model.EntityNORP
		} else if words := strings.Fields(key); len(words) > 1 && strings.Contains(span, "-") && k.HasAlias(kb.Normalize(span[:strings.Index(span, "-")])) {
			typ = model.EntityGPE // "China-DPRK", "U.S.-led"
		} else if len(words) > 1 {
			typ = model.EntityPerson
			if orgLast[words[len(words)-1]] {
				typ = model.EntityOrg
			}
			if typ == model.EntityPerson && !headline {
				persons = append(persons, words)
			}
		} else if len(k.Surname(key)) > 0 {
			typ = model.EntityPerson
		} else {
			for _, p := range persons {
				if p[len(p)-1] == key {
					typ = model.EntityPerson
				}
			}
		}
		if typ != "" {
			art.Entities = append(art.Entities, model.Entity{Text: span, Type: typ, Sentence: sentOf(s), Start: s, End: e})
		}
		i = j
	}
}

func article(text, published string) *model.Article {
	art := &model.Article{Text: text}
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			panic(err)
		}
		art.Published = &t
	}
	return art
}

func newStage(t testing.TB) *Stage {
	t.Helper()
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(k)
}

// mentions returns the entities whose text contains word as a whole word.
func mentions(art *model.Article, word string) []model.Entity {
	var out []model.Entity
	for _, e := range art.Entities {
		for _, f := range strings.Fields(cleanName(e.Text)) {
			if f == word {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// roleHolder resolves text (published on the day given, "" for none) with
// the entities ents, each given by its text and type, standing in for the
// tagger's, and returns the actor the role mention whose text is role
// resolved to, "" for none.
func roleHolder(t testing.TB, s *Stage, text, published string, ents []ent, role string) string {
	t.Helper()
	got := ""
	for _, e := range resolveGiven(t, s, text, published, ents).Entities {
		if e.Type == EntityRole && e.Text == role {
			got = e.ActorID
		}
	}
	return got
}

// resolveGiven resolves text (published on the day given, "" for none)
// with the stand-in tagger's sentences and tokens and exactly the entities
// ents, each in the sentence it starts in: the entities as a tagger gives
// them, a place it missed left out.
func resolveGiven(t testing.TB, s *Stage, text, published string, ents []ent) *model.Article {
	t.Helper()
	art := article(text, published)
	standInEntities(t, s.kb, art)
	art.Entities = nil
	for _, e := range ents {
		en := entity(art, e.text, e.typ, 0)
		for _, st := range art.Sentences {
			if en.Start >= st.Start && en.Start < st.End {
				en.Sentence = st.Index
			}
		}
		art.Entities = append(art.Entities, en)
	}
	s.Resolve(art)
	return art
}

// checkPersonLink fails t unless every person mention of art whose text is
// person links to the actor want ("" for none: an id the article made up,
// "doc:...", counts as none), and stops t when there is no such mention.
func checkPersonLink(t *testing.T, art *model.Article, person, want string) {
	t.Helper()
	found := false
	for _, e := range art.Entities {
		if e.Type != model.EntityPerson || e.Text != person {
			continue
		}
		found = true
		got := e.ActorID
		if strings.HasPrefix(got, "doc:") {
			got = ""
		}
		if got != want {
			t.Errorf("%s -> %q (%s), want %q", e.Text, e.ActorID, e.Country, want)
		}
	}
	if !found {
		t.Fatalf("no person mention %q in %v", person, art.Entities)
	}
}

// checkMention fails t unless every mention of art whose text is text has
// the country and sector given and, when id is not "", links to id; it
// stops t when there is no such mention.
func checkMention(t *testing.T, art *model.Article, text, id, country, sector string) {
	t.Helper()
	found := false
	for _, e := range art.Entities {
		if e.Text != text {
			continue
		}
		found = true
		if e.Country != country || e.Sector != sector || id != "" && e.ActorID != id {
			t.Errorf("%s -> %q country %q sector %q, want %q %q %q", e.Text, e.ActorID, e.Country, e.Sector, id, country, sector)
		}
	}
	if !found {
		t.Fatalf("%s not among the entities %+v", text, art.Entities)
	}
}

// mentionActor is the actor id of art's last mention whose text is text.
func mentionActor(art *model.Article, text string) string {
	got := ""
	for _, e := range art.Entities {
		if e.Text == text {
			got = e.ActorID
		}
	}
	return got
}

// personsNamed returns the article's person entities whose text is name,
// and stops the test when there is none, so that a check of their country
// or sector cannot pass by finding nothing to check.
func personsNamed(t testing.TB, art *model.Article, name string) []model.Entity {
	t.Helper()
	var ps []model.Entity
	for _, e := range art.Entities {
		if e.Type == model.EntityPerson && e.Text == name {
			ps = append(ps, e)
		}
	}
	if len(ps) == 0 {
		t.Fatalf("no person %q in %v", name, art.Entities)
	}
	return ps
}
