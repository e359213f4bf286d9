package api

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Synthetic data and a bounded open-loop load generator, for measuring the
// API at volume (newsgraph eval api-load) and for tests. Nothing here is
// used when serving.

var synthActors = []struct{ id, name, country string }{
	{"Q17", "Japan", "JPN"}, {"Q884", "South Korea", "KOR"}, {"Q148", "China", "CHN"}, {"Q865", "Taiwan", "TWN"},
	{"Q30", "United States", "USA"}, {"Q159", "Russia", "RUS"}, {"Q212", "Ukraine", "UKR"}, {"Q142", "France", "FRA"},
	{"Q183", "Germany", "DEU"}, {"Q36", "Poland", "POL"}, {"Q794", "Iran", "IRN"}, {"Q801", "Israel", "ISR"},
	{"Q796", "Iraq", "IRQ"}, {"Q43", "Turkey", "TUR"}, {"Q851", "Saudi Arabia", "SAU"}, {"Q1033", "Nigeria", "NGA"},
	{"Q114", "Kenya", "KEN"}, {"Q115", "Ethiopia", "ETH"}, {"Q1049", "Sudan", "SDN"}, {"Q974", "DR Congo", "COD"},
	{"Q155", "Brazil", "BRA"}, {"Q414", "Argentina", "ARG"}, {"Q96", "Mexico", "MEX"}, {"Q717", "Venezuela", "VEN"},
}

// synthCAMEO are the CAMEO codes of the synthetic events, one for each of
// 12 PLOVER types. Their type, QuadClass and Goldstein score come from the
// coder's own CAMEO table (events.LoadCAMEO), so the synthetic data cannot
// disagree with it: a hand-written copy had filed 057 under AGREE and 141
// in QuadClass 3, where the table says SUPPORT and 4. COERCE is 173
// (arrest, detain), as 163 (embargo, boycott or sanctions) is SANCTION.
var synthCAMEO = []string{"040", "036", "051", "070", "060", "112", "130", "141", "161", "152", "180", "173"}

// synthType is a synthetic event's coding, from the CAMEO table.
type synthType struct {
	typ, mode, cameo string
	quad             int
	goldstein        float64
}

// synthTypes reads the codings of synthCAMEO from the CAMEO table once.
var synthTypes = sync.OnceValues(func() ([]synthType, error) {
	table, err := events.LoadCAMEO()
	if err != nil {
		return nil, fmt.Errorf("synthetic events: %w", err)
	}
	out := make([]synthType, 0, len(synthCAMEO))
	for _, code := range synthCAMEO {
		e, ok := table[code]
		if !ok || e.PLOVER == "" {
			return nil, fmt.Errorf("synthetic events: CAMEO %s has no PLOVER type in the coder's table", code)
		}
		out = append(out, synthType{typ: e.PLOVER, mode: e.Mode, cameo: code, quad: e.QuadClass, goldstein: e.Goldstein})
	}
	return out, nil
})

// SeedSynthetic stores n synthetic events between 24 actors over two years,
// each with one mention from one of a pool of articles, in batches. It is
// deterministic for a given seed.
func SeedSynthetic(ctx context.Context, st store.Store, n int, seed uint64) error {
	types, err := synthTypes()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x6e657773))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	const articles = 500
	ids := make([]int64, articles)
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range articles {
			pub := start.Add(time.Duration(i) * 35 * time.Hour)
			url := fmt.Sprintf("https://synthetic%d.example/story/%d", i%20, i)
			text := fmt.Sprintf("Synthetic story %d about talks, sanctions and protests.", i)
			a := &store.Article{URL: url, Source: url, Site: fmt.Sprintf("synthetic%d.example", i%20),
				ContentHash: fmt.Sprintf("synthetic-%d", i), Title: fmt.Sprintf("Synthetic story %d", i),
				Text: text, Language: "en", Published: &pub,
				Data: &model.Article{Source: url, URL: url, Title: fmt.Sprintf("Synthetic story %d", i), Text: text, Published: &pub}}
			id, err := tx.InsertArticle(ctx, a)
			if err != nil {
				return err
			}
			ids[i] = id
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("seed articles: %w", err)
	}
	const batch = 5000
	for done := 0; done < n; done += batch {
		err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := done; i < min(n, done+batch); i++ {
				si := rng.IntN(len(synthActors))
				s := synthActors[si]
				t := synthActors[(si+1+rng.IntN(len(synthActors)-1))%len(synthActors)]
				ty := types[rng.IntN(len(types))]
				day := start.AddDate(0, 0, rng.IntN(730))
				e := &store.Event{Key: fmt.Sprintf("synthetic:%d", i), Type: ty.typ, Mode: ty.mode, SourceActor: s.id, SourceName: s.name,
					SourceCountry: s.country, TargetActor: t.id, TargetName: t.name, TargetCountry: t.country,
					Date: day.Format("2006-01-02"), Precision: model.PrecisionDay, CAMEO: ty.cameo, Goldstein: ty.goldstein,
					QuadClass: ty.quad}
				id, err := tx.InsertEvent(ctx, e)
				if err != nil {
					return err
				}
				a := ids[rng.IntN(articles)]
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: a, ArticleEventID: "e0",
					Text: s.name + " and " + t.name, Trigger: ty.typ, Confidence: 0.8}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("seed events: %w", err)
		}
	}
	return nil
}

// LoadPaths returns a mix of event queries over the synthetic data: the
// default list, filters by actor, country, type, quad class, date range and
// min sources, sorts, deep pages, and single events.
func LoadPaths(n int, maxEventID int64, seed uint64) ([]string, error) {
	types, err := synthTypes()
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	sorts := []string{"date", "sources", "articles", "first_seen", "goldstein"}
	out := make([]string, n)
	for i := range out {
		a := synthActors[rng.IntN(len(synthActors))]
		ty := types[rng.IntN(len(types))]
		m := rng.IntN(12)
		switch rng.IntN(10) {
		case 0:
			out[i] = "/api/events"
		case 1:
			out[i] = "/api/events?actor=" + a.id + "&limit=20"
		case 2:
			out[i] = "/api/events?country=" + a.country + "&sort=" + sorts[rng.IntN(len(sorts))]
		case 3:
			out[i] = "/api/events?type=" + ty.typ + "&quad_class=" + fmt.Sprint(ty.quad)
		case 4:
			out[i] = fmt.Sprintf("/api/events?since=2024-%02d-01&until=2024-%02d-28", m+1, m+1)
		case 5:
			out[i] = "/api/events?source=" + url.QueryEscape(a.name) + "&min_sources=1&limit=100"
		case 6:
			out[i] = fmt.Sprintf("/api/events?offset=%d&limit=50", rng.IntN(5000))
		case 7:
			out[i] = fmt.Sprintf("/api/events?target=%s&type=%s&sort=goldstein", a.id, ty.typ)
		default:
			out[i] = fmt.Sprintf("/api/events/%d", 1+rng.Int64N(max(maxEventID, 1)))
		}
	}
	return out, nil
}

// LoadResult summarises a load run.
type LoadResult struct {
	Requests  int
	Errors    int // transport errors and non-2xx answers
	Duration  time.Duration
	Latencies []time.Duration // sorted
	Records   []LoadRecord    // per request, in send order
}

// LoadRecord is one request of a load run.
type LoadRecord struct {
	Path      string  `json:"path"`
	Status    int     `json:"status"` // 0: transport error
	LatencyMS float64 `json:"latency_ms"`
}

// Quantile returns the q-quantile (0..1) latency.
func (r LoadResult) Quantile(q float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	i := int(q*float64(len(r.Latencies))+0.5) - 1
	return r.Latencies[max(0, min(len(r.Latencies)-1, i))]
}

// RunLoad sends len(paths) GET requests to base at a fixed rate (open loop:
// a request starts on schedule even when earlier ones are still running, so
// slow answers cannot hide by slowing the sender). It stops when all are
// answered or ctx ends; latency is measured from the scheduled start.
func RunLoad(ctx context.Context, client *http.Client, base string, paths []string, rate float64) LoadResult {
	interval := time.Duration(float64(time.Second) / rate)
	lat := make([]time.Duration, len(paths))
	failed := make([]bool, len(paths))
	status := make([]int, len(paths))
	var wg sync.WaitGroup
	start := time.Now()
	for i, p := range paths {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			failed[i] = true
			continue
		}
		wg.Add(1)
		go func(i int, p string, due time.Time) {
			defer wg.Done()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil)
			if err != nil {
				failed[i] = true
				return
			}
			resp, err := client.Do(req)
			if err != nil {
				failed[i] = true
				lat[i] = time.Since(due)
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			lat[i] = time.Since(due)
			status[i] = resp.StatusCode
			failed[i] = resp.StatusCode < 200 || resp.StatusCode > 299
		}(i, p, due)
	}
	wg.Wait()
	res := LoadResult{Requests: len(paths), Duration: time.Since(start)}
	for i := range paths {
		if failed[i] {
			res.Errors++
		}
		res.Latencies = append(res.Latencies, lat[i])
		res.Records = append(res.Records, LoadRecord{Path: paths[i], Status: status[i], LatencyMS: float64(lat[i].Microseconds()) / 1000})
	}
	slices.Sort(res.Latencies)
	return res
}
