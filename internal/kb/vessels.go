package kb

// Ships are named like persons ("the USS Carl Vinson", "the destroyer
// Admiral Kulakov"), and a tagger trained on news reads the name as one.
// Two cues in the text say a ship is meant: a navy's or coast guard's
// prefix written before the name, which also says whose ship it is, and a
// vessel noun right before the name. The knowledge base has no vessel type;
// a ship acts for the service that sails it, so the pipeline links it to an
// organisation of that country's military sector (nlp tags the name MISC,
// the CoNLL guidelines' type for vehicles).

// shipPrefixes maps the ship prefixes of navies and coast guards to the
// country they belong to. Only prefixes news writes before a ship's name
// and that are not common words or acronyms of something else in capitals
// ("ITS", "RSS", "SAS", "KD", "ARC" are left out for that reason).
var shipPrefixes = map[string]string{
	"USS":   "USA", // United States Ship
	"USNS":  "USA", // United States Naval Ship (Military Sealift Command)
	"USCGC": "USA", // United States Coast Guard Cutter
	"HMS":   "GBR", // His/Her Majesty's Ship
	"HMCS":  "CAN",
	"HMAS":  "AUS",
	"HMNZS": "NZL",
	"BRP":   "PHL", // Barko ng Republika ng Pilipinas (navy and coast guard)
	"INS":   "IND", // Indian Naval Ship
	"JS":    "JPN", // Japan Maritime Self-Defense Force
	"ROKS":  "KOR",
	"RFS":   "RUS",
	"TCG":   "TUR",
	"FS":    "FRA",
	"PNS":   "PAK",
	"KRI":   "IDN",
	"HNLMS": "NLD",
	"HDMS":  "DNK",
	"HNoMS": "NOR",
	"HSwMS": "SWE",
	"FGS":   "DEU",
	"ESPS":  "ESP",
	"ROCS":  "TWN",
	"HTMS":  "THA",
	"BNS":   "BGD",
	"SLNS":  "LKA",
	"NRP":   "PRT",
	"ARA":   "ARG",
	"BAP":   "PER",
}

// ShipPrefix reports whether word, as written, is a navy's or coast
// guard's ship prefix and returns the country whose ship it names.
func ShipPrefix(word string) (country string, ok bool) {
	country, ok = shipPrefixes[word]
	return country, ok
}

// vesselNouns are the nouns that name a ship when written right before its
// name ("the destroyer Admiral Kulakov", "the tanker Eagle S").
var vesselNouns = map[string]bool{
	"destroyer": true, "destroyers": true, "frigate": true, "frigates": true,
	"warship": true, "cruiser": true, "corvette": true,
	"submarine": true, "icebreaker": true, "tanker": true, "supertanker": true,
	"freighter": true, "vessel": true, "ship": true, "cutter": true,
	"trawler": true, "minesweeper": true, "gunboat": true,
}

// VesselNoun reports whether the lower-cased word, after the lower-cased
// word prev, is a noun naming a ship. "Carrier" alone is as often an
// airline ("the carrier Lufthansa"); only "aircraft carrier" is a ship.
func VesselNoun(prev, word string) bool {
	return vesselNouns[word] || word == "carrier" && prev == "aircraft" || word == "carriers" && prev == "aircraft"
}
