// Package export writes stored events in other tools' formats: GDELT 2.0
// Events and Mentions tables (tab-separated, GDELT's column order and codes)
// and JSONL. The row builders are pure functions over store types so that
// they can be tested without a database.
package export

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/store"
)

// EventColumns is the GDELT 2.0 Event table, in order (Event Codebook V2.0).
var EventColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// MentionColumns is the GDELT 2.0 Mentions table, in order.
var MentionColumns = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// ploverCAMEO is the CAMEO code used for an event that carries a PLOVER
// type but no CAMEO code of its own: the most generic code of the CAMEO
// family that the PLOVER category was drawn from.
var ploverCAMEO = map[string]string{
	"SUPPORT":    "051", // praise or endorse
	"CONSULT":    "040", // consult
	"AGREE":      "057", // sign formal agreement
	"COOPERATE":  "060", // engage in material cooperation
	"AID":        "070", // provide aid
	"CONCEDE":    "080", // yield
	"RETREAT":    "087", // de-escalate military engagement
	"REQUEST":    "020", // make an appeal or request
	"DEMAND":     "100", // demand
	"DISAPPROVE": "110", // disapprove
	"ACCUSE":     "112", // accuse
	"REJECT":     "120", // reject
	"THREATEN":   "130", // threaten
	"PROTEST":    "140", // engage in political dissent
	"MOBILIZE":   "150", // exhibit military posture
	"SANCTION":   "163", // impose embargo, boycott or sanctions
	"COERCE":     "170", // coerce
	"ASSAULT":    "180", // use unconventional violence
	"ATTACK":     "190", // use conventional military force
	"FIGHT":      "190",
}

// rootGoldstein is the Goldstein score of each CAMEO root's generic code,
// used when an event has none.
var rootGoldstein = map[string]float64{
	"01": 0, "02": 3, "03": 4, "04": 1, "05": 3.5, "06": 6, "07": 7, "08": 5, "09": -2, "10": -5,
	"11": -2, "12": -4, "13": -6, "14": -6.5, "15": -7.2, "16": -4, "17": -7, "18": -9, "19": -10, "20": -10,
}

// CAMEOCode returns the event's CAMEO code, falling back on its PLOVER
// type; "" when neither is known.
func CAMEOCode(e *store.Event) string {
	c := strings.TrimSpace(e.CAMEO)
	if validCAMEO(c) {
		return c
	}
	return ploverCAMEO[strings.ToUpper(e.Type)]
}

// validCAMEO reports whether c is a CAMEO event code: 3 or 4 digits whose
// first two form a root 01-20.
func validCAMEO(c string) bool {
	if len(c) < 3 || len(c) > 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	root, _ := strconv.Atoi(c[:2])
	return root >= 1 && root <= 20
}

// QuadClass returns GDELT's quad class for a CAMEO root code: 1 verbal
// cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-14), 4 material conflict (15-20); 0 for an invalid root.
func QuadClass(root string) int {
	r, err := strconv.Atoi(root)
	switch {
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 14:
		return 3
	default:
		return 4
	}
}

// EventRow builds one GDELT 2.0 Event row. mentions (may be nil) decide
// IsRootEvent: 1 when the event is reported in an article's first
// sentences, as GDELT marks events from the lead paragraph. places (may be
// nil) gives the event's resolved place its full name and point
// (ActionGeo_FullName, _Lat, _Long); without it the place is named as the
// text wrote it and has no point. places also locates the two actors
// (Actor1Geo_*, Actor2Geo_*: see actorGeo); without it they are
// unresolved.
func EventRow(e *store.Event, mentions []store.EventMention, places Gazetteer) []string {
	row := make([]string, len(EventColumns))
	day := eventDay(e)
	row[0] = strconv.FormatInt(e.ID, 10)
	row[1] = day.Format("20060102")
	row[2] = day.Format("200601")
	row[3] = day.Format("2006")
	row[4] = strconv.FormatFloat(float64(day.Year())+float64(day.YearDay()-1)/365, 'f', 4, 64)
	actor(row[5:15], e.SourceActor, e.SourceName, e.SourceCountry)
	actor(row[15:25], e.TargetActor, e.TargetName, e.TargetCountry)
	row[25] = "0"
	for _, m := range mentions {
		if m.Sentence <= 1 {
			row[25] = "1"
			break
		}
	}
	code := CAMEOCode(e)
	if code != "" {
		row[26], row[27], row[28] = code, code[:3], code[:2]
	}
	quad := QuadClass(row[28])
	if quad == 0 && e.QuadClass >= 1 && e.QuadClass <= 4 {
		quad = e.QuadClass
	}
	row[29] = strconv.Itoa(quad)
	g := e.Goldstein
	if g == 0 && code != "" {
		g = rootGoldstein[code[:2]]
	}
	g = math.Max(-10, math.Min(10, g))
	row[30] = strconv.FormatFloat(g, 'f', 1, 64)
	row[31] = strconv.Itoa(max(e.NumMentions, 1))
	row[32] = strconv.Itoa(max(e.NumSources, 1))
	row[33] = strconv.Itoa(max(e.NumArticles, 1))
	row[34] = "0" // AvgTone: newsgraph does not score tone
	actorGeo(row[35:43], e.SourceActor, e.SourceCountry, places)
	actorGeo(row[43:51], e.TargetActor, e.TargetCountry, places)
	geo(row[51:59], e.Location)
	if e.Location != "" {
		typ := GeoType(e.LocationActor, e.LocationCountry)
		row[51] = strconv.Itoa(typ)
		if p, ok := lookupPlace(places, e.LocationActor); ok {
			fillGeo(row[51:59], typ, p)
		}
	}
	row[59] = e.FirstSeen.UTC().Format("20060102150405")
	row[60] = e.EarliestURL
	for i := range row {
		row[i] = cleanField(row[i])
	}
	return row
}

// actor fills the ten actor columns. The actor code is its CAMEO country
// code followed by its type code when the actor id names a sector
// ("FRA.AGR" -> "FRAAGR", type AGR; "USA.GOV.FED" -> "USAGOV"), as GDELT
// builds its codes; the name is upper-cased as in GDELT.
func actor(cols []string, id, name, country string) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if len(country) != 3 {
		country = ""
	}
	typ := TypeCode(id)
	cols[0] = country
	if country != "" {
		cols[0] = country + typ
	}
	cols[1] = strings.ToUpper(strings.TrimSpace(name))
	cols[2] = country
	cols[7] = typ
}

// TypeCode is the CAMEO actor type code an actor id carries: its first
// part after the country or place that is a sector's code ("FRA.LAB" ->
// LAB, "USA.GOV.STATE" -> GOV, "place:USA-TX.GOV" -> GOV), or "" ("FRA",
// "person:xi_jinping", "doc:org:acme").
func TypeCode(id string) string {
	parts := strings.Split(strings.TrimSpace(id), ".")
	for _, p := range parts[1:] {
		if s, ok := kb.ParseSector(p); ok && p == kb.SectorCode(s) {
			return p
		}
	}
	return ""
}

// actorGeo fills an actor's eight geography columns (ActorNGeo_*). GDELT
// gives an actor the place the text ties it to, else its country. The one
// tie newsgraph keeps is the actor's own id: the resolver names a place's
// officials by the place ("the governor of Texas", "officials in
// Frankfurt", "the mayor of Chicago" are place:USA-TX.GOV,
// city:DEU:frankfurt_am_main.GOV, city:USA:chicago.GOV: kb.LocalActor),
// and a place may be an actor itself ("Houston police" may be coded as
// city:USA:houston). Such an actor gets that place (type, full name and
// point, as ActionGeo's). Any other actor gets its country at country level
// (type 1, the country's name and point): the coder keeps no tie between
// an actor and a place named near it ("Kenyan troops in Mogadishu" are
// located in Kenya, not Mogadishu), and the event's place is ActionGeo's,
// not the actors'. An actor with no country (an international body) or a
// place or country the gazetteer does not know, and every actor when
// places is nil, stays unresolved (type 0, no name). A resolved actor's
// CountryCode is its place's country in FIPS 10-4, as ActionGeo's (see
// fillGeo); ADM1Code and FeatureID stay empty (newsgraph has no FIPS ADM1
// or GeoNames feature ids).
func actorGeo(cols []string, id, country string, places Gazetteer) {
	geo(cols, "")
	country = strings.ToUpper(strings.TrimSpace(country))
	if base := placeOfActor(id); base != "" && base != country {
		if typ := GeoType(base, country); typ != GeoNone {
			if p, ok := lookupPlace(places, base); ok {
				fillGeo(cols, typ, p)
				return
			}
		}
	}
	if len(country) != 3 {
		return
	}
	if p, ok := lookupPlace(places, country); ok {
		fillGeo(cols, GeoCountry, p)
	}
}

// placeOfActor is the id an actor id is built on, without its sector codes
// ("place:USA-TX.GOV" -> "place:USA-TX", "city:USA:houston" ->
// "city:USA:houston", "FRA.AGR" -> "FRA"), as TypeCode reads them.
func placeOfActor(id string) string {
	parts := strings.Split(strings.TrimSpace(id), ".")
	for i, p := range parts[1:] {
		if s, ok := kb.ParseSector(p); ok && p == kb.SectorCode(s) {
			return strings.Join(parts[:i+1], ".")
		}
	}
	return strings.Join(parts, ".")
}

// fillGeo writes a resolved place's type, full name, country code and
// point; a place the gazetteer has no full name for keeps the name already
// written (the text's, for ActionGeo). The country code is FIPS 10-4, as
// GDELT writes it (Germany GM, Austria AU, Australia AS), never ISO: an
// ISO code there would be read as another country (Niger's NE is FIPS for
// Nepal). A country FIPS gives no code stays empty; an unresolved place
// has none either, as in GDELT (the JSONL export has the place's ISO code
// in location_country).
func fillGeo(cols []string, typ int, p Place) {
	cols[0] = strconv.Itoa(typ)
	cols[2] = p.CountryFIPS
	if p.FullName != "" {
		cols[1] = p.FullName
	}
	if p.HasPoint {
		cols[5] = formatDegrees(p.Lat)
		cols[6] = formatDegrees(p.Long)
	}
}

// geo fills the eight geography columns as unresolved: type 0 with the
// place name as written when there is one; fillGeo then writes what the
// gazetteer knows.
func geo(cols []string, fullName string) {
	cols[0] = "0"
	cols[1] = strings.TrimSpace(fullName)
}

// formatDegrees writes a coordinate with 4 decimals, as GDELT does.
func formatDegrees(d float64) string { return strconv.FormatFloat(d, 'f', 4, 64) }

// GDELT's geographic resolutions (Event Codebook V2.0, Actor1Geo_Type):
// what kind of place a Geo field names.
const (
	GeoNone       = 0 // no place, or one GDELT has no type for
	GeoCountry    = 1
	GeoUSState    = 2
	GeoUSCity     = 3
	GeoWorldCity  = 4
	GeoWorldState = 5 // a first-level region (ADM1) outside the United States
)

// GeoType is the GDELT resolution of an event's place from its knowledge
// base actor id (store.Event.LocationActor) and country, by the kinds the
// knowledge base's ids name: a country's own code ("SDN"), a city
// ("city:SDN:nyala", cities.tsv), a capital ("place:SDN:khartoum",
// countries.tsv) or town ("town:...", towns.tsv), a first-level region ("place:USA-TX", regions.tsv). The United States'
// cities and states have types of their own. A place of another kind (a
// strait, "loc:...") or none resolved is GeoNone: GDELT gives no type to
// a place it did not geocode, and has none for water. A named area of the
// knowledge base ("loc:...") inside one country (the Gaza Strip, Crimea,
// Scotland) is below the country and not a city: it has a first-level
// region's type, the resolution GDELT gives such areas; one that lies
// between countries (a strait, a sea, Kashmir) has no country and stays
// GeoNone.
func GeoType(actorID, country string) int {
	us := country == "USA"
	switch {
	case actorID == "":
		return GeoNone
	case actorID == country:
		return GeoCountry
	case strings.HasPrefix(actorID, "city:"), strings.HasPrefix(actorID, "town:"), capitalID(actorID):
		if us {
			return GeoUSCity
		}
		return GeoWorldCity
	case strings.HasPrefix(actorID, "place:"), strings.HasPrefix(actorID, "loc:") && len(country) == 3:
		if us {
			return GeoUSState
		}
		return GeoWorldState
	}
	return GeoNone
}

// capitalID reports whether id is a capital city's ("place:AFG:kabul", as
// the knowledge base names the capitals of countries.tsv), not a region's
// ("place:AFG-KAB"): the country code is followed by a colon.
func capitalID(id string) bool {
	rest, ok := strings.CutPrefix(id, "place:")
	return ok && len(rest) > 4 && rest[3] == ':'
}

// eventDay is the event's date (YYYY-MM-DD, or YYYY-MM / YYYY read as the
// first day), else the earliest report, else when it was first stored.
func eventDay(e *store.Event) time.Time {
	d := strings.TrimSpace(e.Date)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(d) == len(layout) {
			if t, err := time.Parse(layout, d); err == nil {
				return t
			}
		}
	}
	if e.EarliestAt != nil && !e.EarliestAt.IsZero() {
		return e.EarliestAt.UTC()
	}
	if !e.FirstSeen.IsZero() {
		return e.FirstSeen.UTC()
	}
	return time.Unix(0, 0).UTC()
}

// MentionRow builds one GDELT 2.0 Mentions row.
func MentionRow(e *store.Event, m *store.EventMention) []string {
	row := make([]string, len(MentionColumns))
	row[0] = strconv.FormatInt(e.ID, 10)
	row[1] = e.FirstSeen.UTC().Format("20060102150405")
	mt := e.FirstSeen
	if m.Published != nil && !m.Published.IsZero() {
		mt = *m.Published
	}
	row[2] = mt.UTC().Format("20060102150405")
	ident, typ := m.URL, "1" // 1 = WEB: the identifier is a URL
	if !strings.HasPrefix(ident, "http://") && !strings.HasPrefix(ident, "https://") {
		typ = "2" // CITATIONONLY: a textual citation
		ident = strings.TrimSpace(m.Title + " " + m.URL)
	}
	row[3] = typ
	row[4] = sourceName(m)
	row[5] = ident
	row[6] = strconv.Itoa(m.Sentence + 1) // GDELT counts sentences from 1
	row[7], row[8], row[9] = "-1", "-1", "-1"
	if i := strings.Index(m.Text, m.Trigger); m.Trigger != "" && i >= 0 {
		row[9] = strconv.Itoa(i) // offset of the trigger within the evidence sentence
	}
	row[10] = "1"
	conf := int(math.Round(m.Confidence * 100))
	row[11] = strconv.Itoa(max(0, min(100, conf)))
	row[12] = "0"
	row[13] = "0"
	for i := range row {
		row[i] = cleanField(row[i])
	}
	return row
}

// sourceName is the outlet as GDELT names it, the key num_sources counts
// (merge.Site): a web article's host without "www.", else the site name in
// lower case. The mention's Site is the name the outlet gives itself ("The
// Harbour Times"), for people to read.
func sourceName(m *store.EventMention) string {
	if u, err := url.Parse(m.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if s := strings.TrimSpace(m.Site); s != "" {
		return strings.ToLower(s)
	}
	if u, err := url.Parse(m.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// cleanField keeps a value on one line and in one column.
func cleanField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}

// TSVLine joins a row into one tab-separated line with its newline.
func TSVLine(row []string) string {
	return strings.Join(row, "\t") + "\n"
}
