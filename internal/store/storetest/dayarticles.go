package storetest

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// writeDayArticles stores the display articles (WriteDisplayArticles) and
// two more reports of the port that stays shut, whose days depend on the
// offset they are read at, for the tests of since and until
// (testLatestArticleDays, testSearchDays): "Port shut, says master",
// published at 01:00 on the 27th in Delhi (the 26th in UTC), and
// "Harbour stays closed", undated, with a reference date of 23:30 UTC on
// the 26th. hash begins their content hashes ("latest" gives "latest:1"
// and "latest:2"); more are stored with them, in the same write.
func writeDayArticles(t *testing.T, s store.Store, hash string, more ...*store.Article) {
	t.Helper()
	WriteDisplayArticles(t, s)
	delhi := ptime("2026-11-27T01:00:00+05:30")
	insert(t, s, append([]*store.Article{
		{URL: "https://daily.example/port", Source: "https://daily.example/port", Site: "daily.example", ContentHash: hash + ":1",
			Title: "Port shut, says master", Text: "The port stays shut.", Published: delhi,
			Data: &model.Article{Title: "Port shut, says master", Published: delhi}},
		{URL: "https://undated.example/port", Source: "https://undated.example/port", Site: "undated.example", ContentHash: hash + ":2",
			Title: "Harbour stays closed", Text: "The port stays shut.",
			Data: &model.Article{Title: "Harbour stays closed", ReferenceDate: ptime("2026-11-26T23:30:00Z")}},
	}, more...)...)
}
