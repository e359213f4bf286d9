package kb

import "testing"

// FIPS gives GDELT's FIPS 10-4 country codes, which differ from ISO
// alpha-2 for many countries and sometimes are another country's ISO code
// (Niger's FIPS NG is Nigeria's ISO code; Austria's AU is Australia's).
func TestFIPS(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ code, want string }{
		{"DEU", "GM"},
		{"GBR", "UK"},
		{"CHN", "CH"},
		{"JPN", "JA"},
		{"NGA", "NI"},
		{"NER", "NG"},
		{"AUT", "AU"},
		{"AUS", "AS"},
		{"USA", "US"},   // same as ISO alpha-2
		{"XKX", "KV"},   // Kosovo: the generator's XKX (world-countries says UNK), matched by XK
		{" deu ", "GM"}, // the stored code as an event may carry it
		{"EUR", ""},     // a region code, no country
		{"UMI", ""},     // the source gives the U.S. outlying islands no code
		{"", ""},
		{"place:USA-TX", ""},
	}
	for _, tt := range tests {
		if got := k.FIPS(tt.code); got != tt.want {
			t.Errorf("FIPS(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	// Nearly every country of countries.tsv has a code: a generator run
	// that matched few would leave the export's columns mostly empty.
	n, missing := 0, 0
	b := &builder{k: k}
	if err := b.readTSV(fileCountries, func(rec []string) error {
		n++
		if k.FIPS(rec[0]) == "" {
			missing++
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if missing > 5 {
		t.Errorf("fips.tsv: %d of %d countries have no FIPS code, want at most 5", missing, n)
	}
}
