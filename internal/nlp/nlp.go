// Package nlp is the "nlp" pipeline stage: it splits Article.Text into
// paragraph-bounded sentences and tokens, tags tokens with Penn POS tags and
// BIO entity tags, and lists the named entities.
//
// What it fills: Article.Sentences (Index, Paragraph, Start, End, Text and
// Tokens with POS and NER set) and Article.Entities (Text, Type, Sentence,
// Start, End; ActorID/Country/Sector are left for resolution, but for the
// sector "sports" of a country named for its national team in a sports
// report). All offsets are byte offsets into Article.Text.
package nlp

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/clusters"
	"github.com/newsgraph/newsgraph/internal/nlp/tagger"
	"github.com/newsgraph/newsgraph/internal/nlp/tokenize"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// Config selects what the stage runs.
type Config struct {
	// NoPOS skips the POS tagger (NER does not need it).
	NoPOS bool
	// MaxTokens, when above 0, replaces TokenLimit: the most tokens of
	// one article analysed.
	MaxTokens int
}

// Stage is the nlp stage. It is safe for concurrent use.
type Stage struct {
	cfg Config
	*Analyzer
}

// Analyzer holds the loaded models, shared read-only.
type Analyzer struct {
	ner, pos *tagger.Model
	gaz      tagger.Gazetteer
	kb       *kb.KB
	// countries holds the knowledge base's country names, lower-cased
	// tokens joined by spaces.
	countries map[string]bool
	// places tells a city's word from an English word by its company in
	// the word clusters (nil: no word is taken as an untagged city).
	places *clusters.PlaceWords
}

var (
	loadOnce sync.Once
	loaded   *Analyzer
	loadErr  error
)

// Load returns the process-wide analyzer with the embedded models, loading
// them on first use.
func Load() (*Analyzer, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

func load() (*Analyzer, error) {
	a := &Analyzer{}
	var wg sync.WaitGroup
	var errN, errP error
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.ner, errN = tagger.LoadEmbedded("ner", tagger.FeatureConfig{})
		if errN != nil {
			return
		}
		// The model says which gazetteer parts it was trained with.
		feats, _, err := nerFeatures(a.ner.Meta["first_names"] == "yes")
		if err != nil {
			errN = err
			return
		}
		a.ner.SetFeatures(feats)
		a.gaz = feats.Gazetteer
		a.countries, errN = countryNames()
		if errN == nil {
			a.kb, errN = kb.Load()
		}
		if errN == nil {
			cl, err := clusters.Default()
			if err != nil {
				errN = err
				return
			}
			a.places = clusters.NewPlaceWords(cl, a.kb.OneWordCityWords())
		}
	}()
	go func() {
		defer wg.Done()
		pf, err := tagger.StandardFeatures(nil)
		if err != nil {
			errP = err
			return
		}
		a.pos, errP = tagger.LoadEmbedded("pos", pf)
	}()
	wg.Wait()
	if errN != nil {
		return nil, errN
	}
	if errP != nil {
		return nil, errP
	}
	return a, nil
}

// New returns the stage with the embedded models.
func New(cfg Config) (*Stage, error) {
	a, err := Load()
	if err != nil {
		return nil, err
	}
	return &Stage{cfg: cfg, Analyzer: a}, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "nlp" }

// Process implements pipeline.Stage.
func (s *Stage) Process(ctx context.Context, doc *model.Document) error {
	a := doc.Article
	if a == nil {
		return nil
	}
	// Tagging a long document takes seconds: the tagging loop looks at ctx
	// every few sentences (pipeline.Stopped), so a cancelled context stops
	// the work itself, and the article gets no sentences or entities.
	limit := TokenLimit(len(a.Text))
	if s.cfg.MaxTokens > 0 {
		limit = s.cfg.MaxTokens
	}
	sents, analysed := SentencesUpTo(a, limit)
	if analysed < len(a.Text) {
		// Said, never silent: the article is kept with what was analysed.
		a.Incomplete = append(a.Incomplete, model.StageFailure{Stage: s.Name(), Error: fmt.Sprintf(
			"text has more than %d tokens in its %d bytes; only its first %d bytes were analysed",
			limit, len(a.Text), analysed)})
	}
	ents, sports, err := s.tag(ctx, a.Text, sents, !s.cfg.NoPOS)
	if err != nil {
		return err
	}
	ents = s.foreignEntities(a.Language, a.Text, sents, ents)
	cutForeignTitles(a.Language, ents)
	a.Sentences, a.Entities = sents, ents
	a.Sports = sports
	// Quotes, keywords, resolve (per mention) and events all leave the
	// wire dateline out: it is matched here once and they read it.
	a.Dateline, a.DatelineKnown = extract.DatelineLen(a.Text), true
	return nil
}

// Tag sets POS (when pos) and NER tags on every token of sents and returns
// the entities. The NER tags are TagDocument's, except that countries
// standing for their national teams in sports reports are ORG
// (markNationalTeams).
func (an *Analyzer) Tag(text string, sents []model.Sentence, pos bool) []model.Entity {
	ents, _, _ := an.tag(context.Background(), text, sents, pos)
	return ents
}

// tag is Tag, also reporting whether the sentences read as a sports report
// (SportsReport), which the rules for teams test on the same words. It
// stops with an error wrapping ctx's when ctx is done (pipeline.Stopped),
// looking at it between sentences of the taggers' loop, which is most of
// the work, and before the document-wide rules.
func (an *Analyzer) tag(ctx context.Context, text string, sents []model.Sentence, pos bool) ([]model.Entity, bool, error) {
	words := make([][]string, len(sents))
	n := 0
	for si := range sents {
		n += len(sents[si].Tokens)
	}
	all := make([]string, n) // one array for the words of every sentence
	for si := range sents {
		k := len(sents[si].Tokens)
		ws := all[:k:k]
		all = all[k:]
		for i, t := range sents[si].Tokens {
			ws[i] = t.Text
		}
		words[si] = ws
	}
	// Both models read each word's normalised forms and cluster: they are
	// computed once per sentence for the two (tagger.Words).
	var shared tagger.Words
	defer shared.Reset()
	var ptags []string
	tags := make([][]string, len(sents))
	for si, ws := range words {
		if err := pipeline.Stopped(ctx, si, len(words)); err != nil {
			return nil, false, fmt.Errorf("tagging: %w", err)
		}
		if pos && an.pos != nil {
			shared.Prepare(an.pos, ws)
			if cap(ptags) < len(ws) {
				ptags = make([]string, len(ws))
			}
			ptags = ptags[:len(ws)]
			an.pos.TagWords(ws, &shared, ptags)
			tags[si] = make([]string, len(ws))
			an.ner.TagWords(ws, &shared, tags[si])
			an.tagAfterDateline(ws, tags[si])
			if d := wireDatelineDash(ws); d > 0 && d+1 < len(ws) {
				// As the NER tags above: the words after a wire
				// dateline are tagged as the sentence they are.
				an.posAfterDateline(ws[d+1:], ptags[d+1:], tags[si][d+1:])
			} else if fixed := namesNotVerbs(ws, ptags, tags[si]); fixed != nil {
				an.pos.TagWordsFixed(ws, &shared, fixed, ptags)
			}
			determinerAdverbs(ws, ptags)
			prefixedPasts(ws, ptags)
			pronounVerbs(ws, ptags)
			nounSubjectVerbs(ws, ptags)
			headlessParticiples(ws, ptags)
			particleVerbs(ws, ptags)
			objectPlurals(ws, ptags)
			toPlurals(ws, ptags)
			toldPast(ws, ptags)
			pluralSubjectVerbs(ws, ptags)
			nameSubjectPasts(ws, ptags)
			menPlurals(ws, ptags)
			subjectPasts(ws, ptags)
			bareObjectPasts(ws, ptags)
			nameSubjectVerbs(ws, ptags)
			conjunctNamePasts(ws, ptags)
			attributiveParticiples(ws, ptags)
			for i := range sents[si].Tokens {
				sents[si].Tokens[i].POS = ptags[i]
			}
		} else {
			tags[si] = an.ner.Tag(ws)
			an.tagAfterDateline(ws, tags[si])
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, false, fmt.Errorf("tagging: stopped after the taggers' %d sentences: %w", len(words), err)
	}
	sports := sportsDocument(words)
	an.fixTags(words, tags, sports)
	// The tags follow the CoNLL and OntoNotes guidelines, which keep a
	// national side a place; the pipeline reads it as the team, an
	// organisation of the sports sector that resolve links to the team.
	teams := markNationalTeams(words, tags, an.isCountry, sports)
	var ents []model.Entity
	for si := range sents {
		s := &sents[si]
		places, replaced := an.placeCompounds(text, s, words[si], tags[si])
		forSpans(tags[si], func(typ string, i, j int) {
			if replaced[i] && j == i+1 {
				return // "Kuala Lumpur-based": the place below, not the adjective
			}
			start, end := s.Tokens[i].Start, s.Tokens[j-1].End
			e := model.Entity{Text: text[start:end], Type: typ, Sentence: s.Index, Start: start, End: end}
			if teams[[3]int{si, i, j}] {
				e.Sector = kb.SectorSports
			}
			if typ == model.EntityOrg && outletKindBefore(words[si], i) {
				// "the newspaper El Imparcial": the word before says
				// what the name is, a name the knowledge base may lack.
				e.Sector = kb.SectorMedia
			}
			if typ == model.EntityOrg && journalName(words[si], i, j) {
				// "the journal Nature Climate Change", "Environmental
				// Research Letters": a publication, a conduit.
				e.Sector = kb.SectorMedia
			}
			if typ == model.EntityOrg && plainOutlet(words[si], i, j) {
				// "told the Hill": the ordinary word names the outlet,
				// which the knowledge base cannot tell from the word.
				e.Sector = kb.SectorMedia
			}
			ents = append(ents, e)
		})
		if len(places) > 0 {
			ents = append(ents, places...)
			sortEntities(ents)
		}
	}
	return ents, sports, nil
}

// TagDocument returns BIO entity tags for the sentences of one document.
// Each sentence is tagged; then rules the tagger cannot learn one word at a
// time fix what it gets wrong, first within a sentence (span edges, person
// names' shape, datelines, corporate names, names ending in an
// organisation's or a news medium's head, a city's government acting as
// "the City of Denver", clubs named after their town, teams named with a
// place and a plural: "Chicago Bulls"), then
// across the document (places used as sports teams, one-word names used as
// companies, family names of persons named in full, countries, large cities
// named like people in a place's slot); names found in one sentence
// are carried to untagged mentions in the others, and the gazetteer
// settles names it knows (GPE places, organisations, persons, group
// words, group names written with digits, a place's span that begins with
// a given name: "Denzel Washington", a company's name a person's span
// ran into: "Kevin A. Boone Accenture"); last, a name right after an
// honorific ("Mr. Houston", "Dr. Jordan"), after a judge's or a minister's
// title ("Chief Justice Ann Lee", "Foreign Minister Kenta Sapporo") or run on from a title of the
// form "X of Y" ("Secretary of State Antony Blinken", "Minister of Defense
// Hazem Shaalan", found early) is a person, as is the one a government is
// called after ("the Biden administration"), and an outlet named "The"
// and an ordinary word is an organisation where the words around it say
// so ("told the Hill", but "on the Hill"). Each
// rule's effect on the evaluation sets is in its commit message; none
// lowers PER/ORG/LOC F1 on a held-out set by more than a span or two.
func (an *Analyzer) TagDocument(sents [][]string) [][]string {
	tags := make([][]string, len(sents))
	for i, ws := range sents {
		tags[i] = an.ner.Tag(ws)
		an.tagAfterDateline(ws, tags[i])
	}
	an.fixTags(sents, tags, sportsDocument(sents))
	return tags
}

// tagAfterDateline retags the words after a wire dateline that opens ws
// ("GENEVA (Reuters) - Guterres said ..."). The tagger learnt from copy
// whose datelines stand on lines of their own; read as one sentence with
// its dateline, the story's first words lose their names ("Guterres"
// untagged, "UNITED NATIONS - Guterres" one organisation). The words after
// the dash are tagged as the sentence they are, and no span runs across
// the dash.
func (an *Analyzer) tagAfterDateline(ws, tags []string) {
	d := wireDatelineDash(ws)
	if d <= 0 || d+1 >= len(ws) {
		return
	}
	copy(tags[d+1:], an.ner.Tag(ws[d+1:]))
	tags[d] = "O"
}

// posAfterDateline sets the POS tags ptags of ws, the words after a wire
// dateline's dash, tagging them as a sentence of their own, as
// tagAfterDateline does the NER tags ner. The POS tagger, too, learnt from
// copy whose datelines stand apart: read after "KYIV - ", a short
// sentence's verb between two names ("Russia condemned Poland.") was taken
// for one more proper noun of a name run, and the sentence coded no event.
// The dateline's own words keep the tags read with the whole sentence.
func (an *Analyzer) posAfterDateline(ws, ptags, ner []string) {
	an.pos.TagWords(ws, nil, ptags)
	if fixed := namesNotVerbs(ws, ptags, ner); fixed != nil {
		an.pos.TagWordsFixed(ws, nil, fixed, ptags)
	}
}

// fixTags applies TagDocument's rules to the tagger's tags of sents; sports
// is sportsDocument(sents), which several rules test.
func (an *Analyzer) fixTags(sents, tags [][]string, sports bool) {
	for i, ws := range sents {
		trimSpans(ws, tags[i])
		lowerTails(ws, tags[i], an.knownName)
		joinAdjacent(ws, tags[i])
		extendInitials(ws, tags[i])
		patronymPersons(ws, tags[i])
		vietnameseNames(ws, tags[i])
		eastAsianNames(ws, tags[i], an.knownPlace)
		shapePersons(ws, tags[i])
		occupationNames(ws, tags[i], an.isRole)
		occupationGivenNames(ws, tags[i], an.isRole, an.notPersonName)
		keepNameTitles(ws, tags[i], an.knownPerson)
		placeHeadedPersons(ws, tags[i])
		placeNamePersons(ws, tags[i], an.knownPlace, an.givenName, an.knownPerson)
		portfolioTitles(ws, tags[i])
		markDateline(ws, tags[i])
		streetAddresses(ws, tags[i])
		markCorporate(ws, tags[i])
		markCompanyHeads(ws, tags[i])
		markOrgNames(ws, tags[i])
		joinDepartmentFields(ws, tags[i], an.knownName)
		markPartyNames(ws, tags[i])
		markFramedPartyNames(ws, tags[i])
		markPartyHeadNames(ws, tags[i])
		markUnionHeadNames(ws, tags[i])
		joinPluralPartyNames(ws, tags[i])
		markBarePartyPlurals(ws, tags[i])
		floorLeaders(ws, tags[i])
		markInstitutionsOf(ws, tags[i])
		courtNames(ws, tags[i])
		joinSportFirstBodies(ws, tags[i])
		joinBodiesOf(ws, tags[i])
		markCityGovernments(ws, tags[i])
		joinLinkedOrgs(ws, tags[i])
		officeOfTitles(ws, tags[i], an.isRole)
		growOrgHeads(ws, tags[i])
		growOrgFields(ws, tags[i])
		markQuotedLetterNames(ws, tags[i])
		markOutlets(ws, tags[i])
		markDescribedOutlets(ws, tags[i])
		journalNames(ws, tags[i])
		markClubs(ws, tags[i])
		markTeamNames(ws, tags[i], an.demonym, an.commonPlural)
		markFoldedTeams(ws, tags[i], an.demonym, an.knownPlace)
		saintPlaces(ws, tags[i], an.knownPlace)
		saintCommaPlaces(ws, tags[i], an.knownPlace)
		articlePlaces(ws, tags[i], an.knownPlace, sports)
	}
	markTeams(sents, tags, an.isCountry, sports)
	markOrgContexts(sents, tags, an.knownPlace)
	markAcronyms(sents, tags, an.knownPlace)
	markOrgShortForms(sents, tags, an.knownPlace, an.demonym)
	surnamesArePersons(sents, tags)
	articleSurnames(sents, tags)
	if an.kb != nil && an.pos != nil {
		for i, ws := range sents {
			distinctSurnamePersons(ws, tags[i], an.distinctSurname, an.pos.Tag)
			leadingGivenNames(ws, tags[i], an.notPersonName, an.knownPlace, an.isRole, an.pos.Tag)
		}
	}
	for i, ws := range sents {
		countriesArePlaces(ws, tags[i], an.isCountry)
		hyphenCountries(ws, tags[i], an.isCountry)
		acronymSpeakers(ws, tags[i], an.isRole, an.knownPlace)
	}
	citiesArePlaces(sents, tags, an.isCountry, an.largeCity, an.knownCity, sports)
	capitalsArePlaces(sents, tags, an.isCapital, an.givenName, an.knownPerson, sports)
	disasterPlaces(sents, tags, an.knownPlace, an.struckPlace)
	propagate(sents, tags)
	keepOrgNames(sents, tags)
	var gazTags [][]string // each sentence's gazetteer tags, for possessiveNames
	if an.gaz != nil {
		gazTags = make([][]string, len(sents))
		for i, ws := range sents {
			gaz := make([]string, len(ws))
			gazTags[i] = gaz
			an.gaz.Tag(ws, gaz)
			mergeGazetteer(ws, tags[i], gaz)
			markKnownOrgs(ws, tags[i], gaz)
			markHyphenAcronyms(ws, tags[i], gaz)
			markArticleOrgs(ws, tags[i], an.gaz.Tag)
			cutKnownOrgTails(ws, tags[i], gaz)
			markGroups(ws, tags[i], gaz)
			markCodeNames(ws, tags[i], gaz)
			markGPE(tags[i], gaz)
			if an.pos != nil {
				untaggedKnownNames(ws, tags[i], gaz, an.isCountry, an.listedAsWritten, an.placeLikeCity, an.givenName, an.demonym, an.pos.Tag)
			}
			givenNamePersons(ws, tags[i], an.givenName, an.knownPlace)
			splitCompanyTails(ws, tags[i], gaz, an.givenName)
		}
	}
	pairedHalves(sents, tags)
	possessiveNames(sents, tags, gazTags, an.knownPerson)
	var posTag func([]string) []string
	if an.pos != nil {
		posTag = an.pos.Tag
	}
	for i, ws := range sents {
		splitCoordinatedNames(ws, tags[i], an.coordinatedNameType, an.knownName)
		splitPossessiveOrgs(ws, tags[i], an.knownBody, an.knownName)
		missionNationalities(ws, tags[i], an.nationality, an.isCountry)
		rolesOfPersons(ws, tags[i], an.isRole)
		joinNamesBeforeRoles(ws, tags[i])
		cutOfficeTitles(ws, tags[i])
		joinTitledNames(ws, tags[i])
		splitOrgAtRole(ws, tags[i])
		rolePersons(ws, tags[i], an.notPersonName)
		appositivePersons(ws, tags[i], an.notPersonName)
		postAppositivePersons(ws, tags[i], an.notPersonName)
		splitRolePersons(ws, tags[i])
		administrations(ws, tags[i], an.notPersonName)
		titledPersons(ws, tags[i])
		rankedPersons(ws, tags[i], an.givenName)
		hyphenGivenPersons(ws, tags[i], an.givenName)
		officeHolders(ws, tags[i], an.notPersonName)
		officeTitledHolders(ws, tags[i], an.notPersonName)
		courtOfficeHolders(ws, tags[i])
		officeOfHolderNames(ws, tags[i], an.isRole)
		portfoliosBeforeTitles(ws, tags[i], an.demonym)
		markPlainOutlets(ws, tags[i])
		theOrgNames(ws, tags[i], an.knownPlace)
		cuedMediaNames(ws, tags[i], an.knownPlace)
		demonymsBeforeOutlets(ws, tags[i], an.demonym)
		westernBloc(ws, tags[i])
		adjectivesAreNoPersons(ws, tags[i], an.demonym)
		splitDemonyms(ws, tags[i], an.nationality)
		titleFirstWords(ws, tags[i], an.isRole, an.knownName)
		currenciesAreNoActors(ws, tags[i])
		benchmarksAreNoPersons(ws, tags[i])
		acronymModifiersAreNoPersons(ws, tags[i], posTag)
		familyNamesLikePronouns(ws, tags[i])
		givenNamesLikeVerbs(ws, tags[i])
		monthsAreDates(ws, tags[i])
		ordinalNames(ws, tags[i])
		ordinalUnits(ws, tags[i], sports)
		bareParliaments(ws, tags[i])
		treatiesAreNoBodies(ws, tags[i], an.knownName)
		vesselNames(ws, tags[i], an.isCountry, an.isRole)
		stormNames(ws, tags[i])
		scripturesAreMisc(ws, tags[i])
		operationNames(ws, tags[i])
		namedMissions(ws, tags[i])
		listedOrgNames(ws, tags[i], an.knownName)
		nationalArms(ws, tags[i], an.isCountry, an.knownPlace)
		foundationNames(ws, tags[i])
		countryPartyNames(ws, tags[i], an.isCountry)
	}
	objectPersons(sents, tags, an.notPersonName, an.knownPlace, an.demonym, sports)
	placeWordPersons(sents, tags, an.knownPlace, an.notPersonName, an.firstName, an.isRole, an.demonym, sports)
	articleNames(sents, tags, an.knownPerson, an.givenName)
	companyCuePersons(sents, tags, an.givenName, an.knownPerson)
	makerCompanies(sents, tags, an.givenName)
	ngoBranches(sents, tags, an.knownNGO, an.knownPlace)
	companyRegionPlaces(sents, tags)
	for i, ws := range sents {
		wireDatelinePlaces(ws, tags[i], an.knownPlace)
		dropPatronModifiers(ws, tags[i])
		placeOfficials(ws, tags[i], an.knownPlace)
		officeTitleSpans(ws, tags[i], an.officeRole, an.isCountry)
	}
	particleSurnames(sents, tags)
	untaggedSurnames(sents, tags)
	for i, ws := range sents {
		lowerCaseSpans(ws, tags[i], an.isRole)
	}
}

// countriesArePlaces makes a span that is exactly a country's name GPE when
// the tagger called it an organisation: a country acting ("Belgium
// protested", "Sweden won the final") is still the country, in the
// knowledge base and in the CoNLL and OntoNotes guidelines alike.
func countriesArePlaces(words, tags []string, country func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityOrg && country(words[i:j]) {
			setSpan(tags, i, j, model.EntityGPE)
		}
	})
}

// distinctSurname reports whether w is the family name of one known
// person and of no one and nothing else (kb.DistinctSurname).
func (an *Analyzer) distinctSurname(w string) bool {
	return an.kb.DistinctSurname(kb.Normalize(w))
}

// givenName reports whether w is a given name nearly always given to one
// sex (the knowledge base's list).
func (an *Analyzer) givenName(w string) bool {
	return an.kb != nil && an.kb.GivenNameGender(w) != ""
}

// demonym reports whether w is a nationality's or a group's adjective or
// noun in the knowledge base ("Kenyan", "Kurdish").
func (an *Analyzer) demonym(w string) bool {
	if an.kb == nil {
		return false
	}
	_, ok := an.kb.Demonym(w)
	return ok
}

// nationality reports whether words are a nationality's adjective in the
// knowledge base, of one word or more ("Saudi", "Sri Lankan").
func (an *Analyzer) nationality(words []string) bool {
	return len(words) > 0 && an.demonym(strings.Join(words, " "))
}

// commonPlural reports whether w, a capitalised plural after a place,
// names people by their role or something the knowledge base knows
// ("Farmers", "Democrats"), and so no team: markTeamNames.
func (an *Analyzer) commonPlural(w string) bool {
	return an.isRole(strings.ToLower(w)) || an.knownName([]string{w})
}

// knownPlace reports whether words name a country, region or city of the
// knowledge base.
func (an *Analyzer) knownPlace(words []string) bool {
	if an.kb == nil {
		return false
	}
	key := kb.Normalize(strings.Join(words, " "))
	if _, ok := an.kb.City(key); ok {
		return true
	}
	for _, a := range an.kb.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypeCountry || a.Type == kb.TypePlace {
			return true
		}
	}
	return false
}

// struckPlace reports whether words are a place, city or town of the
// knowledge base and no organisation's name: the object of an attack
// (disasterPlaces), where a town's name is a place with no country named.
func (an *Analyzer) struckPlace(words []string) bool {
	if an.kb == nil {
		return false
	}
	key := kb.Normalize(strings.Join(words, " "))
	for _, a := range an.kb.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypeOrganisation {
			return false
		}
	}
	return an.knownPlace(words) || len(an.kb.Towns(key)) > 0
}

// knownName reports whether words are a name of an actor of the knowledge
// base (a country, an organisation, a company, a person) or of a city.
func (an *Analyzer) knownName(words []string) bool {
	if an.kb == nil {
		return false
	}
	key := kb.Normalize(strings.Join(words, " "))
	if _, ok := an.kb.City(key); ok {
		return true
	}
	return len(an.kb.LookupNorm(key, time.Time{})) > 0
}

// notPersonName reports whether words name, in the knowledge base, a
// country, a place, a city, an organisation or a group, and no person.
func (an *Analyzer) notPersonName(words []string) bool {
	if an.kb == nil {
		return false
	}
	key := kb.Normalize(strings.Join(words, " "))
	other := false
	for _, a := range an.kb.LookupNorm(key, time.Time{}) {
		if a.Type == kb.TypePerson {
			return false
		}
		other = true
	}
	if _, ok := an.kb.City(key); ok {
		return true
	}
	if len(words) == 1 && an.demonym(words[0]) {
		return true
	}
	if an.gaz != nil && !other {
		// Groups ("Kurdish", "Shiite") are the gazetteer's, with no actor.
		g := make([]string, len(words))
		an.gaz.Tag(words, g)
		other = gazCovers(g, 0, len(g), model.EntityNORP)
	}
	return other
}

// knownBody reports whether words name an organisation of the knowledge
// base: no person, and no country, place or city.
func (an *Analyzer) knownBody(words []string) bool {
	return an.notPersonName(words) && !an.knownPlace(words) && !an.isCountry(words)
}

// isCountry reports whether words name a country ("Belgium", "U.S.",
// "SOUTH KOREA").
func (an *Analyzer) isCountry(words []string) bool {
	if len(words) > 6 {
		return false
	}
	return an.countries[strings.ToLower(strings.Join(words, " "))]
}

// isCapital reports whether words name a national capital of the
// knowledge base ("Manila", "Addis Ababa").
func (an *Analyzer) isCapital(words []string) bool {
	if an.kb == nil || len(words) > 4 {
		return false
	}
	_, ok := an.kb.Capital(strings.Join(words, " "))
	return ok
}

// largeCityPopulation is the size from which a city's name, in a place's
// slot, outweighs the same word as a given name (Lyon 0.47M, Florence
// 0.35M; Orlando and Madison, 0.25M, are left to the tagger).
const largeCityPopulation = 300000

// largeCity reports whether w is the name (or the short form of the name)
// of a city of the knowledge base of at least largeCityPopulation.
func (an *Analyzer) largeCity(w string) bool {
	if an.kb == nil {
		return false
	}
	a, ok := an.kb.City(kb.Normalize(w))
	return ok && a.Population >= largeCityPopulation
}

// knownCity reports whether w is the name (or the short form of the name)
// of any city of the knowledge base.
func (an *Analyzer) knownCity(w string) bool {
	if an.kb == nil {
		return false
	}
	_, ok := an.kb.City(kb.Normalize(w))
	return ok
}

// tokenWords splits a knowledge-base name into words as the tagger sees
// text.
func tokenWords(name string) []string {
	var words []string
	for _, t := range tokenize.Tokens(name, 0) {
		words = append(words, t.Text)
	}
	return words
}

// countryNames returns the knowledge base's names of countries, tokenised
// as the tagger sees text and lower-cased.
func countryNames() (map[string]bool, error) {
	k, err := kb.Load()
	if err != nil {
		return nil, fmt.Errorf("nlp: country names: %w", err)
	}
	m := map[string]bool{}
	for _, e := range k.Gazetteer() {
		if e.Type != "GPE" {
			continue
		}
		isCountry := false
		for _, a := range k.Lookup(e.Name, time.Time{}) {
			if a.Type == kb.TypeCountry {
				isCountry = true
			}
		}
		if !isCountry {
			continue
		}
		m[strings.ToLower(strings.Join(tokenWords(e.Name), " "))] = true
	}
	return m, nil
}

// markGroups tags as NORP the untagged capitalised names the gazetteer
// knows as nationalities or ethnic, religious or regional groups
// ("European", "Kurdish", "Moslems"), and those the tagger made an
// organisation's span of their own: the tagger, trained on data where such
// words are rare or tagged unevenly, leaves many of them out and calls
// some organisations. A word the tagger read as a person or a place, or
// as part of a longer name, is left to it.
func markGroups(words, tags, gaz []string) {
	for i := 0; i < len(tags); i++ {
		if gaz[i] != "B-NORP" {
			continue
		}
		j := i + 1
		for j < len(gaz) && gaz[j] == "I-NORP" {
			j++
		}
		// A group word the tagger called an organisation on its own is
		// the group: "Muslim" in "a Shiite Muslim cleric", "extremist
		// Muslims" name no body.
		whole := tags[i] == "B-ORG" && spanEnd(tags, i) == j
		if (allO(tags[i:j]) || whole) && capitalised(words[i]) {
			setSpan(tags, i, j, model.EntityNORP)
		}
		i = j - 1
	}
}

// markGPE turns LOC spans the gazetteer tags exactly as GPE into GPE, and
// place spans it tags exactly as an organisation into ORG, and any span it
// tags exactly as a person into PER: the tagger reads "U.N." in "U.N.
// sanctions" like "U.S.", but the knowledge base knows it names nothing but
// an organisation.
func markGPE(tags, gaz []string) {
	forSpans(tags, func(typ string, i, j int) {
		to := ""
		switch {
		case typ == model.EntityLoc && gazCovers(gaz, i, j, model.EntityGPE):
			to = model.EntityGPE
		case (typ == model.EntityLoc || typ == model.EntityGPE) && gazCovers(gaz, i, j, model.EntityOrg):
			to = model.EntityOrg
		case typ != model.EntityPerson && gazCovers(gaz, i, j, model.EntityPerson):
			to = model.EntityPerson
		case typ == model.EntityOrg && gazCovers(gaz, i, j, model.EntityLoc):
			// "through the Kerem Shalom crossing": a named place that is
			// no state or city (loc: actors), which the tagger read as a
			// company's name.
			to = model.EntityLoc
		}
		if to != "" {
			setSpan(tags, i, j, to)
		}
	})
}

// gazCovers reports whether the gazetteer tags tokens [i,j) exactly as one
// name of type typ.
func gazCovers(gaz []string, i, j int, typ string) bool {
	if gaz[i] != "B-"+typ {
		return false
	}
	for k := i + 1; k < j; k++ {
		if gaz[k] != "I-"+typ {
			return false
		}
	}
	return j == len(gaz) || gaz[j] != "I-"+typ
}

// Sentences splits the article text into sentences that never cross a
// paragraph. Paragraphs are found in Text (joined by blank lines); when
// Article.Paragraphs does not match Text, blank lines delimit them.
func Sentences(a *model.Article) []model.Sentence {
	sents, _ := SentencesUpTo(a, math.MaxInt)
	return sents
}

// minTokenLimit is the fewest tokens TokenLimit allows: a million tokens
// is about five megabytes of prose, so no article of ordinary shape and
// size meets the limit.
const minTokenLimit = 1 << 20

// TokenLimit is the most tokens of a text of n bytes that are analysed: a
// million, or one for every four bytes of a longer text. The analysis
// costs memory by the token (about 350 bytes each), and the analysis
// budget counts bytes; prose has one token in five or six bytes, so the
// limit holds a text of any shape near what prose of its size costs.
// Megabytes of punctuation, one token a byte, were 2.9 GB resident for a
// 9.4 MB page against 0.9 GB for prose.
func TokenLimit(n int) int { return max(minTokenLimit, n/4) }

// SentencesUpTo is Sentences of the first limit tokens of the text, and
// the byte offset in Text up to which they reach: len(Text) when the text
// has no more than limit tokens, else the end of the last sentence kept
// (the one the limit cut in two is left out).
func SentencesUpTo(a *model.Article, limit int) (sents []model.Sentence, analysed int) {
	var out []model.Sentence
	left := limit
	for pi, p := range paragraphSpans(a) {
		split, more := tokenize.SplitUpTo(a.Text[p[0]:p[1]], p[0], left)
		if more && len(split) > 0 && len(out)+len(split) > 1 {
			// The sentence the limit cut in two is left out, so no half
			// sentence is analysed, unless it is all there is.
			split = split[:len(split)-1]
		}
		// One array holds the tokens of the whole paragraph, each sentence
		// a capped slice of it: a long text has hundreds of thousands of
		// sentences, and an array each wasted a tenth of the tokens' memory
		// on allocation size classes.
		n := 0
		for _, s := range split {
			n += len(s.Tokens)
		}
		all := make([]model.Token, n)
		for _, s := range split {
			toks := all[:len(s.Tokens):len(s.Tokens)]
			all = all[len(s.Tokens):]
			for i, t := range s.Tokens {
				toks[i] = model.Token{Text: t.Text, Start: t.Start, End: t.End}
			}
			out = append(out, model.Sentence{Index: len(out), Paragraph: pi, Start: s.Start, End: s.End,
				Text: a.Text[s.Start:s.End], Tokens: toks})
		}
		left -= n
		if more {
			analysed = p[0]
			if len(out) > 0 {
				analysed = out[len(out)-1].End
			}
			return out, analysed
		}
	}
	return out, len(a.Text)
}

// paragraphSpans returns the byte range of each paragraph in a.Text.
func paragraphSpans(a *model.Article) [][2]int {
	text := a.Text
	if len(a.Paragraphs) > 0 {
		spans := make([][2]int, 0, len(a.Paragraphs))
		at := 0
		ok := true
		for _, p := range a.Paragraphs {
			k := strings.Index(text[at:], p)
			if k < 0 {
				ok = false
				break
			}
			spans = append(spans, [2]int{at + k, at + k + len(p)})
			at += k + len(p)
		}
		if ok {
			return spans
		}
	}
	var spans [][2]int
	at := 0
	for at < len(text) {
		k := strings.Index(text[at:], "\n\n")
		end := len(text)
		if k >= 0 {
			end = at + k
		}
		if strings.TrimSpace(text[at:end]) != "" {
			spans = append(spans, [2]int{at, end})
		}
		if k < 0 {
			break
		}
		at = end + 2
	}
	return spans
}

// nerFeatures is the NER feature configuration with the gazetteer in use,
// and the gazetteer's name for the model's metadata.
func nerFeatures(withFirst bool) (tagger.FeatureConfig, string, error) {
	gaz, name, err := gazetteer(withFirst)
	if err != nil {
		return tagger.FeatureConfig{}, "", err
	}
	var g tagger.Gazetteer
	if gaz != nil {
		g = gaz
	}
	cfg, err := tagger.StandardFeatures(g)
	return cfg, name, err
}

// firstNames lists common English first names (see data/first-names.txt
// for the source and licence).
//
//go:embed data/first-names.txt
var firstNames string

var (
	gazMu    sync.Mutex
	gazCache = map[bool]*tagger.NameGazetteer{}
)

// gazetteer returns the name gazetteer features are drawn from: the
// knowledge base's names, tokenised as the tagger sees text, and, when
// withFirst, common first names (type FIRST). It is built once per variant.
func gazetteer(withFirst bool) (*tagger.NameGazetteer, string, error) {
	gazMu.Lock()
	defer gazMu.Unlock()
	g, ok := gazCache[withFirst]
	if !ok {
		k, err := kb.Load()
		if err != nil {
			return nil, "", fmt.Errorf("nlp: gazetteer: %w", err)
		}
		entries := k.Gazetteer()
		names := make([]tagger.GazName, 0, len(entries))
		for _, e := range entries {
			names = append(names, tagger.GazName{Words: tokenWords(e.Name), Type: e.Type})
		}
		if withFirst {
			// Common first names mark likely person names the knowledge
			// base does not know; kb names come first and win.
			for _, line := range strings.Split(firstNames, "\n") {
				line = strings.TrimSpace(line)
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				names = append(names, tagger.GazName{Words: []string{line}, Type: "FIRST"})
			}
		}
		g = tagger.NewGazetteer(names)
		gazCache[withFirst] = g
	}
	name := fmt.Sprintf("kb:%016x", g.Fingerprint())
	if withFirst {
		name += "+first-names"
	}
	return g, name, nil
}
