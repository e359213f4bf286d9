package nlp

import (
	"strings"
	"testing"
)

func TestMarkOrgContexts(t *testing.T) {
	words, tags := split([][2]string{
		{"Valdor shares rose 3 percent .", "B-ORG O O O O O"},
		{"Analysts said Valdor would gain .", "O O B-PER O O O"},
		{"The state keeps 40 percent of Krell .", "O O O O O O B-PER O"},
		{"Krell said it would appeal .", "B-PER O O O O O"},
		{"Smith met Jones in Paris .", "B-PER O B-PER O B-LOC O"},
		{"Mary Smith 's shares were sold .", "B-PER I-PER O O O O O"},
	})
	markOrgContexts(words, tags, func([]string) bool { return false })
	want := []string{
		"B-ORG O O O O O",
		"O O B-ORG O O O", // the same name, called a company elsewhere
		"O O O O O O B-ORG O",
		"B-ORG O O O O O",
		"B-PER O B-PER O B-LOC O", // no organisation context
		"B-PER I-PER O O O O O",   // two-word names are left to the tagger
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

// A one-word name that speaks of itself as "it" or takes "which" is no
// person; an expletive "it" and a clause about an earlier noun say nothing.
func TestMarkOrgContextsPronouns(t *testing.T) {
	words, tags := split([][2]string{
		{"Tarvo said it would invest $ 1 billion .", "B-PER O O O O O O O O"},
		{"Orlan said its profits rose .", "B-PER O O O O O"},
		{"Mekka , which makes cars , grew .", "B-PER O O O O O O O"},
		{"Smith said it would be a mistake .", "B-PER O O O O O O O"},
		{"Jones said it was time to go .", "B-PER O O O O O O O"},
		{"a son of President Brandt , which plans cars .", "O O O O B-PER O O O O O"},
	})
	markOrgContexts(words, tags, func([]string) bool { return false })
	want := []string{
		"B-ORG O O O O O O O O",
		"B-ORG O O O O O",
		"B-ORG O O O O O O O",
		"B-PER O O O O O O O",
		"B-PER O O O O O O O",
		"O O O O B-PER O O O O O",
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

func TestMarkCorporate(t *testing.T) {
	words := strings.Fields("Lear Corp and Kent Holdings met Bill Ford")
	tags := strings.Fields("B-PER I-PER O B-LOC I-LOC O B-PER I-PER")
	markCorporate(words, tags)
	if got, want := strings.Join(tags, " "), "B-ORG I-ORG O B-ORG I-ORG O B-PER I-PER"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A person's span ending in a trade word is a company's name; a place's is
// left alone ("Texas Energy" may be the state's sector), as is a trade
// word with a capitalised word after it (a portfolio: "Energy Secretary").
func TestMarkCorporatePersonTradeHeads(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Kellan Bank said profits rose", "B-PER I-PER O O O", "B-ORG I-ORG O O O"},
		{"Fenwick Capital invested", "B-PER I-PER O", "B-ORG I-ORG O"},
		{"Ferris Construction Company won", "B-PER I-PER I-PER O", "B-ORG I-ORG I-ORG O"},
		{"Texas Energy rose", "B-GPE I-GPE O", "B-GPE I-GPE O"},
		{"Ann Energy Secretary spoke", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"Tyra Banks smiled", "B-PER I-PER O", "B-PER I-PER O"},
		{"Brenner Chemie SE said", "B-PER I-PER I-PER O", "B-ORG I-ORG I-ORG O"},
		{"Ann Se said", "B-PER I-PER O", "B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markCorporate(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkCorporateTradeWords(t *testing.T) {
	words := strings.Fields("Asked about it , Kessler Logistics and Dunn Pharmaceuticals declined to comment")
	tags := strings.Fields("O O O O B-PER I-PER O B-LOC I-LOC O O O")
	markCorporate(words, tags)
	if got, want := strings.Join(tags, " "), "O O O O B-ORG I-ORG O B-ORG I-ORG O O O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestMarkCompanyHeads(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A person's or a place's name before the head.
		{"Carver Pharmaceuticals signed a deal .", "B-PER O O O O O", "B-ORG I-ORG O O O O"},
		{"Calls go to Malcolm Smith Motorsports now .", "O O O B-PER I-PER O O O", "O O O B-ORG I-ORG I-ORG O O"},
		// Untagged capitalised words and a span the tagger cut short.
		{"Analysts at Whitcombe Securities said .", "O O B-ORG O O O", "O O B-ORG I-ORG O O"},
		{"Hallam Capital Partners bought it .", "B-PER O O O O O", "B-ORG I-ORG I-ORG O O O"},
		{"A court fined Quintal Securities .", "O O O O O O", "O O O B-ORG I-ORG O"},
		// A legal form after a comma; names joined by "&".
		{"Traci Warner , Orbis Broadband Services , Inc. called .", "B-PER I-PER O B-ORG I-ORG I-ORG O O O O",
			"B-PER I-PER O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"Shares of Procter & Gamble Co. rose .", "O O B-PER O B-PER O O O", "O O B-ORG I-ORG I-ORG I-ORG O O"},
		// A legal form the tagger made a name of its own.
		{"Lowry Partners LLP advised the council .", "B-ORG I-ORG B-ORG O O O O", "B-ORG I-ORG I-ORG O O O O"},
		// A nationality begins the name and ends the walk.
		{"He flew Tarvian Airlines .", "O O B-NORP O O", "O O B-ORG I-ORG O"},
		// A sentence's first word only right before the head.
		{"Okafor Motorsports signed drivers .", "O O O O O", "B-ORG I-ORG O O O"},
		{"Yesterday Okafor Motorsports signed drivers .", "O O O O O O", "O B-ORG I-ORG O O O"},
		// Function words, titles and "and" stop the name; a head alone
		// is no name.
		{"The deal with Mr. Partners fell through .", "O O O O O O O O", "O O O O O O O O"},
		{"Talks between Lisbon and Holdings ended .", "O O B-LOC O O O O", "O O B-LOC O O O O"},
		{"Industries grew fast .", "O O O O", "O O O O"},
		// "Group" only after a name the tagger found.
		{"The Iraq Study Group released its report .", "O B-LOC O O O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		{"Salary listing in Job Group : specialist", "O O O O O O O", "O O O O O O O"},
		// "plc" in lower case; a legal form takes in the sentence's first word.
		{"Shares in Grayson plc fell .", "O O B-ORG O O O", "O O B-ORG I-ORG O O"},
		{"Tessaly Foods plc reported lower sales .", "O O O O O O O", "B-ORG I-ORG I-ORG O O O O"},
		// Legal forms of other countries, in capitals right after the name
		// only; a span of legal forms the tagger tagged apart joins the name.
		{"Orsetti Costruzioni S.p.A. won the tender .", "B-PER I-PER O O O O O", "B-ORG I-ORG I-ORG O O O O"},
		{"Hafnia Shipping ASA ordered tankers .", "O O O O O O", "B-ORG I-ORG I-ORG O O O"},
		{"Meranti Logistics Pte Ltd opened a depot .", "B-ORG I-ORG B-ORG I-ORG O O O O", "B-ORG I-ORG I-ORG I-ORG O O O O"},
		{"He moved to Calgary , AB last year .", "O O O B-GPE O O O O O", "O O O B-GPE O O O O O"},
		{"The storm moved SE overnight .", "O O O O O O", "O O O O O O"},
		// A legal form ending a span the tagger began late takes in the
		// untagged words before it, not a person's name.
		{"Redwater Capital LLC bought it .", "O B-ORG I-ORG O O O", "B-ORG I-ORG I-ORG O O O"},
		{"Ann Lee Orbis Broadband Inc. called .", "B-PER I-PER B-ORG I-ORG I-ORG O O", "B-PER I-PER B-ORG I-ORG I-ORG O O"},
		// "Company" is a company's head.
		{"The Ferrant Company said so .", "O O O O O O", "O B-ORG I-ORG O O O"},
		// Trade words are heads after a person's or an organisation's name
		// only, and only where nothing capitalised follows.
		{"Carr Futures said the market was calm .", "B-PER O O O O O O O", "B-ORG I-ORG O O O O O O"},
		{"Ashdown Horse Transport moved the animals .", "B-PER O O O O O O", "B-ORG I-ORG I-ORG O O O O"},
		{"Texas Energy prices rose .", "B-GPE O O O O", "B-GPE O O O O"},
		{"Brown Transport Secretary Ann Lee spoke .", "B-PER O O B-PER I-PER O O", "B-PER O O B-PER I-PER O O"},
		{"British Insurance firms gained .", "B-NORP O O O O", "B-NORP O O O O"},
		{"Calder Systems won the contract .", "O O O O O O", "O O O O O O"},
		// A headline in title case: only tagged spans are taken in.
		{"Investors Dump Pellam Pharmaceuticals Shares", "O O B-PER O O", "O O B-ORG I-ORG O"},
		{"Investors Dump Pellam Pharmaceuticals Shares", "O O O O O", "O O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markCompanyHeads(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

// A one-word place the knowledge base does not know is a company where
// only a company can stand; a known place, a place's plant and a town
// "which" lies somewhere stay places.
func TestMarkOrgContextsPlaces(t *testing.T) {
	words, tags := split([][2]string{
		{"Ravensworth said its profits rose .", "B-LOC O O O O O"},
		{"Marlow bought a stake in Greystone .", "B-ORG O O O O B-LOC O"},
		{"Greystone employs 300 people in Ravensworth .", "B-LOC O O O O B-LOC O"},
		{"Dorton , which lies on the river , flooded .", "B-LOC O O O O O O O O O"},
		{"The Dorton plant closed .", "O B-LOC O O O"},
		{"Norland said its troops would stay .", "B-GPE O O O O O O"},
	})
	place := func(ws []string) bool { return ws[0] == "Norland" }
	markOrgContexts(words, tags, place)
	want := []string{
		"B-ORG O O O O O",
		"B-ORG O O O O B-ORG O",
		"B-ORG O O O O B-LOC O", // after "in" the company's name is its town's
		"B-LOC O O O O O O O O O",
		"O B-LOC O O O",
		"B-GPE O O O O O O",
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

func TestMarkOrgShortForms(t *testing.T) {
	place := func(ws []string) bool { return ws[0] == "Boston" }
	demonym := func(w string) bool { return w == "Tarvian" }
	for _, c := range []struct{ doc, tags, want string }{
		// The first word of a company named in full, alone: a person's
		// mention and an untagged one become ORG.
		{"Kestrel Energy Corporation agreed . | Kestrel will pay . | Analysts said Kestrel overpaid .",
			"B-ORG I-ORG I-ORG O O | B-PER O O O | O O O O O",
			"B-ORG I-ORG I-ORG O O | B-ORG O O O | O O B-ORG O O"},
		// A place's mention is left alone.
		{"Delmont University grew . | Delmont said it would help . | It is based in Delmont .",
			"B-ORG I-ORG O O | B-PER O O O O O | O O O O B-LOC O",
			"B-ORG I-ORG O O | B-ORG O O O O O | O O O O B-LOC O"},
		// Part of a person's name in the document: his.
		{"Halvorsen Group grew . | John Halvorsen resigned . | Halvorsen said so .",
			"B-ORG I-ORG O O | B-PER I-PER O O | B-PER O O O",
			"B-ORG I-ORG O O | B-PER I-PER O O | B-PER O O O"},
		// A known place, a nationality, a common word, a name that goes on.
		{"Boston University grew . | Boston said no .", "B-ORG I-ORG O O | B-PER O O O", "B-ORG I-ORG O O | B-PER O O O"},
		{"Tarvian Airlines grew . | Tarvian said no .", "B-ORG I-ORG O O | B-PER O O O", "B-ORG I-ORG O O | B-PER O O O"},
		{"First Bank grew . | First , the first loans .", "B-ORG I-ORG O O | O O O O O O", "B-ORG I-ORG O O | O O O O O O"},
		{"Penrose Airlines grew . | Penrose Bay flooded .", "B-ORG I-ORG O O | O O O O", "B-ORG I-ORG O O | O O O O"},
		// A party or a name that goes on with other words than trade words.
		{"Morland National Party won . | Morland said no .", "B-ORG I-ORG I-ORG O O | B-PER O O O", "B-ORG I-ORG I-ORG O O | B-PER O O O"},
		{"Morland Blue Bank won . | Morland said no .", "B-ORG I-ORG I-ORG O O | B-PER O O O", "B-ORG I-ORG I-ORG O O | B-PER O O O"},
	} {
		var sents, tags [][]string
		for _, s := range strings.Split(c.doc, " | ") {
			sents = append(sents, strings.Fields(s))
		}
		for _, s := range strings.Split(c.tags, " | ") {
			tags = append(tags, strings.Fields(s))
		}
		markOrgShortForms(sents, tags, place, demonym)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.doc, g, c.want)
		}
	}
}
