package model

import "testing"

// TestTookPlace: a denial or a plan did not happen; a pledge and a threat
// are acts of their own however far off what they promise is; events
// stored before polarity and modality were kept count as told.
func TestTookPlace(t *testing.T) {
	for _, c := range []struct {
		polarity, modality, typ, cameo string
		want                           bool
	}{
		{"asserted", "actual", "SUPPORT", "057", true},
		{"", "", "CONSULT", "040", true},
		{"negated", "actual", "SUPPORT", "057", false},
		{"negated", "intended", "AGREE", "033", false},
		{"asserted", "planned", "CONSULT", "036", false},
		{"asserted", "hypothetical", "ASSAULT", "190", false},
		{"asserted", "demanded", "RETREAT", "087", false},
		{"asserted", "intended", "AGREE", "033", true},
		{"asserted", "intended", "agree", "030", true},
		{"asserted", "intended", "THREATEN", "138", true},
		{"asserted", "intended", "CONSULT", "036", false},
		{"asserted", "intended", "AGREE", "", false},
	} {
		if got := TookPlace(c.polarity, c.modality, c.typ, c.cameo); got != c.want {
			t.Errorf("TookPlace(%q, %q, %q, %q) = %v, want %v", c.polarity, c.modality, c.typ, c.cameo, got, c.want)
		}
	}
}
