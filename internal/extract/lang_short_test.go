package extract

import "testing"

// TestDetectLanguageShortWire reads two- to four-sentence wire passages,
// the length of a brief or a feed item's description. Spanish and
// Portuguese share most function words ("que", "para", "con"/"com", "a"),
// so a short passage of either may give both nearly the same count; the
// letters only one of them writes (ñ; ã, õ) decide then.
func TestDetectLanguageShortWire(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"spanish brief with ñ",
			"La ministra de Hacienda anunció un recorte de impuestos para pequeñas empresas. Dijo a los periodistas que la medida entrará en vigor el año próximo.", "es"},
		{"spanish brief without ñ",
			"El gobierno aprobó el martes un plan de ayuda para los agricultores. La oposición dijo que la cifra es insuficiente y pidió más fondos.", "es"},
		{"spanish two sentences",
			"Según la policía, los manifestantes bloquearon la carretera durante seis horas. No hubo detenidos.", "es"},
		{"spanish quote",
			"«No habrá más recortes», dijo la ministra en Madrid. El déficit bajará este año, añadió.", "es"},
		{"portuguese brief",
			"O governo anunciou na terça-feira um novo pacote de ajuda aos agricultores. A oposição disse que o valor não é suficiente.", "pt"},
		{"portuguese two sentences",
			"Segundo a polícia, os manifestantes bloquearam a estrada durante seis horas. Não houve detenções.", "pt"},
		{"portuguese quote",
			"“Vamos manter o diálogo”, disse o chanceler em Brasília. As negociações serão retomadas em junho.", "pt"},
		{"french brief",
			"Le gouvernement a présenté mardi un plan d'aide aux agriculteurs. L'opposition a jugé le montant insuffisant.", "fr"},
		{"french brief with typographic apostrophes",
			"Le gouvernement a présenté mardi un plan d’aide aux agriculteurs. L’opposition a jugé le montant insuffisant.", "fr"},
		{"english with a typographic apostrophe and a Spanish name",
			"The minister’s office said on Tuesday that Peña would travel to the capital, and that talks with the unions had resumed.", "en"},
		{"italian brief",
			"Il governo ha approvato martedì un piano di aiuti per gli agricoltori. L'opposizione ha detto che la cifra non basta.", "it"},
		{"german brief",
			"Die Regierung hat am Dienstag ein Hilfspaket für Landwirte beschlossen. Die Opposition nannte die Summe zu gering.", "de"},
		{"english brief",
			"The government approved an aid package for farmers on Tuesday. The opposition said the sum was too small.", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLanguage(tt.text); got != tt.want {
				t.Errorf("detectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
