package kb

import "testing"

// TestCourtRoles checks the judiciary's group words: a court, and a
// tribunal, a court under another name; singular and plural.
func TestCourtRoles(t *testing.T) {
	k := mustLoad(t)
	for _, in := range []string{"tribunal", "tribunals", "court", "courts"} {
		r, ok := k.Role(in)
		if !ok || r.Sector != SectorJudiciary || !r.Group || r.Office != "" {
			t.Errorf("Role(%q) = %+v, %v; want judiciary group", in, r, ok)
		}
	}
	// Near-miss: "judge" is one person of the judiciary, not a group.
	if r, ok := k.Role("judge"); !ok || r.Sector != SectorJudiciary || r.Group {
		t.Errorf("Role(judge) = %+v, %v; want judiciary, no group", r, ok)
	}
}
