package merge

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/postgres"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestCompatibleTypes(t *testing.T) {
	for _, c := range []struct {
		a, cameoA, b, cameoB string
		want                 bool
	}{
		{"AID", "070", "AID", "073", true},           // one type
		{"AID", "070", "SUPPORT", "051", true},       // aid told as support (typeFamilies)
		{"AGREE", "0331", "AID", "070", true},        // a pledge of economic aid and the aid
		{"AGREE", "0334", "SUPPORT", "052", true},    // a pledge of protection is of the aid family
		{"AGREE", "0331", "AGREE", "0333", true},     // two pledges of aid
		{"agree", "0332", "aid", "074", true},        // in any case
		{"AGREE", "030", "AGREE", "036", true},       // one type, whatever the intent
		{"AGREE", "036", "AID", "070", false},        // agreeing to meet is no aid
		{"AGREE", "036", "CONSULT", "040", false},    // nor a meeting
		{"AGREE", "030", "AGREE", "0331", false},     // another intent than aid
		{"AGREE", "0312", "AID", "070", false},       // intent to cooperate militarily is no pledge of aid
		{"AGREE", "", "AID", "070", false},           // no code: not known to be a pledge of aid
		{"AGREE", "03", "AID", "070", false},         // too coarse a code to say
		{"AGREE", "0331", "COOPERATE", "061", false}, // economic cooperation is not aid
		{"REQUEST", "0233", "AGREE", "0333", false},  // asking for aid is no pledge of it
		{"SUPPORT", "057", "AGREE", "030", true},     // a deal told as its signing and as the agreement
		{"SUPPORT", "0571", "AGREE", "0311", true},   // an agreement to cooperate economically, signed
		{"SUPPORT", "057", "AGREE", "032", true},     // diplomatic cooperation agreed and signed
		{"SUPPORT", "057", "AGREE", "039", true},     // a dispute settled and the settlement signed
		{"SUPPORT", "057", "AGREE", "036", false},    // agreeing to meet is no signing
		{"SUPPORT", "057", "AGREE", "035", false},    // nor is yielding
		{"SUPPORT", "057", "AGREE", "034", false},    // nor is promising reform
		{"SUPPORT", "057", "AGREE", "03", false},     // too coarse a code to say
		{"SUPPORT", "057", "AGREE", "", false},       // no code
		{"SUPPORT", "051", "AGREE", "030", false},    // praise is no signing
		{"SUPPORT", "057", "CONSULT", "040", false},  // the meeting where it was signed is another event
		{"AID", "070", "AGREE", "030", false},        // aid is no deal
		{"SUPPORT", "051", "AGREE", "", false},       // praise is no agreement
		{"CONSULT", "040", "COOPERATE", "062", true}, // typeFamilies
		{"COERCE", "172", "SANCTION", "163", true},   // typeFamilies
		{"SANCTION", "163", "AID", "070", false},     // other families
		{"ACCUSE", "112", "REJECT", "120", false},    // no family
		{"ASSAULT", "190", "ASSAULT", "1822", true},  // one type
	} {
		if got := compatibleTypes(c.a, c.cameoA, c.b, c.cameoB); got != c.want {
			t.Errorf("compatibleTypes(%s %s, %s %s) = %v, want %v", c.a, c.cameoA, c.b, c.cameoB, got, c.want)
		}
		if got := compatibleTypes(c.b, c.cameoB, c.a, c.cameoA); got != c.want {
			t.Errorf("compatibleTypes(%s %s, %s %s) = %v, want %v (turned round)", c.b, c.cameoB, c.a, c.cameoA, got, c.want)
		}
	}
}

func TestStatedIntentJoins(t *testing.T) {
	kor := []model.EventActor{{Text: "South Korea", ActorID: "KOR", Country: "KOR"}}
	jpn := []model.EventActor{{Text: "Japan", ActorID: "JPN", Country: "JPN"}}
	for _, c := range []struct {
		typ, cameo, modality string
		want                 bool
	}{
		{"AGREE", "0331", "intended", true},   // pledged aid: the pledge took place
		{"AGREE", "036", "intended", true},    // agreed to meet: the agreement took place
		{"THREATEN", "138", "intended", true}, // threatened to attack: the threat took place
		{"AGREE", "0331", "planned", false},   // plans to pledge: nothing took place yet
		{"AGREE", "0331", "hypothetical", false},
		{"CONSULT", "046", "intended", false}, // envoys sent to negotiate: the talks did not take place
		{"THREATEN", "", "intended", false},   // no code says it is a statement of intent
		{"AID", "070", "intended", false},     // an intended act of another type
		{"AGREE", "0331", "actual", true},
		{"AGREE", "0331", "", true},
	} {
		ev := &model.Event{Type: c.typ, CAMEO: c.cameo, Modality: c.modality, Confidence: 1, Source: kor, Target: jpn}
		if got := Joinable(ev, DefaultJoinConfidence); got != c.want {
			t.Errorf("%s %s %s: joinable = %v, want %v", c.typ, c.cameo, c.modality, got, c.want)
		}
	}
}

func TestSigningIsSymmetric(t *testing.T) {
	in := []model.EventActor{{Text: "India", ActorID: "IND", Country: "IND"}}
	ae := []model.EventActor{{Text: "the UAE", ActorID: "ARE", Country: "ARE"}}
	for _, c := range []struct {
		typ, cameo string
		same       bool
	}{
		{"SUPPORT", "057", true},   // both sign
		{"SUPPORT", "0571", true},  // a finer code of signing
		{"SUPPORT", "051", false},  // praise is one-way
		{"SUPPORT", "", false},     // not known to be a signing
		{"AID", "057", false},      // only SUPPORT carries 057
		{"AGREE", "", true},        // symmetricTypes
		{"ACCUSE", "", false},      // directed
		{"support", "057", true},   // in any case
		{"REJECT", "0571", false},  // a code of another type
		{"SUPPORT", "0057", false}, // not CAMEO 057
	} {
		a := EventKey(&model.Event{Type: c.typ, CAMEO: c.cameo, Source: in, Target: ae})
		b := EventKey(&model.Event{Type: c.typ, CAMEO: c.cameo, Source: ae, Target: in})
		if (a == b) != c.same {
			t.Errorf("%s %s: keys %q and %q; same = %v, want %v", c.typ, c.cameo, a, b, a == b, c.same)
		}
	}
}

// typeCases are second reports checked against a first one by the type
// rules (a pledge of aid joins the aid, a signing is one event either way
// round), on each store backend: merging finds candidates through the
// store's queries, which both backends must answer alike.
var typeCases = []struct {
	name          string
	first, second model.Event
	// secondDate is the second report's event date when not the first's.
	secondDate string
	merge      bool
}{
	{
		name:   "a pledge of aid joins the aid",
		first:  model.Event{Type: "AID", CAMEO: "070", Source: party1("the European Union", "EUR", "EUR", "igo"), Target: party1("Sudan", "SDN", "SDN", "")},
		second: model.Event{Type: "AGREE", CAMEO: "0331", Modality: "intended", Source: party1("Brussels", "EUR", "EUR", "igo"), Target: party1("Sudan", "SDN", "SDN", "")},
		merge:  true,
	},
	{
		name:   "aid joins the pledge of it",
		first:  model.Event{Type: "AGREE", CAMEO: "0332", Modality: "intended", Source: party1("Japan", "JPN", "JPN", ""), Target: party1("the Philippines", "PHL", "PHL", "")},
		second: model.Event{Type: "AID", CAMEO: "074", Source: party1("Tokyo", "JPN", "JPN", "government"), Target: party1("Manila", "PHL", "PHL", "government")},
		merge:  true,
	},
	{
		name:   "an agreement to meet does not join the aid",
		first:  model.Event{Type: "AID", CAMEO: "070", Source: party1("Japan", "JPN", "JPN", ""), Target: party1("the Philippines", "PHL", "PHL", "")},
		second: model.Event{Type: "AGREE", CAMEO: "036", Source: party1("Japan", "JPN", "JPN", ""), Target: party1("the Philippines", "PHL", "PHL", "")},
		merge:  false,
	},
	{
		name:   "a pledge of aid to another country",
		first:  model.Event{Type: "AID", CAMEO: "070", Source: party1("the European Union", "EUR", "EUR", "igo"), Target: party1("Sudan", "SDN", "SDN", "")},
		second: model.Event{Type: "AGREE", CAMEO: "0331", Modality: "intended", Source: party1("the European Union", "EUR", "EUR", "igo"), Target: party1("Chad", "TCD", "TCD", "")},
		merge:  false,
	},
	{
		name:   "a pledge of aid only planned does not join the aid",
		first:  model.Event{Type: "AID", CAMEO: "070", Source: party1("the European Union", "EUR", "EUR", "igo"), Target: party1("Sudan", "SDN", "SDN", "")},
		second: model.Event{Type: "AGREE", CAMEO: "0331", Modality: "planned", Source: party1("the European Union", "EUR", "EUR", "igo"), Target: party1("Sudan", "SDN", "SDN", "")},
		merge:  false,
	},
	{
		name:   "one threat told by two outlets",
		first:  model.Event{Type: "THREATEN", CAMEO: "138", Modality: "intended", Source: party1("Iran", "IRN", "IRN", ""), Target: party1("Israel", "ISR", "ISR", "")},
		second: model.Event{Type: "THREATEN", CAMEO: "138", Modality: "intended", Source: party1("Tehran", "IRN", "IRN", "government"), Target: party1("Israel", "ISR", "ISR", "")},
		merge:  true,
	},
	{
		name:   "a signing told the other way round",
		first:  model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("the UAE", "ARE", "ARE", ""), Target: party1("India", "IND", "IND", "")},
		second: model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("India", "IND", "IND", ""), Target: party1("the United Arab Emirates", "ARE", "ARE", "")},
		merge:  true,
	},
	{
		name:   "a signing told the other way round at another granularity",
		first:  model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("the UAE", "ARE", "ARE", ""), Target: party1("India", "IND", "IND", "")},
		second: model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("Narendra Modi", "person:narendra_modi", "IND", "government"), Target: party1("the UAE", "ARE", "ARE", "")},
		merge:  true,
	},
	{
		name:   "a signing joins the agreement told the other way round",
		first:  model.Event{Type: "AGREE", CAMEO: "030", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		second: model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("the United Arab Emirates", "ARE", "ARE", ""), Target: party1("New Delhi", "IND", "IND", "government")},
		merge:  true,
	},
	{
		name:   "an agreement joins the signing",
		first:  model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("Armenia", "ARM", "ARM", ""), Target: party1("Azerbaijan", "AZE", "AZE", "")},
		second: model.Event{Type: "AGREE", CAMEO: "039", Source: party1("Yerevan", "ARM", "ARM", "government"), Target: party1("Baku", "AZE", "AZE", "government")},
		merge:  true,
	},
	{
		name:       "an agreement a week after the signing is another event",
		first:      model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		second:     model.Event{Type: "AGREE", CAMEO: "030", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		secondDate: "2025-06-04",
		merge:      false,
	},
	{
		name:   "a signing with another partner is another event",
		first:  model.Event{Type: "AGREE", CAMEO: "030", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		second: model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("India", "IND", "IND", ""), Target: party1("Oman", "OMN", "OMN", "")},
		merge:  false,
	},
	{
		name:   "an agreement to meet does not join the signing",
		first:  model.Event{Type: "SUPPORT", CAMEO: "057", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		second: model.Event{Type: "AGREE", CAMEO: "036", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		merge:  false,
	},
	{
		name:   "praise does not join the agreement",
		first:  model.Event{Type: "AGREE", CAMEO: "030", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		second: model.Event{Type: "SUPPORT", CAMEO: "051", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		merge:  false,
	},
	{
		name:   "praise told the other way round is another event",
		first:  model.Event{Type: "SUPPORT", CAMEO: "051", Source: party1("the UAE", "ARE", "ARE", ""), Target: party1("India", "IND", "IND", "")},
		second: model.Event{Type: "SUPPORT", CAMEO: "051", Source: party1("India", "IND", "IND", ""), Target: party1("the UAE", "ARE", "ARE", "")},
		merge:  false,
	},
}

func party1(text, id, country, sector string) []model.EventActor {
	return []model.EventActor{{Text: text, ActorID: id, Country: country, Sector: sector}}
}

func runTypeCases(t *testing.T, open func(t *testing.T) store.Store) {
	for _, c := range typeCases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			doc := func(url string, ev model.Event, day int, date string) *model.Document {
				ev.ID, ev.Confidence, ev.Date, ev.Precision = "e1", 1, date, model.PrecisionDay
				pub := time.Date(2025, 5, day, 12, 0, 0, 0, time.UTC)
				return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{
					URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev},
				}}
			}
			second := c.secondDate
			if second == "" {
				second = "2025-05-28"
			}
			outs := applyAll(t, s, doc("https://a.example/1", c.first, 28, "2025-05-28"), doc("https://b.example/1", c.second, 29, second))
			if got := outs[1].Merged == 1; got != c.merge {
				t.Errorf("merged = %v, want %v (outcomes %+v)", got, c.merge, outs)
			}
			if !c.merge {
				return
			}
			e, ms, err := s.Event(context.Background(), 1)
			if err != nil {
				t.Fatal(err)
			}
			if e.NumSources != 2 || len(ms) != 2 {
				t.Errorf("event %+v: %d sources, %d mentions; want 2 and 2", e, e.NumSources, len(ms))
			}
		})
	}
}

func TestTypeRulesSQLite(t *testing.T) {
	runTypeCases(t, func(t *testing.T) store.Store { return openStore(t) })
}

func TestTypeRulesPostgres(t *testing.T) {
	runTypeCases(t, openPostgres)
}

// openPostgres opens a store on a throwaway PostgreSQL database (see
// pgtest), closed when the test ends: the second backend the merge cases
// run against.
func openPostgres(t *testing.T) store.Store {
	dsn, _ := pgtest.DSN(t)
	db, err := postgres.Open(context.Background(), dsn, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
