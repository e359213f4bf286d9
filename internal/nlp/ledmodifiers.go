package nlp

import "strings"

// patronSuffixes end a hyphenated modifier that says who leads, backs or
// arms a group: "Kurdish-led", "U.S.-backed", "Iran-aligned".
var patronSuffixes = []string{"-led", "-backed", "-supported", "-aligned", "-allied", "-funded",
	"-sponsored", "-armed", "-trained", "-controlled", "-dominated", "-run", "-brokered", "-based"}

// patronModifier reports whether w is a hyphenated modifier naming a
// group's patron ("Kurdish-led", "Turkish-backed").
func patronModifier(w string) bool {
	lw := strings.ToLower(w)
	for _, s := range patronSuffixes {
		if len(lw) > len(s) && strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// dropPatronModifiers cuts a patron modifier from the start of a name's
// span: "the Kurdish-led Syrian Democratic Forces", "the U.S.-backed
// Syrian Democratic Forces", "Iran-aligned Kataib Hezbollah". The modifier
// says who stands behind the group, it is no word of its name: kept in
// the span, the name is not found in the knowledge base and takes the
// patron's country (the SDF became an organisation of the United
// States). The patron stays in the text for the resolver to read.
func dropPatronModifiers(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if j-i < 2 || !patronModifier(words[i]) {
			return
		}
		tags[i] = "O"
		setSpan(tags, i+1, j, typ)
	})
}
