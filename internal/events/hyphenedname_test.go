package events_test

import (
	"strings"
	"testing"
	"time"
)

// A double-barrelled name ("Kosiniak-Kamysz", "Amir-Abdollahian") the resolver
// read as one known person is that person: one actor whose text is the
// whole name, not two actors either side of the hyphen, each of which
// coded an event of its own ("U.S.-South Korea" still joins two actors,
// see the broker and pair probes).
func TestHyphenedNameIsOnePerson(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, typ, side, wantID, wantName string
	}{
		{"Polish Defence Minister Wladyslaw Kosiniak-Kamysz met his Lithuanian counterpart in Vilnius on Monday.", "CONSULT", "source", "person:wladyslaw_kosiniak_kamysz", "Kosiniak-Kamysz"},
		{"Iraq's foreign minister met Iranian Foreign Minister Hossein Amir-Abdollahian in Baghdad on Monday.", "CONSULT", "target", "person:hossein_amir_abdollahian", "Amir-Abdollahian"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != tt.typ {
				continue
			}
			n++
			side := e.Source
			if tt.side == "target" {
				side = e.Target
			}
			if len(side) != 1 || side[0].ActorID != tt.wantID || !strings.Contains(side[0].Text, tt.wantName) {
				t.Errorf("%q: %s %s = %+v, want one actor %s named %q", tt.text, tt.typ, tt.side, side, tt.wantID, tt.wantName)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d %s events, want 1; events %+v", tt.text, n, tt.typ, art.Events)
		}
	}
}

// A person's name the resolver found only in the article, whose hyphen
// follows a name particle ("al-Nouri", "el-Masri"), is one actor with its
// id and the whole name, not cut before the hyphen as a name pair
// ("U.S.-South Korea") would be.
func TestParticleNameIsOnePerson(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, typ, wantID, wantName string
	}{
		{"Rebel leader Khalid al-Nouri rejected the peace deal on Monday.", "REJECT", "doc:person:khalid_al_nouri", "Khalid al-Nouri"},
		{"Opposition leader Youssef el-Masri rejected the election results on Monday.", "REJECT", "doc:person:youssef_el_masri", "Youssef el-Masri"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var n int
		for _, e := range art.Events {
			if e.Type != tt.typ {
				continue
			}
			n++
			if len(e.Source) != 1 || e.Source[0].ActorID != tt.wantID || !strings.Contains(e.Source[0].Text, tt.wantName) {
				t.Errorf("%q: %s source = %+v, want one actor %s named %q", tt.text, tt.typ, e.Source, tt.wantID, tt.wantName)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d %s events, want 1; events %+v", tt.text, n, tt.typ, art.Events)
		}
	}
}
