package api

import (
	"context"
	"encoding/json"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// openAPISpec is the part of /openapi.json these tests read.
type openAPISpec struct {
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Schemas map[string]*schema `json:"schemas"`
	} `json:"components"`
}

type openAPIOp struct {
	Parameters []struct {
		Name string `json:"name"`
		In   string `json:"in"`
	} `json:"parameters"`
	Responses map[string]struct {
		Ref     string `json:"$ref"`
		Content map[string]struct {
			Schema *schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type schema struct {
	Ref         string             `json:"$ref"`
	Type        string             `json:"type"`
	Description string             `json:"description"`
	Properties  map[string]*schema `json:"properties"`
	Items       *schema            `json:"items"`
	AllOf       []*schema          `json:"allOf"`
}

func loadSpec(t *testing.T) openAPISpec {
	t.Helper()
	var spec openAPISpec
	if err := json.Unmarshal(openAPIDoc, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return spec
}

// operations returns "METHOD /path" for every operation in the document.
func (spec openAPISpec) operations(t *testing.T) map[string]openAPIOp {
	t.Helper()
	ops := map[string]openAPIOp{}
	for p, item := range spec.Paths {
		for m, raw := range item {
			if m == "parameters" {
				continue
			}
			var op openAPIOp
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatalf("%s %s: %v", m, p, err)
			}
			ops[strings.ToUpper(m)+" "+p] = op
		}
	}
	return ops
}

// Every route the server registers is documented in openapi.json, and
// every documented operation is a route: the document is written by hand
// and drifted before (a route added without its entry, or the reverse).
func TestOpenAPIDocumentsRoutes(t *testing.T) {
	spec := loadSpec(t)
	ops := spec.operations(t)
	var routes []string
	for _, rt := range New(Config{Store: openTestStore(t)}).routes() {
		routes = append(routes, rt.pattern)
		if _, ok := ops[rt.pattern]; !ok {
			t.Errorf("route %s is not in openapi.json", rt.pattern)
		}
	}
	for op := range ops {
		if !slices.Contains(routes, op) {
			t.Errorf("openapi.json documents %s, which the server does not serve", op)
		}
	}
}

// The query parameters documented for each GET operation are the ones its
// handler takes: asked with a parameter it does not know, a handler names
// those it allows, and the two lists must agree. An operation that
// documents none must not take any either.
func TestOpenAPIDocumentsParameters(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	h := New(Config{Store: st}).Handler()
	allowedRe := regexp.MustCompile(`\(allowed: ([a-z_, ]*)\)`)
	for name, op := range loadSpec(t).operations(t) {
		method, path, _ := strings.Cut(name, " ")
		if method != "GET" || path == "/openapi.json" || path == "/metrics" || path == "/healthz" {
			continue
		}
		var documented []string
		for _, p := range op.Parameters {
			if p.In == "query" {
				documented = append(documented, p.Name)
			}
		}
		sort.Strings(documented)
		q := url.Values{"undocumented_param": {"1"}}
		if slices.Contains(documented, "q") {
			// q is optional (without it the articles are listed by
			// date); given, the search answers, the listing's other
			// branch, which reads the same parameters.
			q.Set("q", "talks")
		}
		target := strings.NewReplacer("/api/actors/{id}", "/api/actors/JPN", "{id}", "1").Replace(path) + "?" + q.Encode()
		res, body := get(t, h, "GET", target, "")
		var e struct{ Error, Field string }
		json.Unmarshal(body, &e)
		if len(documented) == 0 {
			if res.StatusCode == 400 {
				t.Errorf("%s documents no query parameter but answers %s", name, body)
			}
			continue
		}
		m := allowedRe.FindStringSubmatch(e.Error)
		if res.StatusCode != 400 || e.Field != "undocumented_param" || m == nil {
			t.Errorf("%s with an unknown parameter: %d %s", name, res.StatusCode, body)
			continue
		}
		allowed := strings.Split(m[1], ", ")
		sort.Strings(allowed)
		if !slices.Equal(allowed, documented) {
			t.Errorf("%s: the handler takes %v, openapi.json documents %v", name, allowed, documented)
		}
	}
}

// Every field of a real 200 answer is documented in its schema, down into
// arrays and nested objects (an article whose every list holds an item,
// so that no field is left out by omitempty; an event known only to a
// month, date_precision, and planned for a span of days in it, date_from
// and date_to; a quote of a joint speaker, speaker_ids, said
// in a statement, conduit_kind; totals
// past the count's cap, total_capped).
func TestOpenAPIDocumentsFields(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	full := fullArticle()
	var fullID int64
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		fullID, err = tx.InsertArticle(ctx, &store.Article{URL: full.URL, Source: full.URL, Site: "east.example", ContentHash: "full",
			Title: full.Title, Text: full.Text, Published: full.Published, Data: full})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	seedQuotes(t, st)
	monthID := seedMonthEventAndJointQuote(t, st)
	spec := loadSpec(t)
	ops := spec.operations(t)
	// Every count stops at the cap, so that a page that needs a count
	// (one that is full) says total_capped.
	capped := &countingStore{Store: st, fixed: &store.Total{N: store.CountCap, More: true}}
	h := New(Config{Store: capped}).Handler()
	for _, c := range []struct{ op, target, want string }{
		{"GET /api/articles", "/api/articles?q=talks", ""},
		{"GET /api/articles", "/api/articles?q=talks&limit=1", `"total_capped":true`},
		{"GET /api/articles/{id}", "/api/articles/" + strconvI(fullID), ""},
		// The outlet's own name and the publisher's offset, in a list as
		// on the article.
		{"GET /api/articles", "/api/articles?q=ferry", `"site":"East Wire"`},
		{"GET /api/articles", "/api/articles?q=ferry", `"published":"2025-03-11T23:30:00-05:00"`},
		{"GET /api/articles/{id}", "/api/articles/" + strconvI(fullID), `"site":"East Wire"`},
		{"GET /api/articles/{id}", "/api/articles/" + strconvI(fullID), `"published":"2025-03-11T23:30:00-05:00"`},
		{"GET /api/events", "/api/events?limit=2", `"total_capped":true`},
		{"GET /api/events", "/api/events", `"date_precision":"month"`},
		{"GET /api/events/{id}", "/api/events/1", ""},
		{"GET /api/events/{id}", "/api/events/" + strconvI(monthID), `"date_precision":"month"`},
		// A planned event's span of days, on the event and its report.
		{"GET /api/events", "/api/events", `"date_from":"2025-04-21","date_to":"2025-04-27"`},
		{"GET /api/events/{id}", "/api/events/" + strconvI(monthID), `"date_from":"2025-04-21","date_to":"2025-04-27"`},
		// Where it happened: the place's actor and country, on the event and its report.
		{"GET /api/events", "/api/events?where=che", `"location_actor":"city:CHE:geneve","location_country":"CHE","location_point":{"lat":46.2022,"long":6.1457}`},
		{"GET /api/events/{id}", "/api/events/" + strconvI(monthID), `"location":"Geneva","location_actor":"city:CHE:geneve","location_country":"CHE"}`},
		// The knowledge base's point of the event's place (kb.Coords).
		{"GET /api/events/{id}", "/api/events/" + strconvI(monthID), `"location_country":"CHE","location_point":{"lat":46.2022,"long":6.1457}`},
		{"GET /api/actors", "/api/actors?limit=1", ""},
		{"GET /api/actors/{id}", "/api/actors/Q17?limit=1", ""},
		{"GET /api/graph", "/api/graph", ""},
		{"GET /api/timeline", "/api/timeline", ""},
		{"GET /api/quotes", "/api/quotes", `"speaker_ids":["CHN","USA"]`},
		{"GET /api/quotes", "/api/quotes", `"conduit_kind":"channel"`},
		{"GET /api/actors/{id}", "/api/actors/Q_OLSEN?limit=1", ""},
		{"GET /api/actors/{id}", "/api/actors/CHN?limit=1", `"speaker_ids":["CHN","USA"]`},
		{"GET /healthz", "/healthz", ""},
	} {
		res, body := get(t, h, "GET", c.target, "")
		resp, ok := ops[c.op].Responses["200"]
		if res.StatusCode != 200 || !ok {
			t.Errorf("%s: status %d (documented 200: %v) %s", c.target, res.StatusCode, ok, body)
			continue
		}
		// The field the case is there for must be in the answer, or the
		// check below has nothing to find undocumented.
		if !strings.Contains(string(body), c.want) {
			t.Errorf("%s: no %s in %s", c.target, c.want, body)
		}
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Errorf("%s: %v", c.target, err)
			continue
		}
		for _, p := range undocumented(spec, resp.Content["application/json"].Schema, v, "") {
			t.Errorf("%s: field %s is not in openapi.json", c.op, p)
		}
	}
	// A site or a publish time documented as a bare string leaves a client
	// to guess that the site is the outlet's own name (not the key
	// num_sources counts) and that the time is at the publisher's offset.
	for _, c := range []struct{ schema, field, says string }{
		{"SearchHit", "site", "og:site_name"}, {"EventMention", "site", "og:site_name"}, {"Quote", "site", "og:site_name"},
		{"Article", "site", "og:site_name"},
		{"SearchHit", "published", "publisher's own UTC offset"}, {"EventMention", "published", "publisher's own UTC offset"},
		{"Quote", "published", "publisher's own UTC offset"}, {"Article", "published", "publisher's own UTC offset"},
		{"SearchHit", "report_date", "publisher's offset"}, {"EventMention", "report_date", "publisher's offset"},
		{"Quote", "report_date", "publisher's offset"},
		{"Event", "num_sources", "site name"}, {"Event", "earliest_report", "UTC"},
	} {
		sc := spec.Components.Schemas[c.schema]
		if sc == nil || sc.Properties[c.field] == nil {
			t.Errorf("%s.%s: not in openapi.json", c.schema, c.field)
			continue
		}
		if d := sc.Properties[c.field].Description; !strings.Contains(d, c.says) {
			t.Errorf("%s.%s: description %q does not say %q", c.schema, c.field, d, c.says)
		}
	}
}

func strconvI(n int64) string { b, _ := json.Marshal(n); return string(b) }

// undocumented lists the paths of v's object fields that schema s does not
// name. An object schema without properties documents any fields.
func undocumented(spec openAPISpec, s *schema, v any, at string) []string {
	for s != nil && s.Ref != "" {
		s = spec.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")]
	}
	if s == nil {
		return nil
	}
	props := map[string]*schema{}
	for _, sub := range append([]*schema{s}, s.AllOf...) {
		for sub != nil && sub.Ref != "" {
			sub = spec.Components.Schemas[strings.TrimPrefix(sub.Ref, "#/components/schemas/")]
		}
		if sub != nil {
			for k, p := range sub.Properties {
				props[k] = p
			}
		}
	}
	var out []string
	switch v := v.(type) {
	case map[string]any:
		if len(props) == 0 {
			return nil
		}
		for k, fv := range v {
			p, ok := props[k]
			if !ok {
				out = append(out, at+"."+k)
				continue
			}
			out = append(out, undocumented(spec, p, fv, at+"."+k)...)
		}
	case []any:
		// Every item, not the first alone: items differ in their
		// omitempty fields (one quote has speaker_ids, another not).
		if s.Items != nil {
			for _, item := range v {
				for _, p := range undocumented(spec, s.Items, item, at+"[]") {
					if !slices.Contains(out, p) {
						out = append(out, p)
					}
				}
			}
		}
	}
	return out
}

// seedMonthEventAndJointQuote stores an article, written for this test,
// with a quote of a joint speaker ("China and the U.S.") and an event
// known only to its month, reported with that precision; it returns the
// event's id.
func seedMonthEventAndJointQuote(t *testing.T, st store.Store) int64 {
	t.Helper()
	var eventID int64
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		pub := time.Date(2025, 4, 20, 8, 0, 0, 0, time.UTC)
		url := "https://wire.example/trade-truce"
		text := "China and the U.S. said in a statement they would extend the trade truce next week."
		joint := &model.Speaker{Text: "China and the U.S.", ActorIDs: []string{"CHN", "USA"}}
		data := &model.Article{URL: url, Title: "Trade truce extended", Text: text, Paragraphs: []string{text}, Published: &pub, Site: "wire.example",
			Quotes: []model.Quote{{Text: "they would extend the trade truce", Kind: model.QuoteIndirect, Speaker: joint,
				Conduit: &model.Speaker{Text: "in a statement"}, ConduitKind: model.ConduitChannel}},
			Actors: []model.ActorRef{{ID: "CHN", Name: "China", Type: "country", Country: "CHN", Mentions: 1},
				{ID: "USA", Name: "United States", Type: "country", Country: "USA", Mentions: 1}}}
		artID, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "wire.example", ContentHash: url,
			Title: data.Title, Text: text, Published: &pub, Data: data})
		if err != nil {
			return err
		}
		eventID, err = tx.InsertEvent(ctx, &store.Event{Key: "k-month", Type: "AGREE", SourceActor: "CHN", SourceName: "China", SourceCountry: "CHN",
			TargetActor: "USA", TargetName: "United States", TargetCountry: "USA", Date: "2025-04-01", Precision: "month", DateFrom: "2025-04-21", DateTo: "2025-04-27",
			Location: "Geneva", LocationActor: "city:CHE:geneve", LocationCountry: "CHE", CAMEO: "057", Goldstein: 8, QuadClass: 1})
		if err != nil {
			return err
		}
		return tx.AddMention(ctx, &store.EventMention{EventID: eventID, ArticleID: artID, ArticleEventID: "e1", Text: text,
			Confidence: 0.9, Date: "2025-04-01", Precision: "month", DateFrom: "2025-04-21", DateTo: "2025-04-27",
			Location: "Geneva", LocationActor: "city:CHE:geneve", LocationCountry: "CHE"})
	})
	if err != nil {
		t.Fatal(err)
	}
	return eventID
}

// fullArticle is an article with one item in each of its lists.
func fullArticle() *model.Article {
	// Late in the evening west of UTC, and an outlet with a name of its
	// own: lists show both as the article's page does (the next day in
	// UTC and the host would be wrong).
	pub := time.Date(2025, 3, 11, 23, 30, 0, 0, time.FixedZone("", -5*3600))
	a := &model.Article{URL: "https://east.example/full", Title: "Ferry talks", Text: "Ferry talks resumed.",
		Published: &pub, Site: "East Wire", Summary: "Ferry talks resumed.", Sports: true}
	rv := reflect.ValueOf(a).Elem()
	for i := range rv.NumField() {
		if f := rv.Field(i); f.Kind() == reflect.Slice && f.Len() == 0 {
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		}
	}
	return a
}

// slowStore answers no event query before its context ends.
type slowStore struct{ store.Store }

func (s slowStore) Events(ctx context.Context, q store.EventQuery) ([]store.Event, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// A query that outlasts --query-timeout is a 503 with a JSON error, and the
// document says so for every API operation (it documented none).
func TestOpenAPIDocumentsTimeout(t *testing.T) {
	h := New(Config{Store: slowStore{openTestStore(t)}, QueryTimeout: 20 * time.Millisecond}).Handler()
	res, body := get(t, h, "GET", "/api/events", "")
	var e struct{ Error string }
	if res.StatusCode != 503 || json.Unmarshal(body, &e) != nil || !strings.Contains(e.Error, "--query-timeout") {
		t.Errorf("slow query: %d %s", res.StatusCode, body)
	}
	var raw struct {
		Paths map[string]map[string]struct {
			Responses map[string]json.RawMessage `json:"responses"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDoc, &raw); err != nil {
		t.Fatal(err)
	}
	for path, item := range raw.Paths {
		for m, op := range item {
			if _, ok := op.Responses["503"]; strings.HasPrefix(path, "/api/") && !ok {
				t.Errorf("%s %s does not document 503", strings.ToUpper(m), path)
			}
		}
	}
}
