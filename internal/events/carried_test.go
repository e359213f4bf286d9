package events_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// A pronoun subject ("They") takes the actor of the sentence before, whose
// mentions keep that sentence's token positions; a long first sentence and
// a short second one put them past the second's end, which panicked (and
// failed the whole document) in the check for "its"/"their" before a role.
// Sentences written for this test.
func TestCarriedActorPastSentenceEnd(t *testing.T) {
	for _, text := range []string{
		"The European Union imposed sanctions on Monday on five Syrian companies and three officials it accused of supplying weapons to Hezbollah. They agreed to meet again in Brussels in July.\n",
		"Britain imposed sanctions on Tuesday on two Iranian banks and seven officials it accused of helping Russia. They agreed to meet again in Oslo.\n",
	} {
		doc := &model.Document{Source: "carried", Raw: []byte(text), Content: text, Format: model.FormatText, Charset: "utf-8"}
		if err := pipeline.Run(context.Background(), fullPipeline(t), doc); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
