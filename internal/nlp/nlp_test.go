package nlp

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

func article(t testing.TB, path string) *model.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(string(b))
	paras := strings.Split(text, "\n\n")
	return &model.Article{Text: strings.Join(paras, "\n\n"), Paragraphs: paras}
}

func TestSentencesStayInParagraphs(t *testing.T) {
	a := &model.Article{Paragraphs: []string{"Headline Without Stop", "He said so. Then he left", "Mr. Kim arrived. U.S. officials met him."}}
	a.Text = strings.Join(a.Paragraphs, "\n\n")
	got := Sentences(a)
	want := []struct {
		para int
		text string
	}{
		{0, "Headline Without Stop"}, {1, "He said so."}, {1, "Then he left"},
		{2, "Mr. Kim arrived."}, {2, "U.S. officials met him."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %+v, want %d", len(got), got, len(want))
	}
	for i, s := range got {
		if s.Index != i || s.Paragraph != want[i].para || s.Text != want[i].text || a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d = %+v, want paragraph %d %q", i, s, want[i].para, want[i].text)
		}
		for _, tk := range s.Tokens {
			if a.Text[tk.Start:tk.End] != tk.Text {
				t.Errorf("token %q at %d:%d reads %q", tk.Text, tk.Start, tk.End, a.Text[tk.Start:tk.End])
			}
		}
	}
}

func TestParagraphsFallback(t *testing.T) {
	// Paragraphs that do not match Text: blank lines decide.
	a := &model.Article{Text: "One. Two.\n\nThree.", Paragraphs: []string{"something else"}}
	got := Sentences(a)
	if len(got) != 3 || got[2].Paragraph != 1 || got[2].Text != "Three." {
		t.Fatalf("got %+v", got)
	}
}

func TestStageEntities(t *testing.T) {
	st, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := article(t, "testdata/fixture-summit.txt")
	doc := &model.Document{Article: a}
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, e := range a.Entities {
		if a.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q at %d:%d reads %q", e.Text, e.Start, e.End, a.Text[e.Start:e.End])
		}
		if e.Sentence < 0 || e.Sentence >= len(a.Sentences) {
			t.Errorf("entity %q in sentence %d of %d", e.Text, e.Sentence, len(a.Sentences))
		}
		types[e.Text] = e.Type
	}
	if len(types) < 10 {
		t.Errorf("only %d distinct entities found: %v", len(types), types)
	}
	var pos int
	for _, s := range a.Sentences {
		for _, tk := range s.Tokens {
			if tk.POS != "" {
				pos++
			}
		}
	}
	if pos == 0 {
		t.Error("no POS tags")
	}
}

// BenchmarkNLP measures splitting, tokenising and NER (no POS) on a fixture;
// run with GOMAXPROCS=1 (-cpu 1) for the one-core figure.
func BenchmarkNLP(b *testing.B) { benchNLP(b, Config{NoPOS: true}) }

// BenchmarkNLPWithPOS adds the POS tagger.
func BenchmarkNLPWithPOS(b *testing.B) { benchNLP(b, Config{}) }

// benchNLP runs the stage built from cfg on the fixture and reports tokens
// per second of wall clock and of CPU time.
func benchNLP(b *testing.B, cfg Config) {
	st, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	a := article(b, "testdata/fixture-summit.txt")
	ntok := 0
	for _, s := range Sentences(a) {
		ntok += len(s.Tokens)
	}
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		c := *a
		if err := st.Process(context.Background(), &model.Document{Article: &c}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := processCPU() - cpu; d > 0 {
		b.ReportMetric(float64(ntok*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

// TestNoPersonAsPlace tags the shared example article (third-party text,
// read from ../shared, never copied here) and our own fixture, and checks
// that no name the tagger or the knowledge base knows as a person comes out
// as a place.
func TestNoPersonAsPlace(t *testing.T) {
	st, err := New(Config{NoPOS: true})
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	kbPerson := map[string]bool{}
	for _, g := range k.Gazetteer() {
		if g.Type == model.EntityPerson {
			kbPerson[g.Name] = true
			if f := strings.Fields(g.Name); len(f) > 1 {
				kbPerson[f[len(f)-1]] = true
			}
		}
	}
	paths := []string{"testdata/fixture-summit.txt", shared.Path(t, "..", "examples", "newsweek-2021-07-30-xi-kim.txt")}
	for _, p := range paths {
		a := article(t, p)
		if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
			t.Fatal(err)
		}
		person := map[string]bool{}
		for _, e := range a.Entities {
			if e.Type == model.EntityPerson {
				person[e.Text] = true
				if f := strings.Fields(e.Text); len(f) > 1 {
					person[f[len(f)-1]] = true
				}
			}
		}
		for _, e := range a.Entities {
			if (e.Type == model.EntityLoc || e.Type == model.EntityGPE) && (person[e.Text] || kbPerson[e.Text]) {
				t.Errorf("%s: person %q tagged %s at %d", p, e.Text, e.Type, e.Start)
			}
		}
	}
}

// BenchmarkLoad measures loading everything the stage needs (NER and POS
// models, word clusters, knowledge-base gazetteer), once per process in
// production. The kb and clusters are cached after the first iteration.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFixturePersons checks the people in our own fixture article come out
// as whole person names.
func TestFixturePersons(t *testing.T) {
	st, err := New(Config{NoPOS: true})
	if err != nil {
		t.Fatal(err)
	}
	a := article(t, "testdata/fixture-summit.txt")
	if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, e := range a.Entities {
		types[e.Text] = e.Type
	}
	for _, name := range []string{"Moon Jae-in", "Kim Jong Un", "Xi Jinping", "Wendy Sherman"} {
		if types[name] != model.EntityPerson {
			t.Errorf("%s: type %q, want PER (entities %v)", name, types[name], types)
		}
	}
	for _, place := range []string{"Seoul", "Beijing", "Pyongyang"} {
		if ty := types[place]; ty != model.EntityGPE && ty != model.EntityLoc {
			t.Errorf("%s: type %q, want GPE or LOC", place, ty)
		}
	}
}

// TestTagNationalTeams: the pipeline's entities read a country in a team's
// slot in a sports report as the team (an ORG of the sports sector), while
// TagDocument keeps the guidelines' place.
func TestTagNationalTeams(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Sweden beat South Korea 1-0 in their World Cup opener on Monday. The striker scored after the referee checked the video."
	a := &model.Article{Text: text}
	sents := Sentences(a)
	ents := an.Tag(text, sents, false)
	teams := map[string]bool{}
	for _, e := range ents {
		if e.Type == model.EntityOrg && e.Sector == kb.SectorSports {
			teams[e.Text] = true
		}
	}
	if !teams["Sweden"] || !teams["South Korea"] {
		t.Errorf("teams %v, want Sweden and South Korea; entities %+v", teams, ents)
	}
	words := make([][]string, len(sents))
	for i, s := range sents {
		for _, tk := range s.Tokens {
			words[i] = append(words[i], tk.Text)
		}
	}
	if tags := an.TagDocument(words); tags[0][0] != "B-GPE" {
		t.Errorf("TagDocument: Sweden %s, want B-GPE", tags[0][0])
	}
}

// Organisations' names the rules of this package complete, through the
// whole tagger: each text is one document, written for this test, and
// names is its entities as "TYPE:text" (GPE read as LOC).
func TestTagOrganisationNames(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		// "X City" is a club where the document is a sports report and the
		// tagger saw a club, a city where it stands as a place.
		{"Exeter City drew 1-1 with Barnet at home in the league on Saturday. Striker Tom Vale scored for Exeter City before halftime.",
			"ORG:Exeter City|LOC:Barnet|PER:Tom Vale|ORG:Exeter City"},
		{"Leicester City manager Ann Ford said her striker would start against Stoke City on Saturday.",
			"ORG:Leicester City|PER:Ann Ford|ORG:Stoke City"},
		{"The hailstorm hit Carson City and Kansas City on Monday.", "LOC:Carson City|LOC:Kansas City"},
		{"He lives in Jersey City and works in Mexico City.", "LOC:Jersey City|LOC:Mexico City"},
		{"He studied at the University of Nairobi before joining the Reserve Bank of India.",
			"ORG:University of Nairobi|ORG:Reserve Bank of India"},
		{"Carr Futures said the market was calm, and Caldwell Insurance paid the claim.",
			"ORG:Carr Futures|ORG:Caldwell Insurance"},
		{"The Heritage Foundation and the Metropolitan Police disagreed.", "ORG:Heritage Foundation|ORG:Metropolitan Police"},
	} {
		a := &model.Article{Text: c.text}
		var got []string
		for _, e := range an.Tag(c.text, Sentences(a), false) {
			typ := e.Type
			if typ == model.EntityGPE {
				typ = model.EntityLoc
			}
			got = append(got, typ+":"+e.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, g, c.want)
		}
	}
}

// TestTagAfterDateline: the story's first words after a wire dateline are
// tagged as the sentence they are, in the pipeline (Tag) and in
// TagDocument alike: a lone family name there is a person, and no span
// runs across the dash ("UNITED NATIONS - Guterres" is two names).
func TestTagAfterDateline(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string // "TYPE:text" entities the text must have
		not  []string // entities it must not have
	}{
		{"UNITED NATIONS (Reuters) - Guterres said the ceasefire in Gaza must hold.", []string{"PER:Guterres", "GPE:Gaza"}, nil},
		{"UNITED NATIONS - Guterres said the ceasefire in Gaza must hold.", []string{"PER:Guterres"}, []string{"ORG:UNITED NATIONS - Guterres"}},
		// must not: an opening that is no dateline is tagged as before.
		{"Guterres said the ceasefire in Gaza must hold.", []string{"PER:Guterres", "GPE:Gaza"}, nil},
		// A verb the tagger learnt no name from ("told", "warned"): the
		// family name only one known person bears is a person's.
		{"GENEVA (Reuters) - Guterres told the Security Council that the ceasefire in Gaza must hold.", []string{"PER:Guterres", "ORG:Security Council"}, nil},
		{"Guterres warned that aid convoys were being blocked.", []string{"PER:Guterres"}, nil},
		// must not: a modal at the start of a sentence is no family name.
		{"May be the last chance for talks, the minister said.", nil, []string{"PER:May"}},
	} {
		a := &model.Article{Text: c.text}
		sents := Sentences(a)
		got := map[string]bool{}
		for _, e := range an.Tag(c.text, sents, false) {
			got[e.Type+":"+e.Text] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no %s in %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: %s in %v", c.text, w, got)
			}
		}
		words := make([][]string, len(sents))
		for i, s := range sents {
			for _, tk := range s.Tokens {
				words[i] = append(words[i], tk.Text)
			}
		}
		tags := an.TagDocument(words)
		for i, w := range words[0] {
			if w == "Guterres" && tags[0][i] != "B-PER" {
				t.Errorf("TagDocument %q: Guterres %s, want B-PER", c.text, tags[0][i])
			}
		}
	}
}
