package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDatelineOffices: a bare "the prime minister" (chancellor, president,
// foreign minister) in a story datelined in a country that names no other
// country before it is that country's holder at the article's date; another
// country named first, no dateline, a visitor, a former holder or an
// undated article leave it no holder.
func TestDatelineOffices(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  []ent
		role                  string // the role mention's text
		want                  string // its actor id; "" for none
	}{
		{"the prime minister in a Dublin story", "DUBLIN — The prime minister said on Monday the housing plan would be published within weeks.", "2024-05-01",
			[]ent{{"DUBLIN", model.EntityGPE}}, "prime minister", "person:simon_harris"},
		{"the holder at the article's date", "DUBLIN — The prime minister said on Monday the housing plan would be published within weeks.", "2023-05-01",
			[]ent{{"DUBLIN", model.EntityGPE}}, "prime minister", "person:leo_varadkar"},
		{"the chancellor in a Berlin story", "BERLIN — The chancellor told reporters the coalition would hold.", "2023-05-01",
			[]ent{{"BERLIN", model.EntityGPE}}, "chancellor", "person:olaf_scholz"},
		{"the chancellor after a change of government", "BERLIN — The chancellor told reporters the coalition would hold.", "2025-06-01",
			[]ent{{"BERLIN", model.EntityGPE}}, "chancellor", "person:friedrich_merz"},
		{"the prime minister in a Madrid story", "MADRID — The prime minister called the vote a turning point for the country.", "2024-05-01",
			[]ent{{"MADRID", model.EntityGPE}}, "prime minister", "person:pedro_sanchez"},
		{"the foreign minister in a Tokyo story", "TOKYO — The foreign minister told reporters the talks would resume in June.", "2024-05-01",
			[]ent{{"TOKYO", model.EntityGPE}}, "foreign minister", "person:yoko_kamikawa"},
		{"the prime minister's office", "TOKYO — The prime minister's office said the trip had been postponed.", "2024-05-01",
			[]ent{{"TOKYO", model.EntityGPE}}, "prime minister", "person:fumio_kishida"},
		{"the president in a Paris story", "PARIS — The president said the pension reform would go ahead.", "2023-03-01",
			[]ent{{"PARIS", model.EntityGPE}}, "president", "person:emmanuel_macron"},
		{"only the home country named before", "DUBLIN — Ireland will raise its defence budget, the prime minister said on Monday.", "2024-05-01",
			[]ent{{"DUBLIN", model.EntityGPE}, {"Ireland", model.EntityGPE}}, "prime minister", "person:simon_harris"},
		{"another country named before the title", "DUBLIN — Talks with Japan's foreign minister ended on Monday. The prime minister said they had gone well.", "2024-05-01",
			[]ent{{"DUBLIN", model.EntityGPE}, {"Japan", model.EntityGPE}}, "prime minister", ""},
		{"another country named later in the title's sentence", "TOKYO — The foreign minister flew to Seoul on Monday for talks.", "2024-05-01",
			[]ent{{"TOKYO", model.EntityGPE}, {"Seoul", model.EntityGPE}}, "foreign minister", ""},
		{"a title only some countries use keeps its own rule", "LONDON — The Secretary of State said the talks would resume.", "2024-05-01",
			[]ent{{"LONDON", model.EntityGPE}}, "Secretary of State", ""},
		{"no dateline", "The prime minister said on Monday the housing plan would be published within weeks.", "2024-05-01",
			nil, "prime minister", ""},
		{"a visiting leader", "WASHINGTON — The visiting prime minister said the trade talks had gone well.", "2024-05-01",
			[]ent{{"WASHINGTON", model.EntityGPE}}, "prime minister", ""},
		{"a former holder", "BERLIN — The former chancellor said the coalition would not hold.", "2024-05-01",
			[]ent{{"BERLIN", model.EntityGPE}}, "chancellor", ""},
		{"an undated article", "BERLIN — The chancellor told reporters the coalition would hold.", "",
			[]ent{{"BERLIN", model.EntityGPE}}, "chancellor", ""},
	} {
		got := roleHolder(t, s, c.text, c.published, c.ents, c.role)
		if got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.role, got, c.want)
		}
	}
}
