package resolve

import "testing"

// TestIGOHeadRoles: the title of an international body's head after the
// body's name, with or without its hyphen, is the holder on the article's
// date (leaders.tsv lists the heads under the body's code), who acts for
// the body; before the first term the data records the role stays the
// body's.
func TestIGOHeadRoles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, org, published string
		role, want, sector         string
	}{
		{"hyphenated secretary-general", "The NATO secretary-general met ministers.", "NATO", "2025-03-12",
			"secretary-general", "person:mark_rutte", "igo"},
		{"his predecessor at an earlier date", "The NATO secretary-general met ministers.", "NATO", "2020-03-12",
			"secretary-general", "person:jens_stoltenberg", "igo"},
		{"hyphenated director-general", "The WHO director-general warned of an outbreak.", "WHO", "2025-03-12",
			"director-general", "person:tedros_adhanom_ghebreyesus", "igo"},
		{"director general without the hyphen", "The IAEA director general visited the plant.", "IAEA", "2025-03-12",
			"director general", "person:rafael_grossi", "igo"},
		{"before the body's first recorded head", "The IAEA director general visited the plant.", "IAEA", "2015-03-12",
			"director general", "IAEA", "igo"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, [][2]string{{c.org, "ORG"}})
			found := false
			for _, e := range art.Entities {
				if e.Type != EntityRole || e.Text != c.role {
					continue
				}
				found = true
				if e.ActorID != c.want || e.Sector != c.sector {
					t.Errorf("%q: %s = %s/%s, want %s/%s", c.text, e.Text, e.ActorID, e.Sector, c.want, c.sector)
				}
			}
			if !found {
				t.Errorf("%q: no role %q in %+v", c.text, c.role, art.Entities)
			}
		})
	}
}
