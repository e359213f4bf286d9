package quotes

import (
	"strings"
	"testing"
)

// TestPairSpeaker: a pair phrase the resolver gave the two parties named
// before it ("both sides" -> ARM, AZE) speaks as both of them, as a joint
// speaker of two named conjuncts does.
func TestPairSpeaker(t *testing.T) {
	f := newFinder(t)
	text := "Armenia and Azerbaijan signed a draft accord on Monday. Both sides said the deal was a step forward."
	a := buildArticle(text, []entityDef{{typ: "GPE", name: "Armenia", actor: "ARM"}, {typ: "GPE", name: "Azerbaijan", actor: "AZE"},
		{typ: "ROLE", name: "Both sides"}})
	for i := range a.Entities {
		if a.Entities[i].Text == "Both sides" {
			a.Entities[i].ActorIDs = []string{"ARM", "AZE"}
		}
	}
	qs := f.Find(a)
	found := false
	for _, q := range qs {
		if q.Speaker == nil || q.Speaker.Text != "Both sides" {
			continue
		}
		found = true
		if strings.Join(q.Speaker.ActorIDs, ",") != "ARM,AZE" || q.Speaker.ActorID != "" {
			t.Errorf("speaker %+v, want actors ARM, AZE and no single actor", *q.Speaker)
		}
	}
	if !found {
		t.Fatalf("no quote spoken by both sides in %v", qs)
	}
}
