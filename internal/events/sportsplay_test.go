package events

import (
	"math"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// The sentence-level sports test reads sport's own words and scores, and
// refuses the look-alikes of other news: a court's or a vote's count, a
// body named League, the first half of a year, the goals of a summit.
func TestSportsSentence(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		want   bool
	}{
		{"Brazil/NNP crushed/VBD Argentina/NNP 3-0/CD", true},
		{"Germany/NNP fought/VBD back/RB after/IN trailing/VBG at/IN half-time/NN", true},
		{"Poland/NNP scored/VBD in/IN the/DT league/NN match/NN", true},
		{"Portugal/NNP fought/VBD back/RB from/IN two/CD goals/NNS down/RB", true},
		{"Italy/NNP led/VBD in/IN the/DT 70th/JJ minute/NN", true},
		{"a/DT 90th-minute/JJ winner/NN", true},
		{"Spain/NNP won/VBD the/DT final/NN ./.", true},
		{"the/DT second/JJ half/NN belonged/VBD to/TO Chile/NNP", true},
		{"the/DT court/NN ruled/VBD 6-3/CD", false},
		{"lawmakers/NNS voted/VBD 7-2/CD", false},
		{"the/DT Arab/NNP League/NNP met/VBD", false},
		{"in/IN the/DT first/JJ half/NN of/IN the/DT year/NN", false},
		{"the/DT goals/NNS of/IN the/DT summit/NN", false},
		{"the/DT final/JJ round/NN of/IN talks/NNS", false},
		{"", false},
	} {
		if got := sportsSentence(edgeToks(tt.tagged), 0, math.MaxInt); got != tt.want {
			t.Errorf("sportsSentence(%q) = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}

// Deaths, bombs, riots and forces make a sentence tell of real harm; a
// player's injury does not.
func TestViolenceSentence(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		want   bool
	}{
		{"a/DT bomb/NN exploded/VBD near/IN the/DT stadium/NN", true},
		{"killing/VBG three/CD people/NNS", true},
		{"police/NNS fired/VBD tear/NN gas/NN at/IN fans/NNS", true},
		{"the/DT injured/JJ striker/NN missed/VBD the/DT match/NN", false},
		{"Croatia/NNP stormed/VBD to/TO victory/NN", false},
	} {
		if got := violenceSentence(edgeToks(tt.tagged)); got != tt.want {
			t.Errorf("violenceSentence(%q) = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}

// An object of play, or none, lets a verb of force read as play; a
// country, a bus, a stadium or a team barred keeps the literal reading.
func TestPlayObject(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		j      int // first token after the trigger
		want   bool
	}{
		{"Japan/NNP seized/VBD the/DT lead/NN", 2, true},
		{"Senegal/NNP pounded/VBD Egypt/NNP 's/POS defence/NN", 2, true},
		{"Poland/NNP punished/VBD Ukraine/NNP 's/POS mistakes/NNS", 2, true},
		{"Turkey/NNP attacked/VBD relentlessly/RB", 2, true},
		{"Ghana/NNP conceded/VBD twice/RB", 2, true},
		{"Germany/NNP fought/VBD back/RB", 2, true},
		{"Chile/NNP struck/VBD", 2, true},
		{"Spain/NNP attacked/VBD Italy/NNP 3-0/CD", 2, true},
		{"Russia/NNP attacked/VBD Ukraine/NNP", 2, false},
		{"forces/NNS shelled/VBD the/DT stadium/NN", 2, false},
		{"hooligans/NNS attacked/VBD a/DT bus/NN", 2, false},
		{"Israel/NNP blocked/VBD Iran/NNP 's/POS team/NN from/IN entering/VBG", 2, false},
	} {
		toks := edgeToks(tt.tagged)
		tr := &trigger{i: 1, j: tt.j, head: 1}
		if got := playObject(toks, tr); got != tt.want {
			t.Errorf("playObject(%q) = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}

// sportsPlay drops play between sides and keeps force used by a force, a
// verb of war on a country, and harm told in the sentence.
func TestSportsPlay(t *testing.T) {
	country := func(cc string) mention { return mention{text: cc, country: cc, actorID: cc, kind: "country"} }
	police := mention{text: "police", country: "FRA", sector: "police", kind: "organisation"}
	assault := &Pattern{Words: []string{"fight", "back"}, Type: "ASSAULT"}
	attack := &Pattern{Words: []string{"attack"}, Type: "ASSAULT"}
	seize := &Pattern{Words: []string{"seize"}, Type: "COERCE"}
	concede := &Pattern{Words: []string{"concede"}, Type: "CONCEDE"}
	agree := &Pattern{Words: []string{"agree"}, Type: "AGREE"}
	for _, tt := range []struct {
		name   string
		tagged string
		j      int
		p      *Pattern
		sports bool // the article reads as a sports report
		src    group
		tgt    group
		want   bool
	}{
		{"fought back in a sports sentence", "Germany/NNP fought/VBD back/RB against/IN Spain/NNP at/IN half-time/NN", 3, assault, false, group{country("DEU")}, group{country("ESP")}, true},
		{"fought back in a sports report", "Germany/NNP fought/VBD back/RB against/IN Spain/NNP", 3, assault, true, group{country("DEU")}, group{country("ESP")}, true},
		{"seized the lead", "Japan/NNP seized/VBD the/DT lead/NN before/IN half-time/NN", 2, seize, false, group{country("JPN")}, nil, true},
		{"conceded twice", "Ghana/NNP conceded/VBD twice/RB before/IN half-time/NN", 2, concede, false, group{country("GHA")}, nil, true},
		{"no sport told", "Germany/NNP fought/VBD back/RB against/IN Spain/NNP", 3, assault, false, group{country("DEU")}, group{country("ESP")}, false},
		{"police against fans", "fans/NNS clashed/VBD with/IN police/NNS after/IN the/DT match/NN", 2, assault, false, group{mention{text: "fans", country: "FRA"}}, group{police}, false},
		{"deaths told", "Russia/NNP fought/VBD back/RB in/IN the/DT second/JJ half/NN ,/, killing/VBG three/CD", 3, assault, false, group{country("RUS")}, group{country("UKR")}, false},
		{"attack on a country", "Russia/NNP attacked/VBD Ukraine/NNP during/IN the/DT World/NNP Cup/NNP", 2, attack, true, group{country("RUS")}, group{country("UKR")}, false},
		{"no source", "Japan/NNP seized/VBD the/DT lead/NN before/IN half-time/NN", 2, seize, false, nil, nil, false},
		{"no event of force", "Japan/NNP agreed/VBD to/TO play/VB before/IN half-time/NN", 2, agree, false, group{country("JPN")}, nil, false},
	} {
		toks := edgeToks(tt.tagged)
		// A sports report here tells of sport near the sentence
		// (sportsContext); TestSportsContext has it told far away.
		st := &articleState{sports: tt.sports, sportsNear: []bool{tt.sports}}
		tr := &trigger{p: tt.p, i: 1, j: tt.j, head: 1}
		if got := sportsPlay(st, toks, tr, tt.p, "190", tt.src, tt.tgt); got != tt.want {
			t.Errorf("%s: sportsPlay = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// The helpers read words around an index: at the ends of every edge shape
// none may read outside the tokens.
func TestSportsPlayStaysInRange(t *testing.T) {
	for _, shape := range append(edgeShapes, "3-0/CD", "90th/JJ", "minute/NN", "half/NN", "goals/NNS") {
		toks := edgeToks(shape)
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic on %q: %v", shape, r)
				}
			}()
			sportsSentence(toks, 0, math.MaxInt)
			for i := 0; i < len(toks); i++ {
				sportsClause(toks, &trigger{i: i, j: i + 1, head: i})
			}
			violenceSentence(toks)
			for k := range toks {
				minuteOrdinal(toks, k)
				voteCount(toks, k)
			}
			for i := 0; i < len(toks); i++ {
				for j := i + 1; j <= len(toks); j++ {
					playObject(toks, &trigger{i: i, j: j, head: i})
				}
			}
		}()
	}
}

// A word sport shares with other news ("the match", "the coach") counts
// only in the trigger's clause; a score or "half-time" anywhere.
func TestSportsClause(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		want   bool
	}{
		{"Poland/NNP punished/VBD Ukraine/NNP in/IN the/DT league/NN match/NN", true},
		{"Pakistan/NNP punished/VBD India/NNP with/IN strikes/NNS after/IN the/DT match/NN was/VBD cancelled/VBN", false},
		{"Turkey/NNP attacked/VBD relentlessly/RB but/CC Greece/NNP held/VBD on/RP for/IN a/DT 1-0/CD win/NN", true},
		{"Russia/NNP attacked/VBD Ukraine/NNP after/IN the/DT coach/NN left/VBD", false},
	} {
		toks := edgeToks(tt.tagged)
		if got := sportsClause(toks, &trigger{i: 1, j: 2, head: 1}); got != tt.want {
			t.Errorf("sportsClause(%q) = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}

// Sport must be told near a sentence for a sports report to make play of
// its verbs of force: in the sentence, the one before or after it, or one
// of its paragraph at most two sentences away, and never for a trigger in
// a relative clause.
func TestSportsContext(t *testing.T) {
	sent := func(para int, text string) model.Sentence {
		s := model.Sentence{Paragraph: para}
		for _, tk := range edgeToks(text) {
			s.Tokens = append(s.Tokens, model.Token{Text: tk.text, Start: tk.start, End: tk.end, POS: tk.pos})
		}
		return s
	}
	sents := []model.Sentence{
		sent(0, "Ukraine/NNP beat/VBD Georgia/NNP 2-0/CD ./."),
		sent(0, "The/DT striker/NN scored/VBD ./."),
		sent(1, "Russia/NNP fought/VBD back/RB ./."),
		sent(2, "Officials/NNS met/VBD on/IN Monday/NNP ./."),
		sent(2, "Russia/NNP struck/VBD twice/RB ./."),
		sent(3, "Fans/NNS sang/VBD ./."),
		sent(3, "Officials/NNS met/VBD ./."),
		sent(3, "The/DT goalkeeper/NN saved/VBD ./."),
	}
	near := sportsNearby(sents)
	want := []bool{true, true, true, false, false, true, true, true}
	for i := range sents {
		if near[i] != want[i] {
			t.Errorf("sentence %d: sport near = %v, want %v", i, near[i], want[i])
		}
	}
	st := &articleState{sports: true, sportsNear: []bool{true, false}}
	main := &trigger{i: 1, j: 2}
	rel := &trigger{i: 3, j: 4}
	mainToks := edgeToks("Russia/NNP fought/VBD back/RB ./.")
	relToks := edgeToks("Russia/NNP ,/, which/WDT fought/VBD Ukraine/NNP ,/, won/VBD ./.")
	for _, tc := range []struct {
		name string
		pos  int
		toks []tok
		tr   *trigger
		want bool
	}{
		{"sport near", 0, mainToks, main, true},
		{"sport far", 1, mainToks, main, false},
		{"relative clause", 0, relToks, rel, false},
	} {
		st.sentPos = tc.pos
		if got := st.sportsContext(tc.toks, tc.tr); got != tc.want {
			t.Errorf("%s: sportsContext = %v, want %v", tc.name, got, tc.want)
		}
	}
	st.sports = false
	st.sentPos = 0
	if st.sportsContext(mainToks, main) {
		t.Error("no sports report: sportsContext = true")
	}
}
