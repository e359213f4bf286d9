package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

func runEvents(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "events", "events [flags]\n\n"+
		"Lists merged events (one row per event however many articles reported it).")
	db := dbFlag(fs, env)
	var q store.EventQuery
	fs.StringVar(&q.Actor, "actor", "", "actor id or name on either side")
	fs.StringVar(&q.Source, "source", "", "source actor id or name")
	fs.StringVar(&q.Target, "target", "", "target actor id or name")
	fs.StringVar(&q.Country, "country", "", "source or target country (ISO 3166 alpha-3, an IGO code such as NATO, or a name: Moldova)")
	fs.StringVar(&q.Where, "where", "", "country the event happened in (ISO 3166 alpha-3 or its name: its place's, not its parties')")
	fs.BoolVar(&q.Asserted, "asserted", false, "only events that took place: not negated, not planned, hypothetical or demanded (as the API's asserted=1)")
	fs.StringVar(&q.Sector, "sector", "", "source or target actor's sector, by name or CAMEO code (government/GOV, labour/LAB, agriculture/AGR, ...)")
	fs.StringVar(&q.Type, "type", "", "PLOVER event type (AGREE, ASSAULT, ...)")
	fs.IntVar(&q.QuadClass, "quad-class", 0, "QuadClass 1-4 (verbal/material cooperation, verbal/material conflict), as the API's quad_class")
	aliasFlag(fs, "quad", "quad-class")
	fs.StringVar(&q.Since, "since", "", "events on or after this date ("+dateFlagForms+": its day)")
	fs.StringVar(&q.Until, "until", "", "events on or before this date ("+dateFlagForms+": its day; a month or year runs to its end)")
	fs.IntVar(&q.MinSources, "min-sources", 0, "at least this many independent outlets")
	fs.StringVar(&q.Sort, "sort", store.SortDate, "order: date, sources, articles, first_seen, goldstein")
	fs.IntVar(&q.Limit, "limit", 50, "events per page (max 1000)")
	fs.IntVar(&q.Offset, "offset", 0, "events to skip")
	id := fs.Int64("id", 0, "show one event with every report of it")
	format := fs.String("format", "", outputFlagHelp)
	withTotal := fs.Bool("total", false, totalFlagHelp)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("unexpected arguments %q (filters are flags: --actor, --type, ...)", rest)
	}
	if *id != 0 {
		// --id shows one event with all its reports: a filter or page
		// flag beside it was ignored without a word, so that
		// "events --id 42 --actor RUS" showed event 42 whoever its
		// parties were.
		var other []string
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "id", "db", "format":
			default:
				other = append(other, "--"+f.Name)
			}
		})
		if len(other) > 0 {
			verb := "does"
			if len(other) > 1 {
				verb = "do"
			}
			return usageError("--id shows one event with every report of it: %s %s not apply to it", strings.Join(other, ", "), verb)
		}
	}
	if *id == 0 {
		if err := checkEventFilters(&q, map[string]string{"actor": "actor", "source": "source", "target": "target", "country": "country", "where": "where", "sector": "sector",
			"asserted": "asserted", "type": "type", "quad_class": "quad-class", "since": "since", "until": "until", "min_sources": "min-sources", "sort": "sort",
			"limit": "limit", "offset": "offset"}); err != nil {
			return err
		}
	}
	if *format, err = resolveFormat(env, *format); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *id != 0 {
		return showEvent(ctx, env, st, *id, *format)
	}
	if err := api.ResolveEventActors(ctx, st, &q); err != nil {
		// A family name several stored persons share: exit 2 with the
		// candidates, as for an ambiguous --speaker of quotes.
		var fe *api.FieldError
		if errors.As(err, &fe) {
			return usageError("--%s: %s", fe.Field, fe.Msg)
		}
		return err
	}
	evs, err := st.Events(ctx, q)
	if err != nil {
		return badQuery(err)
	}
	if format := *format; format == "json" || format == "jsonl" {
		if err := locatePoints(evs); err != nil {
			return err
		}
	}
	// The table marks an event that did not take place before its type
	// ("not:AGREE", "planned:CONSULT"); CSV and TSV keep the type plain
	// and give polarity and modality columns at the end, after the
	// columns readers by position already take.
	table := *format == "table"
	rs := rowSet{header: []string{"id", "date", "type", "source", "target", "where", "quad", "goldstein", "articles", "sources", "earliest"}}
	if !table {
		rs.header = append(rs.header, "polarity", "modality")
	}
	for _, e := range evs {
		typ := e.Type
		if table {
			typ = store.EventMark(e.Polarity, e.Modality) + typ
		}
		row := []string{strconv.FormatInt(e.ID, 10), dateCell(e.Date, e.Precision, e.DateFrom, e.DateTo), typ, actorCell(e.SourceName, e.SourceActor), actorCell(e.TargetName, e.TargetActor),
			placeCell(e.Location, e.LocationActor, e.LocationCountry),
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), strconv.Itoa(e.NumArticles),
			strconv.Itoa(e.NumSources), e.EarliestURL}
		if !table {
			row = append(row, e.Polarity, e.Modality)
		}
		rs.add(e, row...)
	}
	total, err := store.PageTotal(ctx, q.Offset, len(evs), q.Limit, func(ctx context.Context) (store.Total, error) {
		return st.CountEvents(ctx, q, 0)
	})
	if err != nil {
		return badQuery(err)
	}
	return writeListing(env, &rs, *format, q.Limit, q.Offset, total, "events", *withTotal)
}

// dateCell is an event's date in a table or CSV, to the precision it is
// known to: an event known only to a month or year is stored and listed on
// its first day ("2026-01-01"), which must not read as news of that day;
// it shows as "2026 (year)" (JSON keeps date and date_precision). A
// planned event dated by a span of days ("talks next week") shows the span
// instead (spanCell): the store keeps the span only where it meets the
// date, so the span says all the date does and more.
func dateCell(date, precision, from, to string) string {
	if s := spanCell(from, to); s != "" {
		return s
	}
	switch {
	case precision == model.PrecisionMonth && len(date) >= len("2006-01"):
		return date[:len("2006-01")] + " (month)"
	case precision == model.PrecisionYear && len(date) >= len("2006"):
		return date[:len("2006")] + " (year)"
	}
	return date
}

// spanCell writes the span of days from..to (YYYY-MM-DD) as an ISO 8601
// interval whose end leaves off what it shares with its start
// ("2025-04-21/27", "2025-04-28/05-04"), so it fits the date column's
// width; a span across years is written in full. "" for no span (or one
// not stored as two days).
func spanCell(from, to string) string {
	const day = len("2006-01-02")
	switch {
	case len(from) != day || len(to) != day:
		return ""
	case from == to:
		return from
	case from[:len("2006-01-")] == to[:len("2006-01-")]:
		return from + "/" + to[len("2006-01-"):]
	case from[:len("2006-")] == to[:len("2006-")]:
		return from + "/" + to[len("2006-"):]
	}
	return from + "/" + to
}

// badQuery turns a store.ErrBadQuery into a usage error (exit status 2).
func badQuery(err error) error {
	if strings.Contains(err.Error(), store.ErrBadQuery.Error()) {
		return usageError("%v", err)
	}
	return err
}

func actorCell(name, id string) string {
	if id == "" || strings.EqualFold(id, name) {
		return name
	}
	return name + " (" + id + ")"
}

// sideCell is an event's side in the sentence that heads events --id: an
// unknown side (a passive "civilians were killed", a subject the coder
// could not resolve) is "—", as on the web event page, rather than nothing,
// which read as "AID  -> Ukraine".
func sideCell(name, id string) string {
	if name == "" && id == "" {
		return "—"
	}
	return actorCell(name, id)
}

// countNoun is n with its noun in the number it takes ("1 report",
// "2 reports"): most events have a single report.
func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// locatePoints gives JSON events their place's point from the knowledge
// base (store.Event.LocationPoint), as the API and the JSONL export do.
func locatePoints(evs []store.Event) error {
	k, err := kb.Load()
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	export.LocatePoints(export.KBGazetteer(k), evs)
	return nil
}

// eventDetail is one event with its reports, for JSON output.
type eventDetail struct {
	store.Event
	Mentions []store.EventMention `json:"mentions"`
}

func showEvent(ctx context.Context, env Env, st store.Store, id int64, format string) error {
	e, ms, err := st.Event(ctx, id)
	if err != nil {
		return err
	}
	if format != "table" {
		// dated and where come after evidence, so that readers of the
		// columns by position written before they were added still read
		// what they did.
		rs := rowSet{header: eventReportsCSVHeader}
		if format == "json" || format == "jsonl" {
			// Each mention carries the report's own date, span and place
			// in full (store.EventMention); a reader compares them with
			// the event's.
			one := []store.Event{*e}
			if err := locatePoints(one); err != nil {
				return err
			}
			rs.records = []any{eventDetail{one[0], ms}}
			if format == "json" {
				return writeJSON(env, rs.records[0])
			}
			return rs.write(env.Stdout, format)
		}
		for _, m := range ms {
			dated, where := reportOwnCells(m, *e)
			rs.add(m, strconv.FormatInt(id, 10), strconv.FormatInt(m.ArticleID, 10), fmtDay(m.Published), m.Site, m.URL,
				strconv.Itoa(m.Sentence), m.Text, dated, where, toldAsCell(m, *e))
		}
		return rs.write(env.Stdout, format)
	}
	w := env.Stdout
	fmt.Fprintf(w, "Event %d: %s %s -> %s on %s\n", e.ID, store.EventMark(e.Polarity, e.Modality)+e.Type, sideCell(e.SourceName, e.SourceActor), sideCell(e.TargetName, e.TargetActor),
		dateCell(e.Date, e.Precision, e.DateFrom, e.DateTo))
	if e.Location != "" {
		fmt.Fprintf(w, "Where: %s\n", placeCell(e.Location, e.LocationActor, e.LocationCountry))
	}
	fmt.Fprintf(w, "QuadClass %d, Goldstein %.1f, CAMEO %s\n", e.QuadClass, e.Goldstein, e.CAMEO)
	fmt.Fprintf(w, "%s in %s from %s; earliest: %s\n\n", countNoun(e.NumMentions, "report", "reports"), countNoun(e.NumArticles, "article", "articles"),
		countNoun(e.NumSources, "independent source", "independent sources"), e.EarliestURL)
	// The dated and where columns are shown only when some report
	// differs from the event in them, so the common case stays narrow.
	var ownSpan, ownPlace, ownTelling bool
	for _, m := range ms {
		ownSpan = ownSpan || m.SpanDiffers(*e)
		ownPlace = ownPlace || m.PlaceDiffers(*e)
		ownTelling = ownTelling || toldAsCell(m, *e) != ""
	}
	rs := rowSet{header: []string{"article", "published", "site"}}
	if ownSpan {
		rs.header = append(rs.header, "dated")
	}
	if ownPlace {
		rs.header = append(rs.header, "where")
	}
	if ownTelling {
		rs.header = append(rs.header, "told as")
	}
	rs.header = append(rs.header, "evidence")
	for _, m := range ms {
		row := []string{strconv.FormatInt(m.ArticleID, 10), fmtDay(m.Published), m.Site}
		dated, where := reportOwnCells(m, *e)
		if ownSpan {
			row = append(row, dated)
		}
		if ownPlace {
			row = append(row, where)
		}
		if ownTelling {
			row = append(row, toldAsCell(m, *e))
		}
		rs.add(m, append(row, m.Text)...)
	}
	return rs.write(w, "table")
}

// eventReportsCSVHeader is the header of `events --id N --format csv`
// (and tsv): one row per report of the event. Readers take columns by
// position, so a new column goes at the end (testdata/events-id-csv-header.golden).
var eventReportsCSVHeader = []string{"event", "article", "published", "site", "url", "sentence", "evidence", "dated", "where", "told_as"}

// reportOwnCells are one report's own span of days and place, each only
// where it differs from the event's ("" otherwise): the event keeps the
// span and the place most of its reports give, and a report that counted
// "next week" from a later day or put the clash in the next town was
// hidden. As the web event page's sources list shows them.
func reportOwnCells(m store.EventMention, e store.Event) (dated, where string) {
	if m.SpanDiffers(e) {
		dated = spanCell(m.DateFrom, m.DateTo)
	}
	if m.PlaceDiffers(e) {
		where = placeCell(m.Location, m.LocationActor, m.LocationCountry)
	}
	return dated, where
}

// toldAsCell is how one report tells its event's act where that differs
// from the event ("not taken place" for a report denying what most
// reports tell, "taken place" for the reverse, then the report's own
// modality), "" where it agrees: the event keeps what most of its reports
// give, and the dissenting report was hidden. As the web event page's
// sources list words it.
func toldAsCell(m store.EventMention, e store.Event) string {
	var parts []string
	if m.PolarityDiffers(e) {
		if m.Polarity == "negated" {
			parts = append(parts, "not taken place")
		} else {
			parts = append(parts, "taken place")
		}
	}
	if m.ModalityDiffers(e) {
		parts = append(parts, m.Modality)
	}
	return strings.Join(parts, ", ")
}

func writeJSON(env Env, v any) error {
	rs := rowSet{records: []any{v}}
	// json of a single record: print the object, not a one-element array.
	return (&rs).writeOne(env)
}

// checkEventFilters validates event filters given as flags by the rules of
// /api/events, so the CLI refuses what the API refuses (a date the API
// would reject exported nothing; a 3-letter country of two letters listed
// nothing; --limit 5000 quietly gave 1000), and reads dates as it does
// ("--until 2025" is the end of 2025). flags names each field's flag; a
// field without a flag is not checked.
func checkEventFilters(q *store.EventQuery, flags map[string]string) error {
	v := url.Values{}
	set := func(field, val string) {
		if _, ok := flags[field]; ok && val != "" {
			v.Set(field, val)
		}
	}
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	set("actor", q.Actor)
	set("source", q.Source)
	set("target", q.Target)
	set("country", q.Country)
	set("where", q.Where)
	set("sector", q.Sector)
	set("type", q.Type)
	set("quad_class", num(q.QuadClass))
	// The dates are read by the parser reanalyze's --since uses too
	// (an RFC 3339 instant is its day), then by the API's rules.
	for _, d := range []struct {
		field string
		val   *string
	}{{"since", &q.Since}, {"until", &q.Until}} {
		if _, ok := flags[d.field]; !ok || *d.val == "" {
			continue
		}
		date, err := parseDateFlag(*d.val)
		if err != nil {
			return usageError("--%s: %v", flags[d.field], err)
		}
		v.Set(d.field, date.Filter)
	}
	set("min_sources", num(q.MinSources))
	set("sort", q.Sort)
	if _, ok := flags["limit"]; ok {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if _, ok := flags["offset"]; ok {
		v.Set("offset", strconv.Itoa(q.Offset))
	}
	if q.MinSources < 0 {
		return usageError("--%s %d: want 0 or more", flags["min_sources"], q.MinSources)
	}
	if q.QuadClass < 0 {
		return usageError("--%s %d: want 1-4", flags["quad_class"], q.QuadClass)
	}
	parsed, err := api.ParseEventQuery(v)
	if err != nil {
		var fe *api.FieldError
		if errors.As(err, &fe) {
			return usageError("--%s: %s", flags[fe.Field], fe.Msg)
		}
		return usageError("%v", err)
	}
	q.Since, q.Until = parsed.Since, parsed.Until
	q.Sector, q.Where, q.Country = parsed.Sector, parsed.Where, parsed.Country
	q.Actor, q.Source, q.Target = parsed.Actor, parsed.Source, parsed.Target
	return nil
}

// checkPage refuses a --limit or --offset the API would refuse (they were
// clamped without a word).
func checkPage(limit, offset int) error {
	if limit < 1 || limit > store.MaxLimit {
		return usageError("--limit: %d is out of range [1, %d]", limit, store.MaxLimit)
	}
	if offset < 0 {
		return usageError("--offset: %d is negative", offset)
	}
	return nil
}

// placeCell is an event's place with its country: the knowledge base's
// name, so a reader need not know ISO 3166, and the code, which is what
// the --where filter takes ("Nyala, Sudan (SDN)"). The place alone when it
// is the country itself (its actor is the country, or it is named as the
// knowledge base names it) or its country is unknown; a code the knowledge
// base does not name is shown as it is ("Dornas (BLV)").
func placeCell(place, actor, country string) string {
	if place == "" || country == "" || actor == country || strings.EqualFold(place, country) {
		return place
	}
	name := api.CountryName(country)
	switch {
	case name == "":
		return place + " (" + country + ")"
	case strings.EqualFold(strings.TrimSpace(place), name):
		return place
	}
	return place + ", " + name + " (" + country + ")"
}
