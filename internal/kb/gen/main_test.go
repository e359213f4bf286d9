package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRegionNames(t *testing.T) {
	tests := []struct {
		country, raw, name, aliases string
	}{
		{"PRK", "Chagang-do (Chagang Province)", "Chagang-do", "Chagang Province|Chagang"},
		{"KOR", "Gyeonggi-do", "Gyeonggi-do", "Gyeonggi"},
		{"KOR", "Seoul-teukbyeolsi", "Seoul-teukbyeolsi", "Seoul"},
		{"RUS", "Republic of Dagestan", "Republic of Dagestan", "Dagestan"},
		{"CHN", "Henan", "Henan", "Henan Province"},
		{"CHN", "Tibet", "Tibet", ""},
		{"USA", "California", "California", ""},
		// A parenthetical naming the kind of division is no alias.
		{"LVA", "Daugavpils (City)", "Daugavpils", ""},
		{"MOZ", "Maputo (City)", "Maputo", ""},
		{"MUS", "Port Louis (City)", "Port Louis", ""},
		{"FOO", "Alpha (Municipality)", "Alpha", ""},
		// Must not: a real name holding such a word stays an alias.
		{"VAT", "Holy See (Vatican City)", "Holy See", "Vatican City"},
		{"PRK", "P'yongyang-si (P'yongyang City)", "P'yongyang-si", "P'yongyang City|P'yongyang"},
		{"EST", "Harjumaa (Tallinn)", "Harjumaa", "Tallinn"},
	}
	for _, tt := range tests {
		name, aliases := regionNames(tt.country, tt.raw)
		if name != tt.name || strings.Join(aliases, "|") != tt.aliases {
			t.Errorf("regionNames(%s, %q) = %q %q, want %q %q", tt.country, tt.raw, name, aliases, tt.name, tt.aliases)
		}
	}
}

func TestGeneric(t *testing.T) {
	for name, want := range map[string]bool{"Central": true, "North West": true, "Nord-Ouest": true,
		"Western Cape": false, "West Bengal": false, "Henan": false,
		"City": true, "Municipality": true, "Vatican City": false, "Northern Territory": false} {
		if got := generic(name); got != want {
			t.Errorf("generic(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestLatin(t *testing.T) {
	for s, want := range map[string]bool{"DPRK": true, "Chosŏn": true, "조선": false, "中华人民共和国": false} {
		if got := latin(s); got != want {
			t.Errorf("latin(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCityRows(t *testing.T) {
	alpha3 := map[string]string{"GB": "GBR", "US": "USA", "CA": "CAN", "ES": "ESP", "VE": "VEN", "UA": "UKR", "DE": "DEU", "AU": "AUS", "JM": "JAM"}
	got := cityRows([]atcCity{
		{Name: "Frankfurt am Main", Country: "DE", Population: 650000},
		{Name: "Frankfurt (Oder)", Country: "DE", Population: 51691},
		// The short form is another city's name: no alias.
		{Name: "Newcastle upon Tyne", Country: "GB", Population: 192382},
		{Name: "Newcastle", Country: "AU", Population: 322278},
		// The short form is a smaller place's of similar size: no alias.
		{Name: "Kingston upon Hull", Country: "GB", Population: 314018},
		{Name: "Kingston", Country: "JM", Population: 160000},
		{Name: "Birmingham", Country: "GB", Population: 984333},
		{Name: "Birmingham", Country: "US", Population: 212461},
		{Name: "Valencia", Country: "ES", Population: 800000},
		{Name: "Valencia", Country: "VE", Population: 1400000},
		{Name: "Kharkiv", Country: "UA", Population: 1430885},
		{Name: "Smallville", Country: "US", Population: 5000},
		{Name: "Atlantis", Country: "XX", Population: 500000},
		// Same-named U.S. places in several states: the largest keeps
		// the name and id, the largest of each other state of town size
		// gets a state-qualified id; smaller ones of a state already
		// kept and places below town size are left out.
		{Name: "Portland", Country: "US", AdminCode: "OR", Population: 632309},
		{Name: "Portland", Country: "US", AdminCode: "ME", Population: 66881},
		{Name: "Portland", Country: "US", AdminCode: "OR", Population: 12000},
		{Name: "Portland", Country: "US", AdminCode: "CT", Population: 9000},
		{Name: "Springfield", Country: "US", AdminCode: "MO", Population: 166810},
		{Name: "Springfield", Country: "US", AdminCode: "MA", Population: 154341},
		// A name cities of similar size in two countries share: no
		// row of the name alone, each country's largest qualified by
		// its state (a U.S. place) or country; smaller places of the
		// name in a country already kept are left out.
		{Name: "Richmond", Country: "US", AdminCode: "VA", Population: 220289},
		{Name: "Richmond", Country: "US", AdminCode: "CA", Population: 110040},
		{Name: "Richmond", Country: "CA", Population: 182000},
	}, alpha3, 10000, 100000)
	want := []string{
		"city:AUS:newcastle\tAUS\tNewcastle\t322278\t\t\t",
		"city:CAN:richmond\tCAN\tRichmond\t182000\t\t\tyes",
		"city:DEU:frankfurt_am_main\tDEU\tFrankfurt am Main\t650000\tFrankfurt\t\t",
		"city:ESP:valencia\tESP\tValencia\t800000\t\t\tyes",
		"city:GBR:birmingham\tGBR\tBirmingham\t984333\t\t\t",
		"city:GBR:kingston_upon_hull\tGBR\tKingston upon Hull\t314018\t\t\t",
		"city:GBR:newcastle_upon_tyne\tGBR\tNewcastle upon Tyne\t192382\t\t\t",
		"city:JAM:kingston\tJAM\tKingston\t160000\t\t\t",
		"city:UKR:kharkiv\tUKR\tKharkiv\t1430885\t\t\t",
		"city:USA:portland\tUSA\tPortland\t632309\t\tplace:USA-OR\t",
		"city:USA:portland_me\tUSA\tPortland\t66881\t\tplace:USA-ME\t",
		"city:USA:richmond_va\tUSA\tRichmond\t220289\t\tplace:USA-VA\tyes",
		"city:USA:springfield\tUSA\tSpringfield\t166810\t\tplace:USA-MO\t",
		"city:USA:springfield_ma\tUSA\tSpringfield\t154341\t\tplace:USA-MA\t",
		"city:VEN:valencia\tVEN\tValencia\t1400000\t\t\tyes",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cityRows =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTownRows(t *testing.T) {
	alpha3 := map[string]string{"GB": "GBR", "US": "USA", "UA": "UKR", "CD": "COD", "PS": "PSE", "RU": "RUS", "SS": "SSD", "DE": "DEU"}
	got := townRows([]atcCity{
		{Name: "Birmingham", Country: "GB", Population: 984333},
		// A city's name stays the city's: no town of it.
		{Name: "Birmingham", Country: "US", Population: 21000},
		{Name: "Bakhmut", Country: "UA", Population: 80500},
		{Name: "Sake", Country: "CD", Population: 17151},
		// One name in two countries: both are towns.
		{Name: "Leer", Country: "DE", Population: 34000},
		{Name: "Leer", Country: "SS", Population: 12000},
		// Two of one name in a country: the largest.
		{Name: "Pokrovsk", Country: "UA", Population: 68263},
		{Name: "Pokrovsk", Country: "UA", Population: 12000},
		// Must not: too small, too large, no known country, generic, or
		// in another script.
		{Name: "Pokrovsk", Country: "RU", Population: 9763},
		{Name: "Kharkiv", Country: "UA", Population: 1430885},
		{Name: "Atlantis", Country: "XX", Population: 50000},
		{Name: "Old City", Country: "PS", Population: 30000},
		{Name: "Центр", Country: "RU", Population: 30000},
	}, alpha3, 10000, 100000)
	want := []string{
		"COD\tSake\t17151",
		"DEU\tLeer\t34000",
		"SSD\tLeer\t12000",
		"UKR\tBakhmut\t80500",
		"UKR\tPokrovsk\t68263",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("townRows =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCityShortForm(t *testing.T) {
	for name, want := range map[string]string{"Frankfurt am Main": "Frankfurt", "Mülheim an der Ruhr": "Mülheim",
		"Stoke-on-Trent": "Stoke", "Rostov-na-Donu": "Rostov", "Burton upon Trent": "Burton", "Rio de Janeiro": "", "Kharkiv": ""} {
		if got := cityShortForm(name); got != want {
			t.Errorf("cityShortForm(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestGivenNameRows(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"yob1990.txt": "Maria,F,900\nMaria,M,5\nJordan,F,600\nJordan,M,700\nVictor,M,1200\nRare,F,10\nAndrea,F,5000\n",
		"yob1991.txt": "Maria,F,300\n",
		"yob1900.txt": "Jordan,M,100000\n", // before 1930: not counted
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := givenNameRows(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Jordan is shared, Rare too rare, Andrea a man's name abroad.
	want := []string{"Maria\tF\t99", "Victor\tM\t100"}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	if _, err := givenNameRows(t.TempDir()); err == nil {
		t.Error("no error for a directory without yob files")
	}
}

func TestEnglishAlias(t *testing.T) {
	taken := map[string]bool{"aleppo": true, "khartoum": true, "kursk": true, "basra": true, "minsk": true, "tashkent": true, "sofia": true}
	// The division words are the curated region_kinds.tsv's, the list the
	// loader reads too.
	kinds := readDivisionKinds("../data")
	tests := []struct {
		name, en, country, want string // want: the aliases after
	}{
		{"Shamal Darfur", "North Darfur", "SDN", "North Darfur"},
		{"Nord-Kivu", "North Kivu", "COD", "North Kivu"},
		// A name something else has comes with the country's division word.
		{"Halab", "Aleppo", "SYR", "Aleppo Governorate"},
		{"Al Khartum", "Khartoum", "SDN", "Khartoum State"},
		{"Fooland", "Kursk", "XYZ", "Kursk Province"},
		{"Arbil", "Saladin", "IRQ", "Saladin Governorate"},
		{"Al Başrah", "Basra", "IRQ", "Basra Governorate"},
		// A "shown no" row of region_kinds.tsv still gives the word.
		{"Kurskaya", "Kursk", "RUS", "Kursk Oblast"},
		// Must not: the data's own name is CLDR's with a division word.
		{"Kursk Oblast", "Kursk", "RUS", ""},
		{"Chechen Republic", "Chechen", "RUS", ""},
		// Must not: same name, generic, comma, non-Latin, skipped, empty.
		{"Idlib", "Idlib", "SYR", ""},
		// Nor when kb.Normalize folds the listed name's accents to CLDR's:
		// the name alone already finds the region.
		{"Rafaḩ", "Rafah", "PSE", ""},
		{"Liban-Sud", "South", "LBN", ""},
		{"Bay", "Bay, Somalia", "SOM", ""},
		{"Tbilisi", "თბილისი", "GEO", ""},
		{"Peterborough", "Peter", "GBR", ""},
		{"Kordestan", "Kurdistan", "IRN", ""},
		{"Alpha", "", "FOO", ""},
		// A city region gets no division word: the word is the one of the
		// region around the city ("Minsk Region", "Tashkent Province").
		{"Gorod Minsk", "Minsk", "BLR", ""},
		{"Toshkent shahri", "Tashkent", "UZB", ""},
		{"Sofija-Grad", "Sofia", "BGR", ""},
		// A city region's English name nothing else has is still its alias.
		{"Gorod Fooburg", "Fooburg", "BLR", "Fooburg"},
	}
	for _, tt := range tests {
		got := strings.Join(englishAlias(nil, tt.name, tt.en, tt.country, cityRegion(tt.name), taken, kinds), "|")
		if got != tt.want {
			t.Errorf("englishAlias(%q, %q, %s) = %q, want %q", tt.name, tt.en, tt.country, got, tt.want)
		}
	}
}

func TestSameCountryName(t *testing.T) {
	var c crdCountry
	for _, n := range []string{"Kasai-Occidental", "Kasai-Oriental", "Nord-Kivu"} {
		c.Regions = append(c.Regions, struct {
			Name      string `json:"name"`
			ShortCode string `json:"shortCode"`
		}{Name: n})
	}
	if !sameCountryName(c, "Kasai-Occidental", "Kasai-Oriental") {
		t.Error("CLDR's name of another region of the country was taken")
	}
	if sameCountryName(c, "Nord-Kivu", "North Kivu") || sameCountryName(c, "Kasai-Oriental", "Kasai-Oriental") {
		t.Error("a region's own English name was refused")
	}
}

func TestIntlNameParts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Allemagne", "Allemagne"},
		{"Mianmar (Birmânia)", "Mianmar|Birmânia"},
		{"Saint-Martin (partie française)", "Saint-Martin"},
		{"Syrien, Arabische Republik", "Syrien"},
		{"Congo (República Democrática del)", "Congo"},
		{"Bonaire, Saint-Eustache et Saba", "Bonaire"},
	}
	for _, tt := range tests {
		if got := strings.Join(intlNameParts(tt.in), "|"); got != tt.want {
			t.Errorf("intlNameParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCityRegion(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Gorod Minsk", true},
		{"Toshkent shahri", true},
		{"Sofija-Grad", true},
		{"Grad Zagreb", true},
		{"Ville de Ndjamena", true},
		{"Bristol, City of", true},
		{"Nairobi City", true},
		// Divisions around a city, and names that only contain the letters.
		{"Minsk voblast", false},
		{"Toshkent wiloyati", false},
		{"Volgogradskaya oblast'", false},
		{"Villa Clara", false},
		{"Halab", false},
	}
	for _, tt := range tests {
		if got := cityRegion(tt.name); got != tt.want {
			t.Errorf("cityRegion(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSharedDerivedNames(t *testing.T) {
	var c crdCountry
	for _, n := range []string{"Hamgyong-bukto", "Hamgyong-namdo", "Chagang-do", "Kangwon-do (Kangwon Province)"} {
		c.Regions = append(c.Regions, struct {
			Name      string `json:"name"`
			ShortCode string `json:"shortCode"`
		}{Name: n})
	}
	got := sharedDerivedNames("PRK", c)
	// The bare "Hamgyong" says neither province; "Chagang" and "Kangwon"
	// (derived twice for one region) each name one.
	want := map[string]bool{"hamgyong": true}
	if len(got) != len(want) || !got["hamgyong"] {
		t.Errorf("sharedDerivedNames = %v, want %v", got, want)
	}
}

// coordRows gives each kept country, city and town its point (latitude
// first; GeoJSON gives longitude first), picks the lowest GeoNames id when
// two places match a kept row, and leaves out places cityRows and townRows
// drop.
func TestCoordRows(t *testing.T) {
	pt := func(id int, name, cc string, pop int, long, lat float64) atcCity {
		c := atcCity{CityID: id, Name: name, Country: cc, Population: pop}
		c.Loc.Coordinates = []float64{long, lat}
		return c
	}
	wc := []wcCountry{{CCA2: "AF", CCA3: "AFG", LatLng: []float64{33, 65}, Capital: []string{"Kabul"}}, {CCA2: "UA", CCA3: "UKR", LatLng: []float64{49, 32}}, {CCA2: "XX", CCA3: "XXX"}}
	alpha3 := map[string]string{"AF": "AFG", "UA": "UKR", "US": "USA"}
	houston := pt(5, "Houston", "US", 2296224, -95.36327, 29.76328)
	houston.AdminCode = "TX" // a U.S. place names its state
	cities := []atcCity{
		houston,
		pt(2, "Kabul", "AF", 3043532, 69.17233, 34.52813),
		pt(1, "Bakhmut", "UA", 72310, 37.99980, 48.59441),
		pt(3, "Bakhmut", "UA", 72310, 38.5, 48.1), // the same row: the lower id wins
		pt(4, "Tiny", "UA", 500, 30, 50),          // below the town threshold
	}
	got := strings.Join(coordRows(wc, cities, alpha3, 10000, 100000), "\n")
	want := strings.Join([]string{
		"AFG\t33.0000\t65.0000\t",
		"UKR\t49.0000\t32.0000\t",
		"city:AFG:kabul\t34.5281\t69.1723\t",
		"city:USA:houston\t29.7633\t-95.3633\tplace:USA-TX",
		"place:AFG:kabul\t34.5281\t69.1723\t",
		"town:UKR:bakhmut\t48.5944\t37.9998\t",
	}, "\n")
	if got != want {
		t.Errorf("coordRows:\n%s\nwant\n%s", got, want)
	}
}

func TestUSRegion(t *testing.T) {
	for _, tt := range []struct {
		country, admin, want string
	}{
		{"US", "TX", "place:USA-TX"},
		{"US", "DC", "place:USA-DC"},
		// GeoNames numbers other countries' regions its own way: no
		// ISO 3166-2 id is derived from them.
		{"NP", "1", ""},
		{"CA", "08", ""},
		{"GB", "ENG", ""},
		{"US", "00", ""},
		{"US", "", ""},
		{"US", "tx", ""},
	} {
		if got := usRegion(atcCity{Country: tt.country, AdminCode: tt.admin}); got != tt.want {
			t.Errorf("usRegion(%s, %q) = %q, want %q", tt.country, tt.admin, got, tt.want)
		}
	}
}

func TestCoordRowsCapital(t *testing.T) {
	pt := func(id int, name, cc string, pop int, long, lat float64) atcCity {
		c := atcCity{CityID: id, Name: name, Country: cc, Population: pop}
		c.Loc.Coordinates = []float64{long, lat}
		return c
	}
	// seat is a place GeoNames marks as a country's seat of government.
	seat := func(id int, name, cc string, pop int, long, lat float64) atcCity {
		c := pt(id, name, cc, pop, long, lat)
		c.FeatureCode = "PPLC"
		return c
	}
	alpha3 := map[string]string{"PA": "PAN", "KW": "KWT", "SM": "SMR", "AF": "AFG", "YE": "YEM", "US": "USA", "KZ": "KAZ", "MM": "MMR", "TK": "TKL"}
	tests := []struct {
		name    string
		capital string
		country wcCountry
		cities  []atcCity
		want    string // the capital's row, "" for none
	}{
		{
			// English "Panama City" matches only a hamlet near Colón;
			// the city row "Panamá" is the capital.
			name:    "English X City, local name of the country",
			capital: "Panama City",
			country: wcCountry{CCA2: "PA", CCA3: "PAN"},
			cities: []atcCity{
				pt(1, "Panama City", "PA", 0, -79.89172, 9.33404),
				pt(2, "Panamá", "PA", 408168, -79.51973, 8.9936),
			},
			want: "place:PAN:panama_city\t8.9936\t-79.5197\t",
		},
		{
			// GeoNames writes the English name: the city row of that name.
			name:    "city row of the capital's own name",
			capital: "Kuwait City",
			country: wcCountry{CCA2: "KW", CCA3: "KWT"},
			cities: []atcCity{
				pt(3, "Kuwait City", "KW", 160000, 47.97833, 29.36972),
				pt(4, "Kuwait", "KW", 5000, 47.5, 29.1), // a village named like the country
			},
			want: "place:KWT:kuwait_city\t29.3697\t47.9783\t",
		},
		{
			// No city row (too small for cities.tsv): the most populous
			// place of the capital's name, as before.
			name:    "fallback to the most populous namesake",
			capital: "City of San Marino",
			country: wcCountry{CCA2: "SM", CCA3: "SMR"},
			cities: []atcCity{
				pt(5, "City of San Marino", "SM", 100, 12.4, 43.9),
				pt(6, "City of San Marino", "SM", 4500, 12.44639, 43.93667),
				pt(7, "San Marino", "SM", 4400, 12.5, 43.95),
			},
			want: "place:SMR:city_of_san_marino\t43.9367\t12.4464\t",
		},
		{
			// GeoNames drops the apostrophe of the transliteration.
			name:    "apostrophe folded",
			capital: "Sana'a",
			country: wcCountry{CCA2: "YE", CCA3: "YEM"},
			cities: []atcCity{
				pt(10, "Sanaa", "YE", 1937451, 44.20667, 15.35472),
				pt(11, "Aden", "YE", 550602, 45.03667, 12.77944),
			},
			want: "place:YEM:sanaa\t15.3547\t44.2067\t",
		},
		{
			name:    "City of dropped",
			capital: "City of San Marino",
			country: wcCountry{CCA2: "SM", CCA3: "SMR"},
			cities: []atcCity{
				pt(12, "San Marino", "SM", 4500, 12.44639, 43.93667),
				pt(13, "Serravalle", "SM", 10000, 12.46, 43.97),
			},
			want: "place:SMR:city_of_san_marino\t43.9367\t12.4464\t",
		},
		{
			name:    "D.C. dropped",
			capital: "Washington D.C.",
			country: wcCountry{CCA2: "US", CCA3: "USA"},
			cities: []atcCity{
				pt(14, "Washington", "US", 689545, -77.03637, 38.89511),
				pt(15, "Washington", "US", 5000, -80.25, 40.17), // a small namesake elsewhere
			},
			want: "place:USA:washington_dc\t38.8951\t-77.0364\t",
		},
		{
			// The capital was renamed back and forth; GeoNames kept
			// the other name but marks the city as the seat.
			name:    "seat of government under another name",
			capital: "Astana",
			country: wcCountry{CCA2: "KZ", CCA3: "KAZ"},
			cities: []atcCity{
				seat(16, "Nur-Sultan", "KZ", 345604, 71.44598, 51.1801),
				pt(17, "Almaty", "KZ", 2000900, 76.92861, 43.25667),
			},
			want: "place:KAZ:astana\t51.1801\t71.4460\t",
		},
		{
			name:    "name match before the seat",
			capital: "Naypyidaw",
			country: wcCountry{CCA2: "MM", CCA3: "MMR"},
			cities: []atcCity{
				pt(18, "Naypyidaw", "MM", 925000, 96.12972, 19.745),
				seat(19, "Yangon", "MM", 4477638, 96.15611, 16.80528), // a stale seat
			},
			want: "place:MMR:naypyidaw\t19.7450\t96.1297\t",
		},
		{
			// Two seats: GeoNames does not say which is the capital.
			name:    "two seats, no row",
			capital: "Naypyidaw",
			country: wcCountry{CCA2: "MM", CCA3: "MMR"},
			cities: []atcCity{
				seat(20, "Nay Pyi Taw", "MM", 925000, 96.12972, 19.745),
				seat(21, "Yangon", "MM", 4477638, 96.15611, 16.80528),
			},
			want: "",
		},
		{
			// No place and no seat: no invented point.
			name:    "no place and no seat",
			capital: "Fakaofo",
			country: wcCountry{CCA2: "TK", CCA3: "TKL"},
			cities:  []atcCity{pt(22, "Atafu", "TK", 500, -172.5, -8.55)},
			want:    "",
		},
		{
			name:    "no place of the name",
			capital: "Nowhere",
			country: wcCountry{CCA2: "AF", CCA3: "AFG"},
			cities:  []atcCity{pt(8, "Kabul", "AF", 3043532, 69.17233, 34.52813)},
			want:    "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.country
			c.Capital = []string{tt.capital}
			got := ""
			for _, r := range coordRows([]wcCountry{c}, tt.cities, alpha3, 10000, 100000) {
				if strings.HasPrefix(r, "place:") {
					got = r
				}
			}
			if got != tt.want {
				t.Errorf("capital %q: got %q, want %q", tt.capital, got, tt.want)
			}
		})
	}
}

// With several capitals, the one seat GeoNames marks may be a matched
// capital's city: an unmatched capital never takes its point.
func TestCoordRowsSeatSeveralCapitals(t *testing.T) {
	city := func(id int, name, code string, pop int, long, lat float64) atcCity {
		c := atcCity{CityID: id, Name: name, Country: "BO", FeatureCode: code, Population: pop}
		c.Loc.Coordinates = []float64{long, lat}
		return c
	}
	c := wcCountry{CCA2: "BO", CCA3: "BOL", Capital: []string{"Sucre", "Chuquiago"}}
	cities := []atcCity{
		city(1, "Sucre", "PPLC", 224838, -65.26274, -19.03332),
		city(2, "La Paz", "PPLG", 812799, -68.15, -16.5),
	}
	var got []string
	for _, r := range coordRows([]wcCountry{c}, cities, map[string]string{"BO": "BOL"}, 10000, 100000) {
		if strings.HasPrefix(r, "place:") {
			got = append(got, r)
		}
	}
	want := []string{"place:BOL:sucre\t-19.0333\t-65.2627\t"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPlaceKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Sana'a", "Sanaa"},
		{"Nuku’alofa", "Nukualofa"},
		{"Port-Vila", "Port Vila"},
		{"St. Peter Port", "Saint Peter Port"},
		{"Washington, D.C.", "Washington"},
		{"City of San Marino", "San Marino"},
		{"El Aaiún", "El Aaiun"},
		{"Nay Pyi Taw", "Naypyitaw"},
	}
	for _, tt := range tests {
		if ka, kb := placeKey(tt.a), placeKey(tt.b); ka != kb || ka == "" {
			t.Errorf("placeKey(%q) = %q, placeKey(%q) = %q: want equal keys", tt.a, ka, tt.b, kb)
		}
	}
	// Distinct names keep distinct keys.
	for _, p := range [][2]string{{"Naypyidaw", "Nay Pyi Taw"}, {"South Tarawa", "Tarawa"}, {"Kuwait City", "Kuwait"}} {
		if placeKey(p[0]) == placeKey(p[1]) {
			t.Errorf("placeKey(%q) = placeKey(%q) = %q: want distinct keys", p[0], p[1], placeKey(p[0]))
		}
	}
}

// fipsRows keys each FIPS code by the knowledge base's alpha-3 code found
// through ISO alpha-2, not alpha-3 (user-assigned codes differ between
// tables: Kosovo is XKX in the knowledge base, UNK in world-countries), skips
// blanks and countries the knowledge base lacks, and refuses a code given
// to two countries.
func TestFIPSRows(t *testing.T) {
	alpha3 := map[string]string{"PS": "PSE", "BQ": "BES", "DE": "DEU", "NE": "NER", "NG": "NGA", "XK": "XKX", "FM": "FSM"}
	tests := []struct {
		name    string
		src     []cclCountry
		want    []string
		wantErr bool
	}{
		{"differing codes, sorted", []cclCountry{
			{Country: "Nigeria", FIPS: "NI", ISO2: "NG", ISO3: "NGA"},
			{Country: "Niger", FIPS: "NG", ISO2: "NE", ISO3: "NER"},
			{Country: "Germany", FIPS: "GM", ISO2: "DE", ISO3: "DEU"},
		}, []string{"DEU\tGM", "NER\tNG", "NGA\tNI"}, false},
		{"matched by alpha-2", []cclCountry{{Country: "Kosovo", FIPS: "KV", ISO2: "XK", ISO3: "UNK"}}, []string{"XKX\tKV"}, false},
		{"split territory skipped", []cclCountry{{Country: "Palestine", FIPS: "WE", ISO2: "PS", ISO3: "PSE"}}, nil, false},
		{"another place's code skipped", []cclCountry{{Country: "Bonaire", FIPS: "BQ", ISO2: "BQ", ISO3: "BES"}}, nil, false},
		{"blank code and unknown country skipped", []cclCountry{
			{Country: "Micronesia", FIPS: "", ISO2: "FM", ISO3: "FSM"},
			{Country: "Atlantis", FIPS: "AT", ISO2: "QQ", ISO3: "QQQ"},
		}, nil, false},
		{"one code, two countries", []cclCountry{
			{Country: "Germany", FIPS: "GM", ISO2: "DE", ISO3: "DEU"},
			{Country: "Niger", FIPS: "GM", ISO2: "NE", ISO3: "NER"},
		}, nil, true},
		{"not two letters", []cclCountry{{Country: "Germany", FIPS: "GMY", ISO2: "DE", ISO3: "DEU"}}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := fipsRows(tt.src, alpha3)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rows = %q, want %q", got, tt.want)
			}
		})
	}
}
