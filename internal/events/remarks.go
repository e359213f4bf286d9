package events

import "github.com/newsgraph/newsgraph/internal/kb"

// speechNouns name what someone said or wrote; as the subject of an act
// ("the remarks appeared to disparage the drills", "his comments
// criticised Seoul") they stand for the one who said them.
var speechNouns = map[string]bool{
	"remarks": true, "remark": true, "comments": true, "comment": true, "statement": true,
	"statements": true, "speech": true, "words": true, "message": true, "letter": true,
	"address": true, "declaration": true,
}

// speechLinks may stand between such a subject and its verb: "the remarks
// appeared to disparage", "the comments also seemed to criticise".
var speechLinks = map[string]bool{
	"to": true, "appeared": true, "appear": true, "appears": true, "seemed": true, "seem": true,
	"seems": true, "also": true, "apparently": true, "clearly": true, "implicitly": true,
	"directly": true, "indirectly": true, "openly": true, "thinly": true, "veiled": true,
}

// speechSubject says whether the subject of the verb at token i is what
// someone said, named by a speech noun after a definite determiner or a
// possessive ("the remarks", "his statement", "these comments"), which
// refers back to words the article has reported.
func speechSubject(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && speechLinks[toks[k].low] {
		k--
	}
	if k < 1 || !speechNouns[toks[k].low] {
		return false
	}
	switch toks[k-1].low {
	case "the", "these", "those", "his", "her", "their", "its", "such":
		return true
	}
	return false
}

// lastSpeaker returns the speaker of the last quote the article reports
// before byte offset off whose speaker can be placed (a country or a known
// actor): whom "the remarks" of a later sentence are by.
func (st *articleState) lastSpeaker(off int) (mention, bool) {
	var best *mention
	for _, q := range st.quotes.qs {
		if q.End > off || q.Speaker == nil {
			continue
		}
		if q.Speaker.Country == "" && q.Speaker.ActorID == "" {
			continue
		}
		sp := q.Speaker
		if sp.Sector == kb.SectorMedia {
			// A news agency carrying the words is their conduit, not
			// their author.
			continue
		}
		best = &mention{i: -1, j: -1, text: sp.Text, actorID: sp.ActorID, country: sp.Country, sector: sp.Sector, kind: "person"}
	}
	if best == nil {
		return mention{}, false
	}
	return *best, true
}

// quotedSpeaker returns the speaker of the direct quote covering byte
// offset off, when the quote finder placed one who is no news outlet: the
// one a "we" in those words speaks for. A speaker the quote finder gave no
// country takes the one the article's mention of that person carries.
func (st *articleState) quotedSpeaker(off int) (mention, bool) {
	q := quoteAt(st.quotes, off)
	if q == nil || q.Kind != "direct" || q.Speaker == nil || q.Speaker.Text == "" || q.Speaker.Sector == kb.SectorMedia {
		return mention{}, false
	}
	sp := q.Speaker
	m := mention{i: -1, j: -1, text: sp.Text, actorID: sp.ActorID, country: sp.Country, sector: sp.Sector, kind: "person"}
	if sp.ActorID == "" && sp.Country == "" {
		return mention{}, false
	}
	return m, true
}
