package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// The event lists mark an event that did not take place before its type,
// the event page says how its reports tell it (and a report that tells it
// otherwise), and the events page's "Took place only" box (asserted=1)
// lists only what took place and stays ticked.
func TestEventPolarityShownAndFiltered(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "polarity.db")
	ev := func(key, typ, cameo, pol, mod, date string) store.Event {
		return store.Event{Key: key, Type: typ, CAMEO: cameo, SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
			Date: date, Precision: "day", QuadClass: 2, Polarity: pol, Modality: mod}
	}
	signed := ev("s", "SUPPORT", "057", "asserted", "actual", "2025-05-01")
	denied := ev("d", "SUPPORT", "057", "negated", "actual", "2025-05-02")
	planned := ev("p", "CONSULT", "040", "asserted", "planned", "2025-05-03")
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []*store.Event{&signed, &denied, &planned} {
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	page := func(path string) string {
		t.Helper()
		code, body := fetch(t, mux, path)
		if code != 200 {
			t.Fatalf("%s: status %d", path, code)
		}
		return body
	}
	mark := `<em class="mark"`
	body := page("/events")
	for _, want := range []string{mark, `>not:</em><span class="untold negated">SUPPORT</span>`, `>planned:</em><span class="untold">CONSULT</span>`, `name="asserted"`} {
		if !strings.Contains(body, want) {
			t.Errorf("/events: want %q", want)
		}
	}
	if n := strings.Count(body, mark); n != 2 {
		t.Errorf("/events: %d marks, want 2 (the signing has none)", n)
	}
	body = page("/events?asserted=1")
	if strings.Contains(body, mark) || !strings.Contains(body, "/events/"+strconv.FormatInt(signed.ID, 10)) {
		t.Errorf("/events?asserted=1: want the signing alone, unmarked")
	}
	if !strings.Contains(body, `value="1" checked`) {
		t.Errorf("/events?asserted=1: the box is not ticked")
	}
	body = page("/events/" + strconv.FormatInt(denied.ID, 10))
	for _, want := range []string{"<h1>not:SUPPORT: Kestria → Volmark</h1>", "<dt>Told as</dt>", "not having happened (negated)"} {
		if !strings.Contains(body, want) {
			t.Errorf("denied event's page: want %q", want)
		}
	}
	body = page("/events/" + strconv.FormatInt(planned.ID, 10))
	if !strings.Contains(body, "<dt>Told as</dt>") || !strings.Contains(body, ">planned</span>") || strings.Contains(body, "negated") {
		t.Errorf("planned event's page: want it told as planned, not negated")
	}
	if body := page("/events/" + strconv.FormatInt(signed.ID, 10)); strings.Contains(body, "<dt>Told as</dt>") {
		t.Errorf("the signing's page says it was told otherwise")
	}
}
