package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// This file scores the event coder on two gold files kept outside the repo:
// the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt, 322 sentences
// coded with PLOVER 0.5 categories) and the PETRARCH-2 validation records
// (PETR2_GSR_validation.xml, CAMEO codes). Their sentences are read at run
// time and never stored in the repository.

// EventGold is one gold sentence with its coded events.
type EventGold struct {
	ID     string
	Date   time.Time
	Text   string
	Events []GoldEvent // empty: the sentence has no event
}

// GoldEvent is one gold event: PLOVER type, actor country codes and, where
// the gold gives one, the event's location.
type GoldEvent struct {
	Type     string
	CAMEO    string
	Sources  []string
	Targets  []string
	Location *GoldPlace `json:",omitempty"`
}

// GoldPlace is a gold event location: the PLOVER records' "eventLoc", a
// place name ("Gorazde", "province of Herat") and, on a few records, the
// ISO 3166 alpha-2 code of its country ("country code": "CH").
type GoldPlace struct {
	Name    string
	Country string `json:",omitempty"`
}

// LoadPLOVERGold reads PLOVER_GSR_CAMEO.txt (a JSON array), mapping the
// PLOVER 0.5 categories to PLOVER 2 as the data's SOURCE.md says.
func LoadPLOVERGold(path string) ([]EventGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("plover gold: %w", err)
	}
	var raw []map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("plover gold %s: %w", path, err)
	}
	var out []EventGold
	for _, r := range raw {
		id, _ := r["id"].(string)
		typ, _ := r["event"].(string)
		text, _ := r["text"].(string)
		if typ == "" || text == "" || strings.Contains(id, "DOCUMENT") {
			continue
		}
		if m, ok := events.Legacy[typ]; ok {
			typ = m
		}
		d, _ := time.Parse("2006-01-02", fmt.Sprint(r["date"]))
		out = append(out, EventGold{ID: id, Date: d, Text: text, Events: []GoldEvent{{
			Type: typ, Sources: codesOf(r["source"]), Targets: codesOf(r["target"]), Location: placeOf(r["eventLoc"]),
		}}})
	}
	return out, nil
}

// placeOf reads a PLOVER "eventLoc" object; nil when it names no place.
func placeOf(v any) *GoldPlace {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	name, _ := m["name"].(string)
	if name = strings.TrimSpace(name); name == "" {
		return nil
	}
	cc, _ := m["country code"].(string)
	return &GoldPlace{Name: name, Country: strings.ToUpper(strings.TrimSpace(cc))}
}

func codesOf(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	var out []string
	for _, a := range list {
		m, ok := a.(map[string]any)
		if !ok {
			continue
		}
		if c, ok := m["code"].(string); ok && c != "" {
			out = append(out, normGoldCode(c))
		}
	}
	return out
}

// normGoldCode maps old CAMEO country codes that differ from ISO 3166 alpha-3
// to ISO, and keeps group codes (IGO, NGO, ...) as they are.
func normGoldCode(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if len(c) > 3 {
		c = c[:3]
	}
	if m, ok := cameoToISO[c]; ok {
		return m
	}
	return c
}

var cameoToISO = map[string]string{"JAP": "JPN", "ITL": "ITA", "UKR": "UKR", "GMY": "DEU", "ROM": "ROU", "BUL": "BGR",
	"SER": "SRB", "BOS": "BIH", "CRO": "HRV", "DRC": "COD", "KOS": "XKX", "PAL": "PSE", "UAE": "ARE", "SAF": "ZAF",
	"UK ": "GBR", "ISI": "ISR", "TAW": "TWN", "SWZ": "CHE", "MAC": "MKD"}

// LoadPETRARCHGold reads PETR2_GSR_validation.xml; CAMEO codes become PLOVER
// types with the coder's CAMEO table. Events whose CAMEO code has no PLOVER
// type (public statements, 01) are dropped from the gold. The file is not
// well-formed XML (self-closing <Sentence/> then a stray </Sentence>), so it
// is read with patterns rather than encoding/xml.
func LoadPETRARCHGold(path string, table events.CAMEOTable) ([]EventGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("petrarch gold: %w", err)
	}
	src := string(b)
	var out []EventGold
	locs := petrSentenceRE.FindAllStringSubmatchIndex(src, -1)
	for n, loc := range locs {
		end := len(src)
		if n+1 < len(locs) {
			end = locs[n+1][0]
		}
		body := src[loc[1]:end]
		attrs := src[loc[2]:loc[3]]
		g := EventGold{ID: attrValue(attrs, "id")}
		g.Date, _ = time.Parse("20060102", attrValue(attrs, "date"))
		if m := petrTextRE.FindStringSubmatch(body); m != nil {
			g.Text = strings.Join(strings.Fields(html.UnescapeString(m[1])), " ")
		}
		for _, m := range petrCodingRE.FindAllStringSubmatch(body, -1) {
			a := m[1]
			if strings.EqualFold(attrValue(a, "noevents"), "true") {
				continue
			}
			ge := GoldEvent{CAMEO: attrValue(a, "eventcode")}
			if c := attrValue(a, "sourcecode"); c != "" && c != "---" {
				ge.Sources = []string{normGoldCode(c)}
			}
			if c := attrValue(a, "targetcode"); c != "" && c != "---" {
				ge.Targets = []string{normGoldCode(c)}
			}
			if e, ok := table.Lookup(ge.CAMEO); ok && e.PLOVER != "" {
				ge.Type = e.PLOVER
				g.Events = append(g.Events, ge)
			}
		}
		if g.Text != "" {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("petrarch gold %s: no sentences found", path)
	}
	return out, nil
}

var (
	petrSentenceRE = regexp.MustCompile(`<Sentence\b([^>]*)>`)
	petrTextRE     = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
	petrCodingRE   = regexp.MustCompile(`<EventCoding\b([^>]*)>`)
)

func attrValue(attrs, name string) string {
	re := regexp.MustCompile(`\b` + name + `\s*=\s*"([^"]*)"`)
	if m := re.FindStringSubmatch(attrs); m != nil {
		return m[1]
	}
	return ""
}

// EventsConfig says how to run the scorer.
type EventsConfig struct {
	// Prepare runs upstream stages (nlp, resolve, timex) on a document
	// before coding; nil lets the coder split and tokenise itself.
	Prepare func(ctx context.Context, doc *model.Document) error
	Coder   *events.Coder
	// OnItem receives each scored sentence (for --out).
	OnItem func(EventItem) error
	// MinConfidence drops predicted events below this confidence (0: all).
	MinConfidence float64
	// IsCountry says whether a code is an ISO country code; other actor
	// codes (UNO, NATO, EUR, ...) are compared as the group "IGO".
	IsCountry func(code string) bool
	// PlaceCountry gives the ISO alpha-3 country of a gold location (its
	// alpha-2 code when the gold has one, else its name), "" when unknown;
	// nil scores place names only.
	PlaceCountry func(p GoldPlace) string
}

// EventItem is one scored sentence, as written to --out.
type EventItem struct {
	ID string `json:"id"`
	// Text is the gold sentence, so that an error listing (eval events
	// --out) reads without the gold file beside it.
	Text      string        `json:"text"`
	Gold      []GoldEvent   `json:"gold"`
	Predicted []PredEvent   `json:"predicted"`
	TP        []string      `json:"tp,omitempty"`
	FP        []string      `json:"fp,omitempty"`
	FN        []string      `json:"fn,omitempty"`
	Events    []model.Event `json:"-"`
}

// PredEvent is a predicted event reduced to what the gold codes.
type PredEvent struct {
	Type       string   `json:"type"`
	CAMEO      string   `json:"cameo"`
	Sources    []string `json:"sources,omitempty"`
	Targets    []string `json:"targets,omitempty"`
	Trigger    string   `json:"trigger"`
	Rule       string   `json:"rule"`
	Polarity   string   `json:"polarity"`
	Confidence float64  `json:"confidence"`
	Location   string   `json:"location,omitempty"`
	LocCountry string   `json:"location_country,omitempty"`
}

// EventsReport holds the figures.
type EventsReport struct {
	Records, Gold, Predicted, TP, FP, FN int
	Precision, Recall, F1                float64
	// Country agreement on matched event types where the gold gives codes:
	// exact set equality, and any overlap.
	SrcN, SrcAgree, SrcOverlap int
	TgtN, TgtAgree, TgtOverlap int
	// Location agreement on matched event types whose gold gives a
	// location (PLOVER "eventLoc"): LocN such events, LocPredicted of them
	// with a predicted location, LocName with one naming the gold place
	// (see placeNameAgrees); LocCountryN of them whose gold place has a
	// known country, LocCountry with a predicted location in it.
	LocN, LocPredicted, LocName int
	LocCountryN, LocCountry     int
	ExtraPerRecord              float64
	Elapsed                     time.Duration
	PerType                     map[string]*[3]int // tp, fp, fn
}

// SentencesPerSecond is the coding speed.
func (r EventsReport) SentencesPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Records) / r.Elapsed.Seconds()
}

// ScoreEvents codes each gold sentence and compares event types (as a set
// per sentence: compound actors are one gold record but several coded
// events, so predicted events of one type count once) and actor countries.
// Negated events are not predictions of an event.
func ScoreEvents(ctx context.Context, gold []EventGold, cfg EventsConfig) (EventsReport, error) {
	rep := EventsReport{PerType: map[string]*[3]int{}}
	per := func(t string) *[3]int {
		if rep.PerType[t] == nil {
			rep.PerType[t] = &[3]int{}
		}
		return rep.PerType[t]
	}
	// Warm up: upstream stages may load their models on first use; the
	// timing is of steady-state coding, as in a long-running batch.
	if cfg.Prepare != nil && len(gold) > 0 {
		pub := gold[0].Date
		doc := &model.Document{Published: pub, Article: &model.Article{Text: "Warm-up sentence.", Paragraphs: []string{"Warm-up sentence."}, Published: &pub}}
		if err := cfg.Prepare(ctx, doc); err != nil {
			return rep, fmt.Errorf("warm-up: %w", err)
		}
	}
	// Code everything first, timed, on one goroutine.
	prev := runtime.GOMAXPROCS(1)
	results := make([][]model.Event, len(gold))
	start := time.Now()
	for i, g := range gold {
		if err := ctx.Err(); err != nil {
			runtime.GOMAXPROCS(prev)
			return rep, err
		}
		pub := g.Date
		doc := &model.Document{Source: g.ID, Published: pub, Article: &model.Article{Source: g.ID, Text: g.Text, Paragraphs: []string{g.Text}, Published: &pub}}
		if cfg.Prepare != nil {
			if err := cfg.Prepare(ctx, doc); err != nil {
				runtime.GOMAXPROCS(prev)
				return rep, fmt.Errorf("%s: %w", g.ID, err)
			}
		}
		// Through the pipeline runner, so a panic on one sentence is an
		// error for that sentence, as in analyze.
		if err := pipeline.Run(ctx, []pipeline.Stage{events.NewStage(cfg.Coder)}, doc); err != nil {
			runtime.GOMAXPROCS(prev)
			return rep, fmt.Errorf("%s: %w", g.ID, err)
		}
		results[i] = doc.Article.Events
	}
	rep.Elapsed = time.Since(start)
	runtime.GOMAXPROCS(prev)

	norm := func(c string) string {
		if c == "" {
			return ""
		}
		if cfg.IsCountry != nil && !cfg.IsCountry(c) {
			return "IGO"
		}
		return c
	}
	for i, g := range gold {
		rep.Records++
		item := EventItem{ID: g.ID, Text: g.Text, Gold: g.Events}
		predSrc := map[string]map[string]bool{}
		predTgt := map[string]map[string]bool{}
		predLoc := map[string][]PredEvent{}
		for _, e := range results[i] {
			pe := PredEvent{Type: e.Type, CAMEO: e.CAMEO, Polarity: e.Polarity, Confidence: e.Confidence}
			if len(e.Evidence) > 0 {
				pe.Trigger, pe.Rule = e.Evidence[0].Trigger, e.Evidence[0].Rule
			}
			for _, a := range e.Source {
				pe.Sources = append(pe.Sources, norm(a.Country))
			}
			for _, a := range e.Target {
				pe.Targets = append(pe.Targets, norm(a.Country))
			}
			if e.Location != nil {
				pe.Location, pe.LocCountry = e.Location.Text, e.Location.Country
			}
			item.Predicted = append(item.Predicted, pe)
			if e.Polarity != "asserted" || e.Confidence < cfg.MinConfidence {
				continue
			}
			if predSrc[e.Type] == nil {
				predSrc[e.Type], predTgt[e.Type] = map[string]bool{}, map[string]bool{}
			}
			for _, c := range pe.Sources {
				if c != "" {
					predSrc[e.Type][c] = true
				}
			}
			for _, c := range pe.Targets {
				if c != "" {
					predTgt[e.Type][c] = true
				}
			}
			if pe.Location != "" {
				predLoc[e.Type] = append(predLoc[e.Type], pe)
			}
		}
		goldTypes := map[string]GoldEvent{}
		for _, ge := range g.Events {
			if _, ok := goldTypes[ge.Type]; ok {
				// Merge the actors of two gold events of one type.
				m := goldTypes[ge.Type]
				m.Sources = append(m.Sources, ge.Sources...)
				m.Targets = append(m.Targets, ge.Targets...)
				if m.Location == nil {
					m.Location = ge.Location
				}
				goldTypes[ge.Type] = m
				continue
			}
			goldTypes[ge.Type] = ge
		}
		rep.Gold += len(goldTypes)
		rep.Predicted += len(predSrc)
		for t, ge := range goldTypes {
			if _, ok := predSrc[t]; !ok {
				rep.FN++
				per(t)[2]++
				item.FN = append(item.FN, t)
				continue
			}
			rep.TP++
			per(t)[0]++
			item.TP = append(item.TP, t)
			if set := codeSet(ge.Sources); len(set) > 0 {
				rep.SrcN++
				eq, ov := compareSets(set, predSrc[t])
				if eq {
					rep.SrcAgree++
				}
				if ov {
					rep.SrcOverlap++
				}
			}
			if ge.Location != nil {
				scoreLocation(&rep, *ge.Location, predLoc[t], cfg.PlaceCountry)
			}
			if set := codeSet(ge.Targets); len(set) > 0 {
				rep.TgtN++
				eq, ov := compareSets(set, predTgt[t])
				if eq {
					rep.TgtAgree++
				}
				if ov {
					rep.TgtOverlap++
				}
			}
		}
		for t := range predSrc {
			if _, ok := goldTypes[t]; !ok {
				rep.FP++
				per(t)[1]++
				item.FP = append(item.FP, t)
			}
		}
		sort.Strings(item.TP)
		sort.Strings(item.FP)
		sort.Strings(item.FN)
		item.Events = results[i]
		if cfg.OnItem != nil {
			if err := cfg.OnItem(item); err != nil {
				return rep, err
			}
		}
	}
	rep.Precision = evRatio(rep.TP, rep.TP+rep.FP)
	rep.Recall = evRatio(rep.TP, rep.TP+rep.FN)
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	rep.ExtraPerRecord = evRatio(rep.FP, rep.Records)
	return rep, nil
}

func evRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreLocation counts one matched event whose gold has a location against
// the locations of the predicted events of its type (several events of one
// type in a sentence are one prediction, as for the actors, so any of them
// agreeing is agreement).
func scoreLocation(rep *EventsReport, gold GoldPlace, pred []PredEvent, placeCountry func(GoldPlace) string) {
	rep.LocN++
	if len(pred) > 0 {
		rep.LocPredicted++
	}
	for _, p := range pred {
		if placeNameAgrees(gold.Name, p.Location) {
			rep.LocName++
			break
		}
	}
	if placeCountry == nil {
		return
	}
	c := placeCountry(gold)
	if c == "" {
		return
	}
	rep.LocCountryN++
	for _, p := range pred {
		if p.LocCountry == c {
			rep.LocCountry++
			break
		}
	}
}

// placeNameAgrees reports whether a predicted location names the gold
// place: one's words appear, in order and whole, within the other's, case
// and punctuation aside. Gold names and coded locations differ in how much
// of the phrase they keep ("province of Herat" / "Herat", "Jaffna" /
// "Jaffna peninsula"), never in the name itself; a word-sequence test keeps
// "Bosnia" from agreeing with "Bosnian". The contained side must hold a
// capitalised word, a name: "the town" is inside "town of Rafah" but names
// no place.
func placeNameAgrees(gold, pred string) bool {
	g, p := placeWords(gold), placeWords(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	return (containsWords(p, g) && hasName(gold)) || (containsWords(g, p) && hasName(pred))
}

func placeWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notWordRune)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// hasName reports whether s has a word starting with an upper-case letter.
func hasName(s string) bool {
	for _, w := range strings.FieldsFunc(s, notWordRune) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// containsWords reports whether sub occurs as a contiguous run in words.
func containsWords(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		if slices.Equal(words[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func codeSet(cs []string) map[string]bool {
	m := map[string]bool{}
	for _, c := range cs {
		if c != "" {
			m[c] = true
		}
	}
	return m
}

// compareSets reports whether the predicted codes equal the gold codes, and
// whether they share any.
func compareSets(gold, pred map[string]bool) (equal, overlap bool) {
	equal = len(gold) == len(pred)
	for c := range gold {
		if pred[c] {
			overlap = true
		} else {
			equal = false
		}
	}
	return equal, overlap
}

// SplitEvents selects a deterministic part of a gold file, so that errors
// are studied on one half and figures are reported on the other: "dev" keeps
// the records at odd positions (1, 3, 5, ... counted from 0 in file order),
// "test" those at even positions, "all" (or "") everything. Positions are
// those of the loaded records (PLOVER document headers are skipped first).
func SplitEvents(gold []EventGold, split string) ([]EventGold, error) {
	switch split {
	case "", "all":
		return gold, nil
	case "dev", "test":
	default:
		return nil, fmt.Errorf("unknown split %q (want dev, test or all)", split)
	}
	want := 1
	if split == "test" {
		want = 0
	}
	var out []EventGold
	for i, g := range gold {
		if i%2 == want {
			out = append(out, g)
		}
	}
	return out, nil
}
