package events

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
)

func TestPartyDiscipline(t *testing.T) {
	party := mention{country: "KEN", sector: kb.SectorParty}
	state := mention{country: "KEN"}
	tests := []struct {
		name     string
		src, tgt group
		want     bool
	}{
		{"party expels own lawmaker", group{party}, group{{country: "KEN", sector: kb.SectorLegislature}}, true},
		{"party expels member of no country", group{party}, group{{sector: kb.SectorGovernment}}, true},
		{"party expels a foreign envoy", group{party}, group{{country: "RUS", sector: kb.SectorGovernment}}, false},
		{"state expels a lawmaker", group{state}, group{{country: "KEN", sector: kb.SectorLegislature}}, false},
		{"no target", group{party}, nil, false},
	}
	for _, tc := range tests {
		if got := partyDiscipline(tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s: partyDiscipline = %v, want %v", tc.name, got, tc.want)
		}
	}
}
