package cli

import (
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/nlp"
	"github.com/newsgraph/newsgraph/internal/nlp/keywords"
	"github.com/newsgraph/newsgraph/internal/nlp/quotes"
	"github.com/newsgraph/newsgraph/internal/nlp/resolve"
	"github.com/newsgraph/newsgraph/internal/nlp/summary"
	"github.com/newsgraph/newsgraph/internal/nlp/timex"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// stageConfig carries the analysis settings shared by analyze, ingest and
// serve.
type stageConfig struct {
	SummarySentences int
	// PatternDirs are user directories of extra event patterns (--patterns).
	PatternDirs []string
}

// buildStages wires the analysis pipeline: extract, then nlp, then events.
// Models and tables are loaded here once and shared by every worker.
func buildStages(cfg stageConfig) ([]pipeline.Stage, error) {
	analysis, err := analysisStages(cfg)
	if err != nil {
		return nil, err
	}
	return append([]pipeline.Stage{extract.New()}, analysis...), nil
}

// analysisStages are the stages after extraction, which read only the
// extracted article: reanalyze runs them over stored articles.
func analysisStages(cfg stageConfig) ([]pipeline.Stage, error) {
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
	stages = append(stages, quoteFinder, keywords.New(keywords.Config{}), summary.New(summary.Config{Sentences: cfg.SummarySentences}))
	// events codes what the earlier stages found; keep it last.
	coder, err := events.New(events.Config{PatternDirs: cfg.PatternDirs, KB: actors})
	if err != nil {
		return nil, err
	}
	stages = append(stages, events.NewStage(coder))
	return stages, nil
}
