package events

import "github.com/newsgraph/newsgraph/internal/kb"

// noteScene keeps the one country the article's sentences have named by a
// country's, a capital's or a place's own name ("Japan", "Tokyo", "Osaka"),
// or "-" once a second is named. Nationality words, persons and bodies
// are left out: "the Chinese ambassador" and "Premier Li Qiang" come to a
// story set elsewhere as often as they act at home.
func (st *articleState) noteScene(ms []mention) {
	if st.scene == "-" {
		return
	}
	for _, m := range ms {
		if m.country == "" || m.borrowed || m.abroad || len(m.pair) > 0 {
			continue
		}
		if m.kind != kb.TypeCountry && m.kind != "capital" && m.kind != "place" {
			continue
		}
		if st.scene != "" && st.scene != m.country {
			st.scene = "-"
			return
		}
		st.scene = m.country
	}
}
