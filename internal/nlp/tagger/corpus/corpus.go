// Package corpus reads the annotated corpora the taggers are trained and
// evaluated on: CoNLL-style NER files (IOB1, IOB2, IO; 2 or 4 columns;
// -DOCSTART-), UNER iob2 files, the GMB CSV (cp1252) and CoNLL-U treebanks.
// Every reader returns tags in IOB2 (B-X starts every entity).
package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Sentence is one annotated sentence. Tags are IOB2 NER tags or POS tags.
type Sentence struct {
	Words []string
	Tags  []string
	// DocStart marks the first sentence after a -DOCSTART- line or a
	// "# newdoc" comment.
	DocStart bool
}

// isTag reports whether s looks like an IOB tag ("O", "B-PER", "I-x").
func isTag(s string) bool {
	if s == "O" {
		return true
	}
	return len(s) > 2 && s[1] == '-' && strings.IndexByte("BIESbies", s[0]) >= 0
}

// ReadCoNLL reads CoNLL-style NER data: one token per line with the token in
// the first column and the NER tag in the last (CoNLL-2003 4 columns,
// 2-column files), or UNER iob2 lines "index token tag [- annotator]".
// Blank lines end sentences; "-DOCSTART-" lines and "# ..." comments are
// skipped. Tags are converted to IOB2.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var cur Sentence
	docStart := false
	uner := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Tags = ToIOB2(cur.Tags)
			cur.DocStart = docStart
			docStart = false
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		fields := strings.Fields(text)
		if fields[0] == "-DOCSTART-" {
			flush()
			docStart = true
			continue
		}
		if strings.HasPrefix(text, "#") && (len(fields) < 2 || len(fields) > 5 || !isTag(fields[len(fields)-1]) || strings.Contains(text, " = ")) {
			// A comment ("# text = ..."); hashtags in tweet corpora are
			// tokens with a tag.
			if strings.HasPrefix(text, "# newdoc") {
				flush()
				docStart = true
			}
			continue
		}
		if len(fields) < 2 {
			// A token that is only white space (a no-break space in
			// tweets): nothing to read.
			continue
		}
		word, tag := fields[0], fields[len(fields)-1]
		// UNER lines are "index token tag [- annotator]"; a sentence is in
		// that format when its first line is "1 token tag".
		if len(cur.Words) == 0 {
			uner = (len(fields) == 3 || len(fields) == 5 && fields[3] == "-") && fields[0] == "1" && isTag(fields[2])
		}
		if uner && len(fields) >= 3 {
			word, tag = fields[1], fields[2]
		}
		if !isTag(tag) {
			return nil, fmt.Errorf("corpus: line %d: %q is not an IOB tag", line, tag)
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// ToIOB2 converts IOB1, IO, BIOES or IOB2 tags to IOB2 in place and returns
// them: an I-X that does not continue an X entity becomes B-X.
func ToIOB2(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if t == "O" || len(t) < 3 {
			tags[i] = "O"
			prev = "O"
			continue
		}
		p, typ := t[0], t[2:]
		switch p {
		case 'S', 's', 'B', 'b':
			tags[i] = "B-" + typ
		default: // I, E
			if prev == "O" || prev[2:] != typ {
				tags[i] = "B-" + typ
			} else {
				tags[i] = "I-" + typ
			}
		}
		prev = tags[i]
	}
	return tags
}

// MapTypes rewrites entity types with m (type -> new type, "" or "O" for
// none) and keeps IOB2 well-formed. Types missing from m are kept.
func MapTypes(tags []string, m map[string]string) []string {
	for i, t := range tags {
		if t == "O" {
			continue
		}
		nt, ok := m[t[2:]]
		if !ok {
			continue
		}
		if nt == "" || nt == "O" {
			tags[i] = "O"
		} else {
			tags[i] = t[:2] + nt
		}
	}
	return ToIOB2(tags)
}

// ReadGMB reads the Kaggle GMB CSV ("Sentence #,Word,POS,Tag", cp1252). It
// returns NER sentences and the matching POS sentences.
func ReadGMB(r io.Reader) (ner, pos []Sentence, err error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	utf, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: gmb: %w", err)
	}
	cr := csv.NewReader(bytes.NewReader(utf))
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	var curN, curP Sentence
	flush := func() {
		if len(curN.Words) > 0 {
			curN.Tags = ToIOB2(curN.Tags)
			ner = append(ner, curN)
			pos = append(pos, curP)
		}
		curN, curP = Sentence{}, Sentence{}
	}
	first := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("corpus: gmb: %w", err)
		}
		if first {
			first = false
			continue
		}
		if len(rec) < 4 {
			continue
		}
		if rec[0] != "" {
			flush()
		}
		w, p, t := rec[1], rec[2], rec[len(rec)-1]
		if !isTag(t) {
			t = "O"
		}
		curN.Words = append(curN.Words, w)
		curN.Tags = append(curN.Tags, t)
		curP.Words = append(curP.Words, w)
		curP.Tags = append(curP.Tags, p)
	}
	flush()
	return ner, pos, nil
}

// UToken is one CoNLL-U token line (multi-word token ranges and empty nodes
// are skipped).
type UToken struct {
	Form, XPOS, Misc string
	SpaceAfter       bool
}

// USentence is one CoNLL-U sentence with its comments.
type USentence struct {
	Tokens   []UToken
	Comments []string
}

// ReadCoNLLU reads a CoNLL-U file.
func ReadCoNLLU(r io.Reader) ([]USentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []USentence
	var cur USentence
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		switch {
		case t == "":
			if len(cur.Tokens) > 0 {
				out = append(out, cur)
			}
			cur = USentence{}
			continue
		case strings.HasPrefix(t, "#"):
			cur.Comments = append(cur.Comments, t)
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("corpus: conllu line %d: %d columns", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		cur.Tokens = append(cur.Tokens, UToken{Form: f[1], XPOS: f[4], Misc: f[9],
			SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No")})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur.Tokens) > 0 {
		out = append(out, cur)
	}
	return out, nil
}
