package events

// newsOutletWords end the patterns of a news outlet closed, suspended or
// banned (CAMEO 1721 in verbs.txt: "shut down a private television
// channel", "suspended the broadcaster"): with no owner named, the
// restriction falls on the country's press, as a newspaper's closure does,
// not on its civilians at large.
var newsOutletWords = map[string]bool{
	"newspaper": true, "newspapers": true, "broadcaster": true, "broadcasters": true,
	"channel": true, "channels": true, "station": true, "stations": true, "agency": true,
	"site": true, "sites": true, "website": true, "websites": true, "outlet": true,
	"outlets": true, "magazine": true, "broadcasts": true,
}
