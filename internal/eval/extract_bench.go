package eval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"time"
)

// ExtractFunc extracts the article from an HTML page.
type ExtractFunc func(html, pageURL string) (ExtractOutput, error)

// ExtractOutput is what the extractor found on one page: the body text
// scored against the benchmark, and the metadata whose coverage is counted.
type ExtractOutput struct {
	Body      string
	Published *time.Time
	// PublishedSource is where Published came from (model.Article's
	// published_source): "url" marks a page dated by its URL alone.
	PublishedSource string
	Byline          string
}

// DateFromURLFunc finds the date a page's URL carries (/2019/11/18/,
// -20191115); ok is false when it carries none.
type DateFromURLFunc func(pageURL string) (time.Time, bool)

// ExtractBenchConfig configures a run over the article-extraction-benchmark.
type ExtractBenchConfig struct {
	// Dir holds ground-truth.json and html/<id>.html.gz.
	Dir string
	// Limit caps the number of documents (in id order); 0 means all.
	Limit int
	// Extract is the extractor under test.
	Extract ExtractFunc
	// OnDoc, when set, receives every document's result in id order.
	OnDoc func(ExtractDocResult) error
	// URLDate, when set, reads the date in a page's URL, against which the
	// publish date found is checked.
	URLDate DateFromURLFunc
}

// ExtractDocResult is one page's prediction and scores, as written to --out.
type ExtractDocResult struct {
	ID         string  `json:"id"`
	URL        string  `json:"url"`
	Prediction string  `json:"prediction"`
	Precision  float64 `json:"precision"`
	Recall     float64 `json:"recall"`
	F1         float64 `json:"f1"`
	Published  string  `json:"published,omitempty"`
	URLDate    string  `json:"url_date,omitempty"`
	Byline     string  `json:"byline,omitempty"`
	Error      string  `json:"error,omitempty"`
}

// MetaCoverage counts how many pages got a publish date and a byline, and
// how the publish date compares with the date in the page's URL.
type MetaCoverage struct {
	Dated     int // pages with a publish date
	DatedURL  int // of those, dated by their URL alone (the page itself gives no date)
	Bylined   int // pages with a byline
	URLDated  int // pages whose URL carries a date
	URLAgree  int // of those, dated within a day of the URL's date (time zones shift the day)
	URLDiffer int // of those, dated more than a day away from it
	URLMissed int // of those, with no publish date at all
	// Differ lists the ids of the pages in URLDiffer, for inspection.
	Differ []string
}

// ExtractBenchReport is the outcome of a run.
type ExtractBenchReport struct {
	Metrics
	Errors int
	// Elapsed is the time spent in Extract alone (HTML parsing and
	// extraction), on one core: reading and gunzipping the pages is done
	// before the timed loop and not counted.
	Elapsed time.Duration
	// CPU is the process CPU time over the same loop (zero when the
	// platform cannot tell). On a machine shared with other work it is the
	// fairer measure: wall time includes waiting for the core.
	CPU   time.Duration
	Bytes int64 // uncompressed HTML bytes processed
	Meta  MetaCoverage
}

// DocsPerCPUSecond is the throughput per second of CPU time.
func (r ExtractBenchReport) DocsPerCPUSecond() float64 {
	if r.CPU <= 0 {
		return 0
	}
	return float64(r.Docs) / r.CPU.Seconds()
}

// DocsPerSecond is the extraction throughput on one core.
func (r ExtractBenchReport) DocsPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Docs) / r.Elapsed.Seconds()
}

type truthEntry struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

type benchPage struct {
	id, url, truth, html string
}

// RunExtractBenchmark extracts every page of the benchmark and scores the
// predictions with the benchmark's own metric.
func RunExtractBenchmark(ctx context.Context, cfg ExtractBenchConfig) (ExtractBenchReport, error) {
	var rep ExtractBenchReport
	pages, err := loadBenchPages(cfg.Dir, cfg.Limit)
	if err != nil {
		return rep, err
	}
	preds := make([]ExtractOutput, len(pages))
	errs := make([]error, len(pages))

	// Time extraction on one core so the figure does not depend on how
	// many cores the machine has. Pages are already in memory.
	prev := runtime.GOMAXPROCS(1)
	runtime.GC()
	cpu0, cpuOK := processCPU()
	start := time.Now()
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			runtime.GOMAXPROCS(prev)
			return rep, err
		}
		preds[i], errs[i] = safeExtract(cfg.Extract, p.html, p.url)
	}
	rep.Elapsed = time.Since(start)
	if cpu1, ok := processCPU(); ok && cpuOK {
		rep.CPU = cpu1 - cpu0
	}
	runtime.GOMAXPROCS(prev)

	scores := make([]DocScore, len(pages))
	for i, p := range pages {
		rep.Bytes += int64(len(p.html))
		scores[i] = ScoreDoc(p.truth, preds[i].Body)
		res := ExtractDocResult{
			ID: p.id, URL: p.url, Prediction: preds[i].Body, Byline: preds[i].Byline,
			Precision: scores[i].Precision(), Recall: scores[i].Recall(), F1: scores[i].F1(),
		}
		if pub := preds[i].Published; pub != nil {
			res.Published = pub.Format(time.RFC3339)
		}
		if cfg.URLDate != nil {
			if ud, ok := cfg.URLDate(p.url); ok {
				res.URLDate = ud.Format(time.DateOnly)
			}
		}
		rep.Meta.count(p.id, preds[i], res.URLDate)
		if errs[i] != nil {
			rep.Errors++
			res.Error = errs[i].Error()
		}
		if cfg.OnDoc != nil {
			if err := cfg.OnDoc(res); err != nil {
				return rep, err
			}
		}
	}
	rep.Metrics = Aggregate(scores)
	return rep, nil
}

// count adds one page's metadata to the tallies. urlDate is the URL's date
// as YYYY-MM-DD, or empty.
func (m *MetaCoverage) count(id string, out ExtractOutput, urlDate string) {
	if out.Published != nil {
		m.Dated++
		if out.PublishedSource == "url" {
			m.DatedURL++
		}
	}
	if out.Byline != "" {
		m.Bylined++
	}
	if urlDate == "" {
		return
	}
	m.URLDated++
	ud, err := time.Parse(time.DateOnly, urlDate)
	switch {
	case err != nil:
		return
	case out.Published == nil:
		m.URLMissed++
	default:
		// The calendar day as the page wrote it: a URL's day is the
		// publisher's local day, which a UTC instant may shift by one.
		pub := out.Published
		day := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
		if d := day.Sub(ud); d <= 24*time.Hour && d >= -24*time.Hour {
			m.URLAgree++
		} else {
			m.URLDiffer++
			m.Differ = append(m.Differ, id)
		}
	}
}

// safeExtract turns a panic into an error so one page cannot end the run.
func safeExtract(f ExtractFunc, html, url string) (out ExtractOutput, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f(html, url)
}

func loadBenchPages(dir string, limit int) ([]benchPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("reading ground truth: %w", err)
	}
	var truth map[string]truthEntry
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("parsing ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if limit > 0 && limit < len(ids) {
		ids = ids[:limit]
	}
	pages := make([]benchPage, 0, len(ids))
	for _, id := range ids {
		html, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		t := truth[id]
		pages = append(pages, benchPage{id: id, url: t.URL, truth: t.ArticleBody, html: html})
	}
	return pages, nil
}

func readGzip(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return string(b), nil
}
