package nlp

import (
	"fmt"
	"strings"
	"testing"
)

func TestMarkOrgNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A name the tagger misses entirely.
		{"The Rapid Support Forces said on Monday .", "O O O O O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		// A name the tagger cuts to its head.
		{"Officials at the Consumer Financial Protection Bureau agreed .", "O O O O O O B-ORG O", "O O O B-ORG I-ORG I-ORG I-ORG O"},
		// A place and "'s" inside the name; a person's "'s" is not.
		{"The Tigray People 's Liberation Front and Ann Lee 's Reform Party talked .",
			"O B-LOC O O O O O B-PER I-PER O O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG O B-PER I-PER O B-ORG I-ORG O O"},
		// Alliances and coalitions are bodies.
		{"Supporters of the Green Renewal Alliance marched .", "O O O O O O O O", "O O O B-ORG I-ORG I-ORG O O"},
		// "and" joins two untagged words of the name.
		{"The Justice and Equality Movement said .", "O O O O O O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		// A nationality begins a party's name but not a ministry's.
		{"The Iraqi News Agency quoted the German Foreign Ministry .", "O B-NORP O B-ORG O O B-NORP O B-ORG O",
			"O B-ORG I-ORG I-ORG O O B-NORP B-ORG I-ORG O"},
		// "of", "on", "for" and a capitalised run end the name; not when
		// it goes on past "and".
		{"The Commission on Presidential Debates and the Organisation for Security and Cooperation agreed .",
			"O B-ORG O O O O O O O O O O O O",
			"O B-ORG I-ORG I-ORG I-ORG O O O O O O O O O"},
		// A country's name and a head: the place is kept in the name.
		{"The Kosovo Liberation Army fought .", "O B-LOC O O O O", "O B-ORG I-ORG I-ORG O O"},
		// Function words and months stop the run; a head alone is left.
		{"In March Army officials said the Army was ready .", "O O O O O O O O O O", "O O O O O O O O O O"},
		// An organisation's span that goes on after the head is kept whole.
		{"The Army Corps of Engineers said .", "O B-ORG I-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		// A headline in title case is left to the tagger.
		{"Rebel Army Takes Key Town After Heavy Fighting", "O O O O O O O O", "O O O O O O O O"},
		// A news medium's name is an organisation, with a nationality or
		// a place before its head; a person's name ending in the word is
		// left alone, and a head alone begins no name.
		{"The Saudi Gazette reported .", "O O B-PER O O", "O B-ORG I-ORG O O"},
		// Periodicals' heads after a place: one medium, not the place.
		{"She wrote for the Lakeside Monthly .", "O O O O B-GPE O O", "O O O O B-ORG I-ORG O"},
		{"He told the Riverton Dispatch that .", "O O O B-GPE O O O", "O O O B-ORG I-ORG O O"},
		{"An essay in the Portland Quarterly argued .", "O O O O B-GPE O O O", "O O O O B-ORG I-ORG O O"},
		{"A column in the Manila Bulletin said .", "O O O O B-GPE O O O", "O O O O B-ORG I-ORG O O"},
		{"She edits the Tokyo Review now .", "O O O B-GPE O O O", "O O O B-ORG I-ORG O O"},
		// "Review" after words that are no place names no medium.
		{"The Nuclear Posture Review was published .", "O O O O O O O", "O O O O O O O"},
		{"The Nuclear Posture Review was published .", "O B-MISC I-MISC I-MISC O O O", "O B-MISC I-MISC I-MISC O O O"},
		{"The Saudi Gazette reported .", "O B-NORP B-PER O O", "O B-ORG I-ORG O O"},
		{"An editor at the Gulf Herald said .", "O O O O B-LOC I-LOC O O", "O O O O B-ORG I-ORG O O"},
		{"The Nairobi Standard said .", "O B-GPE O O O", "O B-ORG I-ORG O O"},
		{"Emily Post said .", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"News of Kyiv Talks spread .", "O O B-GPE O O O", "O O B-GPE O O O"},
		// Two media joined by "and" are two names.
		{"Articles in The Harbour Times and the Coast News were reprinted .", "O O O O O O O O O O O O", "O O O B-ORG I-ORG O O B-ORG I-ORG O O O"},
		// Capitalised common words before a head, with no "the" and no tagged name.
		{"Fake News is everywhere .", "O O O O O", "O O O O O"},
		// Foundations, clubs, police forces and choirs are bodies: the
		// tagger's head alone or the words before it grow to the name.
		{"The Heritage Foundation criticised the bill .", "O O B-ORG O O O O", "O B-ORG I-ORG O O O O"},
		{"Members of the Brookfield Golf Club voted .", "O O O B-ORG O O O O", "O O O B-ORG I-ORG I-ORG O O"},
		{"The Metropolitan Police arrested two men .", "O B-ORG O O O O O", "O B-ORG I-ORG O O O O"},
		{"The Paris Club of creditors agreed .", "O B-LOC I-LOC O O O O", "O B-ORG I-ORG O O O O"},
		// A nationality alone before the head, or the head alone, is no name.
		{"Kenyan Police fired tear gas .", "B-NORP O O O O O", "B-NORP O O O O O"},
		{"He called the Police at once .", "O O O O O O O", "O O O O O O O"},
		// A capitalised word after the head: the name goes on.
		{"Sign up for the BBC Daily Digest .", "O O O O B-ORG O O O", "O O O O B-ORG O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markOrgNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestJoinDepartmentFields(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The tagger ends the name at "and": the second field goes on it.
		{"Chile 's Department of Mines and Energy said .", "B-GPE O B-ORG I-ORG I-ORG O O O O", "B-GPE O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"The Ministry of Health and Social Welfare met .", "O B-ORG I-ORG I-ORG O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// Another body after "and": a tagged name, an acronym, a head.
		{"The Ministry of Defence and NATO met .", "O B-ORG I-ORG I-ORG O B-ORG O O", "O B-ORG I-ORG I-ORG O B-ORG O O"},
		{"The Ministry of Defence and IDF met .", "O B-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		{"The Ministry of Health and Interior Ministry met .", "O B-ORG I-ORG I-ORG O O O O O", "O B-ORG I-ORG I-ORG O O O O O"},
		// Only a department's or ministry's name.
		{"The Bank of Ghana and Finance officials met .", "O B-ORG I-ORG I-ORG O O O O O", "O B-ORG I-ORG I-ORG O O O O O"},
		// A lower-case word after "and" is the sentence going on.
		{"The Ministry of Health and officials met .", "O B-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		// The head inside the span; the second field tagged as a name of
		// its own.
		{"Officials at the U.S. Department of Housing and Urban Development said .",
			"O O O B-ORG I-ORG I-ORG I-ORG O B-ORG I-ORG O O",
			"O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// The tagger took "and" in, and left the second field out.
		{"A spokesman for the Office of Management and Budget declined .",
			"O O O O B-ORG I-ORG I-ORG I-ORG O O O",
			"O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// ... or there is no second field: "and" leaves the span.
		{"The Office of Management and the unions met .", "O B-ORG I-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG O O O O O"},
		// A known body after "and", a company's head, capitals only: another body.
		{"The Department of Justice and Goldman Sachs settled .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O"},
		{"The Department of Justice and Acme Holdings settled .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O"},
		{"The Department of Justice and FBI agents met .", "O B-ORG I-ORG I-ORG O B-ORG O O O", "O B-ORG I-ORG I-ORG O B-ORG O O O"},
		// Only a government department's head: a bank's name ends at "and".
		{"The Bank of Ghana and Urban Development Fund met .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O O"},
		{"The Bank of Ghana and Rural Credit met .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O"},
		// Institutes, centres and agencies are named after two fields too.
		{"The Philippine Institute of Volcanology and Seismology raised the alert .",
			"O B-ORG I-ORG I-ORG I-ORG O B-ORG O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O O"},
		{"The Centers for Disease Control and Prevention warned .", "O B-ORG I-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"The National Agency for Roads and Bridges said .", "O B-ORG I-ORG I-ORG I-ORG O B-ORG O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// ... but a place, a known body or "the" after "and" is another one.
		{"The Organization of American States and Mexico agreed .", "O B-ORG I-ORG I-ORG I-ORG O B-GPE O O", "O B-ORG I-ORG I-ORG I-ORG O B-GPE O O"},
		{"The Institute of Peace and Goldman Sachs met .", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O B-ORG I-ORG O O"},
		{"The Institute of Peace and the United Nations met .", "O B-ORG I-ORG I-ORG O O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O O B-ORG I-ORG O O"},
		{"The Commission of Inquiry and IAEA inspectors met .", "O B-ORG I-ORG I-ORG O B-ORG O O O", "O B-ORG I-ORG I-ORG O B-ORG O O O"},
		// A body named without "of" or "for" is left alone.
		{"The European Commission and Germany disagreed .", "O B-ORG I-ORG O B-GPE O O", "O B-ORG I-ORG O B-GPE O O"},
		{"The Refugee Agency and Civic Relief responded .", "O B-ORG I-ORG O B-ORG I-ORG O O", "O B-ORG I-ORG O B-ORG I-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinDepartmentFields(words, tags, func(ws []string) bool { return strings.Join(ws, " ") == "Goldman Sachs" })
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkQuotedLetterNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{`Toys " R " Us closed its stores .`, "O O O O O O O O O", "B-ORG I-ORG I-ORG I-ORG I-ORG O O O O"},
		{`Toys " R " Us closed .`, "B-ORG O B-ORG O B-ORG O O", "B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// A quoted word, or a person's name around the mark, is no such name.
		{`Plan " B " was rejected .`, "O O O O O O O", "O O O O O O O"},
		{`He said " No " Monday .`, "O O O O O O O", "O O O O O O O"},
		{`Anna " K " Smith spoke .`, "B-PER O O O B-PER O O", "B-PER O O O B-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markQuotedLetterNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkOutlets(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"He told the Gazette that .", "O O O B-PER O O", "O O O B-ORG O O"},
		{"According to the Times of India , talks failed .", "O O O B-LOC I-LOC I-LOC O O O O", "O O O B-ORG I-ORG I-ORG O O O O"},
		// Without "the" a lone head may be a family name.
		{"Post said so .", "B-PER O O O", "B-PER O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markOutlets(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkDescribedOutlets(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"He told the newspaper Corriere della Sera that .", "O O O O B-PER I-PER I-PER O O", "O O O O B-ORG I-ORG I-ORG O O"},
		{"the German magazine Der Spiegel reported", "O B-NORP O B-LOC I-LOC O", "O B-NORP O B-ORG I-ORG O"},
		{"the tabloid Bild said", "O O B-PER O", "O O B-ORG O"},
		// A broadcaster: "station" or "channel" after the medium's word.
		{"told radio station Kestrel FM", "O O O B-PER I-PER", "O O O B-ORG I-ORG"},
		{"the TV channel Rustavi said", "O O O B-LOC O", "O O O B-ORG O"},
		// "station" alone is also a railway's or a police's.
		{"at the station Euston", "O O O B-LOC", "O O O B-LOC"},
		{"police station Kilburn", "O O B-LOC", "O O B-LOC"},
		// A nationality after the word is no outlet's name, nor is a name
		// after a capitalised word of another name.
		{"the newspaper Israeli officials cited", "O O B-NORP O O", "O O B-NORP O O"},
		{"Newspaper Reyes said", "B-MISC B-PER O", "B-MISC B-PER O"},
		// "Daily" and "weekly" say how often more than what a name is.
		{"the weekly Cabinet meeting", "O O B-ORG O", "O O B-ORG O"},
		{"daily Kyiv air raids", "O B-GPE O O", "O B-GPE O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markDescribedOutlets(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkCodeNames(t *testing.T) {
	words := strings.Fields("The G20 and the P5 met in Hall B4 , G7 said .")
	tags := strings.Fields("O O O O O O O O O O B-ORG O O")
	gaz := []string{"", "B-ORG", "", "", "B-ORG", "", "", "", "", "", "B-ORG", "", ""}
	markCodeNames(words, tags, gaz)
	// "B4" is no organisation the gazetteer knows; "G7" keeps its tag.
	if got, want := strings.Join(tags, " "), "O B-ORG O O B-ORG O O O O O B-ORG O O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestOrgNamesTagged runs the whole tagger: group names written with
// digits, names ending in an organisation's head and clubs named after
// their town are organisations.
func TestOrgNamesTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name string }{
		{"Leaders of the G20 met in Brazil on Monday .", "G20"},
		{"The P5 members of the council disagreed on the text .", "P5"},
		{"Finance ministers of the G-7 said on Friday that rates would stay low .", "G-7"},
		{"The Rapid Support Forces said on Monday that they had taken the town .", "Rapid Support Forces"},
		{"Officials at the Consumer Financial Protection Bureau issued new rules .", "Consumer Financial Protection Bureau"},
		{"Real Madrid signed a new striker on Monday .", "Real Madrid"},
		{"Inter Milan and Paris Saint-Germain will meet in the final .", "Inter Milan"},
		{"Inter Milan and Paris Saint-Germain will meet in the final .", "Paris Saint-Germain"},
		{"The Saudi Gazette reported on Monday that prices would rise .", "Saudi Gazette"},
		{"An editor at the Gulf Herald said the decision was a surprise .", "Gulf Herald"},
		// A periodical named after a city is no mention of the city.
		{"Ana Ruiz told the Washington Monthly that the plan had failed .", "Washington Monthly"},
		{"An editor at the Oslo Review said the essay was withdrawn .", "Oslo Review"},
		// An appositive naming a kind of body; a possessive owner cut off.
		{"Gavi , the vaccine alliance , said it would send more doses .", "Gavi"},
		// Channels named with a number, which the tagger cut to the place.
		{"France 24 reported on Monday that the talks had stalled .", "France 24"},
		{"The minister told Channel 4 that he would not resign .", "Channel 4"},
		{"The firm filed a claim at the World Bank 's International Centre for Settlement of Investment Disputes .", "World Bank"},
		{"The firm filed a claim at the World Bank 's International Centre for Settlement of Investment Disputes .", "International Centre for Settlement of Investment Disputes"},
	} {
		words := strings.Fields(c.text)
		tags := an.TagDocument([][]string{words})[0]
		found := false
		forSpans(tags, func(typ string, i, j int) {
			if typ == "ORG" && strings.Join(words[i:j], " ") == c.name {
				found = true
			}
		})
		if !found {
			t.Errorf("%q: no ORG %q in %v", c.text, c.name, tags)
		}
	}
}

func TestMarkKnownOrgs(t *testing.T) {
	for _, c := range []struct{ words, tags, gaz, want string }{
		// The tagger took the name for a place, or cut it.
		{"The African Union said .", "O B-LOC I-LOC O O", "B-ORG I-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		{"Talks with the Palestinian Authority ended .", "O O O B-NORP O O O", "O O O B-ORG I-ORG O O", "O O O B-ORG I-ORG O O"},
		// A channel named with a number: the tagger keeps only the place.
		{"France 24 reported .", "B-LOC O O O", "B-ORG I-ORG O O", "B-ORG I-ORG O O"},
		{"Israel 's Channel 12 said .", "B-LOC O O O O O", "B-GPE O B-ORG I-ORG O O", "B-LOC O B-ORG I-ORG O O"},
		// A descriptive alias is no name; a one-word name is left to the
		// tagger; a name that would cut a span is left alone.
		{"The Iranian Government said .", "O B-NORP O O O", "O B-ORG I-ORG O O", "O B-NORP O O O"},
		{"Reuters said .", "O O O", "B-ORG O O", "O O O"},
		// A number after a name the gazetteer does not take in stays out.
		{"France 24 reported .", "B-LOC O O O", "B-GPE O O O", "B-LOC O O O"},
		{"New York Times Square", "B-LOC I-LOC I-LOC I-LOC", "B-ORG I-ORG I-ORG O", "B-LOC I-LOC I-LOC I-LOC"},
	} {
		words, tags, gaz := strings.Fields(c.words), strings.Fields(c.tags), strings.Fields(c.gaz)
		for i := range gaz {
			if gaz[i] == "O" {
				gaz[i] = ""
			}
		}
		markKnownOrgs(words, tags, gaz)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

// TestMarkHyphenAcronyms: a known acronym with a hyphenated capital suffix
// is an organisation even before a noun; a lower-case or digit suffix, an
// unknown acronym and a word inside a longer span are left alone.
func TestMarkHyphenAcronyms(t *testing.T) {
	for _, c := range []struct{ words, tags, gaz, want string }{
		{"PML-N leaders met .", "O O O O", "B-ORG O O O", "B-ORG O O O"},
		{"The JD-U said .", "O B-MISC O O", "O B-ORG O O", "O B-ORG O O"},
		{"ANC-led talks ended .", "O O O O", "B-ORG O O O", "O O O O"},
		{"COVID-19 cases rose .", "O O O O", "B-ORG O O O", "O O O O"},
		{"XYZ-Q leaders met .", "O O O O", "O O O O", "O O O O"},
		{"The PML-N Youth Wing said .", "O B-ORG I-ORG I-ORG O O", "O B-ORG O O O O", "O B-ORG I-ORG I-ORG O O"},
	} {
		words, tags, gaz := strings.Fields(c.words), strings.Fields(c.tags), strings.Fields(c.gaz)
		for i := range gaz {
			if gaz[i] == "O" {
				gaz[i] = ""
			}
		}
		markHyphenAcronyms(words, tags, gaz)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestKeepOrgNames(t *testing.T) {
	for _, c := range []struct{ doc, tags, want string }{
		// The name found whole once, ending in a head: the other mention
		// gets its span, whatever the tagger made of it.
		{"He joined the Ferris Wheel Company in 1998 . | He left the Ferris Wheel Company later .",
			"O O O B-ORG I-ORG I-ORG O O O | O O O B-PER O O O O",
			"O O O B-ORG I-ORG I-ORG O O O | O O O B-ORG I-ORG I-ORG O O"},
		// Inside a longer span, or cut by one, it is left alone; a name
		// with no head is no evidence.
		{"The Wheel Company grew . | The Ferris Wheel Company Trust paid . | Dunmore Wheel said . | Dunmore Wheel said .",
			"O B-ORG I-ORG O O | O B-ORG I-ORG I-ORG I-ORG O O | O B-ORG I-ORG O O | O B-PER O O O",
			"O B-ORG I-ORG O O | O B-ORG I-ORG I-ORG I-ORG O O | O B-ORG I-ORG O O | O B-PER O O O"},
	} {
		var sents, tags [][]string
		for _, s := range strings.Split(c.doc, " | ") {
			sents = append(sents, strings.Fields(s))
		}
		for _, s := range strings.Split(c.tags, " | ") {
			tags = append(tags, strings.Fields(s))
		}
		keepOrgNames(sents, tags)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.doc, g, c.want)
		}
	}
}

// TestOrgDocumentTagged runs the whole tagger over short documents written
// for this test: acronyms defined in brackets, company heads, short forms
// and a name repeated in full keep one organisation throughout.
func TestOrgDocumentTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc   []string
		names []string // ORG spans that must be found, "sentence:name"
	}{
		{[]string{"The Movement for Democratic Renewal ( MDR ) won 40 seats .", "The MDR leader called for calm ."},
			[]string{"0:Movement for Democratic Renewal", "0:MDR", "1:MDR"}},
		{[]string{"Kestrel Energy Corporation agreed to buy a rival on Monday .", "Kestrel will pay $ 2 billion in cash .",
			"Analysts said Kestrel had overpaid ."}, []string{"0:Kestrel Energy Corporation", "1:Kestrel", "2:Kestrel"}},
		{[]string{"Hallam Capital Partners bought the stadium from the city council .",
			"Investors sold shares of Pellam Pharmaceuticals after the trial failed ."},
			[]string{"0:Hallam Capital Partners", "1:Pellam Pharmaceuticals"}},
		{[]string{"He joined the Ferris Wheel Company in 1998 and left the Ferris Wheel Company in 2004 ."},
			[]string{"0:Ferris Wheel Company@3", "0:Ferris Wheel Company@11"}},
	} {
		var sents [][]string
		for _, s := range c.doc {
			sents = append(sents, strings.Fields(s))
		}
		tags := an.TagDocument(sents)
		found := map[string]bool{}
		for si, ws := range sents {
			forSpans(tags[si], func(typ string, i, j int) {
				if typ == "ORG" {
					name := strings.Join(ws[i:j], " ")
					found[fmt.Sprintf("%d:%s", si, name)] = true
					found[fmt.Sprintf("%d:%s@%d", si, name, i)] = true
				}
			})
		}
		for _, n := range c.names {
			if !found[n] {
				t.Errorf("%q: no ORG %s in %v", c.doc, n, tags)
			}
		}
	}
}

func TestCutKnownOrgTails(t *testing.T) {
	for _, c := range []struct{ words, tags, gaz, want string }{
		// The body's people after its name.
		{"experienced State Department Arabists came", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		// A word that ends bodies' names, a singular word, capitals, a
		// name the gazetteer knows whole: left alone.
		{"the Acme Holdings said", "O B-ORG I-ORG O", "O B-ORG O O", "O B-ORG I-ORG O"},
		{"the Acme Foundation said", "O B-ORG I-ORG O", "O B-ORG O O", "O B-ORG I-ORG O"},
		{"the Acme Group said", "O B-ORG I-ORG O", "O B-ORG O O", "O B-ORG I-ORG O"},
		{"the Acme WMDS said", "O B-ORG I-ORG O", "O B-ORG O O", "O B-ORG I-ORG O"},
		{"the Warner Bros said", "O B-ORG I-ORG O", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		// Only organisations.
		{"the Kim Jones said", "O B-PER I-PER O", "O B-ORG O O", "O B-PER I-PER O"},
	} {
		words, tags, gaz := strings.Fields(c.words), strings.Fields(c.tags), strings.Fields(c.gaz)
		cutKnownOrgTails(words, tags, gaz)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestMarkInstitutionsOf(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The tagger calls the whole name a place.
		{"He studied at the University of Nairobi .", "O O O O B-LOC I-LOC I-LOC O", "O O O O B-ORG I-ORG I-ORG O"},
		{"The Bank of Tanzania cut rates .", "O B-GPE I-GPE I-GPE O O O", "O B-ORG I-ORG I-ORG O O O"},
		// The tagger tags the place alone.
		{"A professor at the University of Cape Town said .", "O O O O O O B-GPE I-GPE O O", "O O O O B-ORG I-ORG I-ORG I-ORG O O"},
		// Capitalised words before an untagged head are the name's.
		{"The Reserve Bank of India held rates .", "O O O O B-GPE O O O", "O B-ORG I-ORG I-ORG I-ORG O O O"},
		// The head ends an organisation's span, the place is another.
		{"The Central Bank of Nigeria acted .", "O B-ORG I-ORG O B-GPE O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		// Not a name: a lower-case head; a place that owns what follows.
		{"She sold a bank of Tanzania 's shares .", "O O O O O B-GPE O O O", "O O O O O B-GPE O O O"},
		{"An aide in the Office of Kenya 's president said .", "O O O O O O B-GPE O O O O", "O O O O O O B-GPE O O O O"},
		// Heads that also begin places' and states' names are left alone.
		{"He moved to the City of Denver .", "O O O O O O B-GPE O", "O O O O O O B-GPE O"},
		{"The Union of South Africa was formed .", "O B-GPE I-GPE I-GPE I-GPE O O O", "O B-GPE I-GPE I-GPE I-GPE O O O"},
		// A sport's federation of a country is one body, the sport with it.
		{"The Football Federation of Ghana said .", "O O B-LOC I-LOC I-LOC O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		{"The Football Federation of Ghana said .", "O O O O B-GPE O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		{"The Athletics Association of Kenya said .", "O O B-LOC I-LOC I-LOC O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		// Without a sport, a federation heads a state's name; a lower-case
		// sport is no name's word.
		{"The Federation of Bosnia and Herzegovina voted .", "O B-GPE I-GPE I-GPE I-GPE I-GPE O O", "O B-GPE I-GPE I-GPE I-GPE I-GPE O O"},
		{"A rival football federation of Ghana said .", "O O O O O B-GPE O O", "O O O O O B-GPE O O"},
		// "of" two places joined by "and": both are the name's.
		{"The Port Authority of New York and New Jersey raised tolls .", "O B-ORG I-ORG O B-GPE I-GPE O B-GPE I-GPE O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O"},
		{"Officials of the Port Authority of New York and New Jersey met .", "O O O O O O B-GPE I-GPE O B-GPE I-GPE O O",
			"O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"The University of Minnesota and Iowa agreed .", "O B-LOC I-LOC I-LOC O B-GPE O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// Must not: the second place owns what follows, or is no place.
		{"The Bank of England and France 's central bank met .", "O O O B-GPE O B-GPE O O O O O",
			"O B-ORG I-ORG I-ORG O B-GPE O O O O O"},
		{"The Bank of England and France 's central bank met .", "O B-LOC I-LOC I-LOC O B-GPE O O O O O",
			"O B-ORG I-ORG I-ORG O B-GPE O O O O O"},
		{"The Bank of England and Ann Lee met .", "O B-ORG I-ORG I-ORG O B-PER I-PER O O", "O B-ORG I-ORG I-ORG O B-PER I-PER O O"},
		{"The Bank of England and the Fed met .", "O O O B-GPE O O B-ORG O O", "O B-ORG I-ORG I-ORG O O B-ORG O O"},
		// A head followed by a person is no institution of a place.
		{"The Board of John Lee met .", "O O O B-PER I-PER O O", "O O O B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markInstitutionsOf(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestJoinLinkedOrgs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// An untagged head, "for" or "of the", and the tagger's span.
		{"The Centers for Disease Control and Prevention said .", "O O O B-ORG I-ORG I-ORG I-ORG O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"The Office of the High Commissioner for Human Rights said .", "O B-ORG O O B-ORG I-ORG I-ORG I-ORG I-ORG O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// A span that begins with the head and "of".
		{"The Court of Justice of the European Union ruled .", "O B-ORG I-ORG I-ORG O O B-ORG I-ORG O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// No body's head: a title, a person's office.
		{"The Minister for Foreign Affairs of the European Union spoke .", "O O O B-ORG I-ORG O O B-ORG I-ORG O O",
			"O O O B-ORG I-ORG O O B-ORG I-ORG O O"},
		{"Ann Lee Office of the Treasury said .", "B-PER I-PER O O O B-ORG O O", "B-PER I-PER O O O B-ORG O O"},
		// A group word before a noun is an adjective, not a body.
		{"The Board of Muslim clerics met .", "O O O B-ORG O O O", "O O O B-ORG O O O"},
		// A head in lower case is no name; a capitalised word before the
		// head leaves the name's start unknown.
		{"The office of the Prosecutor General said .", "O O O O B-ORG I-ORG O O", "O O O O B-ORG I-ORG O O"},
		{"Regional Office for Europe said .", "O O O B-ORG O O", "O O O B-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinLinkedOrgs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestGrowOrgHeads(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A one-word head that ends no person's name takes in the words before.
		{"It is published by Random House in May .", "O O O O O B-ORG O O O", "O O O O B-ORG I-ORG O O O"},
		// A span beginning with a body's head, after "the".
		{"The Superior Court of Arizona ruled .", "O O B-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		// A union's name: the words before "Union" say whose union it is.
		{"Workers and the Trade Union Congress struck .", "O O O O B-ORG I-ORG O O", "O O O B-ORG I-ORG I-ORG O O"},
		{"He appealed to the Ninth Circuit Court of Appeals .", "O O O O O O B-ORG I-ORG I-ORG O",
			"O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// Without "the" the name's start is unknown; a function word, a
		// month, a tagged name or a sentence's first word far from the
		// head is no part of it.
		{"Arizona Superior Court of Appeals ruled .", "B-GPE O B-ORG I-ORG I-ORG O O", "B-GPE O B-ORG I-ORG I-ORG O O"},
		{"Yesterday House members voted .", "O B-ORG O O O", "O B-ORG O O O"},
		{"In March House members voted .", "O O B-ORG O O O", "O O B-ORG O O O"},
		{"The Senate and House voted .", "O B-ORG O B-ORG O O", "O B-ORG O B-ORG O O"},
		// A head that ends persons' names too ("Post") is left alone.
		{"She wrote to Emily Post today .", "O O O O B-ORG O O", "O O O O B-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		growOrgHeads(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestGrowOrgFields(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// Two fields joined by "and" before a body's head, after "the".
		{"the Employment and Labour Relations Court ordered", "O O O B-ORG I-ORG I-ORG O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"The Environment and Land Court ruled", "O O O O B-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"He met officials of the Trade and Industry Ministry .", "O O O O O O O O B-ORG O", "O O O O O B-ORG I-ORG I-ORG I-ORG O"},
		// A field that is a body's head, a tagged name, no "the" or no
		// body's head at the end: two names, or a start not known.
		{"the Army and Navy Council met", "O O O O B-ORG O", "O O O O B-ORG O"},
		{"the Senate and Labour Relations Court", "O B-ORG O B-ORG I-ORG I-ORG", "O B-ORG O B-ORG I-ORG I-ORG"},
		{"Employment and Labour Relations Court ruled", "O O B-ORG I-ORG I-ORG O", "O O B-ORG I-ORG I-ORG O"},
		{"the Police and Crime Panel met", "O O O O B-ORG O", "O O O O B-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		growOrgFields(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestSplitOrgAtRole(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A lower-case role inside the span parts the body from its officer.
		{", UASU secretary-general Constantine Wasonga said", "O B-ORG I-ORG I-ORG I-ORG O",
			"O B-ORG O B-ORG I-ORG O"},
		{"Hamas spokesman Abu Obeida said", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG O B-ORG I-ORG O"},
		{"ODM secretary-general Edwin Sifuna said", "B-ORG I-ORG B-PER I-PER O", "B-ORG O B-PER I-PER O"},
		{"the ruling party chairman Ann Lee said", "O O O O B-PER I-PER O", "O O O O B-PER I-PER O"},
		// A role ending the span is cut off whatever follows it.
		{"Qu Dongyu , the FAO director-general , said", "B-PER I-PER O O B-ORG I-ORG O O", "B-PER I-PER O O B-ORG O O O"},
		{"the UN secretary-general said", "O B-ORG I-ORG O", "O B-ORG O O"},
		// A role that is the whole span is left.
		{"the spokesman said", "O B-ORG O", "O B-ORG O"},
		// No role, a role without a name of two or three capitalised words
		// after it, or a lower-case word before it: left whole.
		{"the Federal Reserve Bank of Boston said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"UASU secretary-general Wasonga said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"Union of teachers chairman Ann Lee said", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"UASU chairman NEW ERA said", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		splitOrgAtRole(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestCutOfficeTitles(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"U.S. Senate Majority Leader Chuck Schumer said .", "B-ORG I-ORG I-ORG I-ORG B-PER I-PER O O",
			"B-ORG I-ORG O O B-PER I-PER O O"},
		{"UN Secretary-General Antonio Guterres spoke .", "B-ORG I-ORG B-PER I-PER O O", "B-ORG O B-PER I-PER O O"},
		{"Bank of England Deputy Governor Ann Lee said .", "B-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER O O",
			"B-ORG I-ORG I-ORG O O B-PER I-PER O O"},
		// No person after it, a name that only ends like a title, or a span
		// of title words alone: left as it is.
		{"The World Bank President said .", "O B-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O O"},
		{"General Motors Ann Lee said .", "B-ORG I-ORG B-PER I-PER O O", "B-ORG I-ORG B-PER I-PER O O"},
		{"Deputy Director Ann Lee said .", "B-ORG I-ORG B-PER I-PER O O", "B-ORG I-ORG B-PER I-PER O O"},
		// The title begins the person's span, or is left untagged between.
		{"House Speaker Jane Doe said .", "B-ORG B-PER I-PER I-PER O O", "B-ORG O B-PER I-PER O O"},
		{"She met House Minority Leader Ann Lee .", "O O B-ORG I-ORG O B-PER I-PER O", "O O B-ORG O O B-PER I-PER O"},
		{"House Majority Whip Tom Smith spoke .", "B-ORG O O B-PER I-PER O", "B-ORG O O B-PER I-PER O"},
		{"Former House Speaker Jane Doe ran .", "B-ORG I-ORG B-PER I-PER I-PER O", "O B-ORG O B-PER I-PER O"},
		{"House Speaker Doe said .", "B-ORG B-PER I-PER O O", "B-ORG O B-PER O O"},
		// Must not: no office word ends the title, the person would keep no
		// word, or a person's name only begins like a title.
		{"House Majority Ann Lee said .", "B-ORG I-ORG B-PER I-PER O O", "B-ORG I-ORG B-PER I-PER O O"},
		{"The House thanked Speaker Jane .", "O B-ORG O B-PER I-PER O", "O B-ORG O B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		cutOfficeTitles(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestJoinTitledNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A name after a capitalised title the tagger cut in two.
		{"African Union Commission Chairperson Amina Lasso said .", "B-ORG I-ORG I-ORG O B-ORG B-PER O O",
			"B-ORG I-ORG I-ORG O B-PER I-PER O O"},
		{"WHO Director-General Maria Ana Ruiz spoke .", "B-ORG O B-ORG I-ORG B-PER O O", "B-ORG O B-PER I-PER I-PER O O"},
		// Must not: no title before it, a lower-case title, an acronym or a
		// body's head in the organisation's part, or a name too long.
		{"the Amina Lasso said .", "O B-ORG B-PER O O", "O B-ORG B-PER O O"},
		{"chairperson Amina Lasso said .", "O B-ORG B-PER O O", "O B-ORG B-PER O O"},
		{"Chairperson ECOWAS Lasso said .", "O B-ORG B-PER O O", "O B-ORG B-PER O O"},
		{"Chairperson Acme Bank Ann Lee said .", "O B-ORG I-ORG B-PER I-PER O O", "O B-ORG I-ORG B-PER I-PER O O"},
		{"Chairperson Amina Ruiz Ana Maria Lasso said .", "O B-ORG I-ORG B-PER I-PER I-PER O O", "O B-ORG I-ORG B-PER I-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinTitledNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestRolePersons(t *testing.T) {
	known := func(ws []string) bool { return strings.Join(ws, " ") == "Goldman Sachs" }
	for _, c := range []struct{ words, tags, want string }{
		{"Tesla chief executive Elon Musk posted .", "B-ORG O O B-ORG I-ORG O O", "B-ORG O O B-PER I-PER O O"},
		{"Shiite cleric Muqtada al-Sadr spoke .", "B-NORP O B-ORG I-ORG O O", "B-NORP O B-PER I-PER O O"},
		{"UNICEF representative Amina Lasso told reporters .", "B-ORG O B-ORG I-ORG O O O", "B-ORG O B-PER I-PER O O O"},
		{"UN humanitarian coordinator Amina Lasso said .", "B-ORG O O B-ORG I-ORG O O", "B-ORG O O B-PER I-PER O O"},
		{"WFP official Amina Lasso said .", "B-ORG O B-ORG I-ORG O O", "B-ORG O B-PER I-PER O O"},
		{"FAO director-general Amina Lasso said .", "B-ORG O B-ORG I-ORG O O", "B-ORG O B-PER I-PER O O"},
		// "official" after an article is an adjective ("the official
		// Saudi Press Agency"): left alone.
		{"The official Tass Novosti said .", "O O B-ORG I-ORG O O", "O O B-ORG I-ORG O O"},
		// An organisation's head, an acronym, a name the knowledge base
		// knows as no person's, a capitalised title: left alone.
		{"He named chief executive Kestrel Holdings .", "O O O O B-ORG I-ORG O", "O O O O B-ORG I-ORG O"},
		{"The party leader UN Women spoke .", "O O O B-ORG I-ORG O O", "O O O B-ORG I-ORG O O"},
		{"She hired adviser Goldman Sachs .", "O O O B-ORG I-ORG O", "O O O B-ORG I-ORG O"},
		{"Party Leader Ann Lee spoke .", "O O B-ORG I-ORG O O", "O O B-ORG I-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		rolePersons(words, tags, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkCityGovernments(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The city's government acts: it sues, fines, files, or speaks.
		{"The City of Denver sued the company .", "O O O B-GPE O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		{"The City of Chicago has filed a lawsuit .", "O O O B-GPE O O O O O", "O B-ORG I-ORG I-ORG O O O O O"},
		{"The City of Boston will appeal .", "O B-LOC I-LOC I-LOC O O O", "O B-ORG I-ORG I-ORG O O O"},
		{"The County of Los Angeles fined the landlord .", "O O O B-GPE I-GPE O O O O", "O B-ORG I-ORG I-ORG I-ORG O O O O"},
		{"A spokesman for the City of Denver said .", "O O O O O O B-GPE O O", "O O O O B-ORG I-ORG I-ORG O O"},
		{"The City of Denver announced a curfew .", "O B-GPE I-GPE I-GPE O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		// Must not: the place, a lower-case "city of", a person after "of".
		{"She moved to the City of Denver in 2010 .", "O O O O O O B-GPE O O O", "O O O O O O B-GPE O O O"},
		{"He was born in the City of Boston .", "O O O O O B-LOC I-LOC I-LOC O", "O O O O O B-LOC I-LOC I-LOC O"},
		{"The city of Denver sued the firm .", "O O O B-GPE O O O O", "O O O B-GPE O O O O"},
		{"The Town of Ann Lee said .", "O O O B-PER I-PER O O", "O O O B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markCityGovernments(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkPlainOutlets(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// An outlet named "The" and an ordinary word, with a cue ...
		{"the minister told the Hill on Monday", "O O O O B-LOC O O", "O O O O B-ORG O O"},
		{"according to the Independent , the", "O O O O O O", "O O O B-ORG O O"},
		{"the Intercept reported that", "O O O O", "O B-ORG O O"},
		{"an essay in the Atlantic .", "O O O O B-LOC O", "O O O O B-ORG O"},
		{"spoke to The Hill , Politico and The Atlantic", "O O B-LOC I-LOC O B-ORG O B-LOC I-LOC", "O O O B-ORG O B-ORG O O B-ORG"},
		{"and The Conversation .", "O B-ORG O O", "O O B-ORG O"},
		// ... but the ordinary word in its ordinary use stays as tagged.
		{"ships crossed the Atlantic in convoy", "O O O B-LOC O O", "O O O B-LOC O O"},
		{"lawmakers on the Hill were divided", "O O O B-LOC O O", "O O O B-LOC O O"},
		{"The Independent candidate won", "B-MISC I-MISC O O", "B-MISC I-MISC O O"},
		{"an independent panel will review", "O O O O O", "O O O O O"},
		{"The conversation turned to trade", "O O O O O", "O O O O O"},
		{"went to the Hill to lobby", "O O O B-LOC O O", "O O O B-LOC O O"},
		// A longer name that begins with the word is another body.
		{"told the Atlantic Council that", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
		{"told the Hill Street residents", "O O B-LOC I-LOC O", "O O B-LOC I-LOC O"},
		// A sentence's first "The" has its capital anyway.
		{"The Atlantic is warming", "O B-LOC O O", "O B-LOC O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markPlainOutlets(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestJoinBodiesOf(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// must: the tagger tagged the field alone.
		{"Police said , the Directorate of Criminal Investigations said .", "O O O O O O B-ORG I-ORG O O",
			"O O O O B-ORG I-ORG I-ORG I-ORG O O"},
		{"The Bureau of Land Records said .", "O O O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG O O"},
		{"The National Directorate of Civil Protection said .", "O O O O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"The Ministry of Mining and Blue Economy said .", "O O O B-ORG I-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// must not: a lower-case head, a field in lower case, a tagged head, a person.
		{"a directorate of Criminal Investigations said .", "O O O B-ORG I-ORG O O", "O O O B-ORG I-ORG O O"},
		{"The Office of the Red Cross said .", "O O O O B-ORG I-ORG O O", "O O O O B-ORG I-ORG O O"},
		{"The Ministry of Defence said .", "O B-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O O"},
		{"The Office of John Lee said .", "O O O B-PER I-PER O O", "O O O B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinBodiesOf(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestJoinNamesBeforeRoles(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The tagger took the link in, or left it out, before the role.
		{"The vote was rigged , Forum for Democratic Change spokesman Sam Oketch said .",
			"O O O O O O B-ORG I-ORG I-ORG O B-PER I-PER O O",
			"O O O O O B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O O"},
		{"Forum for Democratic Change spokesman Sam Oketch said .", "O O B-ORG I-ORG O B-PER I-PER O O",
			"B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O O"},
		{"He met Alliance of Free Farmers leader Ann Lee .", "O O O O B-ORG I-ORG O B-PER I-PER O",
			"O O B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O"},
		// Must not: a sentence's first word that names no body, no role
		// after the span, or nothing capitalised before the link.
		{"Critics of Labour Party leader Ann Lee spoke .", "O O B-ORG I-ORG O B-PER I-PER O",
			"O O B-ORG I-ORG O B-PER I-PER O"},
		{"Support for Labour Party leader Ann Lee fell .", "O O B-ORG I-ORG O B-PER I-PER O",
			"O O B-ORG I-ORG O B-PER I-PER O"},
		{"He met Forum for Democratic Change members .", "O O O O B-ORG I-ORG O O",
			"O O O O B-ORG I-ORG O O"},
		{"a member of Labour Party leader Ann Lee 's team", "O O O B-ORG I-ORG O B-PER I-PER O O",
			"O O O B-ORG I-ORG O B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinNamesBeforeRoles(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
