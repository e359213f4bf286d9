package cli

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/store"
)

func runQuotes(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "quotes", "quotes [flags]\n\n"+
		"Lists stored quotes (who said what, through whom, to whom), newest article first.\n"+
		"Quotes stored before schema version 7 have no conduit or audience until `newsgraph reanalyze`.")
	db := dbFlag(fs, env)
	var q store.QuoteQuery
	speaker := fs.String("speaker", "", "the speaker: actor id, name or alias (any case), the words that named it in a quote (\"the Chinese president\"), or name:NAME")
	fs.Int64Var(&q.Article, "article", 0, "quotes of this article id only")
	fs.StringVar(&q.Since, "since", "", "quotes of articles dated on or after this day (YYYY-MM-DD; a month YYYY-MM or year YYYY is its first day; an RFC 3339 time is its day; the day the table shows: published, at the publisher's offset, else reference date, else ingest day, in UTC)")
	fs.StringVar(&q.Until, "until", "", "quotes of articles dated on or before this day (YYYY-MM-DD; a month YYYY-MM or year YYYY is its last day; an RFC 3339 time is its day; the day the table shows: published, at the publisher's offset, else reference date, else ingest day, in UTC)")
	fs.StringVar(&q.Text, "text", "", "words that must all occur in the quote (substring match, any case of any script)")
	fs.IntVar(&q.Limit, "limit", 50, "quotes to list (max 1000)")
	fs.IntVar(&q.Offset, "offset", 0, "quotes to skip")
	format := fs.String("format", "", outputFlagHelp)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("unexpected arguments %q (filters are flags: --speaker, --since, ...)", rest)
	}
	if err := checkPage(q.Limit, q.Offset); err != nil {
		return err
	}
	// The dates are checked before the store is opened, as the other
	// query commands check theirs.
	// Named by their flags, as the events command names its dates (the
	// store's message names the API's parameters).
	// A month or a year is its first day for --since and its last for
	// --until, as /api/quotes reads them (datearg.Date.Day): the events
	// command and the timeline take a month, and refusing it here sent
	// a user from "what happened in April" to counting April's days. An
	// inverted span would list nothing, which reads as "no quotes then":
	// refused, as events --since/--until refuse one.
	if q.Since, q.Until, err = dayFlags(q.Since, q.Until); err != nil {
		return err
	}
	if *format, err = resolveFormat(env, *format); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if s := api.ActorParam(*speaker); s != "" {
		id, candidates, err := api.ResolveSpeaker(ctx, st, s)
		switch {
		case err != nil:
			return err
		case len(candidates) > 1:
			// A name the user must narrow is a mistake on the command
			// line (status 2), as an unknown sector is.
			return usageError("--speaker: %s", api.AmbiguousSpeaker(s, candidates))
		case id == "":
			// A speaker no one actor stands for ("officials", a joint
			// speaker's "Germany and France") is listed by its words.
			quoted, err := api.SpeakerWordsQuoted(ctx, st, s)
			if err != nil {
				return err
			}
			if !quoted {
				return fmt.Errorf("speaker %q: %w in this store: no actor has that id, name or alias, and no quote names its speaker so (newsgraph actors lists the top actors)", s, store.ErrNotFound)
			}
			q.SpeakerWords = s
		}
		q.Speaker = id
	}
	quotes, err := st.Quotes(ctx, q)
	if err != nil {
		return badQuery(err)
	}
	// reported is the day the quote is listed and filtered by, and
	// reported_as which date that is (published, reference, ingested): an
	// undated article's quotes sit among the dated ones, so the table says
	// by what. conduit_kind says whether the conduit is an outlet (""),
	// the occasion of the words ("channel": "in a statement") or the
	// document they were written in ("document": "a letter"), so that
	// none reads as another.
	//
	// The table names a joint speaker's actors by their stored names, as
	// the web pages do (api.SpeakerNames): "the two governments (Moldova
	// government, Romania government)", not "(MDA.GOV, ROU.GOV)". CSV and
	// JSON keep the ids, which a program joins on.
	var names map[string]string
	if *format == "table" {
		var joint []string
		for _, r := range quotes {
			if r.SpeakerID == "" {
				joint = append(joint, r.SpeakerIDs...)
			}
		}
		if names, err = api.SpeakerNames(ctx, st, joint); err != nil {
			return err
		}
	}
	rs := rowSet{header: []string{"published", "reported", "reported_as", "speaker", "quote", "conduit", "conduit_kind", "audience", "article_id", "title", "url"}}
	for _, r := range quotes {
		rs.add(r, fmtDay(r.Published), fmtDay(r.ReportDate), r.ReportDateSource, actorCell(r.Speaker, cmp.Or(r.SpeakerID, jointSpeakerCell(r.SpeakerIDs, names))), r.Text, r.Conduit, r.ConduitKind, r.Audience, strconv.FormatInt(r.ArticleID, 10), r.Title, r.URL)
	}
	return rs.write(env.Stdout, *format)
}

// jointSpeakerCell is a joint speaker's actors, each by its name in names
// (api.SpeakerNames), else by its id: an id the store does not know, or
// every id when names is nil (CSV).
func jointSpeakerCell(ids []string, names map[string]string) string {
	cells := make([]string, len(ids))
	for i, id := range ids {
		cells[i] = cmp.Or(names[id], id)
	}
	return strings.Join(cells, ", ")
}
