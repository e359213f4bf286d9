package merge

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// datedReport is an article of its own URL and bytes, published at
// published, that reports one AGREE between Kestria and Volmark dated date
// ("" for none) at precision.
func datedReport(t *testing.T, url, published, date, precision string) *model.Document {
	t.Helper()
	pub, err := time.Parse(time.RFC3339, published)
	if err != nil {
		t.Fatal(err)
	}
	ev := model.Event{ID: "e1", Type: "AGREE", Date: date, Precision: precision, Confidence: 1, QuadClass: 1,
		Source:   []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}},
		Target:   []model.EventActor{{Text: "Volmark", ActorID: "VLM", Country: "VLM"}},
		Evidence: []model.Evidence{{Sentence: 0, Text: "Kestria and Volmark signed an accord.", Trigger: "signed"}}}
	return &model.Document{URL: url, Raw: []byte(url), Article: &model.Article{URL: url, Title: "t", Text: "x", Published: &pub, Events: []model.Event{ev}}}
}

// storedDates lists the stored events as "date precision sources".
func storedDates(t *testing.T, s store.Store) []string {
	return storedEvents(t, s, func(e store.Event) string { return e.Date + " " + e.Precision })
}

// storedEvents lists the stored events as line(e) followed by their
// number of sources.
func storedEvents(t *testing.T, s store.Store, line func(store.Event) string) []string {
	t.Helper()
	evs, err := s.Events(context.Background(), store.EventQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, line(e)+" "+string(rune('0'+e.NumSources)))
	}
	return out
}

// checkMergedAndRemerged applies docs to a fresh store and checks the
// stored events (as list lists them) are want, and that remerging the
// stored analyses changes nothing.
func checkMergedAndRemerged(t *testing.T, docs []*model.Document, list func(*testing.T, store.Store) []string, want []string) {
	t.Helper()
	s := openStore(t)
	applyAll(t, s, docs...)
	if got := list(t, s); !slices.Equal(got, want) {
		t.Errorf("stored events %q, want %q", got, want)
	}
	before := snapshot(t, s)
	remerge(t, s, Options{})
	if got := snapshot(t, s); got != before {
		t.Errorf("remerged:\n%s\nwant:\n%s", got, before)
	}
	if got := list(t, s); !slices.Equal(got, want) {
		t.Errorf("remerged events %q, want %q", got, want)
	}
}

// An event first known to a month (or year) takes the day a later report
// gives, whichever order the reports come in; it never goes back to the
// coarser date, and a report of another month is another event.
func TestEventDateSharpens(t *testing.T) {
	month := func(url, pub string) *model.Document {
		return datedReport(t, url, pub, "2018-06", model.PrecisionMonth)
	}
	day := func(url, pub, date string) *model.Document {
		return datedReport(t, url, pub, date, model.PrecisionDay)
	}
	for _, c := range []struct {
		name string
		docs []*model.Document
		want []string
	}{
		{"month then day", []*model.Document{
			month("https://a.example/1", "2021-07-28T09:00:00Z"),
			day("https://b.example/1", "2022-01-10T09:00:00Z", "2018-06-12"),
		}, []string{"2018-06-12 day 2"}},
		{"day then month", []*model.Document{
			day("https://b.example/1", "2022-01-10T09:00:00Z", "2018-06-12"),
			month("https://a.example/1", "2021-07-28T09:00:00Z"),
		}, []string{"2018-06-12 day 2"}},
		{"month, day, month", []*model.Document{
			month("https://a.example/1", "2021-07-28T09:00:00Z"),
			day("https://b.example/1", "2022-01-10T09:00:00Z", "2018-06-12"),
			month("https://c.example/1", "2023-03-01T09:00:00Z"),
		}, []string{"2018-06-12 day 3"}},
		{"year then month then day", []*model.Document{
			datedReport(t, "https://a.example/1", "2021-07-28T09:00:00Z", "2018", model.PrecisionYear),
			datedReport(t, "https://b.example/1", "2021-08-28T09:00:00Z", "2018-01", model.PrecisionMonth),
			day("https://c.example/1", "2022-01-10T09:00:00Z", "2018-01-03"),
		}, []string{"2018-01-03 day 3"}},
		{"another month", []*model.Document{
			month("https://a.example/1", "2021-07-28T09:00:00Z"),
			day("https://b.example/1", "2022-01-10T09:00:00Z", "2018-07-02"),
		}, []string{"2018-07-02 day 1", "2018-06-01 month 1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			applyAll(t, s, c.docs...)
			if got := storedDates(t, s); !slices.Equal(got, c.want) {
				t.Errorf("stored events %q, want %q", got, c.want)
			}
			// Remerging gives the same events.
			before := snapshot(t, s)
			remerge(t, s, Options{})
			if got := snapshot(t, s); got != before {
				t.Errorf("remerged:\n%s\nwant:\n%s", got, before)
			}
		})
	}
}

// Reports that give an event different days: the day most sources give
// wins; of days given by as many sources, the earliest report's; a report
// that gives no day has no say.
func TestEventDateMajority(t *testing.T) {
	day := func(url, pub, date string) *model.Document {
		return datedReport(t, url, pub, date, model.PrecisionDay)
	}
	for _, c := range []struct {
		name string
		docs []*model.Document
		want []string
	}{
		{"two sources against one", []*model.Document{
			day("https://a.example/1", "2024-05-07T09:00:00Z", "2024-05-06"),
			day("https://b.example/1", "2024-05-07T10:00:00Z", "2024-05-07"),
			day("https://c.example/1", "2024-05-07T11:00:00Z", "2024-05-07"),
		}, []string{"2024-05-07 day 3"}},
		{"one source twice is one", []*model.Document{
			day("https://a.example/1", "2024-05-07T09:00:00Z", "2024-05-06"),
			day("https://b.example/1", "2024-05-07T10:00:00Z", "2024-05-07"),
			day("https://b.example/2", "2024-05-07T11:00:00Z", "2024-05-07"),
		}, []string{"2024-05-06 day 2"}},
		{"tie goes to the earliest report, stored later", []*model.Document{
			day("https://b.example/1", "2024-05-08T10:00:00Z", "2024-05-07"),
			day("https://a.example/1", "2024-05-07T09:00:00Z", "2024-05-06"),
		}, []string{"2024-05-06 day 2"}},
		{"an undated report has no say", []*model.Document{
			datedReport(t, "https://a.example/1", "2024-05-08T09:00:00Z", "", ""),
			day("https://b.example/1", "2024-05-08T10:00:00Z", "2024-05-06"),
		}, []string{"2024-05-06 day 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMergedAndRemerged(t, c.docs, storedDates, c.want)
		})
	}
}
