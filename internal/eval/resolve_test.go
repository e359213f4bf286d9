package eval

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

func TestEvalResolveFixture(t *testing.T) {
	docs, err := LoadGUM("testdata/gum")
	if err != nil {
		t.Fatal(err)
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, m := range docs[0].Mentions {
		titles = append(titles, m.Identity)
	}
	if got := strings.Join(titles, ","); got != ",Seoul,Pyongyang,Narnia" {
		t.Fatalf("identities %q", got)
	}
	d := docs[0]
	at := func(name string) (int, int) {
		i := strings.Index(d.Text, name)
		return i, i + len(name)
	}
	ent := func(name, actor string) model.Entity {
		s, e := at(name)
		return model.Entity{Text: name, Start: s, End: e, ActorID: actor}
	}
	// Seoul as its government (metonymy: right), Pyongyang as China
	// (wrong), Narnia, which no actor is named by, as Britain (wrong,
	// outside the knowledge base), and an article-made actor (not scored).
	analyze := func(ctx context.Context, d *GUMDoc) (*model.Article, error) {
		a := d.Article()
		a.Entities = []model.Entity{ent("Seoul", "KOR"), ent("Pyongyang", "CHN"), ent("Narnia", "GBR"), ent("Officials", "doc:org:officials")}
		return a, nil
	}
	sc, err := EvalResolve(context.Background(), docs, k, analyze, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Linked != 3 || sc.Right != 1 || sc.OutsideKB != 1 || sc.Gold != 2 || sc.Found != 1 {
		t.Errorf("scores %+v", sc)
	}
	// A name inside a longer entity: "Seoul" of "Officials in Seoul" taken
	// as one organisation of Korea is missed, nested, with its country.
	analyze = func(ctx context.Context, d *GUMDoc) (*model.Article, error) {
		a := d.Article()
		e := ent("Officials in Seoul", "doc:org:officials_in_seoul")
		e.Country = "KOR"
		a.Entities = []model.Entity{e}
		return a, nil
	}
	sc, err = EvalResolve(context.Background(), docs, k, analyze, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Found != 0 || sc.Nested != 1 || sc.NestedCountry != 1 {
		t.Errorf("nested: scores %+v", sc)
	}
	for _, c := range []struct {
		title, typ string
		want       string // an actor the title must name; "" for none
		not        string // an actor it must not name
	}{
		{"Tulsa%2C_Oklahoma", "place", "city:USA:tulsa", ""},
		{"Evanston%2C_Illinois", "place", "town:USA:evanston", ""},
		// The qualifier's country: not the larger Durham of the U.S.
		{"Durham%2C_England", "place", "", "city:USA:durham"},
		{"Durham%2C_North_Carolina", "place", "city:USA:durham", ""},
		// The qualifier's state: the place of the name in that state,
		// not the larger one the name alone is or a namesake town of
		// another state (the towns table's Cambridge is Maryland's).
		{"Portland%2C_Maine", "place", "city:USA:portland_me", "city:USA:portland"},
		{"Portland%2C_Oregon", "place", "city:USA:portland", "city:USA:portland_me"},
		{"Cambridge%2C_Massachusetts", "place", "city:USA:cambridge_ma", "town:USA:cambridge"},
		{"Cambridge%2C_Maryland", "place", "town:USA:cambridge", "city:USA:cambridge_ma"},
		// A name cities of several countries share: the qualifier's
		// country's city; the bare title names none of them.
		{"Richmond%2C_British_Columbia", "place", "city:CAN:richmond", "city:USA:richmond_va"},
		{"Cambridge%2C_England", "place", "city:GBR:cambridge", "city:CAN:cambridge"},
		{"Richmond%2C_Virginia", "place", "city:USA:richmond_va", "city:CAN:richmond"},
		{"Richmond", "place", "", "city:CAN:richmond"},
		{"Richmond", "place", "", "city:USA:richmond_va"},
		// A person is no town of the same name.
		{"Jerome", "person", "", "town:USA:jerome"},
		{"Jerome", "place", "town:USA:jerome", ""},
		{"Mikhail_Gorbachev", "person", "person:mikhail_gorbachev", ""},
	} {
		ids := mentionActors(k, c.title, c.typ)
		if c.want != "" && !ids[c.want] {
			t.Errorf("%s (%s) names %v, want %s", c.title, c.typ, setList(ids), c.want)
		}
		if c.not != "" && ids[c.not] {
			t.Errorf("%s (%s) names %v, not %s", c.title, c.typ, setList(ids), c.not)
		}
	}
}
