package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// A report's own place is shown only where it is another place than the
// event's, told apart by actor where both have one, else by words.
func TestReportPlaceDiffers(t *testing.T) {
	e := store.Event{Location: "Nyala", LocationActor: "SDN_NYALA", LocationCountry: "SDN"}
	for _, tc := range []struct {
		name string
		m    store.EventMention
		want bool
	}{
		{"no place", store.EventMention{}, false},
		{"same actor, other words", store.EventMention{Location: "the city of Nyala", LocationActor: "SDN_NYALA", LocationCountry: "SDN"}, false},
		{"other actor", store.EventMention{Location: "South Darfur", LocationActor: "SDN_SDARFUR", LocationCountry: "SDN"}, true},
		{"no actor, same words", store.EventMention{Location: "nyala "}, false},
		{"no actor, other words", store.EventMention{Location: "El Fasher"}, true},
	} {
		if got := reportPlaceDiffers(tc.m, e); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	if !reportPlaceDiffers(store.EventMention{Location: "Nyala"}, store.Event{}) {
		t.Errorf("a report's place where the event keeps none is not shown")
	}
}

// The events list names a place's country beside it; the event page's
// sources list gives each report's own place where it differs from the
// event's, with that place's country.
func TestEventPlacesShown(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "places.db")
	pub := time.Date(2025, 4, 22, 8, 0, 0, 0, time.UTC)
	e := store.Event{Key: "k1", Type: "ASSAULT", SourceActor: "SDN.REB", SourceName: "rebels", TargetActor: "SDN", TargetName: "Sudan",
		Location: "Nyala", LocationActor: "SDN_NYALA", LocationCountry: "SDN", Date: "2025-04-22", Precision: "day", QuadClass: 4}
	reports := []store.EventMention{
		{Location: "Nyala", LocationActor: "SDN_NYALA", LocationCountry: "SDN", Text: "Rebels shelled Nyala on Tuesday."},
		{Location: "Gereida", LocationActor: "SDN_GEREIDA", LocationCountry: "SDN", Text: "Rebels shelled Gereida on Tuesday."},
		{Text: "Rebels shelled the town on Tuesday."},
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertEvent(ctx, &e); err != nil {
			return err
		}
		for i := range reports {
			n := strconv.Itoa(i)
			id, err := tx.InsertArticle(ctx, &store.Article{URL: "https://wire" + n + ".example/a", Source: "wire" + n, Site: "Wire " + n,
				ContentHash: "h" + n, Title: "Shelling " + n, Text: reports[i].Text, Published: &pub})
			if err != nil {
				return err
			}
			reports[i].EventID, reports[i].ArticleID, reports[i].ArticleEventID = e.ID, id, "e1"
			if err := tx.AddMention(ctx, &reports[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/events")
	if code != 200 || !strings.Contains(body, `<span class="muted">in Nyala</span> <span class="muted country" title="country code SDN">Sudan</span>`) {
		t.Errorf("/events: status %d; want the place with its country's name", code)
	}
	code, body = fetch(t, mux, "/events/"+strconv.FormatInt(e.ID, 10))
	if code != 200 {
		t.Fatalf("event page: status %d", code)
	}
	if got := strings.Count(body, `title="the place this report gives the event`); got != 1 {
		t.Errorf("event page: %d reports' own places shown, want 1 (the one that differs)", got)
	}
	if !strings.Contains(body, `the one most of its sources give">in Gereida</span> <span class="muted country" title="country code SDN">Sudan</span>`) {
		t.Errorf("event page: the report placing it in Gereida does not say so")
	}
}

// A report's polarity differs from its event's when one denies what the
// other tells; modality alone, or a polarity not kept (""), does not.
func TestReportPolarityDiffers(t *testing.T) {
	for _, tc := range []struct {
		m, e string
		want bool
	}{
		{"negated", "asserted", true},
		{"asserted", "negated", true},
		{"asserted", "asserted", false},
		{"negated", "negated", false},
		{"", "asserted", false},
		{"negated", "", false},
	} {
		if got := (store.EventMention{Polarity: tc.m}).PolarityDiffers(store.Event{Polarity: tc.e}); got != tc.want {
			t.Errorf("report %q, event %q: %v, want %v", tc.m, tc.e, got, tc.want)
		}
	}
}
