package eval

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// mergeCorpus is the cross-article merging corpus, written for this
// repository (see the header of testdata/merge/corpus.txt). It is embedded so
// that `newsgraph eval merge` runs anywhere, without ../shared.
//
//go:embed testdata/merge/corpus.txt
var mergeCorpus []byte

// MergeCorpusText returns the embedded merging corpus.
func MergeCorpusText() []byte { return bytes.Clone(mergeCorpus) }

// MergeGroup is a block of related gold events (a positive cluster and its
// hard negatives), all in one split so that a split holds both sides of
// every hard case.
type MergeGroup struct {
	ID       string
	Split    string
	Clusters []MergeCluster
}

// MergeCluster is one real-world event and the reports of it.
type MergeCluster struct {
	ID    string
	Types []string // PLOVER types a report of it may fairly be coded as
	Note  string
	// Reports are the articles that report the event; Copies are
	// syndicated copies of some of them (not reports of their own).
	Reports []MergeArticle
	Copies  []MergeArticle
}

// MergeArticle is one article of the corpus.
type MergeArticle struct {
	URL       string
	Published time.Time
	Title     string
	Text      string
	CopyOf    string // for a syndicated copy: the URL of the original
	Cluster   string
	Line      int
}

// ParseMergeCorpus reads the corpus format (see the corpus header).
func ParseMergeCorpus(r io.Reader) ([]MergeGroup, error) {
	var groups []MergeGroup
	var cur *MergeArticle
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	urls := map[string]bool{}
	finish := func() error {
		if cur == nil {
			return nil
		}
		a := *cur
		cur = nil
		if a.Title == "" || strings.TrimSpace(a.Text) == "" {
			return fmt.Errorf("line %d: article %s has no title or text", a.Line, a.URL)
		}
		a.Text = strings.TrimSpace(a.Text)
		g := &groups[len(groups)-1]
		c := &g.Clusters[len(g.Clusters)-1]
		if a.CopyOf != "" {
			c.Copies = append(c.Copies, a)
		} else {
			c.Reports = append(c.Reports, a)
		}
		return nil
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		if cur != nil {
			switch {
			case strings.TrimSpace(line) == "":
				if err := finish(); err != nil {
					return nil, err
				}
			case cur.Title == "":
				t, ok := strings.CutPrefix(line, "title: ")
				if !ok {
					return nil, fmt.Errorf("line %d: want \"title: ...\" after the article line", n)
				}
				cur.Title = strings.TrimSpace(t)
			default:
				cur.Text += line + "\n"
			}
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Fields(line)
		switch f[0] {
		case "group":
			if len(f) != 3 || (f[2] != "dev" && f[2] != "test") {
				return nil, fmt.Errorf("line %d: want \"group ID dev|test\"", n)
			}
			groups = append(groups, MergeGroup{ID: f[1], Split: f[2]})
		case "cluster":
			if len(f) != 3 || len(groups) == 0 {
				return nil, fmt.Errorf("line %d: want \"cluster ID TYPES\" inside a group", n)
			}
			g := &groups[len(groups)-1]
			g.Clusters = append(g.Clusters, MergeCluster{ID: f[1], Types: strings.Split(strings.ToUpper(f[2]), ",")})
		case "note":
			if len(groups) == 0 || len(groups[len(groups)-1].Clusters) == 0 {
				return nil, fmt.Errorf("line %d: note outside a cluster", n)
			}
			g := &groups[len(groups)-1]
			g.Clusters[len(g.Clusters)-1].Note = strings.TrimSpace(strings.TrimPrefix(line, "note"))
		case "article", "copy":
			if len(groups) == 0 || len(groups[len(groups)-1].Clusters) == 0 {
				return nil, fmt.Errorf("line %d: %s outside a cluster", n, f[0])
			}
			want := 3
			if f[0] == "copy" {
				want = 4
			}
			if len(f) != want {
				return nil, fmt.Errorf("line %d: want \"article URL PUBLISHED\" or \"copy URL PUBLISHED ORIGINAL\"", n)
			}
			pub, err := time.Parse(time.RFC3339, f[2])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			if urls[f[1]] {
				return nil, fmt.Errorf("line %d: URL %s twice", n, f[1])
			}
			urls[f[1]] = true
			g := groups[len(groups)-1]
			cur = &MergeArticle{URL: f[1], Published: pub, Cluster: g.Clusters[len(g.Clusters)-1].ID, Line: n}
			if f[0] == "copy" {
				cur.CopyOf = f[3]
			}
		default:
			return nil, fmt.Errorf("line %d: unknown directive %q", n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := finish(); err != nil {
		return nil, err
	}
	for _, g := range groups {
		for _, c := range g.Clusters {
			if len(c.Reports) == 0 {
				return nil, fmt.Errorf("cluster %s has no reports", c.ID)
			}
			for _, cp := range c.Copies {
				if !urls[cp.CopyOf] {
					return nil, fmt.Errorf("copy %s: original %s is not in the corpus", cp.URL, cp.CopyOf)
				}
			}
		}
	}
	return groups, nil
}

// SelectMergeSplit keeps the groups of one split (dev, test or all).
func SelectMergeSplit(groups []MergeGroup, split string) ([]MergeGroup, error) {
	switch split {
	case "all":
		return groups, nil
	case "dev", "test":
	default:
		return nil, fmt.Errorf("split must be dev, test or all, not %q", split)
	}
	var out []MergeGroup
	for _, g := range groups {
		if g.Split == split {
			out = append(out, g)
		}
	}
	return out, nil
}

// MergeArticles lists the articles of groups (reports and copies) in the
// order a news feed would deliver them: by publish time, then URL.
func MergeArticles(groups []MergeGroup) []MergeArticle {
	var out []MergeArticle
	for _, g := range groups {
		for _, c := range g.Clusters {
			out = append(out, c.Reports...)
			out = append(out, c.Copies...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Published.Equal(out[j].Published) {
			return out[i].Published.Before(out[j].Published)
		}
		return out[i].URL < out[j].URL
	})
	return out
}

// JSONL is the article as a line of ingest's JSONL input.
func (a MergeArticle) JSONL() []byte {
	b, _ := json.Marshal(map[string]string{
		"url": a.URL, "title": a.Title, "text": a.Text,
		"published": a.Published.Format(time.RFC3339), "language": "en",
	})
	return b
}

// MergeScores are the merging figures.
type MergeScores struct {
	Groups, GoldEvents, Reports int
	// Aligned counts reports whose article has an event of one of the
	// cluster's types (the coder found the event); the others count as
	// events of their own.
	Aligned int
	// StoredEvents is the number of distinct stored events the aligned
	// reports landed in.
	StoredEvents int
	// Pairs: pairs of reports of one gold event (Gold), pairs put in one
	// stored event (Predicted), and both (Correct).
	GoldPairs, PredPairs, CorrectPairs int
	PairP, PairR, PairF                float64
	B3P, B3R, B3F                      float64
	// WholeClusters: gold events with 2+ reports all in one stored event.
	WholeClusters, MultiReportClusters int
	// MixedEvents: stored events holding reports of 2+ gold events.
	MixedEvents int
	// SourceErrors: gold events whose main stored event (the one holding
	// most of its reports) counts another num_sources than the number of
	// outlets that reported it.
	SourceErrors int
	// Near duplicates: syndicated copies linked to their original
	// (Correct), copies in all (Gold), articles linked at all (Predicted).
	DupGold, DupPred, DupCorrect int
	// DupSameBytes: copies skipped as the very same article (identical
	// title and text, so identical bytes).
	DupSameBytes int
}

// mergeItem is one scored report.
type mergeItem struct {
	art       MergeArticle
	cluster   string
	articleID int64
	ev        *model.Event
	stored    *store.Event
}

// ScoreMerge scores the events of a store into which the articles of groups
// were ingested (a fresh store: article and event ids run from 1) against the
// gold clusters, and writes one JSON line per report to w when it is not nil.
func ScoreMerge(ctx context.Context, st store.Store, groups []MergeGroup, w io.Writer) (MergeScores, error) {
	var sc MergeScores
	stats, err := st.Stats(ctx)
	if err != nil {
		return sc, err
	}
	// Read back every stored article and event by id: the store has no
	// listing by URL, and the store is fresh, so ids are dense.
	byURL := map[string]*store.Article{}
	byID := map[int64]*store.Article{}
	for id, found := int64(1), 0; found < stats.Articles && id <= int64(stats.Articles)+1000; id++ {
		a, err := st.Article(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return sc, err
		}
		found++
		byURL[a.URL] = a
		byID[a.ID] = a
	}
	type mkey struct {
		article int64
		event   string
	}
	mentionOf := map[mkey]*store.Event{}
	for id, found := int64(1), 0; found < stats.Events && id <= int64(stats.Events)+1000; id++ {
		e, ms, err := st.Event(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return sc, err
		}
		found++
		for _, m := range ms {
			mentionOf[mkey{m.ArticleID, m.ArticleEventID}] = e
		}
	}

	var items []*mergeItem
	goldHosts := map[string]map[string]bool{}
	for _, g := range groups {
		sc.Groups++
		for _, c := range g.Clusters {
			sc.GoldEvents++
			goldHosts[c.ID] = map[string]bool{}
			for _, r := range c.Reports {
				it := &mergeItem{art: r, cluster: c.ID}
				goldHosts[c.ID][host(r.URL)] = true
				if a := byURL[r.URL]; a != nil {
					it.articleID = a.ID
					if a.Data != nil {
						it.ev = pickEvent(a.Data.Events, c.Types)
					}
					if it.ev != nil {
						it.stored = mentionOf[mkey{a.ID, it.ev.ID}]
					}
				}
				items = append(items, it)
			}
			for _, cp := range c.Copies {
				sc.DupGold++
				a := byURL[cp.URL]
				switch {
				case a != nil && a.DuplicateOf != 0 && byID[a.DuplicateOf] != nil && byID[a.DuplicateOf].URL == cp.CopyOf:
					sc.DupCorrect++
				case a == nil && byURL[cp.CopyOf] != nil:
					// Not stored at all: the same title and text make the
					// same bytes, which the store takes for the same
					// article. Not a source either way.
					sc.DupSameBytes++
				}
			}
		}
	}
	for _, a := range byID {
		if a.DuplicateOf != 0 {
			sc.DupPred++
		}
	}
	sc.Reports = len(items)

	predOf := func(it *mergeItem) int64 {
		if it.stored == nil {
			return 0
		}
		return it.stored.ID
	}
	storedSet := map[int64]bool{}
	byPred := map[int64][]*mergeItem{}
	byGold := map[string][]*mergeItem{}
	for _, it := range items {
		byGold[it.cluster] = append(byGold[it.cluster], it)
		if p := predOf(it); p != 0 {
			sc.Aligned++
			storedSet[p] = true
			byPred[p] = append(byPred[p], it)
		}
	}
	sc.StoredEvents = len(storedSet)
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			gold := items[i].cluster == items[j].cluster
			pred := predOf(items[i]) != 0 && predOf(items[i]) == predOf(items[j])
			if gold {
				sc.GoldPairs++
			}
			if pred {
				sc.PredPairs++
			}
			if gold && pred {
				sc.CorrectPairs++
			}
		}
	}
	sc.PairP, sc.PairR, sc.PairF = prf(sc.CorrectPairs, sc.PredPairs, sc.GoldPairs)
	// B-cubed: each report's predicted cluster is the reports in its stored
	// event (itself alone when the coder missed the event).
	for _, it := range items {
		pred := []*mergeItem{it}
		if p := predOf(it); p != 0 {
			pred = byPred[p]
		}
		both := 0
		for _, o := range pred {
			if o.cluster == it.cluster {
				both++
			}
		}
		sc.B3P += float64(both) / float64(len(pred))
		sc.B3R += float64(both) / float64(len(byGold[it.cluster]))
	}
	if len(items) > 0 {
		sc.B3P /= float64(len(items))
		sc.B3R /= float64(len(items))
	}
	if sc.B3P+sc.B3R > 0 {
		sc.B3F = 2 * sc.B3P * sc.B3R / (sc.B3P + sc.B3R)
	}
	for _, ms := range byPred {
		cl := map[string]bool{}
		for _, it := range ms {
			cl[it.cluster] = true
		}
		if len(cl) > 1 {
			sc.MixedEvents++
		}
	}
	clusterIDs := make([]string, 0, len(byGold))
	for id := range byGold {
		clusterIDs = append(clusterIDs, id)
	}
	sort.Strings(clusterIDs)
	for _, id := range clusterIDs {
		ms := byGold[id]
		count := map[int64]int{}
		var main *store.Event
		for _, it := range ms {
			if p := predOf(it); p != 0 {
				count[p]++
				if main == nil || count[p] > count[main.ID] || count[p] == count[main.ID] && p < main.ID {
					main = it.stored
				}
			}
		}
		if len(ms) > 1 {
			sc.MultiReportClusters++
			if main != nil && count[main.ID] == len(ms) {
				sc.WholeClusters++
			}
		}
		if main == nil || main.NumSources != len(goldHosts[id]) {
			sc.SourceErrors++
		}
	}
	if w != nil {
		enc := json.NewEncoder(w)
		for _, it := range items {
			if err := enc.Encode(itemRecord(it, byPred, byGold)); err != nil {
				return sc, err
			}
		}
	}
	return sc, nil
}

// pickEvent is the article's report of an event of one of the types: its
// most confident event of such a type, the earliest told on a tie.
func pickEvent(evs []model.Event, types []string) *model.Event {
	var best *model.Event
	for i := range evs {
		e := &evs[i]
		if !slices.Contains(types, strings.ToUpper(e.Type)) {
			continue
		}
		if best == nil || e.Confidence > best.Confidence || e.Confidence == best.Confidence && firstSentence(e) < firstSentence(best) {
			best = e
		}
	}
	return best
}

func firstSentence(e *model.Event) int {
	if len(e.Evidence) == 0 {
		return 1 << 30
	}
	return e.Evidence[0].Sentence
}

func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

func itemRecord(it *mergeItem, byPred map[int64][]*mergeItem, byGold map[string][]*mergeItem) map[string]any {
	rec := map[string]any{"url": it.art.URL, "cluster": it.cluster, "published": it.art.Published.Format(time.RFC3339)}
	if it.articleID == 0 {
		rec["error"] = "not stored"
	}
	if it.ev != nil {
		rec["article_event"] = map[string]any{
			"id": it.ev.ID, "type": it.ev.Type, "date": it.ev.Date, "confidence": it.ev.Confidence,
			"source": partyName(it.ev.Source), "target": partyName(it.ev.Target),
		}
	}
	if it.stored != nil {
		e := it.stored
		rec["stored_event"] = map[string]any{
			"id": e.ID, "key": e.Key, "type": e.Type, "date": e.Date, "num_sources": e.NumSources,
			"source": firstNonEmpty(e.SourceActor, "c:"+e.SourceCountry, e.SourceName),
			"target": firstNonEmpty(e.TargetActor, "c:"+e.TargetCountry, e.TargetName),
		}
		var with, wrong []string
		for _, o := range byPred[e.ID] {
			if o == it {
				continue
			}
			if o.cluster == it.cluster {
				with = append(with, o.art.URL)
			} else {
				wrong = append(wrong, o.art.URL+" ("+o.cluster+")")
			}
		}
		rec["merged_with"], rec["wrongly_merged_with"] = with, wrong
	}
	var missed []string
	for _, o := range byGold[it.cluster] {
		if o != it && (it.stored == nil || o.stored == nil || o.stored.ID != it.stored.ID) {
			missed = append(missed, o.art.URL)
		}
	}
	rec["not_merged_with"] = missed
	return rec
}

// partyName names an event's first party as the merge key would: actor id,
// else country, else text.
func partyName(as []model.EventActor) string {
	if len(as) == 0 {
		return ""
	}
	a := as[0]
	return firstNonEmpty(a.ActorID, "c:"+a.Country, a.Text)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" && s != "c:" {
			return s
		}
	}
	return ""
}

// WriteMergeScores prints the figures.
func WriteMergeScores(w io.Writer, title string, s MergeScores) {
	fmt.Fprintf(w, "%s\n", title)
	fmt.Fprintf(w, "  %d groups, %d gold events, %d reports; %d reports coded with an event of their cluster's types, in %d stored events\n",
		s.Groups, s.GoldEvents, s.Reports, s.Aligned, s.StoredEvents)
	fmt.Fprintf(w, "  same-event pairs: P %.3f R %.3f F1 %.3f (%d correct of %d predicted, %d gold)\n",
		s.PairP, s.PairR, s.PairF, s.CorrectPairs, s.PredPairs, s.GoldPairs)
	fmt.Fprintf(w, "  B-cubed: P %.3f R %.3f F1 %.3f\n", s.B3P, s.B3R, s.B3F)
	fmt.Fprintf(w, "  gold events with 2+ reports merged whole: %d of %d; stored events mixing gold events: %d; num_sources wrong: %d of %d\n",
		s.WholeClusters, s.MultiReportClusters, s.MixedEvents, s.SourceErrors, s.GoldEvents)
	fmt.Fprintf(w, "  syndicated copies: %d of %d linked to their original, %d skipped as the same bytes (%d articles linked as copies in all)\n",
		s.DupCorrect, s.DupGold, s.DupSameBytes, s.DupPred)
}
