// Package analysis wires the analysis pipeline (extract, nlp, resolve,
// dates, quotes, keywords, summary, events) once for every caller: the CLI
// commands (analyze, ingest, serve, reanalyze, the evals) and the event
// probe tests build it here, so the probes test what a user gets and the
// two cannot drift apart.
package analysis

import (
	"log/slog"

	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
	"github.com/newsgraph/newsgraph/internal/nlp/quotes"
	"github.com/newsgraph/newsgraph/internal/nlp/resolve"
	"github.com/newsgraph/newsgraph/internal/nlp/summary"
	"github.com/newsgraph/newsgraph/internal/nlp/timex"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// DefaultSummarySentences is the summary length analyze, ingest and serve
// use unless told otherwise (--summary-sentences).
const DefaultSummarySentences = 3

// Config carries the analysis settings shared by analyze, ingest and
// serve.
type Config struct {
	SummarySentences int
	// PatternDirs are user directories of extra event patterns (--patterns).
	PatternDirs []string
	// Log receives the failures of optional stages (nil: not logged; they
	// are still noted in the article's "incomplete").
	Log *slog.Logger
}

// Stages wires the analysis pipeline: extract, then nlp, then events.
// Models and tables are loaded here once and shared by every worker.
func Stages(cfg Config) ([]pipeline.Stage, error) {
	analysis, err := AfterExtract(cfg)
	if err != nil {
		return nil, err
	}
	return append([]pipeline.Stage{extract.New().WithLogger(cfg.Log)}, analysis...), nil
}

// AfterExtract returns the stages after extraction, which read only the
// extracted article: reanalyze runs them over stored articles.
func AfterExtract(cfg Config) ([]pipeline.Stage, error) {
	var stages []pipeline.Stage
	// nlp splits sentences and tokens and tags POS and entities (embedded
	// models, loaded once).
	nlpStage, err := nlp.New(nlp.Config{})
	if err != nil {
		return nil, err
	}
	stages = append(stages, nlpStage)
	// resolve links the nlp stage's entities to knowledge-base actors; it
	// must stay after nlp (insert nlp above this line).
	actors, err := kb.Load()
	if err != nil {
		return nil, err
	}
	stages = append(stages, resolve.New(actors))
	stages = append(stages, timex.NewStage())
	// quotes, keywords and summary read sentences, entities and actors;
	// events may use the quotes, so they come before it.
	quoteFinder, err := quotes.New()
	if err != nil {
		return nil, err
	}
	// These four add to the article and nothing after them needs their
	// output but events (which codes without quotes when quotes failed):
	// a failure on one text leaves their part empty and keeps the article
	// (pipeline.Optional).
	stages = append(stages,
		pipeline.Optional(quoteFinder, func(a *model.Article) { a.Quotes = nil }, cfg.Log),
		pipeline.Optional(keywords.New(keywords.Config{}), func(a *model.Article) { a.Keywords = nil }, cfg.Log),
		pipeline.Optional(summary.New(summary.Config{Sentences: cfg.SummarySentences}), func(a *model.Article) { a.Summary = "" }, cfg.Log))
	// events codes what the earlier stages found; keep it last.
	coder, err := events.New(events.Config{PatternDirs: cfg.PatternDirs, KB: actors})
	if err != nil {
		return nil, err
	}
	stages = append(stages, pipeline.Optional(events.NewStage(coder), func(a *model.Article) { a.Events = nil }, cfg.Log))
	return stages, nil
}
