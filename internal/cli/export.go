package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/store"
)

func runExport(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "export", "export --format gdelt-events|gdelt-mentions|jsonl [--out FILE] [filters]\n\n"+
		"Writes stored events as GDELT 2.0 Events or Mentions tables (tab-separated, GDELT's\n"+
		"column order, no header unless --header) or as JSONL (one event with its mentions a line).")
	db := dbFlag(fs, env)
	format := fs.String("format", "", "gdelt-events, gdelt-mentions or jsonl")
	out := fs.String("out", "-", "output file (- for standard output)")
	header := fs.Bool("header", false, "write a header row with GDELT's column names")
	var q store.EventQuery
	fs.StringVar(&q.Actor, "actor", "", "only events with this source or target actor (id or name)")
	fs.StringVar(&q.Country, "country", "", "only events with this source or target country (ISO 3166 alpha-3, an IGO code such as NATO, or a name: Moldova)")
	fs.StringVar(&q.Where, "where", "", "only events that happened in this country (ISO 3166 alpha-3 or its name: the place's, not the parties')")
	fs.BoolVar(&q.Asserted, "asserted", false, "only events that took place: not planned, hypothetical or demanded (negated events are never in the GDELT formats)")
	fs.StringVar(&q.Sector, "sector", "", "only events with a source or target actor of this sector, by name or CAMEO code (labour or LAB, ...)")
	fs.StringVar(&q.Type, "type", "", "only this PLOVER event type")
	fs.IntVar(&q.QuadClass, "quad-class", 0, "only this quad class (1-4: verbal/material cooperation, verbal/material conflict)")
	aliasFlag(fs, "quad", "quad-class")
	fs.StringVar(&q.Since, "since", "", "only events dated on or after ("+dateFlagForms+": its day)")
	fs.StringVar(&q.Until, "until", "", "only events dated on or before ("+dateFlagForms+": its day; a month or year runs to its end)")
	fs.IntVar(&q.MinSources, "min-sources", 0, "only events reported by at least this many independent outlets")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("unexpected arguments %q (export takes flags only: newsgraph export -h lists them)", rest)
	}
	switch *format {
	case export.FormatGDELTEvents, export.FormatGDELTMentions, export.FormatJSONL:
	case "":
		return usageError("--format is required (%s)", strings.Join(export.Formats, ", "))
	default:
		return usageError("unknown --format %q (want %s)", *format, strings.Join(export.Formats, ", "))
	}
	if err := checkEventFilters(&q, map[string]string{"actor": "actor", "country": "country", "where": "where", "sector": "sector", "type": "type", "quad_class": "quad-class",
		"since": "since", "until": "until", "min_sources": "min-sources"}); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	opts := export.Options{Format: *format, Query: q, Header: *header}
	if *format == export.FormatGDELTEvents || *format == export.FormatJSONL {
		// GDELT rows name the event's place in full and give its point;
		// JSONL events give the point as location_point.
		k, err := kb.Load()
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		opts.Places = export.KBGazetteer(k)
	}
	if *out == "-" {
		n, err := export.Write(ctx, st, env.Stdout, opts)
		if err != nil {
			return err
		}
		env.Log.Info("exported", "rows", n, "format", *format)
		return nil
	}
	// Write beside the target and rename, so a failed export never leaves a
	// half-written file under the real name.
	tmp, err := os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".tmp*")
	if err != nil {
		// The error names the hidden temporary file; say which file
		// could not be written, and why in plain words when the folder
		// is missing.
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		if _, serr := os.Stat(filepath.Dir(*out)); errors.Is(serr, os.ErrNotExist) {
			return fmt.Errorf("cannot write %s: folder %s does not exist", *out, filepath.Dir(*out))
		}
		return fmt.Errorf("cannot write %s: %w", *out, err)
	}
	defer os.Remove(tmp.Name())
	n, err := export.Write(ctx, st, tmp, opts)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	env.Log.Info("exported", "rows", n, "format", *format, "out", *out)
	return nil
}
