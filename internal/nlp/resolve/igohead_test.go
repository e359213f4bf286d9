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

// TestBodyHeadWords: "chief", "head" or "boss" next to an international
// body's name is the body's one head on the article's date; a compound
// ("chief economist"), a body with several heads at once and no
// Secretary-General among them (the EU: the presidents of the Commission
// and of the Council) and an undated article name none.
func TestBodyHeadWords(t *testing.T) {
	checkBodyHeads(t, "igo", []bodyHeadCase{
		{"body then chief", "The IAEA chief criticised Iran.", "IAEA", "2025-03-12", "chief", "person:rafael_grossi"},
		{"head of the body", "The head of the World Health Organization urged calm.", "World Health Organization", "2025-03-12", "head", "person:tedros_adhanom_ghebreyesus"},
		{"head of a body with no article", "The head of NATO met ministers.", "NATO", "2023-03-12", "head", "person:jens_stoltenberg"},
		{"boss", "The WTO boss warned of tariffs.", "WTO", "2025-03-12", "boss", "person:ngozi_okonjo_iweala"},
		{"a compound names someone else", "The IMF chief economist said growth would slow.", "IMF", "2025-03-12", "chief", ""},
		// The UN lists its agencies' heads under its code too; its chief
		// is the Secretary-General (kb.BodyHead).
		{"the Secretary-General among several heads", "The UN chief condemned the strike.", "UN", "2025-03-12", "chief", "person:antonio_guterres"},
		{"the Secretary-General at an earlier date", "The UN chief condemned the strike.", "UN", "2012-03-12", "chief", "person:ban_ki_moon"},
		{"several heads and no Secretary-General", "The EU chief condemned the strike.", "EU", "2025-03-12", "chief", ""},
		{"undated", "The IAEA chief criticised Iran.", "IAEA", "", "chief", ""},
	})
}

// TestStateBodyHeads: a head word after a state body whose head holds an
// office (bodyHeadOffices) is that office's holder on the article's date:
// "the Kremlin chief" is Russia's president, "the Pentagon chief" the
// U.S. Secretary of Defense; a compound ("chief of staff", "chief
// spokesman"), an undated article and a body not listed name none.
func TestStateBodyHeads(t *testing.T) {
	checkBodyHeads(t, "", []bodyHeadCase{
		{"the Kremlin's", "The Kremlin chief signed a decree.", "Kremlin", "2023-03-12", "chief", "person:vladimir_putin"},
		{"the Kremlin's at an earlier date", "The Kremlin chief signed a decree.", "Kremlin", "2010-03-12", "chief", "person:dmitry_medvedev"},
		{"the Pentagon's", "The Pentagon chief visited Seoul.", "Pentagon", "2010-03-12", "chief", "person:robert_gates"},
		{"boss", "The Pentagon boss visited Seoul.", "Pentagon", "2023-03-12", "boss", "person:lloyd_austin"},
		{"the State Department's", "The State Department chief flew to Cairo.", "State Department", "2014-03-12", "chief", "person:john_kerry"},
		{"chief of staff", "The Kremlin chief of staff resigned.", "Kremlin", "2023-03-12", "chief", ""},
		{"chief spokesman", "The Pentagon chief spokesman briefed reporters.", "Pentagon", "2023-03-12", "chief", ""},
		{"undated", "The Kremlin chief signed a decree.", "Kremlin", "", "chief", ""},
		{"a body not listed", "The Bundestag chief opened the session.", "Bundestag", "2023-03-12", "chief", ""},
	})
}

// bodyHeadCase is one head word next to a body tagged ORG.
type bodyHeadCase struct {
	name, text, org, published string
	head, want                 string // want "": no role entity for head
}

// checkBodyHeads resolves each case's text with its body tagged ORG and
// checks the role entity of its head word; sector, when not empty, is the
// sector that role must have.
func checkBodyHeads(t *testing.T, sector string, cases []bodyHeadCase) {
	t.Helper()
	s := newStage(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, [][2]string{{c.org, "ORG"}})
			got := ""
			for _, e := range art.Entities {
				if e.Type == EntityRole && e.Text == c.head {
					got = e.ActorID
					if sector != "" && e.Sector != sector {
						t.Errorf("%q: %s sector %q, want %s", c.text, e.Text, e.Sector, sector)
					}
				}
			}
			if got != c.want {
				t.Errorf("%q: %s = %q, want %q", c.text, c.head, got, c.want)
			}
		})
	}
}
