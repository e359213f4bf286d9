package kb

import "testing"

// TestGuardRoles checks that those who keep a state's prisons and guard
// posts are police (CAMEO COP), singular and plural, while a state's elite
// guard units stay military and a player's position is the sport's.
func TestGuardRoles(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		word   string
		sector string
	}{
		{"guard", SectorPolice},
		{"guards", SectorPolice},
		{"prison guards", SectorPolice},
		{"prison officer", SectorPolice},
		{"warden", SectorPolice},
		{"wardens", SectorPolice},
		{"warders", SectorPolice},
		{"jailer", SectorPolice},
		{"jailers", SectorPolice},
		{"jailors", SectorPolice},
		{"corrections officers", SectorPolice},
		{"border guards", SectorPolice},
		// Near misses: guards of another sector.
		{"coast guard", SectorMilitary},
		{"national guard", SectorMilitary},
		{"presidential guard", SectorMilitary},
		{"republican guard", SectorMilitary},
		{"point guard", SectorSports},
		{"officer", SectorMilitary},
	}
	for _, tt := range tests {
		r, ok := k.Role(tt.word)
		if !ok || r.Sector != tt.sector {
			t.Errorf("Role(%q) = %+v, %v; want sector %s", tt.word, r, ok, tt.sector)
		}
	}
}
