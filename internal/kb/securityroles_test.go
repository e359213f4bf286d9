package kb

import "testing"

// TestSecurityRoles checks that a state's unnamed security officials and
// sources, singular and plural, are its security services (police, as
// "security forces"), while bare "sources" and "source" name no role.
func TestSecurityRoles(t *testing.T) {
	k := mustLoad(t)
	for _, w := range []string{"security sources", "security source", "security officials", "security official"} {
		if r, ok := k.Role(w); !ok || r.Sector != SectorPolice {
			t.Errorf("Role(%q) = %+v, %v; want sector %s", w, r, ok, SectorPolice)
		}
	}
	for _, w := range []string{"sources", "source", "security"} {
		if r, ok := k.Role(w); ok {
			t.Errorf("Role(%q) = %+v; want no role", w, r)
		}
	}
}
