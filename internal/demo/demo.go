// Package demo ships a small corpus of short wire-style articles written for
// newsgraph (invented outlets, invented reports; no third-party text). It is
// ingested into an empty store on the first `newsgraph serve`, so that the
// first command a reader runs shows search results, events and an actor
// graph.
//
// The corpus covers East Asia, the Middle East, Europe, Africa and the
// Americas and the common event types (talks, agreements, protests,
// sanctions, drills, aid, accusations, threats, attacks). Three articles from
// three outlets report the same Japan-South Korea meeting, and a fourth is a
// syndicated copy of one of them, to show event merging and near-duplicate
// linking.
package demo

import (
	"bytes"
	_ "embed"
	"iter"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
)

//go:embed articles.jsonl
var articles []byte

// SourceName prefixes every demo document's Source ("demo:articles.jsonl:3").
const SourceName = "demo:articles.jsonl"

// JSONL returns the corpus as JSONL, one article per line.
func JSONL() []byte { return bytes.Clone(articles) }

// Documents yields the corpus as prepared documents, in file order.
func Documents() iter.Seq2[*model.Document, error] {
	return ingest.JSONLDocuments(bytes.NewReader(articles), SourceName, ingest.JSONLOptions{})
}
