package events

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// TestExampleArticle checks the acceptance list of issue 4 on the shared
// example article (third-party text: read from ../shared, never copied into
// the repository; skipped when absent).
func TestExampleArticle(t *testing.T) {
	dir := shared.DataDir()
	if dir == "" {
		t.Skip("shared data not found; skipping")
	}
	p := filepath.Join(dir, "..", "examples", "newsweek-2021-07-30-xi-kim.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("example %s not found; skipping", p)
	}
	c := coder(t)
	a := &model.Article{Text: string(b)}
	evs := c.Code(a, pub, segment.Sentences(a.Text))

	find := func(typ, src, tgt string) []model.Event {
		var out []model.Event
		for _, e := range evs {
			if e.Type != typ || e.Polarity != "asserted" {
				continue
			}
			if src != "" && (len(e.Source) == 0 || e.Source[0].Country != src) {
				continue
			}
			if tgt != "" && (len(e.Target) == 0 || e.Target[0].Country != tgt) {
				continue
			}
			out = append(out, e)
		}
		return out
	}
	check := func(what string, cands []model.Event, date, modality string) {
		t.Helper()
		for _, e := range cands {
			if (date == "" || e.Date == date || date == "-" && e.Date == "") && (modality == "" || e.Modality == modality) {
				return
			}
		}
		var got []string
		for _, e := range evs {
			v := view(e)
			got = append(got, v.typ+" "+v.src+"->"+v.tgt+" "+v.date+" "+v.modality+" "+v.polarity)
		}
		t.Errorf("%s: no event with date %q modality %q among\n%s", what, date, modality, strings.Join(got, "\n"))
	}
	check("Xi pledging support to Kim", append(find("AGREE", "CHN", "PRK"), find("SUPPORT", "CHN", "PRK")...), "-", "")
	check("Kim convening the army workshop", find("CONSULT", "PRK", ""), "2021-07-27", "")
	check("North Korea restoring lines with South Korea", find("COOPERATE", "PRK", "KOR"), "2021-07-27", "")
	check("Moon and Kim exchanging letters since April", find("CONSULT", "KOR", "PRK"), "2021-04", "")
	// Joint exercises are COOPERATE in PLOVER ("Joint military operations
	// are coded as COOPERATE but single-country exercises should be coded
	// as MOBILIZE").
	check("US-South Korea drills planned for August", find("COOPERATE", "USA", "KOR"), "2021-08", "planned")
	check("North Korea criticising the drills", find("ACCUSE", "PRK", ""), "", "")
	check("Sherman's visit to China", find("CONSULT", "USA", "CHN"), "", "")
	check("the 2018 summits dated then", find("CONSULT", "USA", "PRK"), "2018", "")
	for _, e := range evs {
		for _, v := range e.Evidence {
			tr := strings.ToLower(v.Trigger)
			if e.Polarity == "asserted" && (strings.Contains(tr, "agreement") || strings.Contains(tr, "mention")) {
				t.Errorf("asserted event from negated text: %+v", e)
			}
		}
	}
}
