package kb

import (
	"slices"
	"testing"
)

// An ethnic group's words give the countries it lives in (groups.tsv
// homes); a group spread too widely, a regional word and a word of no
// group give none.
func TestGroupHomes(t *testing.T) {
	k := mustLoad(t)
	for in, want := range map[string][]string{
		"Rohingya": {"MMR"}, "Tigrayan": {"ETH"}, "Tigrayans": {"ETH"}, "Baluch": {"PAK", "IRN"},
		"Kurdish": {"TUR", "IRQ", "SYR", "IRN"}, "Arab": nil, "European": nil, "Table": nil,
	} {
		if got := k.GroupHomes(Normalize(in)); !slices.Equal(got, want) {
			t.Errorf("GroupHomes(%q) = %v, want %v", in, got, want)
		}
	}
}

// The loader refuses a home that is no country, and homes for a regional
// group (its region code says where it is).
func TestGroupHomesRefused(t *testing.T) {
	for _, tt := range []struct {
		row []string
		bad bool
	}{
		{[]string{"Oromo", "ethnic", "Oromo", "", "ETH|XXX"}, true},
		{[]string{"Asians", "regional", "Asian", "ASA", "ETH"}, true},
		{[]string{"Oromo", "ethnic", "Oromo", "", "ETH"}, false},
	} {
		b := &builder{k: &KB{byID: map[string]int{}, byAlias: map[string][]int{}, regions: map[string]string{}, groupHomes: map[string][]string{}},
			gazSeen: map[GazEntry]bool{}, aliasSet: map[string]map[int]bool{}}
		if _, err := b.add(Actor{ID: "ETH", Name: "Ethiopia", Type: TypeCountry, Country: "ETH"}); err != nil {
			t.Fatal(err)
		}
		if err := b.group(tt.row); (err != nil) != tt.bad {
			t.Errorf("group %v: error %v, want one: %v", tt.row, err, tt.bad)
		}
	}
}
