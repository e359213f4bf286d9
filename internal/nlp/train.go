package nlp

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/tagger"
)

// TrainOptions controls TrainNER and TrainPOS. Defaults are the settings of
// the shipped models, so `newsgraph train ner` reproduces them.
type TrainOptions struct {
	DataDir    string
	Sets       []string // NER corpora (default: all)
	Iterations int
	Seed       int64
	MinCount   int
	CapsEvery  int // NER: upper-cased copy of every n-th sentence
	TitleEvery int // NER: title-cased copy of every n-th sentence
	// HoldWikigold keeps every 5th wikigold sentence out of training as a
	// development set (for experiments; shipped models train on all).
	HoldWikigold bool
	// Models is how many NER models, trained on different sentence
	// orders (seeds Seed, Seed+1, ...), are averaged into one (0 or 1:
	// a single model).
	Models int
	// KeepGMBPlaces keeps GMB's org/gpe labels on known place names
	// (experiments; by default they become LOC, see relabelPlaces).
	KeepGMBPlaces bool
	// GMBPersons makes GMB's org labels on persons' names PER
	// (experiments, see relabelPersons; the shipped model keeps them).
	GMBPersons bool
	Log        func(format string, args ...any)
}

// TrainNER trains the NER model on the licence-clean corpora.
func TrainNER(ctx context.Context, o TrainOptions) (*tagger.Model, error) {
	train, dev, wikiDev, err := tagger.LoadNERData(o.DataDir, o.Sets, o.HoldWikigold)
	if err != nil {
		return nil, err
	}
	feats, gazName, err := nerFeatures(true)
	if err != nil {
		return nil, err
	}
	if !o.KeepGMBPlaces {
		n := relabelPlaces(train, feats.Gazetteer, "gmb")
		n += relabelPlaces(dev, feats.Gazetteer, "gmb")
		if o.Log != nil {
			o.Log("NER: %d GMB org/gpe spans of known places relabelled LOC", n)
		}
	}
	if o.GMBPersons {
		n := relabelPersons(train, "gmb")
		n += relabelPersons(dev, "gmb")
		if o.Log != nil {
			o.Log("NER: %d GMB org spans of persons' names relabelled PER", n)
		}
	}
	nt := len(train)
	titles := tagger.AugmentTitle(train[:nt:nt], o.TitleEvery)[nt:]
	train = append(tagger.AugmentCaps(train[:nt:nt], o.CapsEvery), titles...)
	extra, err := tagger.LoadNERDev(o.DataDir)
	if err != nil {
		return nil, err
	}
	if len(wikiDev) > 0 {
		extra["wikigold-dev"] = wikiDev
	}
	if o.Iterations == 0 {
		o.Iterations = 8
	}
	if o.Log != nil {
		o.Log("NER: %d training sentences, %d dev sentences, gazetteer %s", len(train), len(dev), gazName)
	}
	// Models trained on different sentence orders differ by up to 0.02
	// F1 on small held-out sets; their mean is steadier (see
	// tagger.Average).
	models := max(1, o.Models)
	var ms []*tagger.Model
	for k := 0; k < models; k++ {
		if o.Log != nil && models > 1 {
			o.Log("NER: model %d of %d (seed %d)", k+1, models, o.Seed+int64(k))
		}
		m, err := tagger.Train(train, tagger.TrainConfig{Kind: "ner", Iterations: o.Iterations, Seed: o.Seed + int64(k),
			MinCount: o.MinCount, Features: feats, Dev: dev, ExtraDev: extra, Log: o.Log, Stop: ctx.Err})
		if err != nil {
			return nil, fmt.Errorf("nlp: train ner: %w", err)
		}
		ms = append(ms, m)
	}
	m := ms[0]
	if len(ms) > 1 {
		// Features at least three quarters of the models have.
		minModels := (3*len(ms) + 3) / 4
		if m, err = tagger.Average(ms, minModels); err != nil {
			return nil, fmt.Errorf("nlp: train ner: %w", err)
		}
		m.Meta["models"] = fmt.Sprintf("%d, seeds %d-%d, weights averaged over the features of at least %d", len(ms), o.Seed, o.Seed+int64(len(ms)-1), minModels)
	}
	sets := o.Sets
	if len(sets) == 0 {
		sets = tagger.NERSetNames()
	}
	m.Meta["data"] = strings.Join(sets, ",")
	m.Meta["caps_every"] = fmt.Sprint(o.CapsEvery)
	m.Meta["title_every"] = fmt.Sprint(o.TitleEvery)
	if !o.KeepGMBPlaces {
		m.Meta["gmb_places"] = "LOC"
	}
	if o.GMBPersons {
		m.Meta["gmb_persons"] = "PER"
	}
	if o.HoldWikigold {
		m.Meta["held_out"] = "wikigold every 5th sentence"
	}
	m.Meta["gazetteer"] = gazName
	m.Meta["first_names"] = "yes"
	return m, ctx.Err()
}

// TrainPOS trains the Penn POS model on GUM.
func TrainPOS(ctx context.Context, o TrainOptions) (*tagger.Model, error) {
	// GUM alone is the default: adding GMB's silver tags lowered GUM dev
	// accuracy from 0.951 to 0.939 (--sets gmb adds them).
	withGMB := false
	for _, n := range o.Sets {
		if n == "gmb" {
			withGMB = true
		}
	}
	train, dev, err := tagger.LoadPOSData(o.DataDir, withGMB)
	if err != nil {
		return nil, err
	}
	feats, err := tagger.StandardFeatures(nil)
	if err != nil {
		return nil, err
	}
	if o.Iterations == 0 {
		o.Iterations = 6
	}
	if o.Log != nil {
		o.Log("POS: %d training sentences, %d dev sentences", len(train), len(dev))
	}
	m, err := tagger.Train(train, tagger.TrainConfig{Kind: "pos", Iterations: o.Iterations, Seed: o.Seed,
		MinCount: o.MinCount, Features: feats, Dev: dev, Log: o.Log, Stop: ctx.Err})
	if err != nil {
		return nil, fmt.Errorf("nlp: train pos: %w", err)
	}
	m.Meta["data"] = "gum"
	if withGMB {
		m.Meta["data"] = "gum,gmb"
	}
	return m, ctx.Err()
}

// relabelPlaces makes LOC every entity span of the named corpus whose whole
// text the gazetteer knows as a place (GPE or LOC) but which the corpus
// typed otherwise. GMB's silver labels call a country or capital an
// organisation when it stands for its government ("Turkey said", "Tehran
// denied": 104 of 313 "Turkey" spans) and a few countries "gpe", which maps
// to NORP; CoNLL guidelines, which our output follows, keep them LOC (the
// nlp stage marks GPE itself). A shifting label for the same name in the
// same role only teaches the tagger noise.
func relabelPlaces(data []tagger.TrainSentence, gaz tagger.Gazetteer, source string) int {
	var g []string
	n := 0
	for _, s := range data {
		if s.Source != source {
			continue
		}
		if cap(g) < len(s.Words) {
			g = make([]string, len(s.Words))
		}
		g = g[:len(s.Words)]
		gaz.Tag(s.Words, g)
		for i := 0; i < len(s.Tags); i++ {
			typ, j, ok := spanAt(s.Tags, i)
			if !ok {
				continue
			}
			if (typ == "ORG" || typ == "NORP") && (gazCovers(g, i, j, "GPE") || gazCovers(g, i, j, "LOC")) {
				n++
				s.Tags[i] = "B-LOC"
				for k := i + 1; k < j; k++ {
					s.Tags[k] = "I-LOC"
				}
			}
			i = j - 1
		}
	}
	return n
}

// surnameHonorifics stand only before a person's family name ("Mr.
// Yushchenko"): a word after one of them, in a corpus, is a person's name.
var surnameHonorifics = wordSet(`mr mr. mrs mrs. ms ms. dr dr.`)

// relabelPersons makes PER the ORG spans of the named corpus that are a
// person's name: GMB's silver labels call a politician's name an
// organisation when he stands for his government ("Yushchenko" 28 times
// ORG and 4 times PER, "Yasser Arafat" 12 ORG and 8 PER, "Prophet Muhammad"
// 23 ORG), and the tagger learnt to call persons with such names
// organisations ("Ghulam Mohiuddin Lone"). A span is a person's name when
// it has at most three words after any titles, all capitalised, none an
// organisation's head, its last word follows "Mr." or "Mrs." twice or more
// in the corpus, and its first word does too or begins two PER spans or
// more there (a given name); the titles become O, as GMB's person spans
// lose them (stripTitles). 361 spans in GMB.
//
// It is off by default (train ner --gmb-persons). With one model (seed 1,
// every 5th wikigold sentence held out, the current rules) it raised
// PER/ORG/LOC F1 on UNER EWT dev 0.7134 -> 0.7248 (ORG precision 0.529 ->
// 0.556) and left wikigold dev at 0.794; but the four-model shipped recipe
// retrained with it on today's gazetteer (which now holds the companies
// table) gave 0.7138 on UNER EWT dev against the shipped model's 0.7203,
// so the shipped model was kept. Compared on the same gazetteer
// (kb:496f9d156237d740, with the companies table) and the same rules, the
// four-model recipe gave UNER EWT dev 0.7124 without it and 0.7138 with it
// (GMB held-out 0.8684 and 0.8655), both below the shipped model, trained
// on the gazetteer before the companies table (0.7203; GMB 0.8603): the
// shipped model was kept again (see models/README.md).
func relabelPersons(data []tagger.TrainSentence, source string) int {
	surname := map[string]int{}
	firstPer, firstOrg := map[string]int{}, map[string]int{}
	for _, s := range data {
		if s.Source != source {
			continue
		}
		for i := 0; i+1 < len(s.Words); i++ {
			if surnameHonorifics[strings.ToLower(s.Words[i])] && capitalised(s.Words[i+1]) {
				surname[s.Words[i+1]]++
			}
		}
		forSpans(s.Tags, func(typ string, i, j int) {
			switch typ {
			case model.EntityPerson:
				firstPer[s.Words[i]]++
			case model.EntityOrg:
				firstOrg[s.Words[i]]++
			}
		})
	}
	n := 0
	for _, s := range data {
		if s.Source != source {
			continue
		}
		forSpans(s.Tags, func(typ string, i, j int) {
			if typ != model.EntityOrg {
				return
			}
			a := i
			for a < j-1 && (personTitles[strings.ToLower(s.Words[a])] || ambiguousTitles[strings.ToLower(s.Words[a])] ||
				royalTitles[strings.ToLower(s.Words[a])] || s.Words[a] == "Prophet") {
				a++
			}
			if j-a > 3 || !allCapitalised(s.Words[a:j]) || surname[s.Words[j-1]] < 2 {
				return
			}
			for _, w := range s.Words[a:j] {
				lw := strings.ToLower(w)
				if orgHeads[lw] || orgNameHeads[lw] || corporateHeads[lw] || companyHeads[lw] || !hasAlnum(w) {
					return
				}
			}
			first := s.Words[a]
			if a+1 < j && surname[first] < 2 && firstPer[first] < 2 {
				return
			}
			for k := i; k < a; k++ {
				s.Tags[k] = "O"
			}
			setSpan(s.Tags, a, j, model.EntityPerson)
			n++
		})
	}
	return n
}
