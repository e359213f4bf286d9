package tagger

import (
	"bytes"
	"embed"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/nlp/clusters"
)

//go:embed models
var modelsFS embed.FS

// ClusterPrefixes are the cluster path prefix lengths used as features.
var ClusterPrefixes = []int{4, 6, 10, 14, 20}

// StandardFeatures returns the feature configuration of the shipped models:
// the embedded word clusters and gaz (nil for none).
func StandardFeatures(gaz Gazetteer) (FeatureConfig, error) {
	c, err := clusters.Default()
	if err != nil {
		return FeatureConfig{}, err
	}
	cfg := FeatureConfig{Clusters: c, ClusterPrefixes: ClusterPrefixes}
	if gaz != nil {
		cfg.Gazetteer = gaz
	}
	return cfg, nil
}

// LoadEmbedded reads an embedded model ("ner" or "pos").
func LoadEmbedded(name string, cfg FeatureConfig) (*Model, error) {
	b, err := modelsFS.ReadFile("models/" + name + ".model")
	if err != nil {
		return nil, fmt.Errorf("tagger: no embedded %s model: %w", name, err)
	}
	return Read(bytes.NewReader(b), cfg)
}

// SetFeatures sets the feature resources of a loaded model (when they depend
// on the model's metadata). Call it before the model is shared.
func (m *Model) SetFeatures(cfg FeatureConfig) { m.cfg = cfg }
