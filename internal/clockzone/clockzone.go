// Package clockzone places a clock time written without a zone in the zone
// its source's own evidence gives. A page (internal/extract) and a feed
// (internal/ingest) use the same table and the same order of evidence, so
// "2021.07.28 15:24" is Seoul time whether a Korean page or a Korean feed
// wrote it.
//
// The evidence, in order:
//
//  1. another timestamp of the source: the same clock written with its
//     zone (UTC too), else the offset of any other (a modified time,
//     another date of the feed): the site writes its times in that zone;
//  2. the source's language tag (<html lang>, og:locale, a feed's
//     <language> or xml:lang): its region ("de-DE", "en_GB"), or a
//     language spoken only where one clock is kept ("ko", "ja", "zh":
//     China, Taiwan, Hong Kong, Macau and Singapore all keep UTC+8);
//  3. the country of the site's domain (".kr", ".co.uk");
//  4. the place a wire dateline of the text names ("SEOUL, July 30
//     (Yonhap) --": Seoul's clock; data/place_zones.tsv). It comes last:
//     a reporter files from where the news is, while the site that stamps
//     the clock may be anywhere, so the site's own evidence goes first;
//     with none, the dateline's place is a better guess than UTC.
//
// A country or language counts only on a day when every zone it could mean
// keeps one offset (data/country_zones.tsv, all of a country's zones): a
// site from the United States or Russia says nothing by its country, one
// from Argentina (twelve zones, one clock) does; when the zones are
// several, the clock is placed at the offset they share, the zone itself
// being unknown.
// Without evidence the clock stays read as UTC, and the source of the
// zone is model.ZoneUnknown.
package clockzone

import (
	_ "embed"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"
	// The zones of country_zones.tsv must load on a machine without a
	// zoneinfo database (a scratch container, Windows): the binary
	// carries its own.
	_ "time/tzdata"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Floating is the location of a clock time written without a zone. Its
// offset is zero, so a floating time that is not placed reads as UTC, as
// such clocks were read before, and prints as one ("Z").
var Floating = time.FixedZone("", 0)

//go:generate go run gen_country_zones.go -zonetab /usr/share/zoneinfo/zone.tab -o data/country_zones.tsv

//go:embed data/country_zones.tsv
var countryZonesTSV string

// countryZones maps an upper-case ISO 3166 country code to the IANA zones
// of its clocks, the zone of most of the country first (generated from
// tzdb's zone.tab by gen_country_zones.go).
var countryZones = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(countryZonesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) >= 2 {
			m[f[0]] = f[1:]
		}
	}
	return m
}()

// clockOver is the clock the zones keep on the day of at's wall clock, or
// nil when they keep different offsets at any moment of that day or one
// does not load. One zone is its own clock; several zones keeping one
// offset all day (Argentina's twelve since 2009; Beijing's, Taipei's and
// Singapore's) are a fixed zone of the offset they keep at the clock: the
// offset is known though the zone is not. Whether they agree is decided
// for the day in question, not once: Kazakhstan's zones have kept one
// clock since March 2024, Cyprus's two differed in 2016-2017, and Moldova
// and Romania change for summer an hour apart on the same day.
func clockOver(zones []string, at time.Time) *time.Location {
	if len(zones) == 0 {
		return nil
	}
	if len(zones) == 1 {
		return loadZone(zones[0])
	}
	locs := make([]*time.Location, len(zones))
	for i, z := range zones {
		if locs[i] = loadZone(z); locs[i] == nil {
			return nil
		}
	}
	y, mo, d := at.Date()
	// From the day's start to its end, period by period: every zone keeps
	// the first one's offset until the earliest change of any of them.
	end := time.Date(y, mo, d+1, 0, 0, 0, 0, locs[0])
	for t := time.Date(y, mo, d, 0, 0, 0, 0, locs[0]); t.Before(end); {
		_, want := t.In(locs[0]).Zone()
		next := end
		for _, loc := range locs {
			in := t.In(loc)
			if _, off := in.Zone(); off != want {
				return nil
			}
			if _, change := in.ZoneBounds(); !change.IsZero() && change.After(t) && change.Before(next) {
				next = change
			}
		}
		t = next
	}
	_, off := time.Date(y, mo, d, at.Hour(), at.Minute(), at.Second(), 0, locs[0]).Zone()
	return time.FixedZone("", off)
}

// countryClock is the clock the country keeps on the day of at (clockOver),
// or nil.
func countryClock(cc string, at time.Time) *time.Location {
	return clockOver(countryZones[cc], at)
}

//go:embed data/place_zones.tsv
var placeZonesTSV string

// placeZones maps a folded place name (foldPlace) to the IANA zone of its
// clock.
var placeZones = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(placeZonesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, zone, ok := strings.Cut(line, "\t"); ok {
			m[foldPlace(name)] = strings.TrimSpace(zone)
		}
	}
	return m
}()

// foldPlace folds a place name as datelines write it ("BOGOTÁ", "St.
// Petersburg", "HO CHI MINH CITY") for lookup: lower case, no accents,
// one space between words.
func foldPlace(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// PlaceZone is the zone of the place a dateline names ("SEOUL",
// "Washington", "SÃO PAULO"), or nil for a place the table does not know.
func PlaceZone(name string) *time.Location {
	if len(name) > 60 {
		return nil
	}
	return loadZone(placeZones[foldPlace(name)])
}

// languageCountries are, for a language, the countries where it is the
// language of most people and of the national press. A source tagged with
// the language alone ("ko", "zh") is in one of them, so its clock is known
// on a day when all their zones keep one offset (languageClock): Korean is
// written in both Koreas, on UTC+9 together since 2018; Chinese in China,
// Taiwan, Hong Kong, Macau and Singapore, all UTC+8; German in five
// countries on Central European time; Bosnian, Croatian and Serbian in
// Bosnia and Herzegovina, whose three peoples' languages they are. A
// language that is co-official but spoken by a minority (Swedish in
// Finland, Turkish in Cyprus, Italian in Switzerland) does not count: its
// press is the majority country's. English, Spanish, French,
// Portuguese, Dutch, Arabic, Russian, Persian, Bengali and Swahili are
// written under many clocks and are not here; nor are languages of one
// part of a country of many clocks (Catalan).
var languageCountries = map[string][]string{
	"ko": {"KR", "KP"}, "ja": {"JP"}, "zh": {"CN", "TW", "HK", "MO", "SG"}, "ms": {"MY", "BN", "SG"},
	"de": {"DE", "AT", "CH", "LI", "LU"}, "it": {"IT", "SM", "VA"}, "pl": {"PL"}, "cs": {"CZ"},
	"sk": {"SK"}, "hu": {"HU"}, "el": {"GR", "CY"}, "he": {"IL"}, "th": {"TH"}, "vi": {"VN"}, "tr": {"TR"},
	"fi": {"FI"}, "et": {"EE"}, "lv": {"LV"}, "lt": {"LT"}, "da": {"DK"}, "nb": {"NO"}, "nn": {"NO"},
	"no": {"NO"}, "is": {"IS"}, "sl": {"SI"}, "hr": {"HR", "BA"}, "sr": {"RS", "BA", "ME"}, "bs": {"BA"},
	"mk": {"MK"}, "sq": {"AL"}, "bg": {"BG"}, "ro": {"RO", "MD"}, "uk": {"UA"}, "be": {"BY"},
	"ka": {"GE"}, "hy": {"AM"}, "az": {"AZ"}, "kk": {"KZ"}, "uz": {"UZ"}, "hi": {"IN"}, "mr": {"IN"},
	"ne": {"NP"}, "si": {"LK"}, "km": {"KH"}, "lo": {"LA"}, "my": {"MM"}, "tl": {"PH"}, "am": {"ET"},
}

// languageClock is the clock of the countries where the language is
// written (languageCountries) on the day of at, or nil: all their zones
// must keep one offset over that day (clockOver).
func languageClock(lang string, at time.Time) *time.Location {
	var zones []string
	seen := map[string]bool{}
	for _, cc := range languageCountries[lang] {
		for _, z := range countryZones[cc] {
			if !seen[z] {
				seen[z] = true
				zones = append(zones, z)
			}
		}
	}
	return clockOver(zones, at)
}

// genericTLDs are country domains sold and used without regard to the
// country (.io, .tv, .co, .me): a site under one is from anywhere.
var genericTLDs = map[string]bool{
	"ac": true, "ag": true, "ai": true, "am": true, "as": true, "bz": true, "cc": true, "cd": true,
	"cf": true, "co": true, "cx": true, "fm": true, "ga": true, "gg": true, "gq": true, "io": true,
	"je": true, "la": true, "ly": true, "me": true, "ml": true, "ms": true, "mu": true, "nu": true,
	"sc": true, "sh": true, "so": true, "st": true, "tk": true, "to": true, "tv": true, "vc": true,
	"vg": true, "ws": true,
}

// loadedZones keeps every zone loadZone has loaded, by name (a nil
// *time.Location for a name that did not load). time.LoadLocation opens
// and parses the zone's tzdb file on every call, and one document can ask
// for many zones (Chinese: the five countries' zones; Argentina alone has
// twelve), each page and feed item again. A Location never changes once
// loaded and is safe for concurrent use, so the cache only saves work: it
// holds at most the few hundred zones of the tables and is the same for
// every caller, which is why it is package state and not configuration.
var loadedZones sync.Map

// loadZone loads an IANA zone; nil when it does not load.
func loadZone(name string) *time.Location {
	if name == "" {
		return nil
	}
	if loc, ok := loadedZones.Load(name); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	// Only names from the embedded tables reach here (countryZones,
	// placeZones), so the cache cannot grow without bound.
	loadedZones.Store(name, loc)
	return loc
}

// parseTag reads a language tag as pages and feeds write it ("en_GB",
// "fr-FR,en;q=0.5": the first of a list); ok is false for none.
func parseTag(tag string) (language.Tag, bool) {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, ",;"); i >= 0 {
		tag = tag[:i]
	}
	if tag == "" || len(tag) > 35 {
		return language.Tag{}, false
	}
	t, err := language.Parse(strings.ReplaceAll(tag, "_", "-"))
	if err != nil {
		return language.Tag{}, false
	}
	return t, true
}

// LanguageCode turns a language tag ("en-US", "en_GB", "eng") into its
// ISO 639-1 code ("en"), or "" when it names no language.
func LanguageCode(tag string) string {
	t, ok := parseTag(tag)
	if !ok {
		return ""
	}
	base, conf := t.Base()
	if conf < language.High {
		return "" // "und" and other guesses
	}
	code := base.String()
	if code == "und" || len(code) != 2 {
		return ""
	}
	return code
}

// LocaleZone is the zone a language tag ("ko", "de-DE", "en_GB",
// "fr-FR,en;q=0.5", "zh") places its source in on the day of at's wall
// clock, or nil. A tag with a region is read by its region alone ("en-US"
// gives none, whatever the language, "es-AR" Argentina's UTC-3); a tag
// without one by the countries where the language is written
// (languageClock).
func LocaleZone(tag string, at time.Time) *time.Location {
	t, ok := parseTag(tag)
	if !ok {
		return nil
	}
	if r, conf := t.Region(); conf == language.Exact {
		return countryClock(r.String(), at)
	}
	base, conf := t.Base()
	if conf < language.High {
		return nil
	}
	return languageClock(base.String(), at)
}

// DomainZone is the zone of the country whose domain the URL's host is
// under (".kr", ".co.uk", ".com.ar") on the day of at's wall clock, or nil
// (countryClock).
func DomainZone(raw string, at time.Time) *time.Location {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	i := strings.LastIndexByte(host, '.')
	if i < 0 {
		return nil
	}
	tld := host[i+1:]
	if len(tld) != 2 || genericTLDs[tld] {
		return nil
	}
	if tld == "uk" {
		tld = "gb" // the one country domain that is not its ISO code
	}
	return countryClock(strings.ToUpper(tld), at)
}

// Evidence is what a page or feed says about the zone it writes its
// clocks in.
type Evidence struct {
	// Offsets are the source's other timestamps, in order of trust.
	Offsets []time.Time
	// Modified are those of them that give a modified time: the publish
	// time is no later.
	Modified []time.Time
	// Locales are its language tags, most trusted first; the first that
	// names a language is the one read.
	Locales []string
	// URLs are its addresses (the article's, the site's, the feed's).
	URLs []string
	// Places are the places its wire datelines name ("SEOUL" of "SEOUL,
	// July 30 (Yonhap) --"), read last (PlaceZone).
	Places []string
	// OffsetsAre is the zone source to report when Offsets give the zone:
	// model.ZoneFromPage (the default) or model.ZoneFromFeed.
	OffsetsAre string
}

// Place puts a clock written without a zone (one in Floating) into the
// zone the evidence gives (see the package comment) and says where the
// zone came from: ev.OffsetsAre (model.ZoneFromPage or ZoneFromFeed), ZoneFromLanguage, ZoneFromDomain,
// ZoneFromDateline or ZoneUnknown. A time with a zone of its own is returned as it is with no
// source.
//
// A zone that would put the publish time after a modified time is refuted
// by the source and passed over: a page dated "03:05" beside a modified
// time of "22:15-05:00" the evening before wrote its clock in UTC, not in
// the site's zone.
func Place(t time.Time, ev Evidence) (time.Time, string) {
	if t.Location() != Floating {
		return t, ""
	}
	fromOffsets := ev.OffsetsAre
	if fromOffsets == "" {
		fromOffsets = model.ZoneFromPage
	}
	in := func(loc *time.Location) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	}
	fits := func(loc *time.Location) bool {
		p := in(loc)
		for _, m := range ev.Modified {
			if p.After(m) {
				return false
			}
		}
		return true
	}
	var byLocale *time.Location
	tag := ""
	for _, l := range ev.Locales {
		if LanguageCode(l) != "" {
			tag, byLocale = l, LocaleZone(l, t)
			break
		}
	}
	// The same clock written with its zone elsewhere ("2019-11-18T17:01:27"
	// in one tag, "2019-11-18T17:01:27Z" in another) is the same time: its
	// zone, UTC too, is the one.
	for _, o := range ev.Offsets {
		if o.Location() != Floating && o.Year() == t.Year() && o.YearDay() == t.YearDay() &&
			o.Hour() == t.Hour() && o.Minute() == t.Minute() && fits(o.Location()) {
			return in(o.Location()), fromOffsets
		}
	}
	for _, o := range ev.Offsets {
		_, off := o.Zone()
		if o.Location() == Floating || off == 0 {
			// A zero offset is no evidence: sites write their times in
			// UTC wherever they are.
			continue
		}
		// The language's clock, when it agrees with the offset on that
		// timestamp's day, also knows the publish day's summer time.
		loc := time.FixedZone("", off)
		if byLocale != nil {
			if lz := LocaleZone(tag, o); lz != nil {
				if _, lo := o.In(lz).Zone(); lo == off {
					loc = byLocale
				}
			}
		}
		if fits(loc) {
			return in(loc), fromOffsets
		}
		break // the site's zone is refuted; the language's is the same
	}
	if byLocale != nil && fits(byLocale) {
		return in(byLocale), model.ZoneFromLanguage
	}
	for _, u := range ev.URLs {
		if loc := DomainZone(u, t); loc != nil && fits(loc) {
			return in(loc), model.ZoneFromDomain
		}
	}
	for _, p := range ev.Places {
		if loc := PlaceZone(p); loc != nil && fits(loc) {
			return in(loc), model.ZoneFromDateline
		}
	}
	return in(time.UTC), model.ZoneUnknown
}
