package kb

import (
	"fmt"
	"strings"
)

// FIPS returns the FIPS 10-4 code of a country (by its knowledge-base code,
// "DEU" -> "GM", "AUT" -> "AU", "AUS" -> "AS"), the code GDELT writes in
// its *_CountryCode geography columns, or "" for a code that is no country
// of data/fips.tsv (a territory FIPS 10-4 or the source gives none, a
// region or an international body).
func (k *KB) FIPS(country string) string {
	k.loadFIPS()
	return k.fips[strings.ToUpper(strings.TrimSpace(country))]
}

// loadFIPS parses data/fips.tsv on the first call, not in Load: the NLP
// pipeline never needs it. The data is embedded, so an error is a broken
// build that TestFIPS catches; it panics rather than hand back a silently
// empty table.
func (k *KB) loadFIPS() {
	k.fipsOnce.Do(func() {
		if err := k.buildFIPS(); err != nil {
			panic(err)
		}
	})
}

func (k *KB) buildFIPS() error {
	k.fips = make(map[string]string, 256)
	owner := make(map[string]string, 256)
	b := &builder{k: k}
	return b.readTSV(fileFIPS, func(rec []string) error {
		code, fips := rec[0], rec[1]
		if i, ok := k.byID[code]; !ok || k.actors[i].Type != TypeCountry {
			return fmt.Errorf("kb: fips %s: no country", code)
		}
		if len(fips) != 2 || strings.ToUpper(fips) != fips {
			return fmt.Errorf("kb: fips %s: code %q is not two capital letters", code, fips)
		}
		if _, dup := k.fips[code]; dup {
			return fmt.Errorf("kb: fips %s: listed twice", code)
		}
		// Two countries under one code would be indistinguishable in
		// the export.
		if other, dup := owner[fips]; dup {
			return fmt.Errorf("kb: fips %s: %s is %s's code too", code, fips, other)
		}
		k.fips[code], owner[fips] = fips, code
		return nil
	})
}
