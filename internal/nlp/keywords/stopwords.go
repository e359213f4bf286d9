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
// say nothing of what a story is about, whatever their rank. The counts
// ("dozens of vehicles", "thousands of people") are among them: they say
// how many, the noun after them says of what.
var genericNouns = wordSet(`dozen dozens hundreds thousands millions billions tens development developments country countries statement statements chain chains
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

// foreignStopwords are the function words (articles, prepositions, pronouns,
// conjunctions, auxiliaries) and reporting verbs of the other languages the
// extractor tags (Article.Language): the English list alone let "les", "au"
// and "Plus de" through as the top keyphrases of a French story. Normalised
// as Normalize gives them (lower case, accents kept, apostrophes dropped:
// the elided "l'" and "d'" stay attached to their word, so they are absent).
var foreignStopwords = map[string]map[string]bool{
	"fr": wordSet(`le la les l un une des du de d au aux à a et ou ni mais donc or car que qu qui quoi dont où ce cet cette
ces se sa son ses leur leurs lui elle elles il ils on nous vous je tu y en ne pas plus moins très aussi dans sur sous
par pour avec sans chez entre vers contre depuis pendant avant après selon est sont été être était étaient ont avait
avaient sera seront serait fait faire peut doit comme si tout tous toute toutes même autre autres déjà encore
a déclaré dit dire affirmé annoncé indiqué selon`),
	"es": wordSet(`el la los las lo un una unos unas del de al a y e o u ni pero sino que quien quienes cual cuales cuyo
donde como cuando se su sus le les me te nos os él ella ellos ellas usted ustedes yo tú en con por para sin sobre entre
hacia desde hasta contra durante según ante tras es son fue fueron ser sido era eran ha han había habían será está
están estaba muy más menos también ya aún todo todos toda todas este esta estos estas ese esa esos esas otro otra
otros otras no sí dijo dice afirmó anunció aseguró señaló`),
	"pt": wordSet(`o a os as um uma uns umas do da dos das de ao aos à às no na nos nas num numa e ou mas que quem qual
quais cujo onde como quando se seu sua seus suas ele ela eles elas lhe lhes eu nós você em com por para sem sobre
entre até contra durante segundo pelo pela pelos pelas é são foi foram ser sido era eram tem têm tinha será está
estão estava muito mais menos também já ainda todo todos toda todas este esta estes estas esse essa isso outro outra
outros outras não sim disse afirmou anunciou`),
	"it": wordSet(`il lo la i gli le un uno una del dello della dei degli delle di a al allo alla ai agli alle da dal
dalla dai in nel nello nella nei negli nelle su sul sulla sui con per tra fra e o ma che chi cui dove come quando se
si suo sua suoi sue lui lei loro io noi voi non è sono era erano stato stata essere ha hanno aveva avevano sarà molto
più meno anche già ancora tutto tutti tutta tutte questo questa questi queste quello quella altro altra altri altre
ha detto dichiarato annunciato secondo`),
	"de": wordSet(`der die das den dem des ein eine einer eines einem einen und oder aber doch sondern dass daß als wie
wenn weil ob wer was wo sich sein seine seiner seinen ihr ihre ihren ihrem er sie es wir ihr ich du man in im ins an
am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um seit bis
ist sind war waren wird werden wurde wurden worden hat haben hatte hatten sei kann soll muss nicht kein keine auch
noch schon nur sehr mehr alle allen jeder diese dieser dieses diesem andere anderen sagte erklärte teilte mit`),
	// Korean: sentence connectives and adverbs that open clauses ("하지만"
	// but, "그래서" so, "물론" of course), demonstratives, and pronouns with
	// their particle attached, as the text writes them as one word.
	"ko": wordSet(`하지만 그러나 그런데 그래서 그러니 그러니까 그리고 그러면 따라서 또 또한 게다가 물론 역시 즉 특히 이미
실제로 만일 만약 그럼에도 이런 이러한 그런 그러한 저런 이번 이 그 저 그는 그가 그의 그녀는 그녀가 그들은 이들은 우리는
우리 그것은 그것이 이것은 이것이 것은 것이 수 등`),
	"nl": wordSet(`de het een van en in is dat op te zijn met voor niet aan er ook als bij door maar om dan wordt werd
nog naar heeft hebben had was waren zal zou die dit deze wie wat waar hoe hij zij ze wij we ik u hun haar zijn uit
over onder tegen tussen na tot sinds zei verklaarde`),
}

// stopwordsFor returns the function words of a language tag ("fr",
// "fr-CA") beyond English, or nil.
func stopwordsFor(lang string) map[string]bool {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return foreignStopwords[strings.ToLower(lang)]
}
