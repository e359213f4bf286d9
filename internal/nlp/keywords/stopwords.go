package keywords

import "strings"

// stopwords are function words and reporting verbs that never start, end or
// sit inside a keyphrase. Lower case, normalised (no apostrophes).
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become
becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot
could did do does doing done down during each either else elsewhere enough etc even ever every everyone everything
everywhere except few for former formerly from further had has have having he hence her here hereafter hereby
herein hers herself him himself his how however i if in indeed into is it its itself just last latter latterly
least less many may me meanwhile might mine more moreover most mostly much must my myself namely neither never
nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please rather re same seem seemed seeming seems several
she should since so some somehow someone something sometime sometimes somewhere still such than that the their
theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though
through throughout thru thus to together too toward towards under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither
who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
s t d ll m ve re dont doesnt didnt isnt wasnt arent werent wont cant couldnt shouldnt wouldnt hasnt havent hadnt
its im ive youre theyre weve thats theres whats lets
say says said saying tell tells told telling according mr mrs ms dr
reporter reporters journalist journalists
also like get got gets make made makes go goes went going come came take took
`) {
		m[w] = true
	}
	return m
}()

// weekdays and the days named from today ("yesterday", "tonight") date an
// event ("on Thursday") and say nothing of what a story is about ("Dior
// yesterday"); they are treated as stopwords (normalised, so "Friday's" is
// "fridays").
var weekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tonight", "tomorrow"} {
		m[d] = true
		m[d+"s"] = true
	}
	return m
}()

// genericNouns are general nouns that stand for something the text names
// elsewhere ("the development", "the move", "both countries"): alone they
// say nothing of what a story is about, whatever their rank.
var genericNouns = wordSet(`development developments country countries statement statements chain chains
thing things way ways part parts move moves step steps issue issues matter matters situation situations
side sides number numbers lot lots kind kinds type types fact facts case cases point points level levels`)

// relationalHeads are role words that name someone only through another
// ("his North Korean counterpart"): a phrase ending in one is no topic.
var relationalHeads = wordSet(`counterpart counterparts`)

// generic says a phrase shown as a keyphrase would be a general noun alone
// or end in a relational role word.
func generic(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return len(words) == 1 && genericNouns[last] || relationalHeads[last]
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
