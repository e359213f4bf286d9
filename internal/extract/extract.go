// Package extract turns a prepared document into an article: title, byline,
// date, site, language, clean body paragraphs, captions and tags, with the
// page furniture and promotional boilerplate removed.
package extract

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// ErrNoContent is returned when no article body can be found.
var ErrNoContent = errors.New("no article content found")

// maxQuotedDate caps an unreadable date quoted in Incomplete: a field
// holding a paragraph is shown by its start.
const maxQuotedDate = 80

// NoBodyText is the Article.Incomplete error (stage extract) of an article
// kept with a title and no body: the page ended before its text (a server
// that sent less than the page, an unclosed comment or script swallowing
// it) or held nothing extract reads as prose.
const NoBodyText = "no body text: only a title was found"

// Extractor is the extract stage. It holds no per-document state and is safe
// for concurrent use.
type Extractor struct {
	log *slog.Logger
	// now is the ingest time a year-less dateline ("ANKARA, Nov 28 -")
	// is placed against when the document carries no date of its own
	// capture; nil means time.Now.
	now func() time.Time
}

// New returns an Extractor that logs nothing.
func New() *Extractor { return &Extractor{} }

// WithLogger returns an Extractor that warns on log, with the document's
// source, of an article kept without body text.
func (e *Extractor) WithLogger(log *slog.Logger) *Extractor {
	c := *e
	c.log = log
	return &c
}

// WithClock returns an Extractor that reads the ingest time from now (a
// test's fixed clock) instead of time.Now.
func (e *Extractor) WithClock(now func() time.Time) *Extractor {
	c := *e
	c.now = now
	return &c
}

// Name implements pipeline.Stage.
func (*Extractor) Name() string { return "extract" }

// Process fills doc.Article from doc.Content.
func (e *Extractor) Process(ctx context.Context, doc *model.Document) error {
	var a *model.Article
	var err error
	switch doc.Format {
	case model.FormatHTML:
		var hostSite bool
		a, hostSite, err = htmlUpTo(doc.Content, doc.URL, maxHTMLBytes)
		if err == nil && hostSite && doc.Hints["site"] != "" {
			// The page names no site and the host stood in for one; the
			// record's or feed's own name for its outlet is better, so
			// finish puts it in, as it does for a text record.
			a.Site = ""
		}
	default:
		var urls, locales []string
		if doc.URL != "" {
			urls = []string{doc.URL}
		}
		if l := doc.Hints["language"]; l != "" {
			locales = []string{l}
		}
		a, err = textIn(doc.Content, urls, locales)
	}
	if err != nil {
		return err
	}
	now := time.Now
	if e.now != nil {
		now = e.now
	}
	finish(a, doc, now)
	if len(a.Paragraphs) == 0 && a.Title == "" {
		return ErrNoContent
	}
	if len(a.Paragraphs) == 0 {
		// Kept, as the title and the metadata are worth having and a
		// complete copy may come later under another name, but marked:
		// stored silently, a page cut short looked like an analysed one
		// that found nothing.
		a.Incomplete = append(a.Incomplete, model.StageFailure{Stage: e.Name(), Error: NoBodyText})
		if e.log != nil {
			e.log.Warn("article kept without body text", "source", doc.Source, "stage", e.Name(), "title", a.Title)
		}
	}
	doc.Article = a
	return nil
}

// finish fills what the document knows and the content did not say, and
// derives Text from Paragraphs so the two always agree. now is the ingest
// time, against which a year-less dateline is placed when the document
// carries no date of its capture.
//
// The publish date is, in order: the content's (markup, header lines,
// URL); the full date of the wire dateline opening the body, the story's
// own filing date; the date given with the document or by its feed; the
// dateline's month and day, in the year that puts them nearest before the
// reference date (else now), as the year is only inferred. Failing all,
// the reference date stands beside an unknown publish date.
func finish(a *model.Article, doc *model.Document, now func() time.Time) {
	a.Source = doc.Source
	if a.URL == "" {
		a.URL = doc.URL
	}
	lead := ""
	if len(a.Paragraphs) > 0 {
		lead = a.Paragraphs[0]
	}
	switch {
	case a.Published != nil:
		if a.PublishedSource == "" {
			a.PublishedSource = model.DateFromContent
		}
	case lead != "" && datelineDated(a, lead, true, time.Time{}):
	case !doc.Published.IsZero():
		t := doc.Published
		a.Published, a.PublishedSource, a.PublishedZoneSource = &t, doc.PublishedSource, doc.PublishedZoneSource
		if a.PublishedSource == "" {
			a.PublishedSource = model.DateGiven
		}
	case lead != "" && datelineDated(a, lead, false, datelineRef(doc, now)):
	default:
		// Unknown stays unknown: the best date there is goes beside it,
		// saying what it is.
		if t, src, ok := referenceDate(doc); ok {
			t = t.Truncate(time.Second)
			a.ReferenceDate, a.ReferenceSource = &t, src
		}
	}
	if a.Published != nil {
		// Sub-second precision is noise from feeds and meta tags; the zone
		// the page gave is kept.
		t := a.Published.Truncate(time.Second)
		a.Published = &t
	}
	for k, v := range doc.Hints {
		switch k {
		case "title":
			if a.Title == "" {
				a.Title = v
			}
		case "byline":
			if a.Byline == "" {
				a.Byline = hintByline(v)
			}
		case "site":
			if a.Site == "" {
				a.Site = v
			}
		case "language":
			if a.Language == "" {
				a.Language = v
			}
		case "tags":
			// A JSONL record's tags and a feed item's categories come as
			// one comma-joined hint; they were never read back, so a
			// record's tags were lost. The page's own tags, when it has
			// any, win, as its own title and byline do.
			if len(a.Tags) == 0 {
				a.Tags = dedupeTags(strings.Split(v, ","))
			}
		}
	}
	if a.Site == "" {
		// Every input falls back as an HTML page does: a text record
		// (JSONL, feed item, WARC capture) with an address but no site
		// name is named by its host, so it groups with the outlet's pages.
		a.Site = siteFromURL(a.URL)
	}
	if v := doc.Hints[model.HintUnreadablePublished]; v != "" {
		if len(v) > maxQuotedDate {
			v = truncateUTF8(v, maxQuotedDate) + "..."
		}
		a.Incomplete = append(a.Incomplete, model.StageFailure{Stage: "ingest", Error: fmt.Sprintf(
			"published: cannot read %q as a date; left unknown", v)})
	}
	if v := doc.Hints[model.HintTruncated]; v != "" {
		a.Incomplete = append(a.Incomplete, model.StageFailure{Stage: "ingest", Error: truncateUTF8(v, 200)})
	}
	a.Text = strings.Join(a.Paragraphs, "\n\n")
	// The paragraphs become slices of Text: the extractor's own copies
	// (and the buffers they were cut from) are then free, instead of
	// holding a second and third copy of a long text through every stage.
	// The short fields are copied for the same reason: a title cut from
	// the normalised input would keep all of it.
	at := 0
	for i, p := range a.Paragraphs {
		a.Paragraphs[i] = a.Text[at : at+len(p)]
		at += len(p) + len("\n\n")
	}
	a.Title, a.Byline = strings.Clone(a.Title), strings.Clone(a.Byline)
	for i := range a.Captions {
		a.Captions[i] = strings.Clone(a.Captions[i])
	}
	for i := range a.Tags {
		a.Tags[i] = strings.Clone(a.Tags[i])
	}
	a.Language = textLanguage(a.Language, a.Title+"\n"+a.Text)
	if a.Paragraphs == nil {
		a.Paragraphs = []string{}
	}
	if a.Captions == nil {
		a.Captions = []string{}
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
}

// datelineRef is the date a year-less dateline is placed against: the
// document's reference date (its capture, its file), else now.
func datelineRef(doc *model.Document, now func() time.Time) time.Time {
	if t, _, ok := referenceDate(doc); ok {
		return t
	}
	return now()
}

// referenceDate is the date an undated document is read against: a date
// in the name of the file it was read from, else the server's Last-Modified when it is no later than the capture (a page
// changes before it is fetched, not after), else the capture time (for a
// file, its modification time, so named). Dates before 1990 or after the
// present are clock errors and are passed over.
func referenceDate(doc *model.Document) (time.Time, string, bool) {
	sane := func(t time.Time) bool { return !t.IsZero() && t.Year() >= 1990 && !tooLate(t) }
	lm, captured := doc.LastModified, doc.Captured
	// A file whose name carries a date was named by whoever saved it,
	// deliberately; its modification time is often only when it was
	// copied or checked out. The name's date is taken unless the file is
	// older than it (then the name is no date of this text).
	if doc.CapturedSource == model.DateFileModified {
		if t, ok := dateInFileName(doc.Source); ok && sane(t) && (!sane(captured) || !t.After(captured.Add(48*time.Hour))) {
			return t, model.DateFileName, true
		}
	}
	if sane(lm) && (!sane(captured) || !lm.After(captured)) {
		return lm, model.DateLastModified, true
	}
	if sane(captured) {
		if doc.CapturedSource != "" {
			return captured, doc.CapturedSource, true
		}
		return captured, model.DateCaptured, true
	}
	return time.Time{}, "", false
}

// dateInFileName finds one calendar date written in a file's base name as
// YYYY-MM-DD (or with _ or . between the parts) or YYYYMMDD, standing apart
// from other digits: "newsweek-2021-07-30-xi-kim.txt", "20210730_kcna.html".
// A name with two different dates says nothing certain and gives none.
func dateInFileName(source string) (time.Time, bool) {
	name := source
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	digit := func(i int) bool { return i >= 0 && i < len(name) && name[i] >= '0' && name[i] <= '9' }
	num := func(s string) int {
		v := 0
		for _, c := range s {
			v = v*10 + int(c-'0')
		}
		return v
	}
	var found time.Time
	for i := 0; i < len(name); i++ {
		if !digit(i) || digit(i-1) {
			continue
		}
		j := i
		for digit(j) {
			j++
		}
		var y, m, d int
		switch {
		case j-i == 8:
			y, m, d = num(name[i:i+4]), num(name[i+4:i+6]), num(name[i+6:i+8])
		case j-i == 4 && j+6 <= len(name) && strings.ContainsRune("-_.", rune(name[j])) && name[j+3] == name[j] &&
			digit(j+1) && digit(j+2) && digit(j+4) && digit(j+5) && !digit(j+6):
			y, m, d = num(name[i:j]), num(name[j+1:j+3]), num(name[j+4:j+6])
			j += 6
		default:
			i = j
			continue
		}
		i = j
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if y < 1990 || t.Year() != y || int(t.Month()) != m || t.Day() != d {
			continue
		}
		if !found.IsZero() && !found.Equal(t) {
			return time.Time{}, false
		}
		found = t
	}
	return found, !found.IsZero()
}
