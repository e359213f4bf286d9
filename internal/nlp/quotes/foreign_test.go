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
	tests := []intlCase{
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
		{"french il passes over the woman who spoke last", "fr",
			"« Le texte sera voté », a déclaré Paul Girard. « Nous attendrons », a répondu la présidente du Sénat. « Rien ne presse », a-t-il ajouté.",
			[]entityDef{{typ: "PER", name: "Paul Girard"}},
			"direct | Le texte sera voté | Paul Girard | -\ndirect | Nous attendrons | présidente du Sénat | -\ndirect | Rien ne presse | Paul Girard | -"},
		{"french elle goes back to the woman who spoke", "fr",
			"« Le texte sera voté », a déclaré Paul Girard. « Nous attendrons », a répondu la présidente du Sénat. « Rien ne presse », a-t-elle ajouté.",
			[]entityDef{{typ: "PER", name: "Paul Girard"}},
			"direct | Le texte sera voté | Paul Girard | -\ndirect | Nous attendrons | présidente du Sénat | -\ndirect | Rien ne presse | présidente du Sénat | -"},
		{"french elle after la ministre, an epicene title", "fr",
			"« Le texte sera voté », a déclaré Paul Girard. « Nous attendrons », a répondu la ministre. « Rien ne presse », a-t-elle ajouté.",
			[]entityDef{{typ: "PER", name: "Paul Girard"}},
			"direct | Le texte sera voté | Paul Girard | -\ndirect | Nous attendrons | ministre | -\ndirect | Rien ne presse | ministre | -"},
		{"french il with no man before keeps the nearest speaker", "fr",
			"« Nous attendrons », a répondu le porte-parole. « Rien ne presse », a-t-il ajouté.", nil,
			"direct | Nous attendrons | porte-parole | -\ndirect | Rien ne presse | porte-parole | -"},
		{"german er passes over the Ministerin", "de",
			"„Wir bleiben hart“, sagte Kanzler Merz. „Das dauert“, sagte die Außenministerin. „Wir warten“, fügte er hinzu.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir bleiben hart | Merz | -\ndirect | Das dauert | Außenministerin | -\ndirect | Wir warten | Merz | -"},
		{"spanish ella after la presidenta", "es",
			"«Hay acuerdo», dijo el ministro Pablo Ortiz. «Falta la firma», afirmó la presidenta. «Será pronto», añadió ella.",
			[]entityDef{{typ: "PER", name: "Pablo Ortiz"}},
			"direct | Hay acuerdo | Pablo Ortiz | -\ndirect | Falta la firma | presidenta | -\ndirect | Será pronto | presidenta | -"},
		{"french conduit a déclaré à l'AFP", "fr",
			"« Nous ne céderons pas », a déclaré à l'AFP le ministre de l'Intérieur.", nil,
			"direct | Nous ne céderons pas | ministre de l'Intérieur | AFP"},
		{"spanish conduit dijo a Reuters", "es",
			"«No habrá más recortes», dijo a Reuters la ministra de Hacienda.", nil,
			"direct | No habrá más recortes | ministra de Hacienda | Reuters"},
		{"german conduit sagte der Nachrichtenagentur dpa", "de",
			"„Wir geben nicht auf“, sagte Merz der Nachrichtenagentur dpa.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | Nachrichtenagentur dpa"},
		{"german a dative that is no outlet is no conduit but the audience", "de",
			"„Wir geben nicht auf“, sagte Merz dem Parlament.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | - | to Parlament"},
		{"french audience between the verb and its inverted subject", "fr",
			"« Nous ne céderons pas », a déclaré aux députés le ministre de l'Intérieur.", nil,
			"direct | Nous ne céderons pas | ministre de l'Intérieur | - | to députés"},
		{"spanish audience after the subject", "es",
			"«No habrá más recortes», dijo el presidente a los periodistas.", nil,
			"direct | No habrá más recortes | presidente | - | to periodistas"},
		{"spanish audience and conduit", "es",
			"«No habrá más recortes», dijo el presidente a los periodistas de la agencia EFE.", nil,
			"direct | No habrá más recortes | presidente | - | to periodistas"},
		{"german audience before the quotation", "de",
			"Merz sagte vor Journalisten in Berlin: „Wir geben nicht auf.“",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf. | Merz | - | to Journalisten"},
		{"german audience after vor", "de",
			"„Wir geben nicht auf“, sagte Merz vor Journalisten in Berlin.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | - | to Journalisten"},
		{"german vor a time is no audience", "de",
			"„Wir geben nicht auf“, sagte Merz vor einer Woche.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | -"},
		{"german conduit gegenüber a newspaper", "de",
			"„Wir geben nicht auf“, sagte Merz gegenüber der Zeitung.",
			[]entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir geben nicht auf | Merz | Zeitung"},
		{"german genitive der is no audience", "de",
			"„Die Lage bleibt ernst“, sagte der Sprecher der Regierung.",
			[]entityDef{{typ: "ORG", name: "Regierung"}},
			"direct | Die Lage bleibt ernst | Sprecher der Regierung | -"},
		{"french à a place is no audience", "fr",
			"« Nous ne céderons pas », a déclaré le ministre à Paris.",
			[]entityDef{{typ: "GPE", name: "Paris"}},
			"direct | Nous ne céderons pas | ministre | -"},
		{"portuguese conduit disse à Lusa", "pt",
			"“Vamos manter o diálogo”, disse o chanceler Paulo Ramos à Lusa.",
			[]entityDef{{typ: "PER", name: "Paulo Ramos"}},
			"direct | Vamos manter o diálogo | Paulo Ramos | Lusa"},
		{"french words in english copy are not read", "en",
			"« Nous ne céderons pas », a déclaré le ministre.", nil,
			"direct | Nous ne céderons pas | - | -"},
		{"no language keeps english behaviour", "",
			"„Wir geben nicht auf“, sagte der Minister.", nil,
			"direct | Wir geben nicht auf | - | -"},
	}
	runIntlCases(t, fd, tests)
}

// TestFindIntlReports reads reported speech and partial quotes in French,
// Spanish, Portuguese and German copy: the clause after the speech verb's
// conjunction (or, in German, after its comma when the clause is in the
// Konjunktiv or follows the verb itself), the clause before a closing
// attribution or a source word, and quoted words after a verb that
// characterises them. Rows that must give no quote: a negated verb, an
// impersonal "Il faut que", a verb of opinion, a German comma opening a
// relative clause, and the same French report in an English article.
func TestFindIntlReports(t *testing.T) {
	fd := newFinder(t)
	per := func(names ...string) []entityDef {
		var out []entityDef
		for _, n := range names {
			out = append(out, entityDef{typ: "PER", name: n})
		}
		return out
	}
	tests := []intlCase{
		{"french report told to an agency", "fr",
			"Le ministre de l'Intérieur a déclaré à l'AFP que les contrôles seraient renforcés.", nil,
			"indirect | les contrôles seraient renforcés | ministre de l'Intérieur | AFP"},
		{"french report told to deputies: no conduit, the deputies the audience", "fr",
			"Le ministre de l'Intérieur a déclaré aux députés que les contrôles seraient renforcés.", nil,
			"indirect | les contrôles seraient renforcés | ministre de l'Intérieur | - | to députés"},
		{"french told journalists: people are the audience", "fr",
			"Le Premier ministre a dit aux journalistes que la réforme serait votée en juin.", nil,
			"indirect | la réforme serait votée en juin | Premier ministre | - | to journalistes"},
		{"french told his counterpart, a possessive before the hearer", "fr",
			"Le ministre a assuré à son homologue que la frontière resterait ouverte.", nil,
			"indirect | la frontière resterait ouverte | ministre | - | to son homologue"},
		{"french told the National Assembly, its article elided", "fr",
			"Le Premier ministre a déclaré devant l'Assemblée nationale que le budget serait présenté en octobre.", nil,
			"indirect | le budget serait présenté en octobre | Premier ministre | - | to Assemblée nationale"},
		{"spanish told journalists", "es",
			"El presidente dijo a los periodistas que no habrá más recortes.", nil,
			"indirect | no habrá más recortes | presidente | - | to periodistas"},
		{"spanish told a person named", "es",
			"La ministra dijo a Pedro Ortiz que el acuerdo está cerca.", per("Pedro Ortiz"),
			"indirect | el acuerdo está cerca | ministra | - | to Pedro Ortiz"},
		{"portuguese told journalists", "pt",
			"O ministro disse aos jornalistas que o acordo será assinado na sexta-feira.", nil,
			"indirect | o acordo será assinado na sexta-feira | ministro | - | to jornalistas"},
		{"german told lawmakers, no dass", "de",
			"Merz sagte den Abgeordneten, die Regierung werde nicht nachgeben.", per("Merz"),
			"indirect | die Regierung werde nicht nachgeben | Merz | - | to Abgeordneten"},
		{"spanish report told to an agency", "es",
			"La ministra de Hacienda dijo a la agencia EFE que no habrá más recortes.", nil,
			"indirect | no habrá más recortes | ministra de Hacienda | agencia EFE"},
		{"portuguese report told to an agency", "pt",
			"O chanceler Paulo Ramos disse à Lusa que o diálogo vai continuar.", per("Paulo Ramos"),
			"indirect | o diálogo vai continuar | Paulo Ramos | Lusa"},
		{"german report told to an agency", "de",
			"Merz sagte der Nachrichtenagentur dpa, die Regierung werde nicht nachgeben.", per("Merz"),
			"indirect | die Regierung werde nicht nachgeben | Merz | Nachrichtenagentur dpa"},
		{"french elle report does not go back to the man named", "fr",
			"La présidente du Sénat a reçu Paul Girard mardi. Elle a déclaré que le texte serait voté en juin.",
			[]entityDef{{typ: "PER", name: "Paul Girard", gender: "male"}},
			""},
		{"spanish inverted subject after the one told", "es",
			"Dijo a Reuters el ministro de Economía que no habrá más recortes.", nil,
			"indirect | no habrá más recortes | ministro de Economía | Reuters"},
		{"french que after a time word", "fr",
			"PARIS, 25 mars 2026 (Méridien) - Le ministre de l'Intérieur a déclaré mardi que les contrôles aux frontières seraient renforcés.", nil,
			"indirect | les contrôles aux frontières seraient renforcés | ministre de l'Intérieur | -"},
		{"french elided qu' opens the clause", "fr",
			"Jean Arnaud a affirmé qu'il ne se présenterait pas à l'élection.", per("Jean Arnaud"),
			"indirect | il ne se présenterait pas à l'élection | Jean Arnaud | -"},
		{"french pronoun subject goes back to the person named", "fr",
			"Jean Arnaud est arrivé à Bamako lundi. Il a assuré que la mission resterait dans le pays.", per("Jean Arnaud"),
			"indirect | la mission resterait dans le pays | Jean Arnaud | -"},
		{"french subject with an apposition", "fr",
			"Marc Delorme, le porte-parole du gouvernement, a indiqué que le texte serait présenté en juin.", per("Marc Delorme"),
			"indirect | le texte serait présenté en juin | Marc Delorme | -"},
		{"french apposition after a dateline in a later paragraph, the role marked by the resolver", "fr",
			"Le Sénat adopte la réforme\n\nPARIS, 25 mars 2026 (Méridien) - Le ministre du Travail, Jean Arnaud, a déclaré mardi qu'il ne retirerait pas le texte.",
			[]entityDef{{typ: "PER", name: "Jean Arnaud"}, {typ: "GPE", name: "PARIS"}, {typ: "ROLE", name: "ministre du Travail"}},
			"indirect | il ne retirerait pas le texte | Jean Arnaud | -"},
		{"french phrase set off before que", "fr",
			"Le ministre a déclaré, lors d'une conférence de presse, que les élections auraient lieu en mai.", nil,
			"indirect | les élections auraient lieu en mai | ministre | -"},
		{"french closing attribution", "fr",
			"La trêve sera prolongée de trois jours, a annoncé le médiateur.", nil,
			"indirect | La trêve sera prolongée de trois jours | médiateur | -"},
		{"french closing attribution with a glued pronoun", "fr",
			"Jean Arnaud a visité le camp mardi. Les conditions y restent difficiles, a-t-il ajouté.", per("Jean Arnaud"),
			"indirect | Les conditions y restent difficiles | Jean Arnaud | -"},
		{"french selon before", "fr",
			"Selon le parquet, trois suspects ont été interpellés dans la nuit.", nil,
			"indirect | trois suspects ont été interpellés dans la nuit | parquet | -"},
		{"french selon after", "fr",
			"Trois suspects ont été interpellés dans la nuit, selon le parquet.", nil,
			"indirect | Trois suspects ont été interpellés dans la nuit | parquet | -"},
		{"french partial after a characterising verb", "fr",
			"Le ministre a qualifié la situation de « grave ».", nil,
			"partial | grave | ministre | -"},
		{"french partial inside a report", "fr",
			"La ministre a estimé que la réforme était « indispensable ».", nil,
			"indirect | la réforme était « indispensable » | ministre | -\npartial | indispensable | ministre | -"},
		{"french partial in single guillemets", "fr",
			"Le ministre a évoqué un ‹ tournant › pour le pays.", nil,
			"partial | tournant | ministre | -"},
		{"french negated verb", "fr",
			"Le ministre n'a pas déclaré que la trêve était rompue.", nil, ""},
		{"french impersonal il faut que", "fr",
			"Il faut que le gouvernement agisse vite.", nil, ""},
		{"french verb of opinion", "fr",
			"Le maire pense que la route sera rouverte en mai.", nil, ""},
		{"french scare quotes without a verb", "fr",
			"La « réforme » du code du travail a été adoptée.", nil, ""},
		{"spanish dijo que", "es",
			"El presidente dijo que no habrá más recortes este año.", nil,
			"indirect | no habrá más recortes este año | presidente | -"},
		{"spanish role with the name in apposition", "es",
			"La ministra de Hacienda, María Jesús Montero, aseguró que el déficit bajará.", nil,
			"indirect | el déficit bajará | María Jesús Montero | -"},
		{"spanish dropped subject", "es",
			"Lucía Ferrer llegó a Lima el lunes. Afirmó que el acuerdo está cerca.", per("Lucía Ferrer"),
			"indirect | el acuerdo está cerca | Lucía Ferrer | -"},
		{"spanish subject with a name in apposition and a transitive verb is no closing attribution", "es",
			"La ministra de Hacienda, María Jesús Montero, anunció un recorte de impuestos. Montero dijo a los periodistas que la medida entrará en vigor en enero.", per("Montero"),
			"indirect | la medida entrará en vigor en enero | Montero | - | to periodistas"},
		{"french name with a role in apposition and a transitive verb", "fr",
			"Jean Arnaud, ministre de l'Intérieur, a annoncé un plan de sécurité.", per("Jean Arnaud"), ""},
		{"spanish closing attribution", "es",
			"La situación en la frontera es estable, dijo un portavoz del ejército.", nil,
			"indirect | La situación en la frontera es estable | portavoz del ejército | -"},
		{"spanish según", "es",
			"Según la policía, los manifestantes bloquearon la carretera.", nil,
			"indirect | los manifestantes bloquearon la carretera | policía | -"},
		{"spanish partial", "es",
			"El presidente calificó el ataque de «cobarde».", nil,
			"partial | cobarde | presidente | -"},
		{"spanish negated verb", "es",
			"El ministro no dijo que fuera a dimitir.", nil, ""},
		{"portuguese disse que", "pt",
			"O ministro disse que o acordo será assinado na sexta-feira.", nil,
			"indirect | o acordo será assinado na sexta-feira | ministro | -"},
		{"portuguese told the press: the press is the conduit, as 'told reporters' is", "pt",
			"A presidente afirmou à imprensa que não haverá novos impostos.", nil,
			"indirect | não haverá novos impostos | presidente | imprensa"},
		{"portuguese negated verb", "pt",
			"O governo não confirmou que o acordo foi assinado.", nil, ""},
		{"german dass", "de",
			"Merz sagte, dass die Regierung an ihrem Kurs festhalte.", per("Merz"),
			"indirect | die Regierung an ihrem Kurs festhalte | Merz | -"},
		{"german konjunktiv without dass", "de",
			"Der Minister erklärte, die Regierung werde die Hilfen verlängern.", nil,
			"indirect | die Regierung werde die Hilfen verlängern | Minister | -"},
		{"german subject after the verb", "de",
			"Am Montag sagte Merz in Berlin, die Lage sei ernst.", per("Merz"),
			"indirect | die Lage sei ernst | Merz | -"},
		{"german separable verb", "de",
			"Die Regierung teilte am Montag mit, dass die Grenzkontrollen verlängert werden.", nil,
			"indirect | die Grenzkontrollen verlängert werden | Regierung | -"},
		{"german closing attribution", "de",
			"Die Gespräche seien gescheitert, sagte ein Sprecher des Ministeriums.", nil,
			"indirect | Die Gespräche seien gescheitert | Sprecher des Ministeriums | -"},
		{"german partial in low single marks", "de",
			"Merz sprach von einem ‚historischen Tag‘ für Europa.", per("Merz"),
			"partial | historischen Tag | Merz | -"},
		{"german quotation in low single marks", "de",
			"‚Wir geben nicht auf‘, sagte Merz.", per("Merz"),
			"direct | Wir geben nicht auf | Merz | -"},
		{"german negated verb", "de",
			"Merz sagte nicht, dass die Steuern steigen.", per("Merz"), ""},
		{"german comma before a relative clause", "de",
			"Das sagte Merz am Montag in Berlin, wo er die Ministerin traf.", per("Merz"), ""},
		{"spanish dropped subject goes on with the role before it", "es",
			"La ministra de Hacienda anunció un recorte del gasto el martes. Dijo a los periodistas que el déficit bajará el próximo año.", nil,
			"indirect | el déficit bajará el próximo año | ministra de Hacienda | - | to periodistas"},
		{"portuguese dropped subject goes on with the role before it", "pt",
			"O ministro das Finanças apresentou o orçamento na terça-feira. Disse aos jornalistas que o défice vai cair no próximo ano.", nil,
			"indirect | o défice vai cair no próximo ano | ministro das Finanças | - | to jornalistas"},
		{"spanish dropped subject after a dateline and the role", "es",
			"MADRID (EFE) - La ministra de Hacienda anunció un recorte del gasto el martes. Dijo a los periodistas que el déficit bajará el próximo año.", nil,
			"indirect | el déficit bajará el próximo año | ministra de Hacienda | - | to periodistas"},
		{"spanish dropped subject after two roles: either may speak", "es",
			"La ministra de Hacienda se reunió el martes con el presidente del banco central. Dijo a los periodistas que el déficit bajará.", nil, ""},
		{"spanish pronoun of the other gender than the role", "es",
			"El presidente del Gobierno viajó a Bruselas el lunes. Ella dijo que el acuerdo estaba cerca.", nil, ""},
		{"spanish dropped subject after a sentence with no role subject", "es",
			"Las lluvias inundaron tres barrios el martes. Dijo que el agua bajará pronto.", nil, ""},
		{"french report in english copy is not read", "en",
			"Le ministre a déclaré que la trêve serait prolongée.", nil, ""},
	}
	runIntlCases(t, fd, tests)
}

// TestFindIntlInnerQuotes reads quotations inside quotations in French,
// Spanish, Portuguese and German copy as English ones are read: a speech
// verb of the language next to the inner marks, inside the outer quote,
// gives the inner words their own quote, spoken by the verb's subject
// and carried on by the outer speaker; a first-person singular subject
// makes them the outer speaker's own; another pronoun, or a dropped
// subject, leaves the speaker null. Inner marks with no speech verb set
// off a term and give no quote.
func TestFindIntlInnerQuotes(t *testing.T) {
	fd := newFinder(t)
	tests := []intlCase{
		{"german named subject before the inner quote", "de",
			"„Der Kanzler sagte: ‚Wir geben nicht auf‘“, sagte der Sprecher.", nil,
			"direct | Der Kanzler sagte: ‚Wir geben nicht auf‘ | Sprecher | -\ndirect | Wir geben nicht auf | Kanzler | Sprecher"},
		{"german wir says no one a reader can look up", "de",
			"„Wir sagen ‚nein‘ zu diesem Plan“, sagte Merz.", []entityDef{{typ: "PER", name: "Merz"}},
			"direct | Wir sagen ‚nein‘ zu diesem Plan | Merz | -\ndirect | nein | - | Merz"},
		{"german ich: the outer speaker's own words", "de",
			"„Ich habe ihnen gesagt: ‚Wir geben nicht auf‘“, sagte Merz.", []entityDef{{typ: "PER", name: "Merz"}},
			"direct | Ich habe ihnen gesagt: ‚Wir geben nicht auf‘ | Merz | -\ndirect | Wir geben nicht auf | Merz | -"},
		{"german reversed guillemets", "de",
			"»Die Ministerin sagte ›nein‹«, sagte der Sprecher.", nil,
			"direct | Die Ministerin sagte ›nein‹ | Sprecher | -\ndirect | nein | Ministerin | Sprecher"},
		{"german term without a verb is part of the quote", "de",
			"„Das ist ein ‚Wendepunkt‘ für Europa“, sagte Merz.", []entityDef{{typ: "PER", name: "Merz"}},
			"direct | Das ist ein ‚Wendepunkt‘ für Europa | Merz | -"},
		{"french named subject with an object pronoun", "fr",
			"« Le ministre nous a dit “nous ne céderons pas” », a déclaré le maire.", nil,
			"direct | Le ministre nous a dit “nous ne céderons pas” | maire | -\ndirect | nous ne céderons pas | ministre | maire"},
		{"french je", "fr",
			"« Je leur ai dit “non” », a déclaré le maire.", nil,
			"direct | Je leur ai dit “non” | maire | -\ndirect | non | maire | -"},
		{"french verb after the inner quote", "fr",
			"« “Nous ne céderons pas”, a répondu le préfet », a raconté le maire.", nil,
			"direct | “Nous ne céderons pas”, a répondu le préfet | maire | -\ndirect | Nous ne céderons pas | préfet | maire"},
		{"french negated verb gives no inner quote", "fr",
			"« Le préfet n'a jamais dit “non” », a déclaré le maire.", nil,
			"direct | Le préfet n'a jamais dit “non” | maire | -"},
		{"french term in guillemets with spaces", "fr",
			"« C'est un ‹ tournant › pour le pays », a déclaré le maire.", nil,
			"direct | C'est un ‹ tournant › pour le pays | maire | -"},
		{"spanish named subject", "es",
			"«El ministro nos dijo “no habrá recortes”», afirmó el alcalde.", nil,
			"direct | El ministro nos dijo “no habrá recortes” | alcalde | -\ndirect | no habrá recortes | ministro | alcalde"},
		{"spanish dropped subject", "es",
			"«Nos dijo “no”», afirmó el alcalde.", nil,
			"direct | Nos dijo “no” | alcalde | -\ndirect | no | - | alcalde"},
		{"portuguese eu with guillemets inside", "pt",
			"“Eu disse «não» ao acordo”, afirmou o prefeito.", nil,
			"direct | Eu disse «não» ao acordo | prefeito | -\ndirect | não | prefeito | -"},
	}
	runIntlCases(t, fd, tests)
}

// intlCase is one passage of a non-English quote table: the article's
// language, its text, the entities standing in for the tagger's, and
// describe() of the quotes expected ("" for none).
type intlCase struct {
	name, lang, text string
	ents             []entityDef
	want             string
}

// runIntlCases finds the quotes of each case's passage as an article of
// its language and compares their description with the case's.
func runIntlCases(t *testing.T, fd *Finder, tests []intlCase) {
	t.Helper()
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
