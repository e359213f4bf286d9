package timex

import "strings"

// unanchoredAfter drops a bare "after N units" that anchorDurations left
// counted back from the publish date in a text that does not tell of the
// day it was written: "a gain has been observed after 2 years", "the
// effect fades after six months" in a study or a guide say how long
// something takes, not when. It keeps what news tells ("talks resumed after
// two years", once the text has dated from the day of writing, or its
// sentence does) and the span of what the duration names ("after 14
// months of silence", "after two years in prison"), which dates the thing
// that lasted. A sentence that reports ("officials said") is news too,
// as a lead is before the text dates anything.
func unanchoredAfter(s string, base int, out []found, dc discourse) {
	if dc.news {
		return
	}
	for i := range out {
		if out[i].deictic && out[i].kind != kDuration {
			return // the sentence dates from the day of writing: "on Monday"
		}
	}
	for _, w := range wordsOf(s) {
		switch strings.ToLower(w) {
		case "said", "says", "told", "announced", "reported":
			return // a report, as a news lead is before it dates anything
		}
	}
	for i := range out {
		te := &out[i].te
		if out[i].kind != kDuration || !out[i].deictic || te.Duration == "" {
			continue
		}
		at, end := te.Start-base, te.End-base
		if at < 6 || !strings.EqualFold(s[at-6:at], "after ") {
			continue
		}
		rest := strings.ToLower(s[end:])
		named := false
		for _, p := range []string{" of ", " in ", " on ", " at ", " behind ", " under "} {
			if strings.HasPrefix(rest, p) {
				named = true
			}
		}
		if !named {
			te.Value = "" // dropped with the dateless ones
		}
	}
}
