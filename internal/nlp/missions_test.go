package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestMissionNationalities: the nationality that names an embassy, a
// consulate or a high commission is in a span of its own whole words, at
// a sentence's start after "The" as well as inside one, one word or two,
// so that the resolver can join the mission to its state. A capitalised
// mission already tagged an organisation takes the nationality into its
// span.
func TestMissionNationalities(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, want string }{
		{"The Saudi embassy in Washington said the talks would resume on Monday .", "Saudi"},
		{"The Sri Lankan embassy in London said it had received the letter .", "Sri Lankan"},
		{"A spokesman for the Sri Lankan embassy said the visa rules had not changed .", "Sri Lankan"},
		{"The South Korean embassy in Tokyo issued a travel advisory .", "South Korean"},
		{"The New Zealand embassy in Washington said it would help .", "New Zealand"},
		{"The Emirati embassy in Paris said flights would resume .", "Emirati"},
		{"The Congolese embassy in Brussels denied the report .", "Congolese"},
		{"The Saudi Arabian embassy said its staff were safe .", "Saudi Arabian"},
		{"The Nigerian embassy in Rome said two citizens were held .", "Nigerian"},
		{"The Ivorian embassy said the documents were forged .", "Ivorian"},
		{"The Bosnian consulate in Zagreb said the border was open .", "Bosnian"},
		{"The Chinese embassy in Manila protested the move .", "Chinese"},
		{"The Mexican consulate in Houston said it was helping the families .", "Mexican"},
		{"The Ukrainian embassy said the convoy had left .", "Ukrainian"},
		{"The Turkish embassy in Berlin said the rally was cancelled .", "Turkish"},
		{"The Egyptian embassy in Khartoum said staff had been moved .", "Egyptian"},
		{"The Kenyan High Commission said the visa fees were unchanged .", "Kenyan High Commission"},
		{"The Saudi Embassy in Washington said the visit was cancelled .", "Saudi Embassy"},
		{"The South Korean Embassy said the visit was cancelled .", "South Korean"},
		{"The North Korean embassy in Beijing did not comment .", "North Korean"},
		{"The Dominican consulate in New York said the office would reopen .", "Dominican"},
		{"Officials at the Saudi embassy declined to comment .", "Saudi"},
	} {
		ws := strings.Fields(c.sentence)
		tags := an.TagDocument([][]string{ws})[0]
		var spans []string
		found := false
		forSpans(tags, func(typ string, i, j int) {
			name := strings.Join(ws[i:j], " ")
			spans = append(spans, typ+":"+name)
			if name != c.want {
				return
			}
			switch typ {
			case model.EntityNORP, model.EntityGPE:
				found = !strings.Contains(strings.ToLower(name), "embassy")
			case model.EntityOrg:
				found = true
			}
		})
		if !found {
			t.Errorf("%q: no span %q, got %v", c.sentence, c.want, spans)
		}
	}
}

// TestMissionNationalitiesRule: the rule alone, on tags of our own.
func TestMissionNationalitiesRule(t *testing.T) {
	nat := func(ws []string) bool {
		s := strings.Join(ws, " ")
		return s == "Saudi" || s == "South Korean" || s == "Korean"
	}
	country := func(ws []string) bool { return strings.Join(ws, " ") == "US" }
	for _, c := range []struct{ words, tags, want string }{
		{"The Saudi embassy said", "O O O O", "O B-NORP O O"},
		{"The Saudi Embassy said", "O O B-ORG O", "O B-ORG I-ORG O"},
		{"The South Korean embassy said", "O O B-NORP O O", "O B-NORP I-NORP O O"},
		{"the US embassy said", "O O O O", "O B-GPE O O"},
		// A span that began before the nationality is the tagger's own.
		{"the Royal Saudi embassy said", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		// No mission word, no change.
		{"The Saudi minister said", "O O O O", "O O O O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		missionNationalities(ws, tags, nat, country)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
