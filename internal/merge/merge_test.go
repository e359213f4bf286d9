package merge

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// fixtureDoc reads a testdata article (title on the first line) as an
// analysed document from the given URL, published at the given time, that
// reports one AGREE event between Kestria and Volmark on the given date.
func fixtureDoc(t *testing.T, file, url, published, eventDate string) *model.Document {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(raw), "\n")
	pub, err := time.Parse(time.RFC3339, published)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(body)
	first := strings.SplitN(text, ".", 2)[0]
	return &model.Document{
		Source: file, URL: url, Raw: raw,
		Article: &model.Article{
			Source: file, URL: url, Title: title, Text: text, Published: &pub,
			Actors: []model.ActorRef{{ID: "KST", Name: "Kestria", Type: "country"}},
			Events: []model.Event{{
				ID:     "e1",
				Type:   "AGREE",
				Source: []model.EventActor{{Text: "Kestria's government", ActorID: "KST", Country: "KST"}},
				Target: []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}},
				Date:   eventDate, Precision: model.PrecisionDay,
				QuadClass: 1, Goldstein: 4, Confidence: 1,
				Evidence: []model.Evidence{{Sentence: 0, Text: first, Trigger: "signed"}},
			}},
		},
	}
}

func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "merge.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func applyAll(t *testing.T, s store.Store, docs ...*model.Document) []Outcome {
	t.Helper()
	return applyAllWith(t, s, Options{}, docs...)
}

func applyAllWith(t *testing.T, s store.Store, opts Options, docs ...*model.Document) []Outcome {
	t.Helper()
	var outs []Outcome
	now := time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC)
	err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, d := range docs {
			o, err := Apply(ctx, tx, NewArticle(d, now), opts)
			if err != nil {
				return err
			}
			outs = append(outs, o)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return outs
}

// Three outlets report one accord; a fourth site carries a syndicated copy
// of the first report.
func TestThreeOutletsOneEvent(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	docs := []*model.Document{
		fixtureDoc(t, "harbour-times.txt", "https://www.harbourtimes.example/world/arlen-pact", "2024-05-07T16:30:00Z", "2024-05-07"),
		fixtureDoc(t, "northern-ledger.txt", "https://northernledger.example/2024/05/07/accord", "2024-05-07T11:00:00Z", "2024-05-07"),
		// Written the next day; its own date resolution says Tuesday.
		fixtureDoc(t, "capital-wire.txt", "https://capitalwire.example/n/8812", "2024-05-08T08:00:00Z", "2024-05-07"),
		fixtureDoc(t, "valley-gazette-syndicated.txt", "https://valleygazette.example/wire/accord", "2024-05-07T13:00:00Z", "2024-05-07"),
	}
	outs := applyAll(t, s, docs...)
	if outs[0].NewEvents != 1 || outs[1].Merged != 1 || outs[2].Merged != 1 {
		t.Errorf("outcomes = %+v; want one new event then two merges", outs)
	}
	if outs[3].DuplicateOf != outs[1].ArticleID {
		t.Errorf("syndicated copy: duplicate_of = %d, want %d (the Northern Ledger story)", outs[3].DuplicateOf, outs[1].ArticleID)
	}
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.NumMentions != 3 || e.NumArticles != 3 || e.NumSources != 3 {
		t.Errorf("mentions/articles/sources = %d/%d/%d, want 3/3/3", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if e.EarliestURL != docs[1].URL {
		t.Errorf("earliest report = %s, want %s", e.EarliestURL, docs[1].URL)
	}
	// The resolved party is named as the article's actor list names it,
	// not by the mention ("Kestria's government").
	if e.Type != "AGREE" || e.SourceActor != "KST" || e.SourceName != "Kestria" || e.TargetActor != "VLM" || e.TargetName != "Volmark" || e.Date != "2024-05-07" {
		t.Errorf("event = %+v", e)
	}
	_, ms, err := s.Event(ctx, e.ID)
	if err != nil || len(ms) != 3 {
		t.Fatalf("event mentions = %d, %v", len(ms), err)
	}
	sites := map[string]bool{}
	for _, m := range ms {
		sites[m.Site] = true
		if m.Text == "" {
			t.Errorf("mention without evidence: %+v", m)
		}
	}
	for _, want := range []string{"harbourtimes.example", "northernledger.example", "capitalwire.example"} {
		if !sites[want] {
			t.Errorf("no mention from %s: %v", want, sites)
		}
	}
	dup, err := s.Article(ctx, outs[3].ArticleID)
	if err != nil || dup.DuplicateOf != outs[1].ArticleID {
		t.Errorf("stored duplicate_of = %+v, %v", dup, err)
	}
}

func TestApplyIdempotent(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	d := fixtureDoc(t, "northern-ledger.txt", "https://northernledger.example/a", "2024-05-07T11:00:00Z", "2024-05-07")
	applyAll(t, s, d)
	again := applyAll(t, s, d)
	if !again[0].Skipped {
		t.Errorf("same URL twice: %+v, want skipped", again[0])
	}
	// The same bytes under another URL are the same article too.
	moved := fixtureDoc(t, "northern-ledger.txt", "https://mirror.example/b", "2024-05-07T11:00:00Z", "2024-05-07")
	if o := applyAll(t, s, moved); !o[0].Skipped {
		t.Errorf("same content twice: %+v, want skipped", o[0])
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 1 || st.Events != 1 || st.Mentions != 1 {
		t.Errorf("stats = %+v, %v; want 1 article, 1 event, 1 mention", st, err)
	}
}

func TestEventsNotMerged(t *testing.T) {
	s := openStore(t)
	base := func(file, url string) *model.Document {
		return fixtureDoc(t, file, url, "2024-05-07T11:00:00Z", "2024-05-07")
	}
	a := base("northern-ledger.txt", "https://a.example/1")
	farDate := base("harbour-times.txt", "https://b.example/1") // same actors, two weeks later
	farDate.Article.Events[0].Date = "2024-05-21"
	otherType := base("capital-wire.txt", "https://c.example/1")
	otherType.Article.Events[0].Type = "ASSAULT"
	swapped := base("valley-gazette-syndicated.txt", "https://d.example/1")
	swapped.Raw = append(swapped.Raw, " (distinct bytes)"...)
	swapped.Article.Text = "A different story entirely about Volmark and Kestria."
	// Same directional type as otherType, parties the other way round.
	swapped.Article.Events[0].Type = "ASSAULT"
	swapped.Article.Events[0].Source, swapped.Article.Events[0].Target = swapped.Article.Events[0].Target, swapped.Article.Events[0].Source
	outs := applyAll(t, s, a, farDate, otherType, swapped)
	for i, o := range outs {
		if o.NewEvents != 1 || o.Merged != 0 {
			t.Errorf("doc %d: %+v, want its own event", i, o)
		}
	}
}

func TestSketch(t *testing.T) {
	read := func(f string) string {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	orig, n := Sketch(read("northern-ledger.txt"))
	if n < MinWords {
		t.Fatalf("fixture has %d words", n)
	}
	cp, _ := Sketch(read("valley-gazette-syndicated.txt"))
	other, _ := Sketch(read("harbour-times.txt"))
	if s := Similarity(orig, cp); s < DefaultThreshold {
		t.Errorf("syndicated copy at similarity %.2f, want >= %.2f", s, DefaultThreshold)
	}
	if s := Similarity(orig, other); s > 0.2 {
		t.Errorf("independent report at similarity %.2f, want low", s)
	}
	shared := 0
	ob, cb := orig.Bands(), cp.Bands()
	for i := range ob {
		if ob[i] == cb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("copy shares no LSH band with the original")
	}
	back, ok := ParseSignature(orig.Bytes())
	if !ok || back != orig {
		t.Error("signature does not survive encoding")
	}
	if _, ok := ParseSignature([]byte{1, 2}); ok {
		t.Error("short bytes parsed as a signature")
	}
}

func TestSymmetricTypesIgnoreOrder(t *testing.T) {
	jp := []model.EventActor{{Text: "Japan", ActorID: "JPN"}}
	kr := []model.EventActor{{Text: "South Korea", ActorID: "KOR"}}
	for _, c := range []struct {
		typ  string
		same bool
	}{{"AGREE", true}, {"CONSULT", true}, {"cooperate", true}, {"ACCUSE", false}, {"ASSAULT", false}} {
		a := EventKey(&model.Event{Type: c.typ, Source: jp, Target: kr})
		b := EventKey(&model.Event{Type: c.typ, Source: kr, Target: jp})
		if (a == b) != c.same {
			t.Errorf("%s: keys %q and %q; same = %v, want %v", c.typ, a, b, a == b, c.same)
		}
	}
}

// Outlets name the parties of one event at different granularity, leave a
// side out and choose between neighbouring types; each case is a second
// report on the next day checked against a stored "China accuses the
// Philippines" (or, for symmetric and family cases, the stated first
// report).
func TestMergeAcrossGranularity(t *testing.T) {
	actor := func(text, id, country, sector string) []model.EventActor {
		return []model.EventActor{{Text: text, ActorID: id, Country: country, Sector: sector}}
	}
	china := actor("China", "CHN", "CHN", "")
	phl := actor("the Philippines", "PHL", "PHL", "")
	accuse := model.Event{ID: "e1", Type: "ACCUSE", Source: china, Target: phl, Date: "2024-05-06"}
	for _, c := range []struct {
		name   string
		first  model.Event // zero: accuse
		second model.Event
		merge  bool
	}{
		{name: "same key", second: accuse, merge: true},
		{name: "minister for country", second: model.Event{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl}, merge: true},
		{name: "ministry for country", second: model.Event{Type: "ACCUSE", Source: actor("China's foreign ministry", "CHN.GOV.MFA", "CHN", "government"), Target: phl}, merge: true},
		{name: "country known only by its words", second: model.Event{Type: "ACCUSE", Source: actor("Chinese officials", "", "CHN", ""), Target: phl}, merge: true},
		// A report that leaves a side out fits too many events to say which.
		{name: "no target", second: model.Event{Type: "ACCUSE", Source: china}, merge: false},
		{name: "no source", second: model.Event{Type: "ACCUSE", Target: phl}, merge: false},
		// Nor does it seed an event another outlet's report joins, even by
		// the exact key.
		{name: "no target in either", first: model.Event{Type: "ACCUSE", Source: china}, second: model.Event{Type: "ACCUSE", Source: china}, merge: false},
		{name: "nothing known", second: model.Event{Type: "ACCUSE"}, merge: false},
		{name: "other target country", second: model.Event{Type: "ACCUSE", Source: china, Target: actor("the US", "USA", "USA", "")}, merge: false},
		{name: "other source country", second: model.Event{Type: "ACCUSE", Source: actor("Taiwan", "TWN", "TWN", ""), Target: phl}, merge: false},
		{name: "reversed direction", second: model.Event{Type: "ACCUSE", Source: phl, Target: china}, merge: false},
		{name: "other type", second: model.Event{Type: "ASSAULT", Source: china, Target: phl}, merge: false},
		{name: "a week later", second: model.Event{Type: "ACCUSE", Source: china, Target: phl, Date: "2024-05-14"}, merge: false},
		{
			name:   "two different non-state actors of one country",
			first:  model.Event{Type: "ACCUSE", Source: actor("Chinese state media", "CHN.MED", "CHN", "media"), Target: phl},
			second: model.Event{Type: "ACCUSE", Source: actor("a Chinese opposition group", "CHN.OPP", "CHN", "opposition"), Target: phl},
			merge:  false,
		},
		{
			name:   "government and military of one country",
			first:  model.Event{Type: "ASSAULT", Source: actor("Israel", "ISR.GOV", "ISR", "government"), Target: actor("Hezbollah", "LBN.REB.HEZBOLLAH", "LBN", "rebel")},
			second: model.Event{Type: "ASSAULT", Source: actor("the Israeli military", "ISR.MIL", "ISR", "military"), Target: actor("Lebanon", "LBN", "LBN", "")},
			merge:  true,
		},
		{
			name:   "symmetric type told the other way round, at another granularity",
			first:  model.Event{Type: "CONSULT", Source: actor("Mark Carney", "person:mark_carney", "CAN", "government"), Target: actor("Claudia Sheinbaum", "person:claudia_sheinbaum", "MEX", "government")},
			second: model.Event{Type: "CONSULT", Source: actor("Mexico", "MEX", "MEX", ""), Target: actor("Canada", "CAN", "CAN", "")},
			merge:  true,
		},
		{
			name:   "directed type told the other way round",
			first:  model.Event{Type: "COERCE", Source: actor("Britain", "GBR", "GBR", ""), Target: actor("Russia", "RUS", "RUS", "")},
			second: model.Event{Type: "COERCE", Source: actor("Russia", "RUS", "RUS", ""), Target: actor("Britain", "GBR", "GBR", "")},
			merge:  false,
		},
		{
			name:   "sanctions told as coercion",
			first:  model.Event{Type: "SANCTION", Source: actor("the US Treasury", "USA.GOV.TREAS", "USA", "government"), Target: actor("Iran", "IRN", "IRN", "")},
			second: model.Event{Type: "COERCE", Source: actor("Washington", "USA", "USA", ""), Target: actor("Iran", "IRN", "IRN", "")},
			merge:  true,
		},
		{
			name:   "aid told as support",
			first:  model.Event{Type: "AID", Source: actor("the IMF", "IMF", "IMF", ""), Target: actor("Kenya", "KEN", "KEN", "")},
			second: model.Event{Type: "SUPPORT", Source: actor("the Fund", "IMF", "IMF", ""), Target: actor("Kenya", "KEN", "KEN", "")},
			merge:  true,
		},
		{name: "background event", second: model.Event{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl, Confidence: 0.3}, merge: false},
		{name: "hypothetical event", second: model.Event{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl, Modality: "hypothetical"}, merge: false},
		{name: "a party left implicit", second: model.Event{Type: "ACCUSE", Source: china, Target: phl, Confidence: 0.75}, merge: false},
		// Background that gives no day of its own ("has accused Manila this
		// month") names no one happening; background that gives its day
		// and both actors does (see datedReference).
		{name: "background event as the first report", first: model.Event{Type: "ACCUSE", Source: china, Target: phl, Confidence: 0.45, Date: "2024-05"}, second: accuse, merge: false},
		{name: "background event with its day as the first report", first: model.Event{Type: "ACCUSE", Source: china, Target: phl, Confidence: 0.45}, second: accuse, merge: true},
		{
			name:   "parties known only by words, even the same words",
			first:  model.Event{Type: "PROTEST", Source: actor("protesters", "", "", ""), Target: actor("the government", "", "", "")},
			second: model.Event{Type: "PROTEST", Source: actor("protesters", "", "", ""), Target: actor("the government", "", "", "")},
			merge:  false,
		},
		{name: "denied event", second: model.Event{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl, Polarity: "negated"}, merge: false},
		// Within one country the country by name stands for a part of its
		// state when the other side is the same party.
		{
			name:   "within one country, the country for its police",
			first:  model.Event{Type: "COERCE", Source: actor("Turkish police", "TUR.COP", "TUR", "police"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			second: model.Event{Type: "COERCE", Source: actor("Turkey", "TUR", "TUR", ""), Target: actor("reporters", "TUR.MED", "TUR", "media")},
			merge:  true,
		},
		{
			name:   "within one country, police resolved to the country with its sector, for the country",
			first:  model.Event{Type: "COERCE", Source: actor("Turkey", "TUR", "TUR", ""), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			second: model.Event{Type: "COERCE", Source: actor("Turkish police", "TUR", "TUR", "police"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			merge:  true,
		},
		{
			name:   "a sector mention left without an actor is the sector's actor",
			first:  model.Event{Type: "COERCE", Source: actor("Turkish police", "TUR.COP", "TUR", "police"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			second: model.Event{Type: "COERCE", Source: actor("police", "TUR.COP", "TUR", "police"), Target: actor("reporters", "", "TUR", "media")},
			merge:  true,
		},
		{
			name:   "within one country, two sectors' mentions without actors",
			first:  model.Event{Type: "COERCE", Source: actor("police", "TUR.COP", "TUR", "police"), Target: actor("protesters", "", "TUR", "protester")},
			second: model.Event{Type: "COERCE", Source: actor("police", "TUR.COP", "TUR", "police"), Target: actor("reporters", "", "TUR", "media")},
			merge:  false,
		},
		{
			name:   "within one country, two parts of the state",
			first:  model.Event{Type: "COERCE", Source: actor("the Turkish government", "TUR.GOV", "TUR", "government"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			second: model.Event{Type: "COERCE", Source: actor("Turkish police", "TUR.COP", "TUR", "police"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			merge:  false,
		},
		{
			name:   "within one country, the country for a non-state party",
			first:  model.Event{Type: "ACCUSE", Source: actor("Turkey", "TUR", "TUR", ""), Target: actor("the opposition", "TUR.OPP", "TUR", "opposition")},
			second: model.Event{Type: "ACCUSE", Source: actor("Turkish media", "TUR.MED", "TUR", "media"), Target: actor("the opposition", "TUR.OPP", "TUR", "opposition")},
			merge:  false,
		},
		{
			name:   "within one country, a mention known only by its country for a part of the state",
			first:  model.Event{Type: "COERCE", Source: actor("Turkish police", "TUR.COP", "TUR", "police"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			second: model.Event{Type: "COERCE", Source: actor("Turks", "", "TUR", ""), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			merge:  false,
		},
		{
			name:   "within one country, the country for a stored mention without an actor",
			first:  model.Event{Type: "COERCE", Source: actor("Turkish students", "", "TUR", "civilian"), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			second: model.Event{Type: "COERCE", Source: actor("Turkey", "TUR", "TUR", ""), Target: actor("journalists", "TUR.MED", "TUR", "media")},
			merge:  false,
		},
		{
			name:   "within one country, both sides told differently",
			first:  model.Event{Type: "COERCE", Source: actor("Turkish police", "TUR.COP", "TUR", "police"), Target: actor("the interior ministry", "TUR.GOV", "TUR", "government")},
			second: model.Event{Type: "COERCE", Source: actor("Turkey", "TUR", "TUR", ""), Target: actor("Turkey", "TUR", "TUR", "")},
			merge:  false,
		},
		{
			name:   "within one country, the country for its police acting on people known by country and sector",
			first:  model.Event{Type: "COERCE", Source: actor("Bangladeshi police", "BGD.COP", "BGD", "police"), Target: actor("garment workers", "", "BGD", "labour")},
			second: model.Event{Type: "COERCE", Source: actor("Bangladesh", "BGD", "BGD", ""), Target: actor("workers", "", "BGD", "labour")},
			merge:  true,
		},
		{
			name:   "within one country, the country for its police acting on other people",
			first:  model.Event{Type: "COERCE", Source: actor("Bangladeshi police", "BGD.COP", "BGD", "police"), Target: actor("garment workers", "", "BGD", "labour")},
			second: model.Event{Type: "COERCE", Source: actor("Bangladesh", "BGD", "BGD", ""), Target: actor("students", "", "BGD", "education")},
			merge:  false,
		},
		{
			name:   "within one country, two parts of the state acting on the same people",
			first:  model.Event{Type: "COERCE", Source: actor("Bangladeshi police", "BGD.COP", "BGD", "police"), Target: actor("garment workers", "", "BGD", "labour")},
			second: model.Event{Type: "COERCE", Source: actor("the Bangladeshi army", "BGD.MIL", "BGD", "military"), Target: actor("workers", "", "BGD", "labour")},
			merge:  false,
		},
		{
			name:   "parties without a country need the same words",
			first:  model.Event{Type: "PROTEST", Source: actor("farmers", "", "", "")},
			second: model.Event{Type: "PROTEST", Source: actor("students", "", "", "")},
			merge:  false,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			first := c.first
			if first.Type == "" {
				first = accuse
			}
			first.ID = "e1"
			if first.Confidence == 0 {
				first.Confidence = 0.9
			}
			if first.Date == "" {
				first.Date = "2024-05-06"
			}
			second := c.second
			second.ID = "e1"
			if second.Confidence == 0 {
				second.Confidence = 0.9 // the sentence's own event
			}
			if second.Date == "" {
				second.Date = "2024-05-07"
			}
			s := openStore(t)
			doc := func(url string, ev model.Event) *model.Document {
				pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
				return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{
					URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev},
				}}
			}
			outs := applyAll(t, s, doc("https://a.example/1", first), doc("https://b.example/1", second))
			if got := outs[1].Merged == 1; got != c.merge {
				t.Errorf("merged = %v, want %v (outcomes %+v)", got, c.merge, outs)
			}
		})
	}
}

// Of two stored events a report could join, it joins the one that names
// its parties as it does, not one that merely shares a country.
func TestMergePrefersCloserMatch(t *testing.T) {
	s := openStore(t)
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	doc := func(url string, evs ...model.Event) *model.Document {
		for i := range evs {
			evs[i].ID = fmt.Sprintf("e%d", i+1)
			evs[i].Confidence = 1
			evs[i].Date = "2024-05-07"
		}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	chn := []model.EventActor{{Text: "China", ActorID: "CHN", Country: "CHN"}}
	usa := []model.EventActor{{Text: "the US", ActorID: "USA", Country: "USA"}}
	phl := []model.EventActor{{Text: "Manila", ActorID: "PHL", Country: "PHL"}}
	outs := applyAll(t, s,
		doc("https://a.example/1", model.Event{Type: "ACCUSE", Source: chn, Target: usa}, model.Event{Type: "ACCUSE", Source: chn, Target: phl}),
		doc("https://b.example/1", model.Event{Type: "ACCUSE", Source: chn, Target: phl}))
	if outs[0].NewEvents != 2 || outs[1].Merged != 1 {
		t.Fatalf("outcomes %+v", outs)
	}
	evs, err := s.Events(context.Background(), store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		want := 1
		if e.TargetActor == "PHL" {
			want = 2
		}
		if e.NumArticles != want {
			t.Errorf("event %s->%s has %d articles, want %d", e.SourceActor, e.TargetActor, e.NumArticles, want)
		}
	}
}

// An article that tells one event loosely (a background clause) and
// properly keeps one event for both, and another outlet's report joins it
// whichever sentence came first.
func TestLooseAndProperReportsOfOneArticle(t *testing.T) {
	s := openStore(t)
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	kst := []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}}
	vlm := []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}}
	ev := func(id string, conf float64) model.Event {
		return model.Event{ID: id, Type: "SANCTION", Source: kst, Target: vlm, Date: "2024-05-07", Confidence: conf}
	}
	// The third's background report gives no day (dated by its article):
	// one that did would be a dated reference and join (see
	// datedReference).
	undated := ev("e1", 0.45)
	undated.Date = ""
	doc := func(url string, evs ...model.Event) *model.Document {
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: evs}}
	}
	outs := applyAll(t, s,
		doc("https://a.example/1", ev("e1", 0.45), ev("e2", 1)),
		doc("https://b.example/1", ev("e1", 1)),
		doc("https://c.example/1", undated))
	// The first article's second report shares its own event: no merge
	// across articles (Outcome.Merged).
	if outs[0].NewEvents != 1 || outs[0].Merged != 0 || outs[1].Merged != 1 || outs[2].NewEvents != 1 {
		t.Fatalf("outcomes %+v: want the first article's reports in one event, the second joining it, the third's background report apart", outs)
	}
}

// A merged event is named by the coarsest party its reports share: the
// country as a whole once a report names it so, on the matching side even
// when a symmetric event was told the other way round; a finer report
// joining later does not name it back, and the first party still finds it.
func TestMergedEventNamesTheCountry(t *testing.T) {
	actor := func(text, id, country, sector string) []model.EventActor {
		return []model.EventActor{{Text: text, ActorID: id, Country: country, Sector: sector}}
	}
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	doc := func(url string, ev model.Event) *model.Document {
		ev.ID, ev.Date, ev.Confidence = "e1", "2024-05-07", 1
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{
			URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev},
			Actors: []model.ActorRef{{ID: "CHN", Name: "China"}, {ID: "MEX", Name: "Mexico"}, {ID: "CAN", Name: "Canada"}, {ID: "ISR", Name: "Israel"}},
		}}
	}
	phl := actor("Manila", "PHL", "PHL", "")
	for _, c := range []struct {
		name              string
		reports           []model.Event
		src, srcName, tgt string
		findBy            string
	}{
		{
			name: "minister, then country, then ministry",
			reports: []model.Event{
				{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl},
				{Type: "ACCUSE", Source: actor("Beijing", "CHN", "CHN", ""), Target: phl},
				{Type: "ACCUSE", Source: actor("China's foreign ministry", "CHN.GOV.MFA", "CHN", "government"), Target: phl},
			},
			src: "CHN", srcName: "China", tgt: "PHL", findBy: "person:wang_yi",
		},
		{
			name: "symmetric event told the other way round",
			reports: []model.Event{
				{Type: "CONSULT", Source: actor("Mark Carney", "person:mark_carney", "CAN", "government"), Target: actor("Claudia Sheinbaum", "person:claudia_sheinbaum", "MEX", "government")},
				{Type: "CONSULT", Source: actor("Mexico", "MEX", "MEX", ""), Target: actor("Canada", "CAN", "CAN", "")},
			},
			src: "CAN", srcName: "Canada", tgt: "MEX", findBy: "person:claudia_sheinbaum",
		},
		// Which report is stored first does not decide the name: words
		// and a country give way to the actor of the state a later report
		// names, either way round, and a country named later still wins.
		{
			name: "officials, then minister",
			reports: []model.Event{
				{Type: "ACCUSE", Source: actor("Chinese officials", "", "CHN", ""), Target: phl},
				{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl},
			},
			src: "person:wang_yi", srcName: "Wang Yi", tgt: "PHL", findBy: "person:wang_yi",
		},
		{
			name: "minister, then officials",
			reports: []model.Event{
				{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl},
				{Type: "ACCUSE", Source: actor("Chinese officials", "", "CHN", ""), Target: phl},
			},
			src: "person:wang_yi", srcName: "Wang Yi", tgt: "PHL", findBy: "person:wang_yi",
		},
		{
			name: "officials, then minister, then country",
			reports: []model.Event{
				{Type: "ACCUSE", Source: actor("Chinese officials", "", "CHN", ""), Target: phl},
				{Type: "ACCUSE", Source: actor("Wang Yi", "person:wang_yi", "CHN", "government"), Target: phl},
				{Type: "ACCUSE", Source: actor("Beijing", "CHN", "CHN", ""), Target: phl},
			},
			src: "CHN", srcName: "China", tgt: "PHL", findBy: "person:wang_yi",
		},
		{
			name: "a non-state actor is not its country",
			reports: []model.Event{
				{Type: "ASSAULT", Source: actor("the Israeli military", "ISR.MIL", "ISR", "military"), Target: actor("Hezbollah", "LBN.REB.HEZBOLLAH", "LBN", "rebel")},
				{Type: "ASSAULT", Source: actor("Israel", "ISR", "ISR", ""), Target: actor("Lebanon", "LBN", "LBN", "")},
			},
			src: "ISR", srcName: "Israel", tgt: "LBN.REB.HEZBOLLAH", findBy: "ISR.MIL",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			var docs []*model.Document
			for i, ev := range c.reports {
				docs = append(docs, doc(fmt.Sprintf("https://o%d.example/1", i), ev))
			}
			outs := applyAll(t, s, docs...)
			for i, o := range outs[1:] {
				if o.Merged != 1 {
					t.Fatalf("report %d not merged: %+v", i+1, outs)
				}
			}
			ctx := context.Background()
			evs, err := s.Events(ctx, store.EventQuery{Actor: c.findBy})
			if err != nil || len(evs) != 1 {
				t.Fatalf("events by %s: %v, %v", c.findBy, evs, err)
			}
			if e := evs[0]; e.SourceActor != c.src || e.SourceName != c.srcName || e.TargetActor != c.tgt {
				t.Errorf("event %s (%s) -> %s, want %s (%s) -> %s", e.SourceActor, e.SourceName, e.TargetActor, c.src, c.srcName, c.tgt)
			}
		})
	}
}

// The coder codes a symmetric event both ways round from one sentence ("a
// deal between Kestria and Volmark"): one event and one mention of it. The
// same event told again in another sentence of the article is a second
// mention.
func TestSymmetricPairOfOneSentenceIsOneMention(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	kst := []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}}
	vlm := []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}}
	ev := func(id string, src, tgt []model.EventActor, sentence int) model.Event {
		return model.Event{ID: id, Type: "AGREE", Source: src, Target: tgt, Date: "2024-05-07", Confidence: 1,
			Evidence: []model.Evidence{{Sentence: sentence, Text: fmt.Sprintf("sentence %d", sentence), Trigger: "deal"}}}
	}
	doc := &model.Document{URL: "https://a.example/deal", Raw: []byte("deal"), Article: &model.Article{
		URL: "https://a.example/deal", Title: "t", Text: "x", Published: &pub,
		Events: []model.Event{ev("e1", kst, vlm, 0), ev("e2", vlm, kst, 0), ev("e3", kst, vlm, 4)},
	}}
	applyAll(t, s, doc)
	st, err := s.Stats(ctx)
	if err != nil || st.Events != 1 || st.Mentions != 2 {
		t.Fatalf("stats = %+v, %v; want 1 event with 2 mentions (sentences 0 and 4)", st, err)
	}
	evs, err := s.Events(ctx, store.EventQuery{Limit: 10})
	if err != nil || len(evs) != 1 || evs[0].NumMentions != 2 || evs[0].NumArticles != 1 {
		t.Errorf("events = %+v, %v; want one event, 2 mentions, 1 article", evs, err)
	}
}

// The confidence from which reports join across articles is the caller's:
// two reports the coder gives 0.75 (a party implied) stay apart by
// default and join when the caller lowers it to 0.7.
func TestJoinConfidenceIsAnOption(t *testing.T) {
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	doc := func(url string) *model.Document {
		ev := model.Event{ID: "e1", Type: "SANCTION", Date: "2024-05-07", Confidence: 0.75,
			Source: []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}},
			Target: []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}}}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev}}}
	}
	for _, c := range []struct {
		opts  Options
		merge bool
	}{
		{Options{}, false},
		{Options{JoinConfidence: DefaultJoinConfidence}, false},
		{Options{JoinConfidence: 0.7}, true},
		{Options{JoinConfidence: 1.5}, false}, // out of range: the default
	} {
		outs := applyAllWith(t, openStore(t), c.opts, doc("https://a.example/1"), doc("https://b.example/1"))
		if got := outs[1].Merged == 1; got != c.merge {
			t.Errorf("JoinConfidence %v: merged = %v, want %v", c.opts.JoinConfidence, got, c.merge)
		}
	}
}

// snapshot is what a store's merged events say, without their ids: each
// event with its counters and its mentions' articles, and the actors'
// event counts.
func snapshot(t *testing.T, s store.Store) string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	for _, e := range eventsWithReports(t, s) {
		e.ID = 0
		lines = append(lines, fmt.Sprintf("%+v first=%s mentions=%v", e.Event, e.FirstSeen.UTC().Format(time.RFC3339), e.reports))
	}
	acs, err := s.Actors(ctx, store.ActorQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acs {
		lines = append(lines, fmt.Sprintf("actor %s %q articles=%d events=%d", a.ID, a.Name, a.Articles, a.Events))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// eventWithReports is a stored event with its reports, each as
// "URL#article event id", sorted.
type eventWithReports struct {
	store.Event
	reports []string
}

// eventsWithReports lists the store's events (up to 1000) with their reports.
func eventsWithReports(t *testing.T, s store.Store) []eventWithReports {
	t.Helper()
	ctx := context.Background()
	evs, err := s.Events(ctx, store.EventQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]eventWithReports, 0, len(evs))
	for _, e := range evs {
		_, ms, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var reports []string
		for _, m := range ms {
			reports = append(reports, m.URL+"#"+m.ArticleEventID)
		}
		slices.Sort(reports)
		out = append(out, eventWithReports{e, reports})
	}
	return out
}

func remerge(t *testing.T, s store.Store, opts Options) RemergeStats {
	t.Helper()
	var st RemergeStats
	err := s.Write(context.Background(), func(ctx context.Context, tx store.Tx) (err error) {
		st, err = Remerge(ctx, tx, opts)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Remerge rebuilds the events that ingesting gave (the syndicated copy
// still not a source), does so again to the same result, and applies the
// rules and options it is given to a store merged under others.
func TestRemerge(t *testing.T) {
	s := openStore(t)
	docs := []*model.Document{
		fixtureDoc(t, "harbour-times.txt", "https://www.harbourtimes.example/world/arlen-pact", "2024-05-07T16:30:00Z", "2024-05-07"),
		fixtureDoc(t, "northern-ledger.txt", "https://northernledger.example/2024/05/07/accord", "2024-05-07T11:00:00Z", "2024-05-07"),
		fixtureDoc(t, "valley-gazette-syndicated.txt", "https://valleygazette.example/wire/accord", "2024-05-07T13:00:00Z", "2024-05-07"),
	}
	// Two reports the coder gives 0.75 (a party implied), and another
	// outlet's report of another event.
	pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
	implied := func(url string) *model.Document {
		ev := model.Event{ID: "e1", Type: "SANCTION", Date: "2024-05-07", Confidence: 0.75,
			Source: []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}},
			Target: []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}}}
		return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev}}}
	}
	docs = append(docs, implied("https://a.example/1"), implied("https://b.example/1"))
	outs := applyAllWith(t, s, Options{JoinConfidence: 0.7}, docs...)
	if outs[2].DuplicateOf == 0 || outs[4].Merged != 1 {
		t.Fatalf("outcomes %+v", outs)
	}
	ingested := snapshot(t, s)

	st := remerge(t, s, Options{JoinConfidence: 0.7})
	if got := snapshot(t, s); got != ingested {
		t.Errorf("remerged under the ingest's options:\n%s\nwant as ingested:\n%s", got, ingested)
	}
	if st != (RemergeStats{Articles: 4, Events: 2, Merged: 2}) {
		t.Errorf("stats = %+v", st)
	}
	// Under the default confidence the implied-party reports keep events
	// of their own articles.
	st = remerge(t, s, Options{})
	apart := snapshot(t, s)
	if apart == ingested || st != (RemergeStats{Articles: 4, Events: 3, Merged: 1}) {
		t.Errorf("remerged under the default options: stats %+v\n%s", st, apart)
	}
	evs, err := s.Events(context.Background(), store.EventQuery{Type: "SANCTION"})
	if err != nil || len(evs) != 2 || evs[0].NumSources != 1 || evs[1].NumSources != 1 {
		t.Errorf("sanctions after remerge: %+v, %v; want two events of one source each", evs, err)
	}
	if remerge(t, s, Options{}); snapshot(t, s) != apart {
		t.Errorf("remerging twice differs:\n%s\nwant:\n%s", snapshot(t, s), apart)
	}
}

func TestEventDay(t *testing.T) {
	report := time.Date(2021, 7, 28, 22, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		date, wantDay, wantPrecision string
	}{
		{"2021-07-27", "2021-07-27", model.PrecisionDay},
		{"2018-06-12", "2018-06-12", model.PrecisionDay},
		// Known to a month or year, the report's own or another: its
		// first day, at that precision (the store lists it after the
		// events dated to the days of that month or year).
		{"2021-07", "2021-07-01", model.PrecisionMonth},
		{"2021", "2021-01-01", model.PrecisionYear},
		{"2018-06", "2018-06-01", model.PrecisionMonth},
		{"2021-08", "2021-08-01", model.PrecisionMonth},
		{"2015", "2015-01-01", model.PrecisionYear},
		// No date, or one the store cannot place: the report's day.
		{"", "2021-07-28", model.PrecisionDay},
		{"2021-W30", "2021-07-28", model.PrecisionDay},
		{"20xx", "2021-07-28", model.PrecisionDay},
	} {
		day, prec := EventDay(&model.Event{Date: c.date}, report)
		if got := day.Format(time.DateOnly); got != c.wantDay || prec != c.wantPrecision {
			t.Errorf("EventDay(%q) = %s, %s; want %s, %s", c.date, got, prec, c.wantDay, c.wantPrecision)
		}
	}
}

// An event an article recalls from years before is stored when it
// happened, at the precision it is known to, not on the report's day; two
// articles of different years recalling it tell one event.
func TestHistoricalEventKeepsItsDate(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	recall := func(file, url, published string) *model.Document {
		d := fixtureDoc(t, file, url, published, "2018-06")
		d.Article.Events[0].Precision = model.PrecisionMonth
		d.Article.Events[0].Relation = "past"
		return d
	}
	planned := fixtureDoc(t, "harbour-times.txt", "https://c.example/plan", "2021-07-28T09:00:00Z", "2021-08")
	planned.Article.Events[0].Type = "CONSULT"
	planned.Article.Events[0].Precision = model.PrecisionMonth
	outs := applyAll(t, s, recall("northern-ledger.txt", "https://a.example/2021", "2021-07-28T09:00:00Z"),
		recall("capital-wire.txt", "https://b.example/2023", "2023-02-01T09:00:00Z"), planned)
	if outs[0].NewEvents != 1 || outs[1].Merged != 1 {
		t.Errorf("outcomes = %+v; want the second recollection to join the first", outs)
	}
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range evs {
		got[e.Type] = e.Date + " " + e.Precision
	}
	if got["AGREE"] != "2018-06-01 month" || got["CONSULT"] != "2021-08-01 month" {
		t.Errorf("stored dates = %v; want AGREE 2018-06-01 month, CONSULT 2021-08-01 month", got)
	}
	if old, err := s.Events(ctx, store.EventQuery{Until: "2020-12-31"}); err != nil || len(old) != 1 || old[0].Type != "AGREE" {
		t.Errorf("events until 2020: %+v, %v; want the 2018 one", old, err)
	}
}

// An undated article's events without a date of their own go on its
// reference date (the capture time of the page), not on the day it was
// ingested; the article itself stays undated in the store.
func TestUndatedArticleEventsOnReferenceDate(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	captured := time.Date(2021, 7, 30, 12, 0, 0, 0, time.UTC)
	d := fixtureDoc(t, "harbour-times.txt", "https://c.example/undated", "2021-07-28T09:00:00Z", "")
	d.Article.Published = nil
	d.Article.ReferenceDate, d.Article.ReferenceSource = &captured, model.DateCaptured
	bare := fixtureDoc(t, "capital-wire.txt", "https://b.example/bare", "2021-07-28T09:00:00Z", "")
	bare.Article.Published = nil
	bare.Article.Events[0].Type = "CONSULT"
	applyAll(t, s, d, bare) // ingested 2024-05-10
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range evs {
		got[e.Type] = e.Date
	}
	// With nothing at all to date it, the ingest day is what is left.
	if got["AGREE"] != "2021-07-30" || got["CONSULT"] != "2024-05-10" {
		t.Errorf("event days = %v; want AGREE on the capture day 2021-07-30, CONSULT on the ingest day 2024-05-10", got)
	}
	arts, err := s.Articles(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Published != nil {
			t.Errorf("article %s published = %v, want none", a.URL, a.Published)
		}
	}
}

// An event a report dates only to its own month ("this month", told on
// the 29th) is stored at the first day of the month, as one of another
// month is: newest first it comes after the events dated to the days of
// its month, before the month's, wherever it was reported; a second
// report of it later in the month joins it there.
func TestEventOfReportsMonthSortsAfterItsDays(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	dated := func(file, url, published, date, typ, precision string) *model.Document {
		d := fixtureDoc(t, file, url, published, date)
		d.Article.Events[0].Type = typ
		d.Article.Events[0].Precision = precision
		return d
	}
	// A fourth outlet's own words (the fixtures are three).
	again := dated("northern-ledger.txt", "https://d.example/1", "2021-07-31T09:00:00Z", "2021-07", "CONSULT", model.PrecisionMonth)
	text := "Envoys of Kestria and Volmark held consultations on fishing quotas in the capital this month, a ministry spokesman told reporters on Saturday."
	again.Raw, again.Article.Text, again.Article.Title = []byte(text), text, "Envoys consult"
	outs := applyAll(t, s,
		dated("northern-ledger.txt", "https://a.example/1", "2021-07-27T09:00:00Z", "2021-07-27", "AGREE", model.PrecisionDay),
		dated("capital-wire.txt", "https://b.example/1", "2021-07-29T09:00:00Z", "2021-07", "CONSULT", model.PrecisionMonth),
		dated("harbour-times.txt", "https://c.example/1", "2021-06-30T09:00:00Z", "2021-06-30", "PROTEST", model.PrecisionDay),
		again)
	if outs[3].Merged != 1 {
		t.Errorf("outcomes %+v: the second report of the month's event did not join it", outs)
	}
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Type+" "+e.Date+" "+e.Precision)
	}
	want := []string{"AGREE 2021-07-27 day", "CONSULT 2021-07-01 month", "PROTEST 2021-06-30 day"}
	if !slices.Equal(got, want) {
		t.Errorf("events newest first: %v; want %v", got, want)
	}
}

// An event without a date of its own is put on its report's day as the
// publisher wrote it, the day its listings show: a story of 23:30 at -05:00
// (04:30 the next day in UTC) and one of 01:00 at +05:30 (19:30 the day
// before in UTC) are of their own days, so events --since/--until find
// them by the day their reports are listed under; a remerge, which reads
// the publish time from the store in UTC and its offset from the
// analysis, keeps those days.
func TestUndatedEventOnPublishersDay(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name, published, want string
	}{
		{"New York evening", "2026-11-26T23:30:00-05:00", "2026-11-26"},
		{"Delhi early morning", "2026-11-27T01:00:00+05:30", "2026-11-27"},
		{"UTC", "2026-11-27T08:00:00Z", "2026-11-27"},
	} {
		s := openStore(t)
		pub, err := time.Parse(time.RFC3339, c.published)
		if err != nil {
			t.Fatal(err)
		}
		ev := model.Event{ID: "e1", Type: "ACCUSE", Confidence: 0.9,
			Source: []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}},
			Target: []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}}}
		url := "https://wire.example/" + strings.ReplaceAll(c.name, " ", "-")
		applyAll(t, s, &model.Document{URL: url, Raw: []byte(url), Published: pub,
			Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev}}})
		check := func(when string) {
			t.Helper()
			evs, err := s.Events(ctx, store.EventQuery{Type: "ACCUSE", Since: c.want, Until: c.want})
			if err != nil || len(evs) != 1 || evs[0].Date != c.want {
				t.Errorf("%s, %s: events of %s: %+v, %v", c.name, when, c.want, evs, err)
			}
		}
		check("ingested")
		remerge(t, s, Options{})
		check("remerged")
	}
}

// A country acting on itself with no actor named on either side ("China"
// accusing "China", as the coder codes loose sentences) joins another
// article's such event only with more evidence: a date both reports give,
// a sentence as alike as a copy's, or an actor the stored event names.
func TestBareSelfPairNeedsCorroboration(t *testing.T) {
	actor := func(text, id, country, sector string) []model.EventActor {
		return []model.EventActor{{Text: text, ActorID: id, Country: country, Sector: sector}}
	}
	china := actor("China", "CHN", "CHN", "")
	report := func(date, sentence string, src []model.EventActor) model.Event {
		return model.Event{ID: "e1", Type: "ACCUSE", Confidence: 0.9, Source: src, Target: china, Date: date,
			Evidence: []model.Evidence{{Sentence: 0, Text: sentence}}}
	}
	const (
		dumping = "China said on its own that China had been hurt by cheap steel exports."
		floods  = "China blamed China's provincial planners for the floods in the south."
	)
	for _, c := range []struct {
		name          string
		first, second model.Event
		merge         bool
	}{
		{"undated, different sentences", report("", dumping, china), report("", floods, china), false},
		{"one dated, the other not", report("2024-05-07", dumping, china), report("", floods, china), false},
		{"both dated", report("2024-05-06", dumping, china), report("2024-05-06", floods, china), true},
		{"undated, the same sentence", report("", dumping, china), report("", dumping, china), true},
		{"the stored event names an actor", report("", dumping, actor("the Chinese government", "CHN.GOV", "CHN", "government")), report("", floods, china), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			doc := func(url string, ev model.Event) *model.Document {
				pub := time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)
				return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{
					URL: url, Title: "t", Text: url, Published: &pub, Events: []model.Event{ev},
				}}
			}
			outs := applyAll(t, s, doc("https://a.example/1", c.first), doc("https://b.example/1", c.second))
			if got := outs[1].Merged == 1; got != c.merge {
				t.Errorf("merged = %v, want %v (outcomes %+v)", got, c.merge, outs)
			}
		})
	}
}

// signingReport is a report of Kestria and Volmark signing an accord
// (SUPPORT, CAMEO 057) published at published, dated date ("" when the
// sentence gives no day: the report's day dates it), with polarity.
func signingReport(t *testing.T, url, published, date, polarity string) *model.Document {
	t.Helper()
	d := datedReport(t, url, published, date, model.PrecisionDay)
	ev := &d.Article.Events[0]
	ev.Type, ev.CAMEO, ev.Polarity, ev.Modality = "SUPPORT", "057", polarity, "actual"
	if date == "" {
		ev.Precision = ""
	}
	return d
}

// A denial that gives no day of its own ("Kestria did not sign the accord,
// its minister said") joins the act it denies dated up to a week before
// its report day, in either order of ingest; the event keeps the polarity
// most sources give and the day the assertions give. A denial with a day
// of its own, one reported more than a week after the act, or one
// reported before the act keeps an event of its own.
func TestUndatedDenialJoinsTheAct(t *testing.T) {
	const (
		a = "https://a.example/1"
		b = "https://b.example/1"
		c = "https://c.example/1"
		d = "https://d.example/1"
	)
	rep := func(url, pub, date, pol string) *model.Document { return signingReport(t, url, pub, date, pol) }
	signedA := rep(a, "2026-03-10T09:00:00Z", "2026-03-10", "asserted")
	signedB := rep(b, "2026-03-11T09:00:00Z", "2026-03-10", "asserted")
	denied := rep(c, "2026-03-12T09:00:00Z", "", "negated")
	list := func(t *testing.T, s store.Store) []string {
		return storedEvents(t, s, func(e store.Event) string { return e.Date + " " + e.Polarity })
	}
	for _, c := range []struct {
		name string
		docs []*model.Document
		want []string
	}{
		{"denial after the act", []*model.Document{signedA, signedB, denied},
			[]string{"2026-03-10 asserted 3"}},
		{"denial before the act's reports", []*model.Document{denied, signedA, signedB},
			[]string{"2026-03-10 asserted 3"}},
		{"denial between them", []*model.Document{signedA, denied, signedB},
			[]string{"2026-03-10 asserted 3"}},
		{"a lone denial", []*model.Document{denied},
			[]string{"2026-03-12 negated 1"}},
		{"one against one: the earliest report", []*model.Document{denied, signedA},
			[]string{"2026-03-10 asserted 2"}},
		{"two denials outvote one assertion", []*model.Document{signedA, denied, rep(d, "2026-03-13T09:00:00Z", "", "negated")},
			[]string{"2026-03-10 negated 3"}},
		{"an undated assertion takes the day from the denial", []*model.Document{denied, rep(b, "2026-03-11T09:00:00Z", "", "asserted")},
			[]string{"2026-03-11 asserted 2"}},
		{"an act a week before the report day", []*model.Document{rep(a, "2026-03-05T09:00:00Z", "2026-03-05", "asserted"), denied},
			[]string{"2026-03-05 asserted 2"}},
		{"an act more than a week before", []*model.Document{rep(a, "2026-03-04T09:00:00Z", "2026-03-04", "asserted"), denied},
			[]string{"2026-03-12 negated 1", "2026-03-04 asserted 1"}},
		{"more than a week, denial first", []*model.Document{denied, rep(a, "2026-03-04T09:00:00Z", "2026-03-04", "asserted")},
			[]string{"2026-03-12 negated 1", "2026-03-04 asserted 1"}},
		{"an act after the denial was reported", []*model.Document{denied, rep(a, "2026-03-14T09:00:00Z", "2026-03-14", "asserted")},
			[]string{"2026-03-14 asserted 1", "2026-03-12 negated 1"}},
		{"an act after the denial, act first", []*model.Document{rep(a, "2026-03-14T09:00:00Z", "2026-03-14", "asserted"), denied},
			[]string{"2026-03-14 asserted 1", "2026-03-12 negated 1"}},
		{"a denial with a day of its own keeps today's rule", []*model.Document{signedA, signedB, rep(c, "2026-03-12T09:00:00Z", "2026-03-10", "negated")},
			[]string{"2026-03-10 negated 1", "2026-03-10 asserted 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMergedAndRemerged(t, c.docs, list, c.want)
		})
	}
}

func TestAgreedPolarity(t *testing.T) {
	for _, c := range []struct {
		reports []store.EventMention
		want    string
		ok      bool
	}{
		{nil, "", false},
		{[]store.EventMention{{Site: "a"}}, "", false}, // stored before schema 33
		{[]store.EventMention{{Site: "a", Polarity: "asserted"}, {Site: "b", Polarity: "negated"}}, "asserted", true},
		{[]store.EventMention{{Site: "a", Polarity: "negated"}, {Site: "b", Polarity: "asserted"}}, "negated", true},
		{[]store.EventMention{{Site: "a", Polarity: "asserted"}, {Site: "b", Polarity: "negated"}, {Site: "c", Polarity: "negated"}}, "negated", true},
		// one source twice is one
		{[]store.EventMention{{Site: "a", Polarity: "asserted"}, {Site: "b", Polarity: "negated"}, {Site: "b", Polarity: "negated"}}, "asserted", true},
	} {
		if got, ok := agreedPolarity(c.reports); got != c.want || ok != c.ok {
			t.Errorf("agreedPolarity(%+v) = %q, %v; want %q, %v", c.reports, got, ok, c.want, c.ok)
		}
	}
}

// One article that tells an act and denies one of the same key tells two
// acts ("pledged to double renewable capacity ... but did not commit to
// any cut in emissions"): its denial does not fold into its own
// assertion, in either order, while another outlet's undated denial
// still joins that assertion (TestUndatedDenialJoinsTheAct).
func TestArticleTellingAndDenyingKeepsTwoEvents(t *testing.T) {
	list := func(t *testing.T, s store.Store) []string {
		got := storedEvents(t, s, func(e store.Event) string { return e.Polarity })
		slices.Sort(got)
		return got
	}
	for _, order := range [][2]string{{"asserted", "negated"}, {"negated", "asserted"}} {
		t.Run(order[0]+" first", func(t *testing.T) {
			d := signingReport(t, "https://a.example/2", "2026-03-10T09:00:00Z", "", order[0])
			second := d.Article.Events[0]
			second.ID = "e2"
			second.Polarity = order[1]
			second.Evidence = []model.Evidence{{Sentence: 3, Text: "Kestria did not sign a second accord with Volmark.", Trigger: "sign"}}
			d.Article.Events = append(d.Article.Events, second)
			checkMergedAndRemerged(t, []*model.Document{d}, list, []string{"asserted 1", "negated 1"})
		})
	}
}
