package nlp

import (
	"strings"
	"testing"
)

func TestShapePersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A scorecard line: two names and the bowler's "b".
		{"Ann Lee c Jo Park b Kim Yu 40", "B-PER I-PER O B-PER I-PER I-PER I-PER I-PER O", "B-PER I-PER O B-PER I-PER O B-PER I-PER O"},
		// Names in lower case stay whole.
		{"met jill allen today", "O B-PER I-PER O", "O B-PER I-PER O"},
		// Particles belong to the name, with the first name before them.
		{"Pieter van der Berg scored", "O O O B-PER O", "B-PER I-PER I-PER I-PER O"},
		{"when De Vries saved", "O O B-PER O", "O B-PER I-PER O"},
		// ... also when the tagger broke the name into two persons there.
		{"Carlos Agostinho do Rosario told", "B-PER I-PER O B-PER O", "B-PER I-PER I-PER I-PER O"},
		{"Ann Berg van der Linde said", "B-PER I-PER O O B-PER O", "B-PER I-PER I-PER I-PER I-PER O"},
		{"Ruiz de Castro spoke", "B-PER O B-PER O", "B-PER I-PER I-PER O"},
		// ... but not across a word that is no particle, nor a capitalised one.
		{"Ann Lee and Bo Park", "B-PER I-PER O B-PER I-PER", "B-PER I-PER O B-PER I-PER"},
		{"Zine al-Abidine Ben Ali", "B-PER I-PER I-PER I-PER", "B-PER I-PER I-PER I-PER"},
		// Titles are not part of the name.
		{"King Harald Olsen spoke", "B-ORG I-ORG I-ORG O", "O B-PER I-PER O"},
		{"Port Authority Director Ana Ruiz said", "B-ORG I-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG O B-PER I-PER O"},
		{"General Nils Berg said", "B-PER I-PER I-PER O", "O B-PER I-PER O"},
		// ... but organisations stay whole.
		{"General Motors and King World Productions", "B-ORG I-ORG O B-ORG I-ORG I-ORG", "B-ORG I-ORG O B-ORG I-ORG I-ORG"},
		{"the Premier League and Premier Oil", "O B-ORG I-ORG O B-ORG I-ORG", "O B-ORG I-ORG O B-ORG I-ORG"},
		// People named after places.
		{"Chad Henderson said", "B-GPE B-PER O", "B-PER I-PER O"},
		{"coach Jordan Lee Peterson", "O B-GPE B-PER I-PER", "O B-PER I-PER I-PER"},
		// ... but not a dateline, nor a place after a comma.
		{"BONN Kohl said", "B-LOC B-PER O", "B-LOC B-PER O"},
		{"Chad , Deby said", "B-GPE O B-PER O", "B-GPE O B-PER O"},
		{"Queen Victoria opened it", "O B-GPE O O", "O B-PER O O"},
		{"the queen Victoria", "O O B-GPE", "O O B-GPE"},
		// Titles alone before a name are no person.
		{"Prime Minister Ann Lee spoke", "B-PER O B-PER I-PER O", "O O B-PER I-PER O"},
		{"Vice President Ann Lee spoke", "B-PER I-PER B-PER I-PER O", "O O B-PER I-PER O"},
		// ... a title word is a person's name in a span of its own at the
		// end of one, or with a name in it.
		{"asked Major .", "O B-PER O", "O B-PER O"},
		{"Prime Minister Lee", "O O B-PER", "O O B-PER"},
		// A country before a title the tagger took for a name is the
		// office's country, no part of a person.
		{"Ruritania Prime Minister Ann Lee spoke", "B-LOC B-PER O B-PER I-PER O", "B-LOC O O B-PER I-PER O"},
		{"Ruritania Vice President Ann Lee spoke", "B-GPE B-PER I-PER B-PER I-PER O", "B-GPE O O B-PER I-PER O"},
		// A title the tagger made an organisation, alone or with the name.
		{"cartoons of the Prophet Mohammed", "O O O B-ORG B-PER", "O O O O B-PER"},
		{"cartoons of the Prophet Mohammed", "O O O B-ORG I-ORG", "O O O O B-PER"},
		{"General Electric hired Sam Ito", "B-ORG I-ORG O B-PER I-PER", "B-ORG I-ORG O B-PER I-PER"},
		// An office's title at the front of a person's span is cut ...
		{"Speaker Jane Doe said", "B-PER I-PER I-PER O", "O B-PER I-PER O"},
		{"Governor Ann Lee signed", "B-PER I-PER I-PER O", "O B-PER I-PER O"},
		// ... but not a name the title word alone makes, a lower-case
		// word, nor an organisation's first word.
		{"asked Speaker .", "O B-PER O", "O B-PER O"},
		{"Mayor Lee spoke", "B-PER I-PER O", "O B-PER O"},
		{"the Governor Ann Lee", "O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG"},
		{"Ann Speaker said", "B-PER I-PER O", "B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		shapePersons(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestKeepNameTitles(t *testing.T) {
	known := func(name string) bool { return name == "Sheikh Amina Karim" || name == "Sheikh Omar" }
	for _, c := range []struct{ words, tags, want string }{
		// "Sheikh" is part of the name the knowledge base knows.
		{"Prime Minister Sheikh Amina Karim spoke", "O O O B-PER I-PER O", "O O B-PER I-PER I-PER O"},
		{"Emir Sheikh Omar said", "O O B-PER O", "O B-PER I-PER O"},
		// ... not of a name it does not know with it, nor a person of
		// the title alone, nor a lower-case word.
		{"Foreign Minister Sheikh Ali Nasser said", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"the sheikh Omar said", "O O B-PER O", "O O B-PER O"},
		{"Prince Omar said", "O B-PER O", "O B-PER O"},
		{"Minister Sheikh said", "O O O", "O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		keepNameTitles(words, tags, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestPortfolioTitles(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The tagger ran the portfolio into the name.
		{"Minister of Defense Omar Haddad said", "O O B-ORG I-ORG I-ORG O", "O O O B-PER I-PER O"},
		{"Minister of Foreign Affairs Omar Haddad said", "O O O B-ORG I-ORG I-ORG O", "O O O O B-PER I-PER O"},
		// A portfolio of two fields; the title inside a span.
		{"Minister for Trade and Industry Ravi Menon spoke", "O O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O O O O O B-PER I-PER O"},
		{"Minister of Finance Ravi Menon spoke", "B-ORG I-ORG I-ORG I-ORG I-ORG O", "O O O B-PER I-PER O"},
		// A particle inside the name.
		{"Minister of Interior Ali bin Salem left", "O O B-ORG I-ORG O I-ORG O", "O O O B-PER I-PER I-PER O"},
		// No name the tagger saw, a day, a capitalised run going on, a
		// body's head: left alone.
		{"the Minister of Finance Monday said", "O O O B-ORG O O", "O O O B-ORG O O"},
		{"Minister of Health Care Reform Act passed", "O O B-ORG I-ORG I-ORG I-ORG O", "O O B-ORG I-ORG I-ORG I-ORG O"},
		{"Minister of Defense Ash Carter Bank", "O O B-ORG I-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG I-ORG"},
		{"Minister of Defense Procurement Agency said", "O O B-ORG I-ORG I-ORG O", "O O B-ORG I-ORG I-ORG O"},
		// Not a minister's title.
		{"Bank of Finance Omar Haddad said", "B-ORG I-ORG I-ORG B-PER I-PER O", "B-ORG I-ORG I-ORG B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		portfolioTitles(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestPortfoliosBeforeTitles(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A portfolio before a minister's title is the office's field, not
		// the party or body of that name, whatever type the tagger gave.
		{"Labour Minister Jordan Hill said", "B-PER O B-PER I-PER O", "O O B-PER I-PER O"},
		{"Labour Secretary Ann Lee said", "B-ORG O B-PER I-PER O", "O O B-PER I-PER O"},
		{"Justice Minister Ann Lee said", "B-PER O B-PER I-PER O", "O O B-PER I-PER O"},
		{"Trade and Industry Minister Ravi Menon said", "B-ORG I-ORG I-ORG O B-PER I-PER O", "O O O O B-PER I-PER O"},
		// Another word than a minister's title after it: the party stays.
		{"Labour leader Keir Starmer said", "B-ORG O B-PER I-PER O", "B-ORG O B-PER I-PER O"},
		{"a Labour minister said", "O B-ORG O O", "O B-ORG O O"},
		// Before a title in lower case a department's name the tagger
		// called a person is none; an organisation there is kept.
		{"a former Treasury secretary , said", "O O B-PER O O O", "O O O O O O"},
		{"the Defense secretary said", "O B-PER O O", "O O O O"},
		{"the Treasury secretary said", "O B-ORG O O", "O B-ORG O O"},
		{"Jones secretary said", "B-PER O O", "B-PER O O"},
		// A span with a word that is no portfolio's, or a title inside a
		// span: left alone.
		{"Labour Party Minister Ann Lee said", "B-ORG I-ORG O B-PER I-PER O", "B-ORG I-ORG O B-PER I-PER O"},
		{"Health Ministry officials said", "B-ORG I-ORG O O", "B-ORG I-ORG O O"},
		// A nationality joined to the portfolio before a capitalised title
		// names the minister's country: it stays a nationality, no body.
		{"Philippine Defence Secretary Ana Reyes said", "B-ORG I-ORG O B-PER I-PER O", "B-NORP O O B-PER I-PER O"},
		{"Kenyan Foreign Affairs Minister Ann Lee said", "B-ORG I-ORG I-ORG O B-PER I-PER O", "B-NORP O O O B-PER I-PER O"},
		// Not before a lower-case title, and not a word that is no nationality.
		{"the Kenyan Defence secretary said", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		{"Northern Defence Secretary Ann Lee said", "B-ORG I-ORG O B-PER I-PER O", "B-ORG I-ORG O B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		portfoliosBeforeTitles(words, tags, func(w string) bool { return w == "Philippine" || w == "Kenyan" })
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestAdministrations(t *testing.T) {
	places := func(ws []string) bool { return ws[0] == "Kabul" || ws[0] == "Kurdish" }
	for _, c := range []struct{ words, tags, want string }{
		// The head of a government before "administration" is a person.
		{"Critics of the Lindqvist administration said", "O O O B-ORG O O", "O O O B-PER O O"},
		{"the Ana Lindqvist administration said", "O B-LOC I-LOC O O", "O B-PER I-PER O O"},
		// A person's span that took "Administration" in loses it.
		{"the Lindqvist Administration wants", "O B-PER I-PER O", "O B-PER O O"},
		// A place, a group, an acronym, a body's name: left alone.
		{"the Kabul administration said", "O B-GPE O O", "O B-GPE O O"},
		{"the Kurdish administration said", "O B-ORG O O", "O B-ORG O O"},
		{"the ANC administration said", "O B-ORG O O", "O B-ORG O O"},
		{"the Federal Aviation Administration said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"Lindqvist administration officials said", "B-ORG O O O", "B-PER O O O"},
		{"The Lindqvist administration said", "O B-ORG O O", "O B-PER O O"},
		// Only a whole run of capitals.
		{"Greater Lindqvist administration officials said", "O B-ORG O O O", "O B-ORG O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		administrations(words, tags, places)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestTitledPersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A name after an honorific is a person, whatever else it names.
		{"Mr. Houston told reporters", "O B-GPE O O", "O B-PER O O"},
		{"Dr. Jordan said", "O B-GPE O", "O B-PER O"},
		{"Gen. Mark Austin said", "O B-ORG I-ORG O", "O B-PER I-PER O"},
		// ... also when the tagger took the title in.
		{"Mrs. Paris arrived", "B-LOC I-LOC O", "O B-PER O"},
		// Names of organisations and places after a title stay.
		{"Dr. Pepper Snapple Group said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"President Kennedy Airport was closed", "O B-LOC I-LOC O O", "O B-LOC I-LOC O O"},
		{"the Secretary General Assembly", "O O B-ORG I-ORG", "O O B-ORG I-ORG"},
		// "Gen" without its period may be part of a name.
		{"Gen Paris", "O B-GPE", "O B-GPE"},
		// A title has its capital: this "miss" is a verb.
		{"will miss England 's opener", "O O B-LOC O O", "O O B-LOC O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		titledPersons(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestOfficeHolders(t *testing.T) {
	// other stands for the knowledge base: these name no person.
	other := func(ws []string) bool {
		n := strings.Join(ws, " ")
		return n == "Democrats" || n == "Israel"
	}
	for _, c := range []struct{ words, tags, want string }{
		// A name after a judge's or a minister's title is a person ...
		{"Chief Justice Haruto Imamiya criticised", "O O B-ORG I-ORG O", "O O B-PER I-PER O"},
		{"Chief Justice Imran Lahore retired", "O B-ORG I-ORG I-ORG O", "O O B-PER I-PER O"},
		{"Chief Justice Imran Lahore retired", "B-ORG I-ORG I-ORG I-ORG O", "O O B-PER I-PER O"},
		{"Justice Mariko Sendai agreed", "B-ORG I-ORG I-ORG O", "O B-PER I-PER O"},
		{"Judge Carmen Valencia ruled", "O B-GPE I-GPE O", "O B-PER I-PER O"},
		{"Foreign Minister Kenta Sapporo said", "O O B-LOC I-LOC O", "O O B-PER I-PER O"},
		{"Prime Minister Modi said", "O O B-ORG O", "O O B-PER O"},
		// ... and the title the tagger made a span of its own goes.
		{"Justice Ann Lee said", "B-ORG B-PER I-PER O", "O B-PER I-PER O"},
		{"Justice Ann Lee said", "B-ORG B-ORG I-ORG O", "O B-PER I-PER O"},
		// Must not: bodies named with the title's word stay ...
		{"The Justice Department sued", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"the Justice Ministry said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"Judge Advocate General Corps", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG"},
		{"Justice Democrats backed her", "B-ORG I-ORG O O", "B-ORG I-ORG O O"},
		{"Prime Minister Israel spoke", "O O B-GPE O", "O O B-GPE O"},
		// ... as do a portfolio or a court after "of" or "for" ...
		{"the Court of Justice ECB ruling", "O B-ORG I-ORG I-ORG B-ORG O", "O B-ORG I-ORG I-ORG B-ORG O"},
		{"Minister for Justice Acme Holdings", "O O O B-ORG I-ORG", "O O O B-ORG I-ORG"},
		{"Ministry of Justice Ann Lee", "B-ORG I-ORG I-ORG B-ORG I-ORG", "B-ORG I-ORG I-ORG B-ORG I-ORG"},
		// ... a lower-case word, and a name of more than three words.
		{"the justice Sendai Bank", "O O B-ORG I-ORG", "O O B-ORG I-ORG"},
		{"Judge Ann Marie Lee Smith spoke", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		officeHolders(words, tags, other)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestRolesOfPersons(t *testing.T) {
	roles := map[string]bool{"secretary of state": true, "deputy secretary of state": true, "minister of foreign affairs": true}
	role := func(p string) bool { return roles[p] }
	for _, c := range []struct{ words, tags, want string }{
		{"Secretary of State Ann Lee arrived", "O O B-ORG I-ORG I-ORG O", "O O O B-PER I-PER O"},
		{"Deputy Secretary of State Tom Hart spoke", "O O O B-ORG I-ORG I-ORG O", "O O O O B-PER I-PER O"},
		{"Minister of Foreign Affairs Jo Park said", "O O B-ORG I-ORG I-ORG I-ORG O", "O O O O B-PER I-PER O"},
		// The title alone, and names that are no title, stay.
		{"The Secretary of State said", "O O O B-ORG O", "O O O B-ORG O"},
		{"The Bank of England Museum opened", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"the Secretary of State Department Office", "O O O B-ORG I-ORG I-ORG", "O O O B-ORG I-ORG I-ORG"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		rolesOfPersons(words, tags, role)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestGivenNamePersons(t *testing.T) {
	given := func(w string) bool {
		return w == "Denzel" || w == "Santa" || w == "Victoria" || w == "Sydney" || w == "West" || w == "Adam"
	}
	places := map[string]bool{"Sydney": true, "Victoria": true, "Germany": true}
	place := func(ws []string) bool { return places[strings.Join(ws, " ")] }
	for _, c := range []struct{ words, tags, want string }{
		{"Denzel Washington won", "B-LOC I-LOC O", "B-PER I-PER O"},
		// Places named with a given name stay places.
		{"in Santa Monica", "O B-GPE I-GPE", "O B-GPE I-GPE"},
		{"at Victoria Falls", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"Sydney Harbour Bridge", "B-LOC I-LOC I-LOC", "B-LOC I-LOC I-LOC"},
		// A lone given name that is a place is left to the tagger.
		{"in Sydney", "O B-GPE", "O B-GPE"},
		// A compass word before a place is part of the place, whatever
		// people are called West.
		{"West Germany won", "B-LOC I-LOC O", "B-LOC I-LOC O"},
		{"Adam Germany won", "B-LOC I-LOC O", "B-PER I-PER O"},
		// So is one before a continent, which the knowledge base holds no
		// place for: "West Africa", "West Asia" are regions, not Mr West.
		{"in West Africa", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"director for West Asia", "O O B-GPE I-GPE", "O O B-GPE I-GPE"},
		{"Adam Africa won", "B-LOC I-LOC O", "B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		givenNamePersons(words, tags, given, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestMarkDateline(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"BONN 1996-08-30", "B-PER O", "B-LOC O"},
		{"IRVINE , Calif 1996-08-30", "O O O O", "B-LOC O B-LOC O"},
		{"Kim said 1996-08-30", "B-PER O O", "B-PER O O"}, // not a dateline: a lower-case word
		{"BONN 30 August", "B-PER O O", "B-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markDateline(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestWireDatelinePlaces(t *testing.T) {
	known := map[string]bool{"THE HAGUE": true, "EL PASO": true, "ST. PETERSBURG": true, "DAR ES SALAAM": true,
		"PORT-AU-PRINCE": true, "Dar es Salaam": true, "PARIS": true, "Kenya": true, "Texas": true,
		"NEW YORK": true, "SAN JOSE": true, "NEW DELHI": true, "ISLAMABAD": true}
	place := func(ws []string) bool { return known[strings.Join(ws, " ")] }
	for _, c := range []struct{ words, tags, want string }{
		// must: the whole place, article and all, is one GPE.
		{"THE HAGUE , Nov 3 ( Reuters ) - Talks", "O B-ORG O O O O O O O O", "B-GPE I-GPE O O O O O O O O"},
		{"EL PASO , Texas ( AP ) — Police", "O B-LOC O O O O O O O", "B-GPE I-GPE O O O O O O O"},
		{"ST. PETERSBURG , Nov 3 ( Reuters ) - Talks", "O B-LOC O O O O O O O O", "B-GPE I-GPE O O O O O O O O"},
		{"DAR ES SALAAM ( Reuters ) - Talks", "B-PER I-PER O O O O O O", "B-GPE I-GPE I-GPE O O O O O"},
		{"PORT-AU-PRINCE , March 4 , 2025 ( dpa ) -- Gangs", "O O O O O O O O O O O", "B-GPE O O O O O O O O O O"},
		{"Dar es Salaam , Nov 3 ( Reuters ) - Talks", "B-LOC O B-LOC O O O O O O O O", "B-GPE I-GPE I-GPE O O O O O O O O"},
		{"PARIS - Talks resumed", "B-LOC O O O", "B-GPE O O O"},
		// must: a town the knowledge base does not know, in capitals before a known place.
		{"KAKUMA , Kenya , June 3 ( AFP ) - Police", "B-PER O B-GPE O O O O O O O O", "B-GPE O B-GPE O O O O O O O O"},
		{"SAN MIGUEL , Texas ( AP ) — Police", "B-ORG I-ORG O O O O O O O", "B-GPE I-GPE O O O O O O O"},
		// must: each place of a joint dateline, multi-word ones too.
		{"THE HAGUE / NEW YORK , April 15 ( AP ) - The", "O B-ORG O B-GPE I-GPE O O O O O O O O", "B-GPE I-GPE O B-GPE I-GPE O O O O O O O O"},
		{"SAN JOSE / NEW YORK ( AP ) - The", "B-LOC I-LOC I-LOC I-LOC I-LOC O O O O O", "B-GPE I-GPE O B-GPE I-GPE O O O O O"},
		{"NEW DELHI / ISLAMABAD , May 8 ( Reuters ) - Talks", "B-GPE I-GPE O B-GPE O O O O O O O O", "B-GPE I-GPE O B-GPE O O O O O O O O"},
		{"PARIS / THE HAGUE ( Reuters ) - Talks", "B-LOC O O B-ORG O O O O O", "B-GPE O B-GPE I-GPE O O O O O"},
		// must not: a joint dateline with a place the knowledge base does not know.
		{"THE HAGUE / GOTHAM CITY , April 15 ( AP ) - The", "O B-ORG O B-LOC I-LOC O O O O O O O O", "O B-ORG O B-LOC I-LOC O O O O O O O O"},
		// must not: no dateline, or a place the knowledge base does not know.
		{"THE COMPANY said on Monday", "O B-ORG O O O", "O B-ORG O O O"},
		{"THE HAGUE , which hosts the court , said", "O B-LOC O O O O O O O", "O B-LOC O O O O O O O"},
		{"THE HAGUE is quiet - for now", "O B-LOC O O O O O", "O B-LOC O O O O O"},
		{"THE COMPANY , Nov 3 ( Reuters ) - Talks", "O B-ORG O O O O O O O O", "O B-ORG O O O O O O O O"},
		{"Talks in THE HAGUE , Nov 3 -", "O O O B-LOC O O O O", "O O O B-LOC O O O O"},
		{"THE HAGUE , Nov 3 ( Reuters ) -", "O B-ORG O O O O O O O", "O B-ORG O O O O O O O"}, // nothing after the dash
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		wireDatelinePlaces(words, tags, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestSurnamesArePersons(t *testing.T) {
	words, tags := split([][2]string{
		{"Director Neil Jordan presented his film .", "O B-PER I-PER O O O O"},
		{"Jordan said the film was personal .", "B-LOC O O O O O O"},
		{"It was shot in Jordan last year .", "O O O O B-LOC O O O"},
	})
	surnamesArePersons(words, tags)
	want := []string{"O B-PER I-PER O O O O", "B-PER O O O O O O", "O O O O B-LOC O O O"}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

// TestUntaggedSurnames: a family name the tagger left untagged is the
// person named in full before, unless the document also writes it as a
// common word in lower case, or after a preposition of place.
func TestUntaggedSurnames(t *testing.T) {
	words, tags := split([][2]string{
		{"Mining chief Olga Stark opened the plant .", "O O B-PER I-PER O O O O"},
		{"Stark said output would double .", "O O O O O O"},
		{"Prime Minister Theresa May flew to Brussels .", "O O B-PER I-PER O O B-LOC O"},
		{"May said talks may resume in May .", "O O O O O O O O"},
		{"Finance chief Ana Costa spoke in March .", "O O B-PER I-PER O O O O"},
		{"Costa met lenders in Costa Mesa .", "O O O O B-LOC I-LOC O"},
		{"Lenders met in Costa on Friday .", "O O O O O O O"},
	})
	untaggedSurnames(words, tags)
	want := []string{
		"O O B-PER I-PER O O O O",
		"B-PER O O O O O",
		"O O B-PER I-PER O O B-LOC O",
		"O O O O O O O O",
		"O O B-PER I-PER O O O O",
		"B-PER O O O B-LOC I-LOC O",
		"O O O O O O O",
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

func TestAdjectivesAreNoPersons(t *testing.T) {
	demonym := func(w string) bool { return w == "Kenyan" || w == "African" }
	for _, c := range []struct{ words, tags, want string }{
		{"Western diplomats said", "B-PER O O", "B-NORP O O"},
		{"West African leaders met", "B-PER I-PER O O", "B-NORP I-NORP O O"},
		{"the Kenyan said", "O B-PER O", "O B-NORP O"},
		// A name holding other words stays a person; a compass word alone
		// is a surname ("Mr West").
		{"Kenyan Smith said", "B-PER I-PER O", "B-PER I-PER O"},
		{"Mr West said", "O B-PER O", "O B-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		adjectivesAreNoPersons(words, tags, demonym)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestSplitCompanyTails(t *testing.T) {
	given := func(w string) bool { return w == "Kevin" || w == "Mercedes" }
	for _, c := range []struct{ words, tags, gaz, want string }{
		// A signature: the name, then the employer.
		{"Kevin A. Boone Acme", "B-PER I-PER I-PER I-PER", "O O O B-ORG", "B-PER I-PER I-PER B-ORG"},
		{"Kevin A. Boone Acme Holdings", "B-PER I-PER I-PER I-PER I-PER", "O O O B-ORG I-ORG", "B-PER I-PER I-PER B-ORG I-ORG"},
		// A family name that is a company's; the gazetteer's name going on
		// past the span; a given name; a known name not ending the span: left
		// alone.
		{"Michael Acme", "B-PER I-PER", "O B-ORG", "B-PER I-PER"},
		{"Kevin A. Boone Acme", "B-PER I-PER I-PER I-PER", "O O O O", "B-PER I-PER I-PER I-PER"},
		{"Kevin A. Boone Acme Bank", "B-PER I-PER I-PER I-PER O", "O O O B-ORG I-ORG", "B-PER I-PER I-PER I-PER O"},
		{"Kevin A. Boone Mercedes", "B-PER I-PER I-PER I-PER", "O O O B-ORG", "B-PER I-PER I-PER I-PER"},
		{"Kevin Boone Acme Holdings", "B-PER I-PER I-PER I-PER", "O O B-ORG O", "B-PER I-PER I-PER I-PER"},
		// Not a person's span.
		{"Boone Street Acme", "B-LOC I-LOC I-LOC", "O O B-ORG", "B-LOC I-LOC I-LOC"},
	} {
		words, tags, gaz := strings.Fields(c.words), strings.Fields(c.tags), strings.Fields(c.gaz)
		splitCompanyTails(words, tags, gaz, given)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestSplitCompanyTailsTagged runs the whole tagger on a signature line.
func TestSplitCompanyTailsTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Kevin A. Boone Accenture")
	if got, want := strings.Join(an.TagDocument([][]string{words})[0], " "), "B-PER I-PER I-PER B-ORG"; got != want {
		t.Errorf("%q: got %s, want %s", words, got, want)
	}
}

func TestWireDatelineDash(t *testing.T) {
	for _, c := range []struct {
		words string
		want  int
	}{
		// must: the dash that ends a capitalised dateline.
		{"GENEVA ( Reuters ) - Officials said", 4},
		{"UNITED NATIONS - Officials said", 2},
		{"THE HAGUE , Nov 3 ( Reuters ) - Talks resumed", 8},
		{"PORT-AU-PRINCE , March 4 , 2025 ( dpa ) -- Gangs", 9},
		// must not: no dateline, one in running text, or one in lower case.
		{"Officials said on Monday - talks", -1},
		{"THE COMPANY , which makes chips , said", -1},
		{"Talks in THE HAGUE , Nov 3 - resumed", -1},
		{"Ukraine - Russia talks resumed", -1},
		{"GENEVA ( Reuters ) -", -1}, // nothing after the dash
	} {
		if got := wireDatelineDash(strings.Fields(c.words)); got != c.want {
			t.Errorf("%q: got %d, want %d", c.words, got, c.want)
		}
	}
}
