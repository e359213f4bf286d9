// Package events codes political events from sentences: who did what to
// whom, when and where, as PLOVER event types with CAMEO codes, Goldstein
// scores and QuadClass, polarity, modality, attribution and evidence.
//
// The coder reads tokens (with Penn tags when the nlp stage ran, without
// otherwise), finds triggers from readable pattern files (patterns/*.txt,
// extendable from a user directory), and finds each trigger's source and
// target with clause-level rules: subject to the left, object to the right,
// passive "by" agents, coordination, relative clauses, reported speech and
// nominal events ("talks between X and Y", "X's visit to Y").
package events

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/internal/model"
)

//go:embed data/cameo.tsv data/cameo-labels.tsv
var dataFS embed.FS

// CAMEOEntry is one CAMEO code with its PLOVER counterpart.
type CAMEOEntry struct {
	Code        string
	PLOVER      string // empty: no PLOVER event (public statements)
	Mode        string
	Context     []string
	Goldstein   float64
	QuadClass   int
	Description string
}

// CAMEOTable maps CAMEO codes to PLOVER types and scores.
type CAMEOTable map[string]CAMEOEntry

// Lookup returns the entry of code, falling back to its 3-digit parent and
// then its root.
func (t CAMEOTable) Lookup(code string) (CAMEOEntry, bool) {
	for len(code) >= 2 {
		if e, ok := t[code]; ok {
			return e, true
		}
		if len(code) > 3 {
			code = code[:3]
		} else {
			code = code[:2]
		}
		if len(code) == 2 {
			e, ok := t[code]
			return e, ok
		}
	}
	return CAMEOEntry{}, false
}

// LoadCAMEO reads the embedded CAMEO table.
func LoadCAMEO() (CAMEOTable, error) {
	f, err := dataFS.Open("data/cameo.tsv")
	if err != nil {
		return nil, fmt.Errorf("open cameo table: %w", err)
	}
	defer f.Close()
	return parseCAMEO(f)
}

func parseCAMEO(r io.Reader) (CAMEOTable, error) {
	t := CAMEOTable{}
	err := tableLines(r, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return fmt.Errorf("cameo.tsv:%d: want 7 fields, got %d", n, len(f))
		}
		g, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return fmt.Errorf("cameo.tsv:%d: goldstein: %w", n, err)
		}
		q, err := strconv.Atoi(f[5])
		if err != nil {
			return fmt.Errorf("cameo.tsv:%d: quad: %w", n, err)
		}
		e := CAMEOEntry{Code: f[0], PLOVER: f[1], Mode: f[2], Goldstein: g, QuadClass: q, Description: f[6]}
		for _, c := range strings.Split(f[3], ";") {
			if c = strings.TrimSpace(c); c != "" {
				e.Context = append(e.Context, c)
			}
		}
		t[f[0]] = e
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// tableLines calls each with the number and text of every line of a data
// table that is neither blank nor a # comment, stopping at its first error.
func tableLines(r io.Reader, each func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := each(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// CAMEOLabel is the CAMEO codebook's verb name of exactly code ("1721":
// "Impose restrictions on political freedoms"), for showing a code to a
// reader; false for a code the codebook tables do not name. Unlike Lookup
// it does not fall back to the parent: a 4-digit code named as its parent
// would tell the reader something the coder did not say.
func CAMEOLabel(code string) (string, bool) {
	l, ok := cameoLabels()[code]
	return l, ok
}

// cameoLabels reads the embedded tables once: cameo.tsv's descriptions,
// then the names of the codes scored as their parent (cameo-labels.tsv).
// Both are embedded and checked by the tests, so a failure to read them
// is a programming error.
var cameoLabels = sync.OnceValue(func() map[string]string {
	t, err := LoadCAMEO()
	if err != nil {
		panic(err)
	}
	out := make(map[string]string, len(t)+16)
	for code, e := range t {
		if e.Description != "" {
			out[code] = e.Description
		}
	}
	f, err := dataFS.Open("data/cameo-labels.tsv")
	if err != nil {
		panic(fmt.Errorf("open cameo labels: %w", err))
	}
	defer f.Close()
	extra, err := parseCAMEOLabels(f)
	if err != nil {
		panic(err)
	}
	for code, l := range extra {
		out[code] = l
	}
	return out
})

// parseCAMEOLabels reads "code<TAB>label" lines (# comments, blank lines).
func parseCAMEOLabels(r io.Reader) (map[string]string, error) {
	out := map[string]string{}
	err := tableLines(r, func(n int, line string) error {
		code, label, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(code) == "" || strings.TrimSpace(label) == "" {
			return fmt.Errorf("cameo-labels.tsv:%d: want code<TAB>label", n)
		}
		out[code] = strings.TrimSpace(label)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// PLOVERTypes lists the PLOVER 2 event types (one list, in model, for the
// coder and the query parameters alike).
var PLOVERTypes = model.EventTypes

// Legacy maps PLOVER 0.5 categories to PLOVER 2 (PLOVER_GSR_CAMEO SOURCE.md).
var Legacy = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// quadOf says whether a PLOVER type is cooperative (1, 2) or hostile (3, 4).
func cooperative(quad int) bool { return quad == 1 || quad == 2 }
