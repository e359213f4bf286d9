package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shared"
)

// runEvalEvents scores the event coder on the PLOVER gold records and the
// PETRARCH-2 validation records.
func runEvalEvents(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "eval events", "eval events [--data DIR] [--split dev|test|all] [--out FILE] [--patterns DIR]")
	data := fs.String("data", "", "shared data directory holding plover_gsr_cameo/ and petrarch2_gsr_validation_ud/ (default: ../shared/data)")
	out := fs.String("out", "", "write each sentence with its gold and predicted events (all asserted ones, with their confidence; >= 0.5 are main-clause) as JSONL to FILE, an error listing")
	// Study errors on dev only; report test rarely (see eval.SplitEvents).
	split := fs.String("split", "all", "records to score: dev (odd positions), test (even positions) or all")
	patterns := fs.String("patterns", env.Getenv("NEWSGRAPH_PATTERNS"), "extra event pattern directory")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		if *data = shared.DataDir(); *data == "" {
			return errNoSharedData()
		}
	}
	k, err := kb.Load()
	if err != nil {
		return err
	}
	coder, err := events.New(events.Config{PatternDirs: []string{*patterns}, KB: k})
	if err != nil {
		return err
	}
	table, err := events.LoadCAMEO()
	if err != nil {
		return err
	}
	// Upstream stages (nlp, resolve, timex) run on each sentence when wired.
	all, err := buildStages(stageConfig{SummarySentences: 1, PatternDirs: []string{*patterns}})
	if err != nil {
		return err
	}
	var pre []pipeline.Stage
	for _, s := range all {
		switch s.Name() {
		case "nlp", "resolve", "timex":
			pre = append(pre, s)
		}
	}
	prepare := func(ctx context.Context, doc *model.Document) error { return pipeline.Run(ctx, pre, doc) }
	isCountry := func(code string) bool {
		a, ok := k.Actor(code)
		return ok && a.Type == kb.TypeCountry
	}
	// A gold location's country: its alpha-2 code when the gold gives one
	// (Tripoli, LB is Lebanon's), else the country or the place its name
	// resolves to first in the knowledge base, else a city of that name,
	// else the country of the towns of that name.
	placeCountry := func(p eval.GoldPlace) string {
		if p.Country != "" {
			c, _ := k.CountryOfISO2(p.Country)
			return c
		}
		for _, a := range k.Lookup(p.Name, time.Time{}) {
			if (a.Type == kb.TypeCountry || a.Type == kb.TypePlace) && a.Country != "" {
				return a.Country
			}
		}
		if a, ok := k.City(kb.Normalize(p.Name)); ok {
			return a.Country
		}
		// A town's name shared by towns of several countries (Jericho)
		// says no country; the gold place is left out of the figure.
		country := ""
		for _, a := range k.Towns(kb.Normalize(p.Name)) {
			if country != "" && a.Country != country {
				return ""
			}
			country = a.Country
		}
		return country
	}
	var enc *json.Encoder
	var w *bufio.Writer
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = bufio.NewWriter(f)
		defer w.Flush()
		enc = json.NewEncoder(w)
		enc.SetEscapeHTML(false)
	}
	sets := []struct {
		name string
		load func() ([]eval.EventGold, error)
	}{
		{"PLOVER gold (plover_gsr_cameo)", func() ([]eval.EventGold, error) {
			return eval.LoadPLOVERGold(filepath.Join(*data, "plover_gsr_cameo", "PLOVER_GSR_CAMEO.txt"))
		}},
		{"PETRARCH-2 validation (petrarch2_gsr_validation_ud)", func() ([]eval.EventGold, error) {
			return eval.LoadPETRARCHGold(filepath.Join(*data, "petrarch2_gsr_validation_ud", "PETR2_GSR_validation.xml"), table)
		}},
	}
	fmt.Fprintf(env.Stdout, "upstream stages: %v; split %s\n", stageNames(pre), *split)
	for _, set := range sets {
		gold, err := set.load()
		if err != nil {
			return err
		}
		if gold, err = eval.SplitEvents(gold, *split); err != nil {
			return usageError("--split: %v", err)
		}
		cfg := eval.EventsConfig{Coder: coder, IsCountry: isCountry, PlaceCountry: placeCountry}
		if len(pre) > 0 {
			cfg.Prepare = prepare
		}
		if enc != nil {
			name := set.name
			cfg.OnItem = func(it eval.EventItem) error {
				return enc.Encode(struct {
					Set string `json:"set"`
					eval.EventItem
				}{name, it})
			}
		}
		rep, err := eval.ScoreEvents(ctx, gold, cfg)
		if err != nil {
			return err
		}
		printEventsReport(env, set.name+", all asserted events (incl. background)", rep)
		// The rule for what a sentence reports: an event whose trigger is in
		// the main clause. Events told in subordinate, relative or
		// participial clauses, and nominal events inside adjunct phrases
		// ("after the raids"), are background references to other events;
		// the coder keeps them below confidence 0.5. The gold codes the
		// sentence's own event, so this view is the primary figure.
		cfg.OnItem = nil
		cfg.MinConfidence = 0.5
		rep, err = eval.ScoreEvents(ctx, gold, cfg)
		if err != nil {
			return err
		}
		printEventsReport(env, set.name+", main-clause events (confidence >= 0.5; primary)", rep)
	}
	return nil
}

func stageNames(ss []pipeline.Stage) []string {
	var n []string
	for _, s := range ss {
		n = append(n, s.Name())
	}
	return n
}

func printEventsReport(env Env, name string, r eval.EventsReport) {
	w := env.Stdout
	fmt.Fprintf(w, "\n== %s\n", name)
	fmt.Fprintf(w, "records    %d (gold event types %d, predicted %d)\n", r.Records, r.Gold, r.Predicted)
	fmt.Fprintf(w, "event type precision %.3f  recall %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", r.Precision, r.Recall, r.F1, r.TP, r.FP, r.FN)
	fmt.Fprintf(w, "source country agreement %.3f exact, %.3f overlap (n=%d matched events with gold codes)\n", evRatio(r.SrcAgree, r.SrcN), evRatio(r.SrcOverlap, r.SrcN), r.SrcN)
	fmt.Fprintf(w, "target country agreement %.3f exact, %.3f overlap (n=%d)\n", evRatio(r.TgtAgree, r.TgtN), evRatio(r.TgtOverlap, r.TgtN), r.TgtN)
	if r.LocN > 0 {
		fmt.Fprintf(w, "event location country agreement %.3f (n=%d matched events whose gold location has a known country), place name %.3f (n=%d with a gold location; %d with a predicted one)\n",
			evRatio(r.LocCountry, r.LocCountryN), r.LocCountryN, evRatio(r.LocName, r.LocN), r.LocN, r.LocPredicted)
	}
	fmt.Fprintf(w, "extra events per record %.3f\n", r.ExtraPerRecord)
	fmt.Fprintf(w, "speed      %.0f sentences/s (split+tag+code, GOMAXPROCS=1, %.3fs)\n", r.SentencesPerSecond(), r.Elapsed.Seconds())
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "per type (tp/fp/fn):")
	for _, t := range types {
		c := r.PerType[t]
		fmt.Fprintf(w, " %s %d/%d/%d", t, c[0], c[1], c[2])
	}
	fmt.Fprintln(w)
}

func evRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
