package cli

import (
	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// stageConfig carries the analysis settings shared by analyze, ingest and
// serve.
type stageConfig = analysis.Config

// buildStages wires the analysis pipeline (analysis.Stages, which the
// event probe tests build too, so they test what analyze gives).
func buildStages(cfg stageConfig) ([]pipeline.Stage, error) {
	return analysis.Stages(cfg)
}

// analysisStages are the stages after extraction, which read only the
// extracted article: reanalyze runs them over stored articles.
func analysisStages(cfg stageConfig) ([]pipeline.Stage, error) {
	return analysis.AfterExtract(cfg)
}
