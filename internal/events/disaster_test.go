package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDisasterCountryLetGo: aid sent with no recipient named after a
// disaster goes to the country it struck, until the article turns to
// another disaster named elsewhere or to a paragraph set in another
// country; a paragraph still about the relief, or set in the struck
// country, keeps it. Articles written for the test, paragraphs separated
// by blank lines.
func TestDisasterCountryLetGo(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	const quake = "RABAT (Newsgraph Wire) - A powerful earthquake struck Morocco on Friday, killing more than 2,000 people.\n\nSpain sent 80 rescuers on Saturday.\n\n"
	for _, c := range []struct {
		name  string
		text  string
		giver string // the country whose aid is checked
		want  string // the aid's target country; "" for none
	}{
		{"the struck country", quake + "Japan dispatched two search teams on Sunday.", "JPN", "MAR"},
		{"another disaster in two other countries", quake + "Floods also swept through parts of Pakistan and India this week, killing dozens.\n\nJapan dispatched two search teams on Sunday.", "JPN", ""},
		{"another disaster in one other country", quake + "A cyclone hit Mozambique on Sunday, flattening homes along the coast.\n\nBritain sent a team of aid workers.", "GBR", "MOZ"},
		{"a paragraph set in another country", quake + "In Lima, Peru's government said it would cut fuel taxes.\n\nJapan dispatched two search teams on Sunday.", "JPN", ""},
		{"a paragraph set in the struck country", quake + "In Marrakesh, residents slept in the streets for a third night.\n\nJapan dispatched two search teams on Sunday.", "JPN", "MAR"},
		{"a paragraph about the relief in the giver's capital", quake + "In Madrid, the Spanish government approved more aid on Monday.\n\nJapan dispatched two search teams on Sunday.", "JPN", "MAR"},
		{"a country acting is no change of scene", quake + "Qatar offered condolences to the Moroccan king.\n\nJapan dispatched two search teams on Sunday.", "JPN", "MAR"},
	} {
		art := codeSentence(t, stages, c.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "AID" || len(e.Source) == 0 || e.Source[0].Country != c.giver {
				continue
			}
			found = true
			tgt := ""
			if len(e.Target) > 0 {
				tgt = e.Target[0].Country
			}
			if tgt != c.want {
				t.Errorf("%s: AID %s -> %q, want %q", c.name, c.giver, tgt, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no AID by %s; events %v", c.name, c.giver, summarize(art.Events))
		}
	}
}

func summarize(evs []model.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Type)
		for _, a := range e.Source {
			b.WriteString(" " + a.Country)
		}
		b.WriteString(">")
		for _, a := range e.Target {
			b.WriteString(a.Country + " ")
		}
		b.WriteString("; ")
	}
	return b.String()
}
