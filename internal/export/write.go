package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Formats Write understands.
const (
	FormatGDELTEvents   = "gdelt-events"
	FormatGDELTMentions = "gdelt-mentions"
	FormatJSONL         = "jsonl"
)

// Formats lists the export formats.
var Formats = []string{FormatGDELTEvents, FormatGDELTMentions, FormatJSONL}

// Reader is the part of store.Store an export needs.
type Reader interface {
	Events(ctx context.Context, q store.EventQuery) ([]store.Event, error)
	Event(ctx context.Context, id int64) (*store.Event, []store.EventMention, error)
}

// Options selects what is exported.
type Options struct {
	Format string
	Query  store.EventQuery // filters; Limit, Offset and After are managed here
	Header bool             // write a header row (GDELT files have none)
	// Places names and locates the events' places in GDELT event rows
	// (see EventRow) and gives JSONL events their location_point; nil
	// leaves the places as the text wrote them, with no point.
	Places Gazetteer
}

// JSONLRecord is one exported event with its mentions.
type JSONLRecord struct {
	store.Event
	Mentions []store.EventMention `json:"mentions"`
}

// Write exports every event matching opts.Query, page by page, and returns
// how many rows (events, or mentions for gdelt-mentions) were written.
func Write(ctx context.Context, r Reader, w io.Writer, opts Options) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	n := 0
	switch opts.Format {
	case FormatGDELTEvents:
		if opts.Header {
			bw.WriteString(TSVLine(EventColumns))
		}
	case FormatGDELTMentions:
		if opts.Header {
			bw.WriteString(TSVLine(MentionColumns))
		}
	case FormatJSONL:
	default:
		return 0, fmt.Errorf("unknown export format %q (want one of %v)", opts.Format, Formats)
	}
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	q := opts.Query
	q.Limit = store.MaxLimit
	if q.Sort == "" {
		q.Sort = store.SortFirst
	}
	// Each page starts after the previous page's last event (keyset), so
	// the export reads each event once however many there are; pages by
	// offset read every earlier row again.
	q.Offset, q.After = 0, nil
	for {
		events, err := r.Events(ctx, q)
		if err != nil {
			return n, fmt.Errorf("export: list events: %w", err)
		}
		for i := range events {
			e := &events[i]
			if e.Polarity == "negated" && opts.Format != FormatJSONL {
				// GDELT's rows have no polarity column: a reader takes
				// every row for an act that took place, so "have not
				// signed a treaty" would read as a signing. JSONL
				// carries polarity and keeps it.
				continue
			}
			var mentions []store.EventMention
			// Event rows only need mentions for IsRootEvent; the cost is
			// one lookup per event, which an export can afford.
			full, ms, err := r.Event(ctx, e.ID)
			if err != nil {
				return n, fmt.Errorf("export: event %d: %w", e.ID, err)
			}
			e, mentions = full, ms
			switch opts.Format {
			case FormatGDELTEvents:
				bw.WriteString(TSVLine(EventRow(e, mentions, opts.Places)))
				n++
			case FormatGDELTMentions:
				for j := range mentions {
					bw.WriteString(TSVLine(MentionRow(e, &mentions[j])))
					n++
				}
			case FormatJSONL:
				if mentions == nil {
					mentions = []store.EventMention{}
				}
				one := []store.Event{*e}
				LocatePoints(opts.Places, one)
				if err := enc.Encode(JSONLRecord{Event: one[0], Mentions: mentions}); err != nil {
					return n, err
				}
				n++
			}
		}
		if len(events) < q.Limit {
			break
		}
		pos := events[len(events)-1].Pos()
		if q.After != nil && *q.After == pos {
			// A reader that ignores After would repeat this page forever.
			return n, fmt.Errorf("export: list events: the page after event %d ends with it again", pos.ID)
		}
		q.After = &pos
		if err := ctx.Err(); err != nil {
			return n, err
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("export: write: %w", err)
	}
	return n, nil
}
