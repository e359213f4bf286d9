package quotes

import (
	"strings"
	"testing"
)

// TestFindForeignMarks runs the whole finder on wire copy quoted with the
// marks of other languages. With no Language set only the English
// speech-verb lexicon is read, so a French or German report gives the
// quote without a speaker (TestFindIntlSpeakers sets the language); English
// copy set in guillemets (as some European outlets print it) keeps its
// speaker.
func TestFindForeignMarks(t *testing.T) {
	fd := newFinder(t)
	tests := []struct {
		name, text string
		want       string // describe() of the quotes
	}{
		{"french wire with no-break spaces",
			"N'DJAMENA, 25 mars 2026 (Méridien) - Le Soudan a rejeté l'offre de trêve à El Facher. «\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre.",
			"direct | Nous ne céderons pas | - | -"},
		{"german wire low-high",
			"BERLIN, 25. März 2026 (Meridian) - „Wir geben nicht auf“, sagte der Minister.",
			"direct | Wir geben nicht auf | - | -"},
		{"english copy in guillemets, verb after",
			"« We will not give in to pressure from anyone », the minister said.",
			"direct | We will not give in to pressure from anyone | the minister | -"},
		{"english copy in guillemets, verb before",
			"The minister said: « We will not give in to pressure from anyone. »",
			"direct | We will not give in to pressure from anyone. | The minister | -"},
		{"english copy in reversed guillemets",
			"»We will not give in to pressure from anyone,« the minister said.",
			"direct | We will not give in to pressure from anyone | the minister | -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.TrimSuffix(describe(fd.Find(buildArticle(tc.text, nil))), "\n")
			if got != tc.want {
				t.Errorf("Find(%q) =\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
}

// TestFindIntlSpeakers gives French, Spanish, Portuguese and German
// quotations their speaker from the attribution words of the article's
// language, and checks the same text tagged English keeps no speaker.
func TestFindIntlSpeakers(t *testing.T) {
	fd := newFinder(t)
	tests := []struct {
		name, lang, text string
		ents             []entityDef
		want             string // describe() of the quotes
	}{
		{"french inverted role", "fr",
			"PARIS, 25 mars 2026 (Méridien) - «\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre de l'Intérieur.", nil,
			"direct | Nous ne céderons pas | ministre de l'Intérieur | -"},
		{"french inverted name entity", "fr-FR",
			"« La trêve doit tenir », a souligné le ministre Jean Arnaud mardi.",
			[]entityDef{{typ: "PER", name: "Jean Arnaud"}},
			"direct | La trêve doit tenir | Jean Arnaud | -"},
		{"french role with the name in apposition", "fr",
			"« Nous ne céderons pas », a déclaré le ministre des Affaires étrangères, Ali Youssef, lors d'une conférence de presse.",
			[]entityDef{{typ: "PER", name: "Ali Youssef"}, {typ: "ORG", name: "Affaires étrangères"}},
			"direct | Nous ne céderons pas | Ali Youssef | -"},
		{"french selon", "fr",
			"« Les négociations reprendront lundi », selon le porte-parole du gouvernement.", nil,
			"direct | Les négociations reprendront lundi | porte-parole du gouvernement | -"},
		{"french verb before", "fr",
			"Le président Marc Delorme a affirmé : « Nous irons jusqu'au bout. »",
			[]entityDef{{typ: "PER", name: "Marc Delorme"}},
			"direct | Nous irons jusqu'au bout. | Marc Delorme | -"},
		{"french pronoun goes back to the speaker", "fr",
			"« La trêve doit tenir », a estimé Jean Arnaud. « Personne n'a intérêt à la rompre », a-t-il ajouté.",
			[]entityDef{{typ: "PER", name: "Jean Arnaud"}},
			"direct | La trêve doit tenir | Jean Arnaud | -\ndirect | Personne n'a intérêt à la rompre | Jean Arnaud | -"},
		{"french selon before, a place in the complement", "fr",
			"Selon l'ambassadeur de France, « la porte reste ouverte ».",
			[]entityDef{{typ: "GPE", name: "France"}},
			"direct | la porte reste ouverte | ambassadeur de France | -"},
		{"spanish inverted", "es",
			"«No habrá más recortes», dijo la ministra de Hacienda en Madrid.", nil,
			"direct | No habrá más recortes | ministra de Hacienda | -"},
		{"spanish role with an untagged name in apposition", "es",
			"«No habrá más recortes», dijo la ministra de Hacienda, María Jesús Montero, en una rueda de prensa.", nil,
			"direct | No habrá más recortes | María Jesús Montero | -"},
		{"spanish role with a lower-case apposition keeps the role", "es",
			"«No habrá más recortes», dijo la ministra de Hacienda, en una rueda de prensa.", nil,
			"direct | No habrá más recortes | ministra de Hacienda | -"},
		{"spanish según", "es",
			"«El acuerdo está cerca», según el negociador jefe.", nil,
			"direct | El acuerdo está cerca | negociador jefe | -"},
		{"spanish dropped subject", "es",
			"«Seguiremos negociando», afirmó Lucía Ferrer. «No hay prisa», añadió.",
			[]entityDef{{typ: "PER", name: "Lucía Ferrer"}},
			"direct | Seguiremos negociando | Lucía Ferrer | -\ndirect | No hay prisa | Lucía Ferrer | -"},
		{"portuguese inverted", "pt-BR",
			"“Vamos manter o diálogo”, disse o chanceler Paulo Ramos.",
			[]entityDef{{typ: "PER", name: "Paulo Ramos"}},
			"direct | Vamos manter o diálogo | Paulo Ramos | -"},
		{"portuguese segundo", "pt",
			"“A proposta é inaceitável”, segundo o sindicato.", nil,
			"direct | A proposta é inaceitável | sindicato | -"},
		{"german inverted name", "de",
			"BERLIN, 25. März 2026 (Meridian) - „Wir geben nicht auf“, sagte Merz am Montag.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | -"},
		{"german separable verb with pronoun", "de",
			"„Wir geben nicht auf“, erklärte Kanzler Merz. „Das ist unsere Pflicht“, fügte er hinzu.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | -\ndirect | Das ist unsere Pflicht | Merz | -"},
		{"german so", "de",
			"»Die Lage bleibt angespannt«, so der Sprecher des Ministeriums.", nil,
			"direct | Die Lage bleibt angespannt | Sprecher des Ministeriums | -"},
		{"german so with an indefinite article", "de",
			"„Die Gespräche sind gescheitert“, so ein Sprecher der Regierung.", nil,
			"direct | Die Gespräche sind gescheitert | Sprecher der Regierung | -"},
		{"german laut", "de",
			"„Die Gespräche sind gescheitert“, laut einem Diplomaten.", nil,
			"direct | Die Gespräche sind gescheitert | Diplomaten | -"},
		{"german verb before", "de",
			"Die Ministerin betonte: „Wir stehen zu unserem Wort.“", nil,
			"direct | Wir stehen zu unserem Wort. | Ministerin | -"},
		{"french words in english copy are not read", "en",
			"« Nous ne céderons pas », a déclaré le ministre.", nil,
			"direct | Nous ne céderons pas | - | -"},
		{"no language keeps english behaviour", "",
			"„Wir geben nicht auf“, sagte der Minister.", nil,
			"direct | Wir geben nicht auf | - | -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := buildArticle(tc.text, tc.ents)
			a.Language = tc.lang
			got := strings.TrimSuffix(describe(fd.Find(a)), "\n")
			if got != tc.want {
				t.Errorf("Find(%q, %s) =\n%s\nwant\n%s", tc.text, tc.lang, got, tc.want)
			}
		})
	}
}
