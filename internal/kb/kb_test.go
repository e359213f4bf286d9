package kb

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func mustLoad(t testing.TB) *KB {
	t.Helper()
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"US", "us"},
		{"the United States", "united states"},
		{"Moon Jae-in", "moon jae in"},
		{"Workers’ Party of Korea", "workers' party of korea"},
		{"  São  Tomé ", "sao tome"},
		{"Côte d'Ivoire", "cote d'ivoire"},
		{"AT&T", "at and t"},
		{"St. Petersburg", "saint petersburg"},
		{"Port St Lucie", "port saint lucie"},
		{"Main St.", "main st"},
		{"Łódź", "lodz"},
		// Latvian and Lithuanian cedillas and ogoneks, Czech, Polish,
		// Hungarian, Maltese, Icelandic and Vietnamese letters: as news
		// written in English drops them.
		{"Evika Siliņa", "evika silina"},
		{"Krišjānis Kariņš", "krisjanis karins"},
		{"Ērgļi", "ergli"},
		{"Ikšķile", "ikskile"},
		{"Ģirts", "girts"},
		{"Ķekava", "kekava"},
		{"Šiaulių", "siauliu"},
		{"Įsrutis", "isrutis"},
		{"Przemyśl Ząbki Żywiec", "przemysl zabki zywiec"},
		{"Plzeň Ústí Ůvaly Hřebeč", "plzen usti uvaly hrebec"},
		{"Győr Hódmezővásárhely Ű", "gyor hodmezovasarhely u"},
		{"Ħal Għargħur", "hal gharghur"},
		{"Þórshöfn Ðorđe", "thorshofn dorde"},
		{"Tô Lâm Nguyễn Phú Trọng Hồ Chí Minh Đà Nẵng", "to lam nguyen phu trong ho chi minh da nang"},
		{"Phạm Minh Chính thủ tướng", "pham minh chinh thu tuong"},
		// Letters of other scripts are no Latin letters with marks: they
		// stay, lower-cased.
		{"Москва", "москва"},
		{"Αθήνα", "αθήνα"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSlugKeepsIDs: ids are made of names with only the letters folded
// when they were made, so that a letter Normalize folds now ("ņ") changes
// no id of the knowledge base or of stored articles; the keys names are
// matched by fold it.
func TestSlugKeepsIDs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moon Jae-in", "moon_jae_in"},
		{"Łódź", "lodz"},
		{"São Tomé", "sao_tome"},
		{"Evika Siliņa", "evika_siliņa"},
		{"Ērgļi", "ergļi"},
		{"Nguyễn", "nguyễn"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	k := mustLoad(t)
	d := day("2021-07-30")
	tests := []struct {
		name, wantID, wantType, wantCountry, wantSector string
	}{
		{"U.S.", "USA", TypeCountry, "USA", ""},
		{"US", "USA", TypeCountry, "USA", ""},
		{"United States of America", "USA", TypeCountry, "USA", ""},
		{"DPRK", "PRK", TypeCountry, "PRK", ""},
		{"North Korea", "PRK", TypeCountry, "PRK", ""},
		{"ROK", "KOR", TypeCountry, "KOR", ""},
		{"PRC", "CHN", TypeCountry, "CHN", ""},
		{"UAE", "ARE", TypeCountry, "ARE", ""},
		{"UK", "GBR", TypeCountry, "GBR", ""},
		{"KCNA", "PRK.MED.KCNA", TypeOrganisation, "PRK", SectorMedia},
		{"Korean People's Army", "PRK.MIL", TypeOrganisation, "PRK", SectorMilitary},
		{"KPA", "PRK.MIL", TypeOrganisation, "PRK", SectorMilitary},
		{"WPK", "PRK.PTY.WPK", TypeOrganisation, "PRK", SectorParty},
		{"USFK", "USA.MIL.USFK", TypeOrganisation, "USA", SectorMilitary},
		{"the State Department", "USA.GOV.STATE", TypeOrganisation, "USA", SectorGovernment},
		{"Blue House", "KOR.GOV.BH", TypeOrganisation, "KOR", SectorGovernment},
		{"Xinhua", "CHN.MED.XINHUA", TypeOrganisation, "CHN", SectorMedia},
		{"NATO", "NATO", TypeOrganisation, "NATO", SectorIGO},
		// The AU's executive, as the European Commission is the EU's.
		{"AU Commission", "AFU.COM", TypeOrganisation, "AFU", SectorIGO},
		{"African Union Commission", "AFU.COM", TypeOrganisation, "AFU", SectorIGO},
		{"Joint Chiefs of Staff", "USA.MIL.JCS", TypeOrganisation, "USA", SectorMilitary},
		{"U.N.", "UNO", TypeOrganisation, "UNO", SectorIGO},
		{"G20", "G20", TypeOrganisation, "G20", SectorIGO},
		{"G-7", "G7", TypeOrganisation, "G7", SectorIGO},
		{"G77", "G77", TypeOrganisation, "G77", SectorIGO},
		{"P5", "UNO.UNSC.P5", TypeOrganisation, "UNO", SectorIGO},
		{"Organization for Security and Cooperation in Europe", "OSCE", TypeOrganisation, "OSCE", SectorIGO},
		{"BRICS", "BRICS", TypeOrganisation, "BRICS", SectorIGO},
		// Central banks are the state's (CAMEO GOV), not business.
		{"Federal Reserve", "USA.GOV.FED", TypeOrganisation, "USA", SectorGovernment},
		{"the Fed", "USA.GOV.FED", TypeOrganisation, "USA", SectorGovernment},
		{"Bank of England", "GBR.GOV.BOE", TypeOrganisation, "GBR", SectorGovernment},
		{"ECB", "EUR.ECB", TypeOrganisation, "EUR", SectorIGO}, // a currency union's bank, the EU's body
		// States that no longer exist still name themselves after their end.
		{"West Germany", "DEU", TypeCountry, "DEU", ""},
		{"East Germany", "DDR", TypeCountry, "DDR", ""},
		{"GDR", "DDR", TypeCountry, "DDR", ""},
		{"Czechoslovakia", "CSK", TypeCountry, "CSK", ""},
		{"Yugoslavia", "YUG", TypeCountry, "YUG", ""},
		{"USSR", "USR", TypeCountry, "USR", ""},
		{"Xi Jinping", "person:xi_jinping", TypePerson, "CHN", SectorGovernment},
		{"Kim Jong-un", "person:kim_jong_un", TypePerson, "PRK", SectorGovernment},
		{"Henan", "place:CHN-HA", TypePlace, "CHN", ""},
		{"Henan Province", "place:CHN-HA", TypePlace, "CHN", ""},
		{"Pyongyang", "place:PRK:pyongyang", TypePlace, "PRK", ""},
		{"Washington", "place:USA:washington_dc", TypePlace, "USA", ""},
		{"Gyeonggi", "place:KOR-41", TypePlace, "KOR", ""},
	}
	for _, tt := range tests {
		got := k.Lookup(tt.name, d)
		if len(got) == 0 {
			t.Errorf("Lookup(%q): nothing", tt.name)
			continue
		}
		a := got[0]
		if tt.wantID != "" && a.ID != tt.wantID || a.Type != tt.wantType || a.Country != tt.wantCountry || a.Sector != tt.wantSector {
			t.Errorf("Lookup(%q)[0] = %s %s %s %s, want %s %s %s %s", tt.name, a.ID, a.Type, a.Country, a.Sector,
				tt.wantID, tt.wantType, tt.wantCountry, tt.wantSector)
		}
	}
	if got := k.Lookup("no such name anywhere", d); len(got) != 0 {
		t.Errorf("Lookup(unknown) = %v", got)
	}
}

// TestRegionAliasNoCommonWord: the generated region table gives no region
// an ordinary word of a division's kind ("Daugavpils (City)" in the
// source data) as an alias, while the regions keep their own names.
func TestRegionAliasNoCommonWord(t *testing.T) {
	k := mustLoad(t)
	d := day("2021-07-30")
	for _, w := range []string{"City", "city", "Municipality"} {
		for _, a := range k.Lookup(w, d) {
			if a.Type == TypePlace {
				t.Errorf("Lookup(%q) gives place %s", w, a.ID)
			}
		}
	}
	for _, name := range []string{"Daugavpils", "Maputo", "Vatican City"} {
		if len(k.Lookup(name, d)) == 0 {
			t.Errorf("Lookup(%q): nothing", name)
		}
	}
}

func TestLookupDateFilter(t *testing.T) {
	k := mustLoad(t)
	if got := k.Lookup("Blue House", day("2021-07-30")); len(got) != 1 {
		t.Errorf("Blue House in 2021: %d candidates, want 1", len(got))
	}
	if got := k.Lookup("Blue House", day("2023-01-01")); len(got) != 0 {
		t.Errorf("Blue House in 2023: %d candidates, want 0 (moved to Yongsan in 2022)", len(got))
	}
	if got := k.Lookup("Blue House", time.Time{}); len(got) != 1 {
		t.Errorf("Blue House without a date: %d candidates, want 1", len(got))
	}
}

// A state that no longer exists is found under its names in its own time
// and, as a historical reference, after it ended; not before it began.
func TestHistoricalState(t *testing.T) {
	k := mustLoad(t)
	a, ok := k.Actor("USR")
	if !ok || a.Type != TypeCountry || a.Country != "USR" {
		t.Fatalf("Actor(USR) = %+v, %v", a, ok)
	}
	if !a.From.Equal(day("1922-12-30")) || !a.To.Equal(day("1991-12-26")) {
		t.Errorf("USR valid %s to %s, want 1922-12-30 to 1991-12-26", a.From, a.To)
	}
	for _, tt := range []struct {
		name, at string
		want     string
	}{
		{"Soviet Union", "1979-12-27", "USR"},
		{"USSR", "1991-12-25", "USR"},
		{"U.S.S.R.", "1962-10-22", "USR"},
		{"the Soviet Union", "2021-07-30", "USR"}, // history told today
		{"Soviet Union", "1900-01-01", ""},
	} {
		got := k.Lookup(tt.name, day(tt.at))
		id := ""
		if len(got) > 0 {
			id = got[0].ID
		}
		if id != tt.want {
			t.Errorf("Lookup(%q, %s) = %q, want %q", tt.name, tt.at, id, tt.want)
		}
	}
}

func TestDemonym(t *testing.T) {
	k := mustLoad(t)
	tests := map[string]string{
		"Chinese": "CHN", "North Korean": "PRK", "South Korean": "KOR", "American": "USA",
		"Americans": "USA", "North Koreans": "PRK", "British": "GBR", "Russian": "RUS", "Israeli": "ISR",
		"Iranian": "IRN", "U.S.": "USA", "Philippine": "PHL", "Kyrgyz": "KGZ", "Israelis": "ISR", "Pakistanis": "PAK", "Croats": "HRV", "Britons": "GBR",
	}
	for in, want := range tests {
		if got, ok := k.Demonym(in); !ok || got != want {
			t.Errorf("Demonym(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := k.Demonym("Table"); ok {
		t.Error("Demonym(Table) found")
	}
}

// A regional group's word has its CAMEO region code; an ethnic or
// religious group's and a region without a code have none, and a regional
// word is no country's demonym.
func TestRegionCode(t *testing.T) {
	k := mustLoad(t)
	for in, want := range map[string]string{"European": "EUR", "Europeans": "EUR", "African": "AFR", "Asian": "ASA",
		"Latin American": "LAM", "Middle Eastern": "MEA", "Nordic": "SCN", "Kurdish": "", "Baltic": "", "Table": ""} {
		got, ok := k.RegionCode(Normalize(in))
		if got != want || ok != (want != "") {
			t.Errorf("RegionCode(%q) = %q, %v; want %q", in, got, ok, want)
		}
		if _, ok := k.Demonym(in); ok && want != "" {
			t.Errorf("Demonym(%q) found: a region is no country", in)
		}
	}
}

// CapitalOf gives a country's capital city, the seat of government first
// where a country lists several.
func TestCapitalOf(t *testing.T) {
	k := mustLoad(t)
	for cc, want := range map[string]string{"KEN": "Nairobi", "ETH": "Addis Ababa", "ZAF": "Pretoria", "XXX": ""} {
		a, ok := k.CapitalOf(cc)
		if ok != (want != "") || ok && a.Name != want {
			t.Errorf("CapitalOf(%s) = %v, %v; want %q", cc, a, ok, want)
		}
	}
}

func TestCity(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{"Kharkiv": "UKR", "Lagos": "NGA", "Tel Aviv": "ISR", "Birmingham": "GBR", "Abidjan": "CIV"} {
		a, ok := k.City(Normalize(name))
		if !ok || a.Country != want || a.Type != TypePlace {
			t.Errorf("City(%q) = %+v, %v; want a place in %s", name, a, ok, want)
			continue
		}
		if got, ok := k.Actor(a.ID); !ok || got.Name != name {
			t.Errorf("Actor(%q) = %+v, %v", a.ID, got, ok)
		}
	}
	// A short form stands for the city whose full name begins with it.
	for name, want := range map[string]string{"Frankfurt": "Frankfurt am Main", "Rostov": "Rostov-na-Donu", "Southend": "Southend-on-Sea"} {
		if a, ok := k.City(Normalize(name)); !ok || a.Name != want {
			t.Errorf("City(%q) = %+v, %v; want %s", name, a, ok, want)
		}
	}
	// Two large cities share the name: the name alone says nothing.
	if a, ok := k.City(Normalize("Valencia")); ok {
		t.Errorf("City(Valencia) = %+v; want none (Spain and Venezuela)", a)
	}
	// Cities are not names for Lookup or the tagger's gazetteer.
	if got := k.Lookup("Kharkiv", time.Time{}); len(got) != 0 {
		t.Errorf("Lookup(Kharkiv) = %d actors, want 0", len(got))
	}
	for _, g := range k.Gazetteer() {
		if g.Name == "Surprise" || g.Name == "Mobile" {
			t.Errorf("gazetteer has the city %q", g.Name)
		}
	}
}

func TestRole(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		in, sector, office string
		group              bool
	}{
		{"spokesperson", SectorGovernment, "", false},
		{"President", SectorGovernment, "president", false},
		{"premier", SectorGovernment, "prime_minister", false},
		{"officials", SectorGovernment, "", true},
		{"troops", SectorMilitary, "", true},
		{"commander", SectorMilitary, "", false},
		{"police", SectorPolice, "", true},
		{"rebels", SectorRebel, "", true},
		// An armed group's leader or commander is the group's, a police
		// commissioner the force's.
		{"rebel leader", SectorRebel, "", false},
		{"militia commander", SectorRebel, "", false},
		{"insurgent leaders", SectorRebel, "", true},
		{"police commissioner", SectorPolice, "", false},
		{"commissioner of police", SectorPolice, "", false},
		{"opposition leader", SectorOpposition, "", false},
		// The party in power named by its role, not its name.
		{"ruling party", SectorParty, "", true},
		{"governing parties", SectorParty, "", true},
		{"protesters", SectorProtester, "", true},
		{"journalists", SectorMedia, "", true},
		{"company", SectorBusiness, "", true},
		// Derived plurals of occupational groups, "-men" and multi-word ones too.
		{"dockworkers", SectorLabour, "", true},
		{"fishermen", SectorAgriculture, "", true},
		{"civil servants", SectorCivilian, "", true},
		{"asylum seekers", SectorRefugee, "", true},
		{"trade unions", SectorLabour, "", true},
		{"pensioner", SectorCivilian, "", false},
		// The sectors CAMEO codes apart from civilians.
		{"workers", SectorLabour, "", true},
		{"refugees", SectorRefugee, "", true},
		{"displaced people", SectorRefugee, "", true},
		{"clerics", SectorReligion, "", true},
		{"bishops", SectorReligion, "", true},
		{"the church", SectorReligion, "", true},
		{"students", SectorEducation, "", true},
		{"universities", SectorEducation, "", true},
		{"nurses", SectorHealth, "", true},
		{"hospital", SectorHealth, "", true},
		{"farmers", SectorAgriculture, "", true},
		{"environmentalists", SectorEnvironment, "", true},
		{"aid groups", SectorNGO, "", true},
		// A central bank is the state's (CAMEO GOV), a bank business.
		{"central bank", SectorGovernment, "", true},
		{"banks", SectorBusiness, "", true},
	}
	for _, tt := range tests {
		r, ok := k.Role(tt.in)
		if !ok || r.Sector != tt.sector || r.Office != tt.office || r.Group != tt.group {
			t.Errorf("Role(%q) = %+v, %v; want %s %s %v", tt.in, r, ok, tt.sector, tt.office, tt.group)
		}
	}
}

// TestRoleSpellings checks that role keys with an apostrophe, an accent or
// a hyphen match the spellings news writes them in: straight or curly
// apostrophes, with or without the accent, hyphen or space.
func TestRoleSpellings(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		in     string
		sector string
		group  bool
	}{
		{"chargé d'affaires", SectorGovernment, false},
		{"charge d'affaires", SectorGovernment, false},
		{"Chargé d’Affaires", SectorGovernment, false},
		{"chargés d'affaires", SectorGovernment, true},
		{"charges d’affaires", SectorGovernment, true},
		{"non-governmental organisation", SectorNGO, true},
		{"non governmental organisation", SectorNGO, true},
	}
	for _, tt := range tests {
		r, ok := k.Role(tt.in)
		if !ok || r.Sector != tt.sector || r.Group != tt.group {
			t.Errorf("Role(%q) = %+v, %v; want %s group=%v", tt.in, r, ok, tt.sector, tt.group)
		}
	}
}

// TestRoleDuplicateSpelling checks that two roles.tsv rows whose phrases
// fold to one key (an accent, a curly apostrophe) are refused with both
// spellings named, not loaded as two roles.
func TestRoleDuplicateSpelling(t *testing.T) {
	tests := []struct{ first, second string }{
		{"chargé d'affaires", "charge d'affaires"},
		{"charge d'affaires", "charge d’affaires"},
		{"secretary-general", "secretary general"},
		{"Premier", "premier"},
	}
	for _, tt := range tests {
		b := &builder{k: &KB{roles: map[string]RoleInfo{}}}
		if err := b.role([]string{tt.first, SectorGovernment, "", "n"}); err != nil {
			t.Fatalf("role(%q): %v", tt.first, err)
		}
		err := b.role([]string{tt.second, SectorGovernment, "", "n"})
		if err == nil || !strings.Contains(err.Error(), tt.first) || !strings.Contains(err.Error(), tt.second) {
			t.Errorf("role(%q) after %q: error %v, want a duplicate naming both", tt.second, tt.first, err)
		}
	}
}

func TestSectorCodes(t *testing.T) {
	seen := map[string]string{}
	for _, s := range Sectors() {
		code := SectorCode(s)
		if len(code) != 3 || code != strings.ToUpper(code) {
			t.Errorf("SectorCode(%q) = %q, want three capital letters", s, code)
		}
		if o, dup := seen[code]; dup {
			t.Errorf("sectors %q and %q share the code %s", o, s, code)
		}
		seen[code] = s
		for _, in := range []string{s, code, strings.ToLower(code)} {
			if got, ok := ParseSector(in); !ok || got != s {
				t.Errorf("ParseSector(%q) = %q, %v; want %q", in, got, ok, s)
			}
		}
	}
	for code, want := range map[string]string{"LAB": SectorLabour, "REF": SectorRefugee, "REL": SectorReligion,
		"EDU": SectorEducation, "HLH": SectorHealth, "AGR": SectorAgriculture, "ENV": SectorEnvironment, "NGO": SectorNGO} {
		if got, ok := ParseSector(code); !ok || got != want {
			t.Errorf("ParseSector(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
	if got, ok := ParseSector("farmers"); ok {
		t.Errorf("ParseSector(farmers) = %q, want none", got)
	}
}

func TestHolder(t *testing.T) {
	k := mustLoad(t)
	tests := []holderCase{
		{"CHN", "leader", "2021-07-30", "person:xi_jinping"},
		{"CHN", "president", "2021-07-30", "person:xi_jinping"},
		{"CHN", "president", "2008-01-01", "person:hu_jintao"},
		{"KOR", "president", "2021-07-30", "person:moon_jae_in"},
		{"USA", "president", "2021-07-30", "person:joe_biden"},
		{"USA", "president", "2019-06-30", "person:donald_trump"},
		{"USA", "president", "2025-03-01", "person:donald_trump"},
		{"USA", "President", "2021-01-20", "person:joe_biden"}, // inauguration day belongs to the successor
		{"USA", "president", "2021-01-19", "person:donald_trump"},
		{"PRK", "leader", "2021-07-30", "person:kim_jong_un"},
		{"KEN", "president", "2024-03-01", "person:william_ruto"},
		{"KEN", "president", "2022-09-13", "person:william_ruto"},
		{"KEN", "president", "2022-09-12", "person:uhuru_kenyatta"},
		{"KEN", "president", "2010-05-01", "person:mwai_kibaki"},
		{"KEN", "president", "1990-01-01", "person:daniel_arap_moi"},
		{"PRK", "supreme leader", "2010-01-01", "person:kim_jong_il"},
		{"PRK", "ruler", "2021-07-30", "person:kim_jong_un"},
		{"RUS", "president", "2010-01-01", "person:dmitry_medvedev"},
		{"RUS", "prime minister", "2010-01-01", "person:vladimir_putin"},
		{"USA", "deputy secretary of state", "2022-01-01", "person:wendy_sherman"},
		{"UNO", "secretary general", "2021-07-30", "person:antonio_guterres"},
		{"IRN", "leader", "2021-07-30", "person:ali_khamenei"},
		{"IRN", "president", "2021-07-30", "person:hassan_rouhani"},
		{"DEU", "leader", "2021-07-30", "person:angela_merkel"},
		{"JPN", "premier", "2021-07-30", "person:yoshihide_suga"},
		{"GBR", "prime minister", "2022-10-01", "person:liz_truss"},
		{"UKR", "president", "2022-03-01", "person:volodymyr_zelenskyy"},
		{"RUS", "foreign minister", "2022-03-01", "person:sergey_lavrov"},
		{"CHN", "foreign minister", "2023-03-01", "person:qin_gang"},
		// De facto heads: Myanmar's State Counsellor led the government
		// beside the president; the Taliban's leader heads Afghanistan.
		{"MMR", "state counsellor", "2018-06-01", "person:aung_san_suu_kyi"},
		{"MMR", "leader", "2018-06-01", "person:aung_san_suu_kyi"},
		{"MMR", "president", "2018-06-01", "person:win_myint"},
		{"MMR", "leader", "2022-06-01", "person:min_aung_hlaing"},
		{"MMR", "prime minister", "2022-06-01", "person:min_aung_hlaing"},
		{"AFG", "president", "2016-01-01", "person:ashraf_ghani"},
		{"AFG", "leader", "2022-06-01", "person:hibatullah_akhundzada"},
	}
	checkHolders(t, k, tests)
	// A person of such an office is of the country by every name.
	for _, name := range []string{"Aung San Suu Kyi", "Suu Kyi", "Haibatullah Akhundzada"} {
		if as := k.Lookup(name, day("2024-01-01")); len(as) == 0 || as[0].Type != TypePerson || as[0].Country == "" {
			t.Errorf("Lookup(%q) = %v, want a person with a country", name, as)
		}
	}
	if a, ok := k.Holder("KOR", "president", day("2017-04-01")); ok {
		t.Errorf("KOR president during the 2017 vacancy = %s, want none", a.ID)
	}
}

// holderCase is who should hold an office of a country on a date.
type holderCase struct {
	country, role, date, want string
}

func checkHolders(t *testing.T, k *KB, tests []holderCase) {
	t.Helper()
	for _, tt := range tests {
		a, ok := k.Holder(tt.country, tt.role, day(tt.date))
		if !ok || a.ID != tt.want {
			id := ""
			if a != nil {
				id = a.ID
			}
			t.Errorf("Holder(%s, %s, %s) = %q, %v; want %s", tt.country, tt.role, tt.date, id, ok, tt.want)
		}
	}
}

func TestSectorActor(t *testing.T) {
	k := mustLoad(t)
	a, ok := k.SectorActor("PRK", SectorGovernment)
	if !ok || a.ID != "PRK.GOV" || a.Country != "PRK" {
		t.Errorf("SectorActor(PRK, government) = %+v, %v", a, ok)
	}
	a, ok = k.SectorActor("FJI", SectorMilitary)
	if !ok || a.ID != "FJI.MIL" || a.Type != TypeRole || a.Sector != SectorMilitary {
		t.Errorf("SectorActor(FJI, military) = %+v, %v", a, ok)
	}
	if _, ok := k.SectorActor("XXX", SectorMilitary); ok {
		t.Error("SectorActor(XXX) found")
	}
}

func TestLocalActor(t *testing.T) {
	a := LocalActor("place:USA-TX", "Texas", "USA", SectorGovernment)
	if a.ID != "place:USA-TX.GOV" || a.Country != "USA" || a.Type != TypeRole || a.Sector != SectorGovernment || a.Parent != "place:USA-TX" || a.Name != "Texas government" {
		t.Errorf("LocalActor(Texas, government) = %+v", a)
	}
}

func TestCapital(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{"Pyongyang": "PRK", "Seoul": "KOR", "Washington": "USA", "Beijing": "CHN", "Moscow": "RUS"} {
		if got, ok := k.Capital(name); !ok || got != want {
			t.Errorf("Capital(%q) = %q, %v; want %s", name, got, ok, want)
		}
	}
	if _, ok := k.Capital("Henan"); ok {
		t.Error("Henan is not a capital")
	}
}

func TestGazetteer(t *testing.T) {
	k := mustLoad(t)
	want := map[GazEntry]bool{
		{"Xi Jinping", "PER"}: false, {"North Korean", "NORP"}: false, {"KCNA", "ORG"}: false,
		{"Pyongyang", "GPE"}: false, {"DPRK", "GPE"}: false, {"Korean Peninsula", "LOC"}: false,
		{"Kurdish", "NORP"}: false, {"Shi'ites", "NORP"}: false, {"European", "NORP"}: false, // groups.tsv
	}
	for _, e := range k.Gazetteer() {
		if _, ok := want[e]; ok {
			want[e] = true
		}
		if e.Name == "Christian" {
			t.Errorf("gazetteer has %+v: a first name as common as a group word", e)
		}
		switch e.Type {
		case "PER", "ORG", "GPE", "LOC", "NORP":
		default:
			t.Fatalf("gazetteer entry %+v has type %q", e, e.Type)
		}
	}
	for e, seen := range want {
		if !seen {
			t.Errorf("gazetteer lacks %+v", e)
		}
	}
}

func TestDataIntegrity(t *testing.T) {
	k := mustLoad(t)
	for _, a := range k.Actors() {
		if a.Country != "" {
			if _, ok := k.Actor(a.Country); !ok && a.Type != TypeOrganisation {
				t.Errorf("actor %s: country %s is not an actor", a.ID, a.Country)
			}
		}
		if !a.To.IsZero() && !a.To.After(a.From) {
			t.Errorf("actor %s: validity ends before it starts", a.ID)
		}
	}
	// No two terms of the same office in one country may overlap: it would
	// make Holder depend on file order.
	for country, terms := range k.terms {
		for i, a := range terms {
			for _, b := range terms[i+1:] {
				if a.Person == b.Person {
					continue
				}
				for _, oa := range a.Offices {
					for _, ob := range b.Offices {
						if oa == ob && !SharedOffice(oa) && oa != "party_leader" && overlap(a, b) {
							t.Errorf("%s %s: %s and %s overlap", country, oa, a.Person, b.Person)
						}
					}
				}
			}
		}
	}
}

func overlap(a, b Term) bool {
	aEnd, bEnd := a.To, b.To
	if aEnd.IsZero() {
		aEnd = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if bEnd.IsZero() {
		bEnd = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return a.From.Before(bEnd) && b.From.Before(aEnd)
}

func TestStats(t *testing.T) {
	k := mustLoad(t)
	st := k.Stats()
	// Floors, not exact counts: the data grows.
	for key, min := range map[string]int{"country": 250, "place": 4000, "capital": 240, "organisation": 200,
		"person": 650, "terms": 780, "demonyms": 250, "roles": 100} {
		if st[key] < min {
			t.Errorf("%s: %d, want at least %d", key, st[key], min)
		}
	}
	t.Logf("kb stats: %v", st)
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := build(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	k := mustLoad(b)
	d := day("2021-07-30")
	names := []string{"U.S.", "Xi Jinping", "Korean People's Army", "Henan", "Pyongyang", "unknown name"}
	for i := 0; i < b.N; i++ {
		k.Lookup(names[i%len(names)], d)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"U.S.", "the United States", "Moon Jae-in", "Workers’ Party", "São Tomé", "AT&T", "  ", "İ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q: stray spaces", s, n)
		}
		if strings.ContainsAny(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") {
			t.Fatalf("Normalize(%q) = %q: upper case or period left", s, n)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"", "2021", "2021-07", "2021-07-30", "2021-13-01", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDate(s)
		if err == nil && s != "" && d.IsZero() {
			t.Fatalf("parseDate(%q): zero time without error", s)
		}
	})
}

func TestGivenNameGender(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{"Maria": GenderFemale, "victor": GenderMale, "Wendy": GenderFemale,
		"Kim": "", "Jordan": "", "Andrea": "", "Zzyzx": ""} {
		if got := k.GivenNameGender(name); got != want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", name, got, want)
		}
	}
}

// Short and former city names from city_aliases.tsv reach the city, as its
// own name does, and only through City.
func TestCityAliases(t *testing.T) {
	k := mustLoad(t)
	for alias, want := range map[string]string{"L.A.": "city:USA:los_angeles", "LA": "city:USA:los_angeles",
		"NYC": "city:USA:new_york_city", "Bombay": "city:IND:mumbai", "Los Angeles": "city:USA:los_angeles",
		// English exonyms of cities GeoNames lists by their local name.
		"Geneva": "city:CHE:geneve", "Cologne": "city:DEU:koln", "Gothenburg": "city:SWE:goteborg",
		// Cities whose English name is also a region's CLDR alias: the
		// bare name is the city, as in news.
		"Basra": "city:IRQ:basrah", "Taiz": "city:YEM:ta_izz"} {
		a, ok := k.City(Normalize(alias))
		if !ok || a.ID != want {
			t.Errorf("City(%q) = %v, %v; want %s", alias, a, ok, want)
		}
	}
	if got := k.Lookup("Bombay", time.Time{}); len(got) != 0 {
		t.Errorf("Lookup(Bombay) = %v: city aliases are for City only", got)
	}
}

// A city's current name (city_aliases.tsv, current "yes") is the name
// it shows, where GeoNames lists an older or foreign form; that form
// still finds it, and cities GeoNames already lists by their current
// name keep it.
func TestCityCurrentNames(t *testing.T) {
	k := mustLoad(t)
	for _, c := range []struct{ lookup, id, name string }{
		{"Cochin", "city:IND:cochin", "Kochi"},
		{"Odessa", "city:UKR:odessa", "Odesa"},
		{"Köln", "city:DEU:koln", "Cologne"},
		{"Bombay", "city:IND:mumbai", "Mumbai"},
		{"Madras", "city:IND:chennai", "Chennai"},
		{"Calcutta", "city:IND:kolkata", "Kolkata"},
		{"Rangoon", "city:MMR:yangon", "Yangon"},
	} {
		a, ok := k.City(Normalize(c.lookup))
		if !ok || a.ID != c.id || a.Name != c.name {
			t.Errorf("City(%q) = %s %q, %v; want %s %q", c.lookup, a.ID, a.Name, ok, c.id, c.name)
		}
	}
}

// A shared name (city_aliases.tsv, "shared name", or a city of
// cities_extra.tsv another city already bears) leaves City the city
// cities.tsv names so and gives CitiesNamed both, most populous first; a
// name no alias shares gives its one city.
func TestCitiesNamed(t *testing.T) {
	k := mustLoad(t)
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Kochi", []string{"city:IND:cochin", "city:JPN:kochi"}},
		{"Tripoli", []string{"city:LBY:tripoli", "city:LBN:tripoli"}},
		{"Cordoba", []string{"city:ARG:cordoba", "city:ESP:cordoba"}},
		{"Hyderabad", []string{"city:IND:hyderabad", "city:PAK:hyderabad"}},
		{"Alexandria", []string{"city:EGY:alexandria", "city:USA:alexandria"}},
		{"Osaka", []string{"city:JPN:osaka"}},
		{"Zzyzx", nil},
	} {
		var got []string
		for _, a := range k.CitiesNamed(Normalize(c.name)) {
			got = append(got, a.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("CitiesNamed(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	if a, ok := k.City("kochi"); !ok || a.ID != "city:JPN:kochi" {
		t.Errorf("City(kochi) = %v, %v; want city:JPN:kochi", a, ok)
	}
	if a, ok := k.City("tripoli"); !ok || a.ID != "city:LBY:tripoli" {
		t.Errorf("City(tripoli) = %v, %v; want city:LBY:tripoli", a, ok)
	}
}

func TestSpelledOutNames(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{
		"United States Department of State":             "USA.GOV.STATE",
		"United States Department of Homeland Security": "USA.GOV.DHS",
	} {
		got := k.Lookup(name, time.Time{})
		if len(got) == 0 || got[0].ID != want {
			t.Errorf("Lookup(%q) = %v, want %s", name, got, want)
		}
	}
}

// Federal regulators are U.S. government bodies under their names and
// acronyms ("fined ... by the EPA"); the SEC only under its full name, as
// "Sec." (Secretary) folds to the same key as its acronym.
func TestFederalRegulators(t *testing.T) {
	k := mustLoad(t)
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for name, want := range map[string]string{
		"EPA": "USA.GOV.EPA", "Environmental Protection Agency": "USA.GOV.EPA", "FDA": "USA.GOV.FDA",
		"Securities and Exchange Commission": "USA.GOV.SEC", "FTC": "USA.GOV.FTC",
	} {
		got := k.Lookup(name, at)
		if len(got) == 0 || got[0].ID != want || got[0].Sector != SectorGovernment {
			t.Errorf("Lookup(%q) = %v, want the government body %s", name, got, want)
		}
	}
	if got := k.Lookup("Sec.", at); len(got) != 0 {
		t.Errorf("Lookup(Sec.) = %v: the abbreviation of Secretary names no actor", got)
	}
}

// Large companies are business actors of their country under their brand;
// a word that more often names something else is left out.
func TestCompanies(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, country string }{
		{"Apple", "USA"}, {"Samsung", "KOR"}, {"General Motors", "USA"}, {"Saudi Aramco", "SAU"}, {"Huawei", "CHN"},
		{"NNPC", "NGA"}, {"Nigerian National Petroleum Corporation", "NGA"},
	} {
		as := k.Lookup(tc.name, at)
		if len(as) == 0 || as[0].Country != tc.country || as[0].Sector != SectorBusiness {
			t.Errorf("%s: got %v, want a %s business actor", tc.name, as, tc.country)
		}
	}
	for _, name := range []string{"Amazon", "Ford", "Target", "Visa"} {
		for _, a := range k.Lookup(name, at) {
			if a.Sector == SectorBusiness {
				t.Errorf("%s: got company %s; the word more often names something else", name, a.ID)
			}
		}
	}
	// "?Ford" in companies.tsv: the company by evidence only.
	for name, want := range map[string]string{"ford": "USA.BUS.FORDMOTORCOMPANY", "amazon": "USA.BUS.AMAZONCOM", "target": ""} {
		a, ok := k.EvidenceName(name)
		if ok != (want != "") || ok && a.ID != want {
			t.Errorf("EvidenceName(%q) = %v, %v; want %q", name, a, ok, want)
		}
	}
}

// A dated name (data/dated_names.tsv) stands first for what it named in
// its own years and stays the actor's name after them; a name shared with
// another actor goes back to the usual order outside its period.
func TestDatedNames(t *testing.T) {
	k := mustLoad(t)
	for _, tt := range []struct {
		name, at, want string
	}{
		{"Zaire", "1985-06-01", "COD"},
		{"Zaire", "1971-10-27", "COD"},
		{"Zaire", "1997-05-16", "COD"},
		{"Congo", "1985-06-01", "COG"}, // the DRC was Zaire then
		{"Congo", "1997-05-17", "COD"}, // the day the name came back
		{"Congo", "1971-10-26", "COD"},
		{"Congo", "", "COD"},
		{"Ceylon", "1960-01-01", "LKA"},
		{"Burma", "1970-01-01", "MMR"},
		{"Burma", "2021-02-01", "MMR"},
		{"Swaziland", "2010-01-01", "SWZ"},
		{"Rhodesia", "1975-01-01", "ZWE"},
		{"Northern Rhodesia", "1950-01-01", "ZMB"},
		{"Southern Rhodesia", "1950-01-01", "ZWE"},
		{"Upper Volta", "1970-01-01", "BFA"},
		{"Dahomey", "1970-01-01", "BEN"},
		{"Kampuchea", "1980-01-01", "KHM"},
		{"West Germany", "1980-01-01", "DEU"},
	} {
		var at time.Time
		if tt.at != "" {
			at = day(tt.at)
		}
		got := k.Lookup(tt.name, at)
		id := ""
		if len(got) > 0 {
			id = got[0].ID
		}
		if id != tt.want {
			t.Errorf("Lookup(%q, %s) = %q, want %q", tt.name, tt.at, id, tt.want)
		}
	}
	if a, ok := k.DatedActor("congo", day("1990-01-01")); !ok || a.ID != "COG" {
		t.Errorf("DatedActor(congo, 1990) = %v, %v; want COG", a, ok)
	}
	for _, at := range []time.Time{{}, day("2000-01-01"), day("1971-10-26")} {
		if a, ok := k.DatedActor("congo", at); ok {
			t.Errorf("DatedActor(congo, %s) = %s, want none", at, a.ID)
		}
	}
}

// FormerActor is the state a name stood for in its last period that ended
// by the date ("the former Zaire"), never a province and never a name
// still in use at that date.
func TestFormerActor(t *testing.T) {
	k := mustLoad(t)
	for _, tt := range []struct {
		name, at, want string
	}{
		{"zaire", "2021-07-30", "COD"},
		{"zaire", "1997-05-17", "COD"},
		{"zaire", "1990-01-01", ""}, // still the state's name then
		{"congo", "2000-01-01", "COG"},
		{"siam", "1950-01-01", "THA"},
		{"swaziland", "2019-01-01", "SWZ"},
		{"france", "2021-07-30", ""}, // no dated name
		{"zaire", "", ""},
	} {
		var at time.Time
		if tt.at != "" {
			at = day(tt.at)
		}
		a, ok := k.FormerActor(tt.name, at)
		got := ""
		if ok {
			got = a.ID
		}
		if got != tt.want {
			t.Errorf("FormerActor(%q, %s) = %q, want %q", tt.name, tt.at, got, tt.want)
		}
	}
}

// Vice presidents (and Kenya's and South Africa's deputy presidents, the
// same office) are holders of the office vice_president, and the
// Secretaries of Homeland Security of homeland_security_secretary.
func TestDeputyHolders(t *testing.T) {
	k := mustLoad(t)
	tests := []holderCase{
		{"USA", "vice president", "1955-06-01", "person:richard_nixon"},
		{"USA", "vice president", "1974-01-01", "person:gerald_ford"},
		{"USA", "vice president", "1985-06-01", "person:george_h_w_bush"},
		{"USA", "vice president", "1998-06-01", "person:al_gore"},
		{"USA", "vice president", "1964-06-01", ""}, // vacant after Kennedy's death
		{"KEN", "deputy president", "2015-06-01", "person:william_ruto"},
		{"ZAF", "deputy president", "2020-06-01", "person:david_mabuza"},
		{"CHN", "vice president", "2010-06-01", "person:xi_jinping"},
		{"IDN", "vice president", "2021-06-01", "person:maruf_amin"},
		{"TWN", "vice president", "2022-06-01", "person:lai_ching_te"},
		{"BRA", "vice president", "2017-06-01", ""}, // vacant after Temer succeeded
		{"USA", "homeland security secretary", "2022-06-01", "person:alejandro_mayorkas"},
		{"USA", "homeland security secretary", "2020-06-01", ""}, // acting secretaries
	}
	for _, tt := range tests {
		a, ok := k.Holder(tt.country, tt.role, day(tt.date))
		got := ""
		if ok {
			got = a.ID
		}
		if got != tt.want {
			t.Errorf("Holder(%s, %s, %s) = %q, want %q", tt.country, tt.role, tt.date, got, tt.want)
		}
	}
}

func TestNameCues(t *testing.T) {
	k := mustLoad(t)
	cs := k.Cues("congo")
	if len(cs) != 2 || cs[0].Actor != "COD" || cs[1].Actor != "COG" {
		t.Fatalf("Cues(congo) = %+v, want COD (the default) then COG", cs)
	}
	if !contains(cs[1].Cues, "Brazzaville") || !contains(cs[0].Cues, "Kinshasa") {
		t.Errorf("Cues(congo) = %+v, want Kinshasa for COD and Brazzaville for COG", cs)
	}
	if k.Cues("france") != nil {
		t.Errorf("Cues(france) = %+v, want none", k.Cues("france"))
	}
}

// The loaders of the two files refuse rows that would silently mean
// something else.
func TestDatedNameAndCueRowsChecked(t *testing.T) {
	newBuilder := func(t *testing.T) *builder {
		b := &builder{k: &KB{byID: map[string]int{}, byAlias: map[string][]int{}}, gazSeen: map[GazEntry]bool{}, aliasSet: map[string]map[int]bool{}}
		for _, id := range []string{"COD", "COG"} {
			if _, err := b.add(Actor{ID: id, Name: id, Type: TypeCountry, Country: id}); err != nil {
				t.Fatal(err)
			}
		}
		b.alias(b.k.byID["COD"], "Congo")
		return b
	}
	for _, tt := range []struct {
		rows [][]string
		bad  string
	}{
		{[][]string{{"Zaire", "ZZZ", "1971", "1997", "s"}}, "unknown actor"},
		{[][]string{{"Zaire", "COD", "", "", "s"}}, "no dates"},
		{[][]string{{"Zaire", "COD", "1997", "1971", "s"}}, "before it starts"},
		{[][]string{{"Zaire", "COD", "1971", "1997", ""}}, "no source"},
		{[][]string{{"Zaire", "COD", "19x1", "", "s"}}, "cannot parse"},
		{[][]string{{"Congo", "COG", "1971", "1997", "s"}, {"Congo", "COD", "1990", "2000", "s"}}, "overlaps"},
		{[][]string{{"Congo", "COG", "1971", "1997", "s"}, {"Congo", "COD", "1997", "", "s"}}, ""},
	} {
		b := newBuilder(t)
		var err error
		for _, r := range tt.rows {
			if err = b.datedName(r); err != nil {
				break
			}
		}
		if tt.bad == "" && err != nil || tt.bad != "" && (err == nil || !strings.Contains(err.Error(), tt.bad)) {
			t.Errorf("%v: error %v, want %q", tt.rows, err, tt.bad)
		}
	}
	for _, tt := range []struct {
		row []string
		bad string
	}{
		{[]string{"Congo", "ZZZ", "Goma", "why"}, "unknown actor"},
		{[]string{"Congo", "COG", "Brazzaville", "why"}, "not a name of"},
		{[]string{"Congo", "COD", "", "why"}, "no cues"},
		{[]string{"Congo", "COD", "Goma", ""}, "no reason"},
		{[]string{"Congo", "COD", "Goma", "why"}, ""},
	} {
		err := newBuilder(t).nameCue(tt.row)
		if tt.bad == "" && err != nil || tt.bad != "" && (err == nil || !strings.Contains(err.Error(), tt.bad)) {
			t.Errorf("%v: error %v, want %q", tt.row, err, tt.bad)
		}
	}
}

// TestRegionExonyms: the first-level divisions of Germany, France, Italy,
// Spain and Poland answer to the English names news writes, and the
// voivodeship named after its capital leaves the city's own name alone.
func TestRegionExonyms(t *testing.T) {
	k := mustLoad(t)
	d := day("2024-03-01")
	for _, c := range []struct{ name, want string }{
		{"Thuringia", "place:DEU-TH"},
		{"Thüringen", "place:DEU-TH"},
		{"Bavaria", "place:DEU-BY"},
		{"North Rhine-Westphalia", "place:DEU-NW"},
		{"Lower Saxony", "place:DEU-NI"},
		{"Brittany", "place:FRA-BRE"},
		{"Lombardy", "place:ITA-25"},
		{"Sicily", "place:ITA-82"},
		{"Andalusia", "place:ESP-AN"},
		{"Canary Islands", "place:ESP-CN"},
		{"Masovian Voivodeship", "place:POL-14"},
		{"Lublin Voivodeship", "place:POL-06"},
		{"Łódzkie Voivodship", "place:POL-10"},
	} {
		got := k.Lookup(c.name, d)
		if len(got) == 0 || got[0].ID != c.want {
			ids := make([]string, len(got))
			for i, a := range got {
				ids[i] = a.ID
			}
			t.Errorf("Lookup(%q) = %v, want %s first", c.name, ids, c.want)
		}
	}
	for _, a := range k.Lookup("Lublin", d) {
		if a.ID == "place:POL-06" {
			t.Errorf("Lookup(%q) gives the voivodeship %s", "Lublin", a.ID)
		}
	}
}

// TestTowns checks the lazily parsed towns table: the embedded data loads
// without error (loadTowns panics on one), a town is found by name, alias
// and id, and many workers asking at once all see the whole table.
func TestTowns(t *testing.T) {
	k, err := build()
	if err != nil {
		t.Fatal(err)
	}
	if err := k.buildTowns(); err != nil {
		t.Fatalf("towns: %v", err)
	}
	if len(k.townList) < 20000 {
		t.Fatalf("towns: %d, want the 26,000 of towns.tsv", len(k.townList))
	}
	fresh, err := build()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]int, 8)
	for w := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[w] = len(fresh.Towns(Normalize("Avdiivka")))
		}()
	}
	wg.Wait()
	for w, n := range got {
		if n == 0 {
			t.Errorf("worker %d: no town Avdiivka", w)
		}
	}
	ts := fresh.Towns(Normalize("Avdiivka"))
	a, ok := fresh.Actor(ts[0].ID)
	if !ok || a != ts[0] {
		t.Errorf("Actor(%q) = %v, %v; want the town", ts[0].ID, a, ok)
	}
	if _, ok := fresh.Actor("town:XXX:nowhere"); ok {
		t.Errorf("Actor of an unknown town id found")
	}
	if got, want := fresh.Stats()["towns"], len(k.townList); got != want {
		t.Errorf("Stats towns = %d, want %d", got, want)
	}
}

// BenchmarkLoadTowns is the cost loadTowns adds on a process's first
// town lookup.
func BenchmarkLoadTowns(b *testing.B) {
	k, err := build()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.townList, k.towns, k.townByID, k.townSlab = nil, nil, nil, nil
		if err := k.buildTowns(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLookupFoldedLetters: a name spelt with the letters of its own
// alphabet and without them, as English-language news writes it, finds
// one actor: the Latvian cedillas of a person's and of a region's name.
func TestLookupFoldedLetters(t *testing.T) {
	k := mustLoad(t)
	d := day("2024-03-01")
	tests := []struct{ name, wantID string }{
		{"Evika Siliņa", "person:evika_silina"},
		{"Evika Silina", "person:evika_silina"},
		{"Ērgļi", "place:LVA-030"},
		{"Ergli", "place:LVA-030"},
		{"Pļaviņas", "place:LVA-072"},
		{"Plavinas", "place:LVA-072"},
	}
	for _, tt := range tests {
		found := false
		for _, a := range k.Lookup(tt.name, d) {
			found = found || a.ID == tt.wantID
		}
		if !found {
			t.Errorf("Lookup(%q): no %s", tt.name, tt.wantID)
		}
	}
	// The dotless and dotted letters of other names still tell names
	// apart: "Silina" is no "Salina".
	for _, a := range k.Lookup("Evika Salina", d) {
		if a.ID == "person:evika_silina" {
			t.Errorf("Lookup(%q) = %s", "Evika Salina", a.ID)
		}
	}
}

func TestCountryOfISO2(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		code, want string
		ok         bool
	}{
		{"CH", "CHE", true},
		{"lb", "LBN", true}, // Lebanon, as the code says, whatever a place's name
		{"TL", "TLS", true},
		{"IR", "IRN", true},
		{"ZZ", "", false},
		{"", "", false},
	} {
		got, ok := k.CountryOfISO2(tc.code)
		if got != tc.want || ok != tc.ok {
			t.Errorf("CountryOfISO2(%q) = %q, %v; want %q, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
}

// A first-level region named like a city of its country shows its division
// word, so that a story datelined in the city that mentions the state does
// not list two places both called "Kaduna"; the bare name still finds it.
func TestRegionDisplayName(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		id, wantName string
	}{
		{"place:NGA-KD", "Kaduna State"},    // Kaduna is a city of Nigeria too
		{"place:NGA-LA", "Lagos State"},     // and Lagos
		{"place:AFG-HER", "Herat Province"}, // Herat a city of Afghanistan
		{"place:AFG-KAB", "Kabul Province"}, // Kabul its capital
		{"place:EGY-C", "Cairo Governorate"},
		{"place:NGA-BO", "Borno"},  // no city Borno: the bare name
		{"place:PAK-PB", "Punjab"}, // no clash, and Pakistan is not listed
		{"place:AFG-HEL", "Helmand"},
	}
	for _, tt := range tests {
		a, ok := k.Actor(tt.id)
		if !ok {
			t.Fatalf("Actor(%q): not found", tt.id)
		}
		if a.Name != tt.wantName {
			t.Errorf("%s: name %q, want %q", tt.id, a.Name, tt.wantName)
		}
	}
	for _, name := range []string{"Kaduna", "Kaduna State", "Herat Province"} {
		found := false
		for _, a := range k.Lookup(name, time.Time{}) {
			if strings.HasPrefix(a.ID, "place:") {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q): no region", name)
		}
	}
	if c, ok := k.City("kaduna"); !ok || c.ID != "city:NGA:kaduna" || c.Name != "Kaduna" {
		t.Errorf("City(kaduna) = %+v, %v; want the city named Kaduna", c, ok)
	}
}

// Kosovo carries the user-assigned XKX (the generator's alpha3Overrides),
// not world-countries' UNK, in every form news names it by: the country,
// its capital and regions, its demonym, and the FIPS code the GDELT export
// writes for it. No actor is left on the old code.
func TestKosovoCode(t *testing.T) {
	k := mustLoad(t)
	got := k.Lookup("Kosovo", time.Time{})
	if len(got) == 0 || got[0].ID != "XKX" || got[0].Type != TypeCountry {
		t.Errorf("Lookup(Kosovo) = %+v; want the country XKX", got)
	}
	if a, ok := k.City(Normalize("Pristina")); !ok || a.ID != "city:XKX:pristina" || a.Country != "XKX" {
		t.Errorf("City(Pristina) = %+v, %v; want city:XKX:pristina in XKX", a, ok)
	}
	for _, w := range []string{"Kosovar", "Kosovan"} {
		if c, ok := k.Demonym(w); !ok || c != "XKX" {
			t.Errorf("Demonym(%q) = %q, %v; want XKX", w, c, ok)
		}
	}
	if a, ok := k.Actor("place:XKX-PR"); !ok || a.Country != "XKX" {
		t.Errorf("Actor(place:XKX-PR) = %+v, %v; want the Pristina district in XKX", a, ok)
	}
	if got := k.FIPS("XKX"); got != "KV" {
		t.Errorf("FIPS(XKX) = %q, want KV", got)
	}
	k.loadTowns()
	for _, a := range slices.Concat(k.actors, k.townList) {
		if a.Country == "UNK" || a.ID == "UNK" || strings.Contains(a.ID, ":UNK:") || strings.HasPrefix(a.ID, "place:UNK-") {
			t.Errorf("actor %s (country %s) still carries world-countries' UNK", a.ID, a.Country)
		}
	}
}
