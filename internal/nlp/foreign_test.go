package nlp_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp"
	"github.com/newsgraph/newsgraph/internal/nlp/resolve"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// TestForeignArticles runs short wire passages in French, Spanish,
// Portuguese, Italian and German (written for this test) through the real
// tagger and resolver: the countries, capitals and persons each names must
// resolve (want: actor ids), and the words the English model misreads in
// those languages (articles, titles, German nouns) must be no entity's
// text (not). The same passage read as English (control) must not use the
// other language's names: they are kept for articles in that language.
func TestForeignArticles(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // actor ids among the resolved entities
		not        []string // texts no entity may have
	}{
		// French.
		{"fr", "PARIS (AFP) - Le Soudan a accusé mardi ses voisins de soutenir les rebelles, a déclaré un porte-parole du gouvernement.",
			[]string{"SDN"}, []string{"Le Soudan"}},
		{"fr", "La Chine et la Russie ont appelé au calme lors d'une réunion à Genève, tandis que l'Allemagne a suspendu son aide.",
			[]string{"CHN", "RUS", "DEU"}, []string{"La Chine"}},
		{"fr", "Le président Emmanuel Macron s'est entretenu jeudi au téléphone avec son homologue à Pékin.",
			[]string{"person:emmanuel_macron", "CHN|place:CHN:beijing"}, []string{"Le président Emmanuel Macron"}},
		{"fr", "Les États-Unis ont annoncé de nouvelles sanctions contre Moscou après l'attaque de la semaine dernière.",
			[]string{"USA", "RUS"}, []string{"Les États-Unis"}},
		{"fr", "Le ministre a rencontré ses homologues du Royaume-Uni et de la Corée du Sud à Londres.",
			[]string{"GBR", "KOR"}, nil},
		{"fr", "Les Émirats arabes unis et l'Arabie saoudite ont salué l'accord signé au Caire.",
			[]string{"ARE", "SAU"}, []string{"Émirats"}},
		// Spanish.
		{"es", "MADRID (EFE) - Estados Unidos y la Unión Europea pidieron el martes una investigación independiente.",
			[]string{"USA"}, nil},
		{"es", "Alemania y Francia respaldaron la postura del Gobierno, según fuentes diplomáticas.",
			[]string{"DEU", "FRA"}, []string{"Alemania y Francia"}},
		{"es", "El presidente Pedro Sánchez viajará la próxima semana a Pekín para reunirse con las autoridades de China.",
			[]string{"CHN"}, []string{"El presidente Pedro Sánchez"}},
		{"es", "Rusia acusó a Reino Unido de espionaje y expulsó a dos diplomáticos, informó la cancillería en Moscú.",
			[]string{"RUS", "GBR"}, nil},
		{"es", "La Corea del Norte lanzó un misil balístico que cayó cerca de Japón, según el ejército de Corea del Sur.",
			[]string{"PRK", "JPN", "KOR"}, []string{"La Corea del Norte"}},
		{"es", "El canciller viajó a Brasil y a Sudáfrica para preparar la cumbre.",
			[]string{"BRA", "ZAF"}, nil},
		// Portuguese and Italian.
		{"pt", "O governo da Alemanha e a Rússia discutiram a crise em Pequim, segundo a agência.",
			[]string{"DEU", "RUS", "CHN|place:CHN:beijing"}, nil},
		{"it", "La Germania e gli Stati Uniti hanno condannato l'attacco, ha detto il portavoce a Mosca.",
			[]string{"DEU", "USA"}, []string{"La Germania"}},
		// German.
		{"de", "BERLIN (dpa) - Deutschland und Frankreich haben am Dienstag neue Sanktionen gegen Russland angekündigt.",
			[]string{"DEU", "FRA", "RUS"}, []string{"Sanktionen"}},
		{"de", "Ein Sprecher der Regierung sagte, man stehe an der Seite der Ukraine.",
			[]string{"UKR"}, []string{"Sprecher", "Ein Sprecher", "Regierung", "Seite"}},
		{"de", "Bundeskanzler Olaf Scholz traf in Peking den chinesischen Präsidenten Xi Jinping.",
			[]string{"person:olaf_scholz", "CHN|place:CHN:beijing", "person:xi_jinping"}, []string{"Präsidenten"}},
		{"de", "Die Vereinigten Staaten begrüßten die Entscheidung, die Verhandlungen sollen in Moskau fortgesetzt werden.",
			[]string{"USA", "RUS|place:RUS:moscow"}, []string{"Verhandlungen", "Entscheidung", "Die Vereinigten Staaten"}},
		{"de", "Russlands Außenminister warnte die Türkei und Großbritannien vor einer Eskalation.",
			[]string{"RUS", "TUR", "GBR"}, []string{"Eskalation", "Außenminister"}},
		{"de", "Nach Angaben der Polizei wurden in Wien drei Menschen verletzt, teilte das Innenministerium mit.",
			[]string{"AUT|place:AUT:vienna"}, []string{"Angaben", "Polizei", "Menschen"}},
		// An article or a determiner opening a sentence, after a dateline
		// too, is no name on its own ...
		{"fr", "PARIS, 3 mars (Wire) - Le président français a déclaré mardi que la France soutiendrait l'Ukraine.",
			[]string{"FRA", "UKR"}, []string{"Le", "Le président"}},
		{"fr", "Cette décision a été critiquée à Bruxelles, où les ministres se réunissaient.",
			nil, []string{"Cette"}},
		{"es", "Los diputados votaron el martes la ley, informó el Congreso en Madrid.",
			[]string{"ESP|place:ESP:madrid"}, []string{"Los"}},
		{"pt", "Os ministros da Argentina e do Chile assinaram o acordo.",
			[]string{"ARG", "CHL"}, []string{"Os"}},
		{"it", "Questo governo ha chiesto aiuto alla Francia, ha detto il ministro.",
			[]string{"FRA"}, []string{"Questo"}},
		// ... but one that opens a name stays with it.
		{"fr", "Le Monde a cité des sources proches de l'ONU à New York.",
			[]string{"FRA.MED.LEMONDE", "city:USA:new_york_city"}, nil},
		{"es", "Los Ángeles recibió a la delegación de México el martes.",
			[]string{"city:USA:los_angeles", "MEX"}, nil},
		// Must not: an English article keeps its reading.
		{"en", "Officials in Allemagne and Pékin said nothing.", nil, nil},
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	st, err := nlp.New(nlp.Config{})
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text[:min(30, len(tt.text))], func(t *testing.T) {
			art := &model.Article{Text: tt.text, Language: tt.lang, Published: &date}
			doc := &model.Document{Article: art}
			for _, s := range []pipeline.Stage{st, resolve.New(k)} {
				if err := s.Process(context.Background(), doc); err != nil {
					t.Fatal(err)
				}
			}
			var ids, texts []string
			for _, e := range art.Entities {
				texts = append(texts, e.Text)
				if e.ActorID != "" {
					ids = append(ids, e.ActorID)
				}
			}
			got := fmt.Sprint(describe(art.Entities))
			for _, want := range tt.want {
				// "a|b": either (a capital stands for its country or
				// for the city, as the resolver reads the context).
				if !slices.ContainsFunc(strings.Split(want, "|"), func(id string) bool { return slices.Contains(ids, id) }) {
					id := want
					t.Errorf("no entity resolved to %s; got %s", id, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(texts, n) {
					t.Errorf("entity %q kept; got %s", n, got)
				}
			}
			if tt.lang == "en" {
				for _, e := range art.Entities {
					if e.ActorID == "DEU" || strings.HasPrefix(e.ActorID, "place:CHN") {
						t.Errorf("English article resolved %q to %s by a French name", e.Text, e.ActorID)
					}
				}
			}
		})
	}
}

func describe(ents []model.Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Type+":"+e.Text+"="+e.ActorID)
	}
	return out
}
