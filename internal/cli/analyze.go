package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

func runAnalyze(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "analyze", "analyze [flags] [FILE|DIR|URL|-]...\n\n"+
		"Prints the analysis of each input; a folder gives one result per article file in it, as ingest reads it.")
	format := fs.String("format", "", "output format: json (default for one input), jsonl (default for several), text")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching loopback, private and link-local addresses")
	maxBytes := fs.Int64("max-bytes", fetch.DefaultMaxBytes, "size limit per input in bytes")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "timeout per URL fetch")
	published := fs.String("published", "", "publish date (YYYY-MM-DD or RFC 3339) for inputs that carry none")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	budget := fs.Int64("analysis-budget", pipeline.DefaultBudgetBytes, "bytes of text analysed at once over all workers; a larger document is analysed alone")
	summary := fs.Int("summary-sentences", analysis.DefaultSummarySentences, "sentences in the summary")
	patterns := fs.String("patterns", env.Getenv("NEWSGRAPH_PATTERNS"), "directory of extra event pattern files (*.txt; default $NEWSGRAPH_PATTERNS)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if err := checkStdinOnce(inputs); err != nil {
		return err
	}
	if *format != "" && *format != "json" && *format != "jsonl" && *format != "text" {
		return usageError("unknown --format %q (want json, jsonl or text)", *format)
	}
	var pubDate time.Time
	if *published != "" {
		if pubDate, err = parseDate(*published); err != nil {
			return usageError("--published: %v", err)
		}
	}
	if slices.Contains(inputs, "-") && env.stdinIsTerminal() {
		// "newsgraph analyze" typed alone would otherwise wait without a
		// word for text on the terminal (the models load meanwhile). Not
		// from a pipe or a file: a script's stderr gets nothing. Said
		// after the flags are checked, so a mistyped flag gets only its
		// usage error.
		fmt.Fprintln(env.Stderr, stdinHint)
	}
	var patternDirs []string
	if *patterns != "" {
		patternDirs = []string{*patterns}
	}
	stages, err := buildStages(stageConfig{SummarySentences: *summary, PatternDirs: patternDirs, Log: env.Log})
	if err != nil {
		return err
	}
	opts := ingest.Options{
		MaxBytes: *maxBytes,
		Stdin:    env.Stdin,
		Log:      env.Log,
		Fetcher:  fetch.New(fetch.Config{Timeout: *timeout, MaxBytes: *maxBytes, AllowPrivate: *allowPrivate, Log: env.Log}),
	}
	// A WARC, JSONL or feed file holds many articles: each record is an
	// input of its own, as ingest reads them. The inputs are read as the
	// workers get to them, never all at once: a WARC of 20,000 records was
	// read whole (and every analysed record kept) before the first result,
	// 0.97 GB resident and growing for a 190 MB file.
	type unit struct {
		source string
		item   *runner.Item
	}
	inOpts := runner.Inputs{MaxBytes: *maxBytes, Fetcher: opts.Fetcher, Log: env.Log, Stdin: env.Stdin}
	all := func(yield func(unit) bool) {
		for _, in := range inputs {
			if isDir(in) {
				// A folder is what ingest would take from it (walked
				// recursively, by the same rules): one result per article.
				for it := range folderItems(ctx, in, inOpts) {
					if !yield(unit{source: it.Source, item: &it}) {
						return
					}
				}
				continue
			}
			if ingest.IsURL(in) || in != "-" && !runner.IsContainer(in) {
				if !yield(unit{source: in}) {
					return
				}
				continue
			}
			// Standard input is read as its bytes say: one document, or
			// the records of a WARC, feed or JSON lines piped in.
			plan := &runner.Plan{Containers: []string{in}}
			if in == "-" {
				plan = &runner.Plan{URLs: []string{in}}
			}
			for it := range plan.Items(ctx, inOpts, nil) {
				if !yield(unit{source: it.Source, item: &it}) {
					return
				}
			}
		}
	}
	next, stop := iter.Pull(all)
	defer stop()
	// The default format depends on whether there is more than one result:
	// read that far ahead, no further.
	var head []unit
	if *format == "" {
		for len(head) < 2 {
			u, ok := next()
			if !ok {
				break
			}
			head = append(head, u)
		}
		*format = "json"
		if len(head) > 1 {
			*format = "jsonl"
		}
	}
	loadUnit := func(ctx context.Context, u unit) (*model.Document, error) {
		var doc *model.Document
		var err error
		switch {
		case u.item == nil:
			doc, err = ingest.Load(ctx, u.source, opts)
		case u.item.Err != nil:
			err = u.item.Err
		case u.item.Doc != nil:
			doc = u.item.Doc
		default:
			doc, err = u.item.Load(ctx)
		}
		if err != nil {
			return nil, err
		}
		if doc.Published.IsZero() {
			doc.Published = pubDate
		}
		return doc, nil
	}
	// sources names the inputs handed out and not yet printed.
	var mu sync.Mutex
	sources := map[int]string{}
	loads := func(yield func(pipeline.Load) bool) {
		i := 0
		give := func(u unit) bool {
			mu.Lock()
			sources[i] = u.source
			mu.Unlock()
			i++
			return yield(func(ctx context.Context, _ int) (*model.Document, error) { return loadUnit(ctx, u) })
		}
		for _, u := range head {
			if !give(u) {
				return
			}
		}
		head = nil
		for {
			u, ok := next()
			if !ok || !give(u) {
				return
			}
		}
	}
	failed := 0
	var writeErr error
	pipeline.RunSeq(ctx, loads, *workers, pipeline.NewBudget(*budget), stages, func(r pipeline.Result) {
		mu.Lock()
		source := sources[r.Index]
		delete(sources, r.Index)
		mu.Unlock()
		if r.Err != nil {
			failed++
			env.Log.Warn("analyze failed", "source", source, "err", r.Err)
		}
		if writeErr == nil {
			writeErr = writeResult(env.Stdout, *format, source, r)
		}
	})
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if failed > 0 {
		// Each failure is already in the output as an error record.
		return errPartial
	}
	return nil
}

// stdinHint is what analyze says on standard error when it reads the
// article from a terminal.
const stdinHint = "newsgraph analyze: reading an article from standard input; end with Ctrl-D, or pass a FILE, DIR or URL"

// checkStdinOnce refuses "-" given twice: standard input can be read once,
// so the second was always an "input is empty" failure (exit status 1) that
// hid the mistake.
func checkStdinOnce(inputs []string) error {
	n := 0
	for _, in := range inputs {
		if in == "-" {
			n++
		}
	}
	if n > 1 {
		return usageError("standard input (-) is given %d times; it can be read once", n)
	}
	return nil
}

func isDir(path string) bool {
	if path == "-" || ingest.IsURL(path) {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// folderItems lists the inputs ingest would find in dir, as it reads them:
// its text, HTML, WARC, JSONL, feed and URL-list files (hidden ones and
// other kinds left out), each container record an input of its own. A
// folder with none is one failed input, so that it does not vanish without
// a word.
func folderItems(ctx context.Context, dir string, in runner.Inputs) iter.Seq[runner.Item] {
	return func(yield func(runner.Item) bool) {
		in.Paths = []string{dir}
		plan, err := runner.Expand(in)
		if err != nil {
			yield(runner.Item{Source: dir, Err: err})
			return
		}
		n := 0
		for it := range plan.Items(ctx, in, nil) {
			n++
			if !yield(it) {
				return
			}
		}
		if n == 0 {
			empty := runner.EmptyFolder{Path: dir}
			if len(plan.EmptyFolders) > 0 {
				empty = plan.EmptyFolders[0]
			}
			yield(runner.Item{Source: dir, Err: empty})
		}
	}
}

// errorRecord is what a failed input prints in json/jsonl output.
type errorRecord struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func writeResult(w io.Writer, format, source string, r pipeline.Result) error {
	var v any
	if r.Err != nil {
		v = errorRecord{Source: source, Error: r.Err.Error()}
	} else {
		v = r.Doc.Article
	}
	switch format {
	case "json":
		return streamJSON(w, v, true)
	case "jsonl":
		return streamJSON(w, v, false)
	default:
		if r.Err != nil {
			_, err := fmt.Fprintf(w, "== %s\nerror: %v\n\n", source, r.Err)
			return err
		}
		return writeText(w, r.Doc.Article)
	}
}

// sourceNote is " (source)" for a date's source, or "".
func sourceNote(src string) string {
	if src == "" {
		return ""
	}
	return " (" + src + ")"
}

// writeText prints an article for a person to read.
func writeText(w io.Writer, a *model.Article) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", a.Source)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%-10s %s\n", name+":", value)
		}
	}
	field("Title", a.Title)
	field("Byline", a.Byline)
	if a.Published != nil {
		src := a.PublishedSource
		if a.PublishedZoneSource != "" && src != "" {
			src += ", zone: " + a.PublishedZoneSource // the page wrote the time without one
		}
		field("Published", a.Published.Format(time.RFC3339)+sourceNote(src))
	} else if a.ReferenceDate != nil {
		// Not a publish date: say what it is.
		field("Dated", a.ReferenceDate.Format(time.RFC3339)+" (no publish date; "+a.ReferenceSource+")")
	}
	field("Site", a.Site)
	field("URL", a.URL)
	field("Language", a.Language)
	field("Tags", strings.Join(a.Tags, ", "))
	for _, c := range a.Captions {
		field("Caption", c)
	}
	if a.Summary != "" {
		field("Summary", a.Summary)
	}
	if len(a.Keywords) > 0 {
		kws := make([]string, len(a.Keywords))
		for i, k := range a.Keywords {
			kws[i] = k.Phrase
		}
		field("Keywords", strings.Join(kws, ", "))
	}
	b.WriteString("\n")
	for _, p := range a.Paragraphs {
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	if len(a.Actors) > 0 {
		b.WriteString("Actors:\n")
		for _, x := range a.Actors {
			fmt.Fprintf(&b, "  %-32s %-12s %-4s %-12s x%d\n", x.Name, x.Type, x.Country, x.Sector, x.Mentions)
		}
		b.WriteString("\n")
	}
	if len(a.Quotes) > 0 {
		b.WriteString("Quotes:\n")
		for _, q := range a.Quotes {
			who := "(speaker unknown)"
			if q.Speaker != nil {
				who = q.Speaker.Text
			}
			if q.Conduit != nil {
				who += conduitPhrase(q.Conduit, q.ConduitKind)
			}
			if q.Audience != nil {
				who += " to " + q.Audience.Text
			}
			fmt.Fprintf(&b, "  [%s] %s: %q\n", q.Kind, who, q.Text)
		}
		b.WriteString("\n")
	}
	if len(a.Events) > 0 {
		b.WriteString("Events:\n")
		for _, e := range a.Events {
			fmt.Fprintf(&b, "  %-9s %s -> %s", e.Type, actorList(e.Source), actorList(e.Target))
			if e.Date != "" {
				fmt.Fprintf(&b, "  %s", e.Date)
				if e.DateFrom != "" {
					fmt.Fprintf(&b, " (%s..%s)", e.DateFrom, e.DateTo)
				}
			}
			if e.Polarity != "asserted" || e.Modality != "actual" {
				fmt.Fprintf(&b, "  (%s, %s)", e.Polarity, e.Modality)
			}
			fmt.Fprintf(&b, "  CAMEO %s\n", e.CAMEO)
			if len(e.Evidence) > 0 {
				fmt.Fprintf(&b, "            %q\n", e.Evidence[0].Text)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// actorList names an event's participants for the text format.
func actorList(as []model.EventActor) string {
	if len(as) == 0 {
		return "-"
	}
	names := make([]string, len(as))
	for i, x := range as {
		names[i] = x.Text
		if x.Country != "" {
			names[i] += " (" + x.Country + ")"
		}
	}
	return strings.Join(names, ", ")
}

// parseDate accepts a calendar date or an RFC 3339 timestamp.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a date (want YYYY-MM-DD or RFC 3339)", s)
}

// conduitPhrase words a quote's conduit after its speaker
// (model.ConduitPhrase): " via Newsweek", " (in a statement)".
func conduitPhrase(c *model.Speaker, kind string) string {
	return " " + model.ConduitPhrase(c.Text, kind)
}
