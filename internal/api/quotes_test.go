package api

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedQuotes stores two articles, written for this test, in which a
// harbour master is quoted three times (once to the port council, once
// through a newspaper), and an unattributed line.
func seedQuotes(t *testing.T, st store.Store) {
	t.Helper()
	olsen := &model.Speaker{Text: "Marta Olsen", ActorID: "Q_OLSEN"}
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for i, quotes := range [][]model.Quote{
			{{Text: "The north quay reopens in May", Kind: model.QuoteDirect, Speaker: olsen, Conduit: &model.Speaker{Text: "the Harbour Gazette"}},
				{Text: "Nobody asked the crews", Kind: model.QuoteDirect}},
			{{Text: "The fleet can wait two more weeks", Kind: model.QuoteDirect, Speaker: olsen, Audience: &model.Speaker{Text: "the port council"}},
				{Text: "Repairs are on budget", Kind: model.QuoteIndirect, Speaker: olsen}},
		} {
			pub := time.Date(2025, 4, 1+i, 8, 0, 0, 0, time.UTC)
			url := "https://harbour.example/" + string(rune('a'+i))
			data := &model.Article{URL: url, Title: "Harbour news", Published: &pub, Site: "harbour.example", Quotes: quotes,
				Actors: []model.ActorRef{{ID: "Q_OLSEN", Name: "Marta Olsen", Type: "person", Mentions: 1}}}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "harbour.example", ContentHash: url,
				Title: "Harbour news", Text: "Harbour news.", Published: &pub, Data: data}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestAPIQuotes(t *testing.T) {
	st := openTestStore(t)
	seedQuotes(t, st)
	h := New(Config{Store: st}).Handler()
	texts := func(p Page[store.Quote]) []string {
		out := []string{}
		for _, q := range p.Items {
			out = append(out, q.Text)
		}
		return out
	}
	list := func(path string) Page[store.Quote] {
		t.Helper()
		res, body := get(t, h, "GET", path, "")
		var p Page[store.Quote]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, body)
		}
		return p
	}
	olsen := []string{"The fleet can wait two more weeks", "Repairs are on budget", "The north quay reopens in May"}
	for _, c := range []struct {
		path string
		want []string
	}{
		{"/api/quotes?speaker=Q_OLSEN", olsen},
		{"/api/quotes?speaker=marta+olsen", olsen},
		{"/api/quotes?speaker=name:Marta+Olsen", olsen},
		{"/api/quotes?speaker=Q_OLSEN&since=2025-04-02", olsen[:2]},
		{"/api/quotes?speaker=Q_OLSEN&until=2025-04-01", olsen[2:]},
		{"/api/quotes?speaker=Q_OLSEN&offset=1", olsen[1:]},
		{"/api/quotes?speaker=Q_OLSEN&offset=1&limit=1", olsen[1:2]},
		{"/api/quotes?speaker=Q_OLSEN&offset=3", nil},
		{"/api/quotes?q=fleet+WAIT", olsen[:1]},
		{"/api/quotes", append(slices.Clone(olsen[:2]), olsen[2], "Nobody asked the crews")},
	} {
		if got := texts(list(c.path)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.path, got, c.want)
		}
	}
	p := list("/api/quotes?speaker=Q_OLSEN&until=2025-04-01")
	if q := p.Items[0]; q.Conduit != "the Harbour Gazette" || q.Speaker != "Marta Olsen" || q.SpeakerID != "Q_OLSEN" || q.URL != "https://harbour.example/a" || q.Published == nil {
		t.Errorf("quote: %+v", q)
	}
	if q := list("/api/quotes?q=fleet").Items[0]; q.Audience != "the port council" {
		t.Errorf("audience: %+v", q)
	}

	// One quote a page, following next: every quote once, in order.
	var paged []string
	path := "/api/quotes?limit=1"
	for n := 0; path != "" && n < 10; n++ {
		p := list(path)
		paged = append(paged, texts(p)...)
		path = p.Next
	}
	if want := texts(list("/api/quotes")); !slices.Equal(paged, want) {
		t.Errorf("paged %q, want %q", paged, want)
	}
	// A page by offset goes on by the keyset cursor, counting the quotes
	// before it.
	if p := list("/api/quotes?offset=1&limit=1"); p.Offset != 1 || p.Next == "" || !slices.Equal(texts(list(p.Next)), paged[2:3]) {
		t.Errorf("offset=1: offset %d, next %q, want the third quote after it", p.Offset, p.Next)
	}

	for _, c := range []struct{ path, field string }{
		{"/api/quotes?speaker=Nobody+Known", "speaker"},
		{"/api/quotes?until=April", "until"},
		// An inverted span is refused, as /api/events refuses one, not
		// answered with an empty list.
		{"/api/quotes?since=2025-04-02&until=2025-04-01", "until"},
		{"/api/quotes?article=x", "article"},
		{"/api/quotes?cursor=" + encodeCursor(3), "cursor"},
		{"/api/quotes?offset=-1", "offset"},
		{"/api/quotes?offset=1&cursor=" + list("/api/quotes?limit=1").NextCursor, "cursor"},
	} {
		var e errorBody
		if res, body := get(t, h, "GET", c.path, ""); res.StatusCode != 400 || json.Unmarshal(body, &e) != nil || e.Field != c.field {
			t.Errorf("%s: %d %s, want a 400 on %s", c.path, res.StatusCode, body, c.field)
		}
	}
	// A quotes cursor is for quotes only.
	next := list("/api/quotes?limit=1").NextCursor
	if res, body := get(t, h, "GET", "/api/events?cursor="+next, ""); res.StatusCode != 400 {
		t.Errorf("events with a quotes cursor: %d %s", res.StatusCode, body)
	}

	// The actor's page lists what it said.
	res, body := get(t, h, "GET", "/api/actors/Q_OLSEN", "")
	var a ActorResponse
	if err := json.Unmarshal(body, &a); err != nil || res.StatusCode != 200 {
		t.Fatalf("actor: %d %s", res.StatusCode, body)
	}
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
	}
	if !slices.Equal(got, olsen) {
		t.Errorf("actor's quotes %q, want %q", got, olsen)
	}
}

// A speaker is found by a knowledge-base alias and by the words of a
// quote, and a name two stored actors share is a 400 that lists them.
func TestAPIQuotesSpeakerNames(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)
	data := &model.Article{URL: "https://wire.example/1", Title: "Trade talks", Published: &pub,
		Actors: []model.ActorRef{
			{ID: "USA.GOV.DOC", Name: "U.S. Department of Commerce", Type: "organisation", Country: "USA"},
			{ID: "Q_ORCA_SHIP", Name: "Orca", Type: "organisation", Mentions: 2},
			{ID: "Q_ORCA_BAND", Name: "ORCA", Type: "organisation"},
		},
		Quotes: []model.Quote{
			{Text: "Export licences will be reviewed", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "a department spokesman", ActorID: "USA.GOV.DOC"}},
			{Text: "The ships sail on Friday", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "the shipping line", ActorID: "Q_ORCA_SHIP"}},
		}}
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: data.URL, Source: data.URL, ContentHash: "h1", Title: data.Title,
			Text: "Trade talks.", Published: &pub, Data: data})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for path, want := range map[string]string{
		"/api/quotes?speaker=US+Commerce+Department": "Export licences will be reviewed",
		"/api/quotes?speaker=The+Shipping+Line":      "The ships sail on Friday",
	} {
		res, body := get(t, h, "GET", path, "")
		var p Page[store.Quote]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 || len(p.Items) != 1 || p.Items[0].Text != want {
			t.Errorf("%s: %d %s, want %q", path, res.StatusCode, body, want)
		}
	}
	res, body := get(t, h, "GET", "/api/quotes?speaker=orca", "")
	var e errorBody
	if err := json.Unmarshal(body, &e); err != nil || res.StatusCode != 400 || e.Field != "speaker" {
		t.Fatalf("ambiguous speaker: %d %s, want a 400 on speaker", res.StatusCode, body)
	}
	var ids []string
	for _, c := range e.Candidates {
		ids = append(ids, c.ID+"/"+c.By)
	}
	if want := []string{"Q_ORCA_BAND/name", "Q_ORCA_SHIP/name"}; !slices.Equal(ids, want) {
		t.Errorf("candidates %v, want %v", ids, want)
	}
}

// A quote of a joint speaker gives its actors in speaker_ids, and the
// speaker filter finds it by either actor, by id or by name.
func TestAPIQuotesJointSpeaker(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	url := "https://wire.example/accord"
	data := &model.Article{URL: url, Title: "Accord signed", Published: &pub,
		Actors: []model.ActorRef{{ID: "ARD", Name: "Ardenia", Type: "country", Mentions: 1}, {ID: "BLV", Name: "Belvar", Type: "country", Mentions: 1}},
		Quotes: []model.Quote{
			{Text: "The quota holds for five years", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Ardenia and Belvar", ActorIDs: []string{"ARD", "BLV"}}},
			{Text: "Our boats are ready", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Belvar", ActorID: "BLV"}},
		}}
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: url, Title: "Accord signed", Text: "Accord.", Published: &pub, Data: data})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		path  string
		texts []string
	}{
		{"/api/quotes?speaker=ARD", []string{"The quota holds for five years"}},
		{"/api/quotes?speaker=belvar", []string{"The quota holds for five years", "Our boats are ready"}},
	} {
		res, body := get(t, h, "GET", c.path, "")
		var p struct {
			Items []map[string]any `json:"items"`
		}
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", c.path, res.StatusCode, body)
		}
		var texts []string
		for _, q := range p.Items {
			texts = append(texts, q["text"].(string))
		}
		if !slices.Equal(texts, c.texts) {
			t.Errorf("%s: %q, want %q", c.path, texts, c.texts)
		}
		ids, _ := json.Marshal(p.Items[0]["speaker_ids"])
		if _, has := p.Items[0]["speaker_id"]; string(ids) != `["ARD","BLV"]` || has {
			t.Errorf("%s: the joint quote's speaker_ids %s (speaker_id given: %v), want [\"ARD\",\"BLV\"] and no speaker_id", c.path, ids, has)
		}
	}
}

// A quote's conduit keeps its kind on the way out: conduit_kind is
// "channel" for the occasion of the words ("in a statement") and absent
// for an outlet ("Newsweek"), in /api/quotes and the actor's quotes, so a
// client can say "(in a statement)" and "via Newsweek" as analyze does.
func TestAPIQuotesConduitKind(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2025, 5, 6, 8, 0, 0, 0, time.UTC)
	minister := &model.Speaker{Text: "Foreign Minister Lena Varga", ActorID: "Q_VARGA"}
	data := &model.Article{URL: "https://wire.example/c", Title: "Ceasefire holds", Published: &pub,
		Actors: []model.ActorRef{{ID: "Q_VARGA", Name: "Lena Varga", Type: "person", Mentions: 2}},
		Quotes: []model.Quote{
			{Text: "The ceasefire must hold", Kind: model.QuoteDirect, Speaker: minister,
				Conduit: &model.Speaker{Text: "in a statement"}, ConduitKind: model.ConduitChannel},
			{Text: "We have no plans to withdraw", Kind: model.QuoteDirect, Speaker: minister, Conduit: &model.Speaker{Text: "Newsweek"}},
		}}
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: data.URL, Source: data.URL, ContentHash: "c", Title: data.Title,
			Text: "Ceasefire holds.", Published: &pub, Data: data})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	want := map[string]struct{ conduit, kind string }{
		"The ceasefire must hold":      {"in a statement", model.ConduitChannel},
		"We have no plans to withdraw": {"Newsweek", ""},
	}
	for _, path := range []string{"/api/quotes", "/api/actors/Q_VARGA"} {
		res, body := get(t, h, "GET", path, "")
		var v struct {
			Items  []map[string]any `json:"items"`
			Quotes []map[string]any `json:"quotes"`
		}
		if err := json.Unmarshal(body, &v); err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, body)
		}
		quotes := append(v.Items, v.Quotes...)
		if len(quotes) != len(want) {
			t.Errorf("%s: %d quotes, want %d: %s", path, len(quotes), len(want), body)
		}
		for _, q := range quotes {
			w := want[q["text"].(string)]
			kind, hasKind := q["conduit_kind"]
			if q["conduit"] != w.conduit || (w.kind == "") == hasKind || (hasKind && kind != w.kind) {
				t.Errorf("%s: quote %q: conduit %v, conduit_kind %v (given: %v); want %q, %q", path, q["text"], q["conduit"], kind, hasKind, w.conduit, w.kind)
			}
		}
	}
}

// The words that named a speaker no one actor stands for - a joint
// speaker ("Ardenia and Belvar", filed under two actors) or one filed
// under none ("officials") - find its quotes, however cased, where they
// were a 400 ("no quote names its speaker so"); words no speaker was
// named by whole are still refused.
func TestAPIQuotesSpeakerWords(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	url := "https://wire.example/quota"
	data := &model.Article{URL: url, Title: "Quota agreed", Published: &pub,
		Actors: []model.ActorRef{{ID: "ARD", Name: "Ardenia", Type: "country", Mentions: 1}, {ID: "BLV", Name: "Belvar", Type: "country", Mentions: 1}},
		Quotes: []model.Quote{
			{Text: "The quota holds for five years", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Ardenia and Belvar", ActorIDs: []string{"ARD", "BLV"}}},
			{Text: "Inspections begin next week", Kind: model.QuoteIndirect, Speaker: &model.Speaker{Text: "officials"}},
			{Text: "Our boats are ready", Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Belvar", ActorID: "BLV"}},
		}}
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: url, Title: "Quota agreed", Text: "Quota.", Published: &pub, Data: data})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		path   string
		status int
		texts  []string
	}{
		{"/api/quotes?speaker=Ardenia%20and%20Belvar", 200, []string{"The quota holds for five years"}},
		{"/api/quotes?speaker=ARDENIA+AND+BELVAR", 200, []string{"The quota holds for five years"}},
		{"/api/quotes?speaker=officials", 200, []string{"Inspections begin next week"}},
		{"/api/quotes?speaker=officials&q=boats", 200, nil},
		{"/api/quotes?speaker=Ardenia%20and", 400, nil},
		{"/api/quotes?speaker=ministers", 400, nil},
	} {
		res, body := get(t, h, "GET", c.path, "")
		if res.StatusCode != c.status {
			t.Errorf("%s: %d, want %d: %s", c.path, res.StatusCode, c.status, body)
			continue
		}
		if c.status != 200 {
			continue
		}
		var p struct {
			Items []map[string]any `json:"items"`
		}
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatalf("%s: %v %s", c.path, err, body)
		}
		var texts []string
		for _, q := range p.Items {
			texts = append(texts, q["text"].(string))
		}
		if !slices.Equal(texts, c.texts) {
			t.Errorf("%s: %q, want %q", c.path, texts, c.texts)
		}
	}
}
