package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// TestOutletNamesake: an organisation the tagger read as a news medium's
// (the word before it says "radio station" or "newspaper") is no party
// or body the knowledge base holds under the same letters; without that
// word the knowledge base's actor stands.
func TestOutletNamesake(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		media      bool
		want       string // actor id; "doc:" for an article's own id
		sector     string
	}{
		{"a radio station named like a party", "The minister told radio station RPP that the cabinet would not resign.", true, "doc:", kb.SectorMedia},
		{"the party itself", "The RPP said it would join the coalition in Kathmandu.", false, "NPL.PTY.RPP", kb.SectorParty},
		{"a known outlet stays", "The minister told the newspaper Reuters that the cabinet would not resign.", true, "GBR.MED.REUTERS", kb.SectorMedia},
	} {
		t.Run(c.name, func(t *testing.T) {
			name := "RPP"
			if c.want == "GBR.MED.REUTERS" {
				name = "Reuters"
			}
			art := article(c.text, "2026-11-23")
			standInEntities(t, s.kb, art)
			art.Entities = nil
			e := entity(art, name, model.EntityOrg, 0)
			if c.media {
				e.Sector = kb.SectorMedia // as the tagger sets it after an outlet's word
			}
			art.Entities = append(art.Entities, e)
			s.Resolve(art)
			for _, e := range art.Entities {
				if e.Text != name || e.Type != model.EntityOrg {
					continue
				}
				if c.want == "doc:" && (len(e.ActorID) < 4 || e.ActorID[:4] != "doc:") || c.want != "doc:" && e.ActorID != c.want {
					t.Errorf("%s -> %q, want %q", name, e.ActorID, c.want)
				}
				if e.Sector != c.sector {
					t.Errorf("%s -> sector %q, want %q", name, e.Sector, c.sector)
				}
				return
			}
			t.Fatalf("no %s in %v", name, art.Entities)
		})
	}
}
