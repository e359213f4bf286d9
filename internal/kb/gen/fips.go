package main

import (
	"fmt"
	"log"
	"path/filepath"
	"sort"
	"strings"
)

// cclCountry is one country of the npm package country-code-lookup
// (its exported countries array, dumped as JSON; see the package comment).
type cclCountry struct {
	Country string `json:"country"`
	FIPS    string `json:"fips"`
	ISO2    string `json:"iso2"`
	ISO3    string `json:"iso3"`
}

// fipsRows gives "code<TAB>fips" for every country of countries.tsv that
// the source gives a FIPS 10-4 code. Countries are matched by ISO alpha-2,
// not alpha-3: user-assigned alpha-3 codes differ from table to table
// (Kosovo: UNK in world-countries, XKX in this source and, through
// alpha3Overrides, in the knowledge base, XKK in i18n-iso-countries) while
// XK is shared, and the row must carry the code the knowledge base uses. A country the
// source gives no FIPS code (FIPS 10-4 has none for some territories, and
// the source leaves some blank) gets no row, so the export leaves its
// column empty rather than guess.
//
// A country whose source code is wrong for it, or for part of it, gets no
// row either (fipsWithheld): FIPS 10-4 splits Palestine in two, and the
// source's codes for Bonaire and Åland are not theirs.
func fipsRows(src []cclCountry, alpha3 map[string]string) ([]string, error) {
	seen := map[string]string{} // KB code -> FIPS code written
	owner := map[string]string{}
	var rows []string
	for _, c := range src {
		fips := strings.ToUpper(strings.TrimSpace(c.FIPS))
		code, ok := alpha3[strings.ToUpper(strings.TrimSpace(c.ISO2))]
		if fips == "" || !ok || fipsWithheld[strings.ToUpper(c.ISO2)] != "" {
			continue
		}
		if len(fips) != 2 {
			return nil, fmt.Errorf("gen: fips: %s (%s): code %q is not two letters", code, c.Country, fips)
		}
		if prev, dup := seen[code]; dup {
			return nil, fmt.Errorf("gen: fips: %s listed twice (%s, %s)", code, prev, fips)
		}
		// One FIPS code for two countries would make the export name
		// one of them as the other.
		if other, dup := owner[fips]; dup {
			return nil, fmt.Errorf("gen: fips: %s is both %s and %s", fips, other, code)
		}
		seen[code], owner[fips] = fips, code
		rows = append(rows, code+"\t"+fips)
	}
	sort.Strings(rows)
	return rows, nil
}

// kbAlpha3 maps ISO alpha-2 to the alpha-3 code of countries.tsv in dir.
func kbAlpha3(dir string) map[string]string {
	rows, err := dataRows(filepath.Join(dir, "countries.tsv"))
	if err != nil {
		log.Fatal(fmt.Errorf("gen: fips: %w", err))
	}
	m := map[string]string{}
	for _, cols := range rows {
		if len(cols) > 1 && cols[1] != "" {
			m[cols[1]] = cols[0]
		}
	}
	return m
}

// fipsWithheld lists ISO alpha-2 codes of countries the source gives a
// code that is wrong for all or part of them, with why. A withheld country
// gets no row, so its column stays empty rather than name another place.
var fipsWithheld = map[string]string{
	// GDELT codes an event in Gaza GZ and one in Ramallah WE, and the
	// knowledge base places both in PSE, so any one code is wrong for half
	// the events there.
	"PS": "FIPS 10-4 codes the West Bank (WE) and the Gaza Strip (GZ) apart; the package gives WE for all of Palestine",
	// The package's BQ is the FIPS 10-4 code of Navassa Island: written
	// for Bonaire it would put events on an uninhabited Caribbean island.
	"BQ": "the package gives Bonaire BQ, FIPS 10-4's code for Navassa Island",
	// FIPS 10-4 counts the Åland Islands as part of Finland (FI) and has
	// no code for them; the package's AX is no FIPS code.
	"AX": "FIPS 10-4 has no code for the Åland Islands (part of Finland there); the package's AX is none of its codes",
}
