package kb

import "strings"

// The words that make a town's name a football club's: before it ("Real
// Madrid", "Inter Milan", "Dynamo Kyiv") or after it ("Celtic FC",
// "Tottenham Hotspur", "Bolton Wanderers"). One list, read by the tagger
// (which joins the club's name into one organisation) and by the resolver
// (which tells a club's president from a state's) and by the event coder
// (for which "Dynamo Kyiv" names no actor of Ukraine). The prefixes are
// the club-type words of European football: Spanish "Real" (royal), the
// Soviet and Yugoslav sports societies (Dynamo, Spartak, Lokomotiv, CSKA,
// Torpedo, Partizan, Red Star), Israel's Hapoel and Maccabi, and the
// clubs' own words ("Sporting", "Racing", "Rapid", "Olympique").
var clubPrefixList = []string{
	"Real", "Inter", "AC", "AS", "SS", "FC", "SC", "CF",
	"Atletico", "Atlético", "Athletic", "Sporting", "Racing", "Rapid", "Dynamo", "Dinamo",
	"Olympique", "Borussia", "Bayern", "Eintracht", "Hertha", "Werder",
	"Lokomotiv", "Lokomotiva", "Spartak", "CSKA", "Torpedo", "Shakhtar", "Partizan",
	"Hapoel", "Maccabi", "Deportivo", "Celta", "Hajduk",
}

// clubPrefixPhrases are the club prefixes of two words ("Red Star
// Belgrade"), written with a space.
var clubPrefixPhrases = map[string]bool{"Red Star": true}

var clubSuffixList = []string{
	"United", "FC", "Saint-Germain", "Hotspur", "Rovers", "Wanderers",
	"Albion", "Athletic",
}

var (
	clubPrefixes, clubPrefixesFolded = spellings(clubPrefixList)
	clubSuffixes, clubSuffixesFolded = spellings(clubSuffixList)
)

// spellings returns the set of words as written and in lower case.
func spellings(words []string) (exact, folded map[string]bool) {
	exact, folded = map[string]bool{}, map[string]bool{}
	for _, w := range words {
		exact[w], folded[strings.ToLower(w)] = true, true
	}
	return exact, folded
}

// ClubPrefix says whether w, spelt as written ("Real", "AS"), begins a
// club's name before its town.
func ClubPrefix(w string) bool { return clubPrefixes[w] }

// ClubPrefixPhrase says whether the two words a and b, spelt as written,
// are a club's prefix of two words ("Red", "Star").
func ClubPrefixPhrase(a, b string) bool { return clubPrefixPhrases[a+" "+b] }

// ClubPrefixPhraseFolded is ClubPrefixPhrase for words in lower case.
func ClubPrefixPhraseFolded(a, b string) bool {
	for p := range clubPrefixPhrases {
		if strings.EqualFold(p, a+" "+b) {
			return true
		}
	}
	return false
}

// ClubSuffix says whether w, spelt as written, ends a club's name after
// its town.
func ClubSuffix(w string) bool { return clubSuffixes[w] }

// ClubPrefixFolded is ClubPrefix for a word in lower case.
func ClubPrefixFolded(w string) bool { return clubPrefixesFolded[w] }

// ClubSuffixFolded is ClubSuffix for a word in lower case.
func ClubSuffixFolded(w string) bool { return clubSuffixesFolded[w] }

// ClubPrefixEnds says whether the words before a town's name, as written,
// end with a club's prefix: one word ("Real", "Dynamo") or a phrase of two
// ("Red Star").
func ClubPrefixEnds(before []string) bool {
	n := len(before)
	return n > 0 && clubPrefixes[before[n-1]] || n > 1 && clubPrefixPhrases[before[n-2]+" "+before[n-1]]
}
