package events

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed patterns/*.txt
var patternFS embed.FS

// Pattern is one trigger entry of a pattern file.
type Pattern struct {
	Kind    string   // verb, noun
	Phrase  string   // as written
	Words   []string // lower-case; "*" is a gap
	Type    string   // PLOVER type
	CAMEO   string
	Mode    string
	Context []string
	Frame   bool   // takes a complement whose event it absorbs
	Intent  bool   // type follows the embedded event (AGREE or THREATEN)
	Recip   bool   // coordinated subjects act on each other
	Prep    string // target is the object of this preposition
	// Owner: an actor named inside the phrase's gap owns or wrote the
	// thing acted on and is the target ("blocked a European Union
	// statement").
	Owner bool
	// From: the object of "from" is the source and the subject the target
	// ("received a loan from the IMF").
	From bool
	// Seen: like Owner, but the owner named inside the gap is the source
	// and the subject, who saw the thing, the target ("Taiwan detected 22
	// Chinese aircraft"); with no owner named there is no event.
	Seen bool
	// Addressee: the phrase is an event only when it names whom it is
	// addressed to, after the target preposition or as the first object
	// of a giving verb ("gave Sudan a stern warning"); with no one named
	// ("issued a flood warning") it is no event.
	Addressee bool
	// ToClause: the phrase is an event only with a to-infinitive clause
	// after it, past its "from" or "for" phrases: "calls from lawmakers
	// to step down", "calls for the minister to resign"; not "made calls
	// to Gulf leaders" or "answered calls from reporters" (see
	// toClauseAfter).
	ToClause bool
	// IntransType and IntransCAMEO code the verb when it has no direct
	// object: "jets struck targets" is an assault, "teachers struck" a
	// protest.
	IntransType, IntransCAMEO string
	// PartnerType and PartnerCAMEO code the phrase when the other side is
	// a partner acting with the subject (coordinated subjects, "with X",
	// "X-Y drills"), not a target: joint exercises are military
	// cooperation (COOPERATE 062), exercises held alone a show of force.
	PartnerType, PartnerCAMEO string
	// Sector: the subject must be of this sector, else the phrase is no
	// event ("warships sailed near the reef" shows force, "tourists
	// sailed near the reef" does not).
	Sector string
	// CourtType and CourtCAMEO code the verb when its subject is a court
	// or a judge: a regulator that fines a company imposes an
	// administrative sanction (COERCE 172), a court that fines it finds it
	// liable (ACCUSE 116).
	CourtType, CourtCAMEO string
	// StateType and StateCAMEO code the verb when its subject is a state
	// body, an international organisation or a country: a competition
	// authority or a government that blocks a company's merger imposes an
	// administrative sanction (COERCE 172), shareholders who block it only
	// refuse it (REJECT 120).
	StateType, StateCAMEO string
	// Crowd: the verb tells of people coming together, which is a protest
	// only where the sentence says so (see crowdProtest): "protesters
	// gathered", "gathered to protest", "gathered outside the embassy";
	// not "families gathered for the funeral".
	Crowd bool
	// Disaster: the phrase is aid only once the article has named a
	// disaster and where it struck (see articleState.disaster): "Britain
	// dispatched teams" after an earthquake, not teams sent anywhere.
	Disaster bool
	// Given: what the verb's object gives decides the CAMEO 03x code of
	// the promise and its target is the object of "to" or "for" after it
	// ("pledged more support for Kyiv", "promised $2 billion in military
	// aid to Ukraine"); see givenObject. GivenOnly: the verb is an event
	// only with such an object ("committed $2 billion to Ukraine", not
	// "committed atrocities").
	Given, GivenOnly bool
	// Seller: like From, the object of "from" is the source and the
	// subject the target ("bought tanks from the United States"); with no
	// "from" phrase an actor named in the gap is the source ("bought
	// American weapons"); with neither there is no event, a purchase with
	// no seller named being no act between two parties.
	Seller bool
	// Foreign: the source must be a state (a country, its government or
	// forces, an international body), else no event: "bought Rafale jets
	// from France" is arms handed over, "bought jets from Boeing" trade.
	Foreign bool
	Rule    string // file:line, for evidence
}

// Cue is a polarity, modality or attribution cue.
type Cue struct {
	Words []string
	Role  string // negation, negation_weak, intended, planned, hypothetical, demanded, report
	After bool   // looked for after a noun trigger
}

// Patterns is the loaded pattern set, indexed by the surface form of the
// first word.
type Patterns struct {
	All   []*Pattern
	index map[string][]*Pattern // first-word surface form -> patterns, longest first
	cues  map[string][]*Cue
}

// LoadPatterns reads the built-in pattern files and then every *.txt file in
// the user directories (in order; later entries replace earlier ones with the
// same kind and phrase).
func LoadPatterns(userDirs ...string) (*Patterns, error) {
	type entry struct {
		p *Pattern
		c *Cue
	}
	byKey := map[string]entry{}
	var order []string
	add := func(name string, r io.Reader) error {
		sc := bufio.NewScanner(r)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if strings.HasPrefix(line, "- ") {
				// "- kind phrase" removes an entry (the phrase may have spaces).
				f := strings.Fields(line[2:])
				if len(f) >= 2 {
					delete(byKey, f[0]+"\x00"+strings.ToLower(strings.Join(f[1:], " ")))
				}
				continue
			}
			f := splitFields(line)
			rule := fmt.Sprintf("%s:%d", name, n)
			switch {
			case len(f) >= 3 && f[0] == "cue":
				c := &Cue{Words: strings.Fields(strings.ToLower(f[1])), Role: f[2]}
				if len(f) > 3 && f[3] == "after" {
					c.After = true
				}
				key := "cue\x00" + strings.ToLower(f[1]) + "\x00" + f[2]
				if len(f) > 3 {
					key += "\x00" + f[3]
				}
				if _, ok := byKey[key]; !ok {
					order = append(order, key)
				}
				byKey[key] = entry{c: c}
			case len(f) >= 4 && (f[0] == "verb" || f[0] == "noun"):
				p := &Pattern{Kind: f[0], Phrase: f[1], Words: strings.Fields(strings.ToLower(f[1])), Type: strings.ToUpper(f[2]), CAMEO: f[3], Rule: rule}
				if len(f) > 4 {
					for _, o := range strings.Fields(strings.Join(f[4:], " ")) {
						switch {
						case o == "frame":
							p.Frame = true
						case o == "intent":
							p.Intent, p.Frame = true, true
						case o == "recip":
							p.Recip = true
						case o == "crowd":
							p.Crowd = true
						case o == "disaster":
							p.Disaster = true
						case o == "given":
							p.Given = true
						case o == "given=required":
							p.Given, p.GivenOnly = true, true
						case o == "owner":
							p.Owner = true
						case o == "from":
							p.From = true
						case o == "seller":
							p.From, p.Owner, p.Seller = true, true, true
						case o == "foreign":
							p.Foreign = true
						case o == "addressee":
							p.Addressee = true
						case o == "toclause":
							p.ToClause = true
						case o == "seen":
							p.Owner, p.Seen = true, true
						case strings.HasPrefix(o, "target="):
							p.Prep = strings.TrimPrefix(o, "target=")
						case strings.HasPrefix(o, "sector="):
							p.Sector = strings.TrimPrefix(o, "sector=")
						case strings.HasPrefix(o, "mode="):
							p.Mode = strings.TrimPrefix(o, "mode=")
						case strings.HasPrefix(o, "intrans="):
							typ, code, ok := strings.Cut(strings.TrimPrefix(o, "intrans="), ":")
							if !ok || typ == "" || code == "" {
								return fmt.Errorf("%s: intrans wants TYPE:CAMEO, got %q", rule, o)
							}
							p.IntransType, p.IntransCAMEO = typ, code
						case strings.HasPrefix(o, "partner="):
							typ, code, ok := strings.Cut(strings.TrimPrefix(o, "partner="), ":")
							if !ok || typ == "" || code == "" {
								return fmt.Errorf("%s: partner wants TYPE:CAMEO, got %q", rule, o)
							}
							p.PartnerType, p.PartnerCAMEO = typ, code
						case strings.HasPrefix(o, "court="):
							typ, code, ok := strings.Cut(strings.TrimPrefix(o, "court="), ":")
							if !ok || typ == "" || code == "" {
								return fmt.Errorf("%s: court wants TYPE:CAMEO, got %q", rule, o)
							}
							p.CourtType, p.CourtCAMEO = typ, code
						case strings.HasPrefix(o, "state="):
							typ, code, ok := strings.Cut(strings.TrimPrefix(o, "state="), ":")
							if !ok || typ == "" || code == "" {
								return fmt.Errorf("%s: state wants TYPE:CAMEO, got %q", rule, o)
							}
							p.StateType, p.StateCAMEO = typ, code
						case strings.HasPrefix(o, "context="):
							p.Context = strings.Split(strings.TrimPrefix(o, "context="), ";")
						default:
							return fmt.Errorf("%s: unknown option %q", rule, o)
						}
					}
				}
				if len(p.Words) == 0 || p.Words[0] == "*" {
					return fmt.Errorf("%s: empty phrase", rule)
				}
				key := f[0] + "\x00" + strings.ToLower(f[1])
				if _, ok := byKey[key]; !ok {
					order = append(order, key)
				}
				byKey[key] = entry{p: p}
			default:
				return fmt.Errorf("%s: cannot read %q (want: kind  phrase  TYPE  CAMEO  [options])", rule, line)
			}
		}
		return sc.Err()
	}
	files, err := fs.Glob(patternFS, "patterns/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, name := range files {
		f, err := patternFS.Open(name)
		if err != nil {
			return nil, err
		}
		err = add(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, dir := range userDirs {
		if dir == "" {
			continue
		}
		names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("patterns dir %s: %w", dir, err)
		}
		if len(names) == 0 {
			if _, err := os.Stat(dir); err != nil {
				return nil, fmt.Errorf("patterns dir: %w", err)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			f, err := os.Open(name)
			if err != nil {
				return nil, fmt.Errorf("patterns: %w", err)
			}
			err = add(name, f)
			f.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	ps := &Patterns{index: map[string][]*Pattern{}, cues: map[string][]*Cue{}}
	for _, k := range order {
		e, ok := byKey[k]
		if !ok {
			continue
		}
		if e.c != nil {
			ps.cues[e.c.Words[0]] = append(ps.cues[e.c.Words[0]], e.c)
			continue
		}
		p := e.p
		ps.All = append(ps.All, p)
		var forms []string
		if p.Kind == "verb" {
			forms = verbForms(p.Words[0])
		} else {
			forms = nounForms(p.Words[0])
			if len(p.Words) > 1 {
				forms = []string{p.Words[0]}
				// Plural goes on the last word of a compound noun.
			}
		}
		for _, f := range forms {
			ps.index[f] = append(ps.index[f], p)
		}
	}
	for k, v := range ps.index {
		sort.SliceStable(v, func(i, j int) bool { return len(v[i].Words) > len(v[j].Words) })
		ps.index[k] = v
	}
	for k, v := range ps.cues {
		sort.SliceStable(v, func(i, j int) bool { return len(v[i].Words) > len(v[j].Words) })
		ps.cues[k] = v
	}
	return ps, nil
}

// splitFields splits on tabs or runs of two or more spaces.
func splitFields(line string) []string {
	var out []string
	for _, part := range strings.Split(line, "\t") {
		for _, f := range strings.Split(part, "  ") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

var irregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "send": {"sent"}, "give": {"gave", "given"}, "take": {"took", "taken"},
	"fight": {"fought"}, "seek": {"sought"}, "strike": {"struck", "stricken"}, "shoot": {"shot"}, "beat": {"beaten"},
	"lend": {"lent"}, "forgive": {"forgave", "forgiven"}, "withdraw": {"withdrew", "withdrawn"}, "tell": {"told"},
	"fly": {"flew", "flown"}, "go": {"went", "gone", "goes"}, "break": {"broke", "broken"}, "freeze": {"froze", "frozen"}, "unfreeze": {"unfroze", "unfrozen"},
	"cut": {"cut"}, "let": {"let"}, "set": {"set"}, "put": {"put"}, "blow": {"blew", "blown"}, "make": {"made"},
	"bring": {"brought"}, "buy": {"bought"}, "lead": {"led"}, "leave": {"left"}, "win": {"won"}, "run": {"ran"},
	"stand": {"stood"}, "rise": {"rose", "risen"}, "sell": {"sold"}, "speak": {"spoke", "spoken"}, "say": {"said"},
	"burn": {"burnt"}, "wind": {"wound"}, "catch": {"caught"}, "teach": {"taught"}, "think": {"thought"},
	"shell": {"shelled"}, "sign": {}, "mass": {}, "arm": {}, "find": {"found"}, "retake": {"retook", "retaken"},
	"overrun": {"overran"}, "tear": {"tore", "torn"}, "overthrow": {"overthrew", "overthrown"}, "steal": {"stole", "stolen"}, "lose": {"lost"},
	// "began a round of talks", "have begun negotiations".
	"begin": {"began", "begun"},
	// "wrote off $3 billion of Zambia's debt".
	"write": {"wrote", "written"},
	// "police teargassed protesters", "were tear-gassed": the s doubles.
	"teargas": {"teargassed", "teargassing"}, "tear-gas": {"tear-gassed", "tear-gassing"},
	// "demonstrators threw stones at police", "were thrown at".
	"throw": {"threw", "thrown"},
}

// verbForms lists the inflections of a verb lemma.
func verbForms(v string) []string {
	forms := []string{v}
	forms = append(forms, irregular[v]...)
	last := v[len(v)-1]
	switch {
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case last == 'y' && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		forms = append(forms, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
		// Doubled final consonant (ban -> banned, commit -> committed).
		if len(v) >= 3 && !strings.ContainsRune("aeiouwxy", rune(last)) && strings.ContainsRune("aeiou", rune(v[len(v)-2])) && !strings.ContainsRune("aeiou", rune(v[len(v)-3])) {
			forms = append(forms, v+string(last)+"ed", v+string(last)+"ing")
		}
	}
	return forms
}

// nounForms lists a noun and its plural. Nouns from Latin and Greek keep
// their classical plural beside the English one in diplomatic and legal
// writing ("signed two memoranda", "issued ultimata", "twin crises"), so
// -um also gives -a and -is also gives -es.
func nounForms(n string) []string {
	switch {
	case strings.HasSuffix(n, "is") && len(n) > 4:
		return []string{n, n[:len(n)-2] + "es"}
	case strings.HasSuffix(n, "s"):
		return []string{n}
	case strings.HasSuffix(n, "um") && len(n) > 4:
		return []string{n, n + "s", n[:len(n)-2] + "a"}
	case strings.HasSuffix(n, "y") && len(n) > 2 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return []string{n, n[:len(n)-1] + "ies"}
	case strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return []string{n, n + "es"}
	}
	return []string{n, n + "s"}
}
