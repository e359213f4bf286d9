package eval

import (
	"reflect"
	"testing"
	"time"
)

func TestMetaCoverageCount(t *testing.T) {
	at := func(s string) *time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &v
	}
	var m MetaCoverage
	m.count("a", ExtractOutput{Published: at("2019-11-19T23:30:00-05:00"), Byline: "Ann Lee"}, "2019-11-19") // agrees (local day)
	m.count("b", ExtractOutput{Published: at("2019-11-20T04:30:00Z")}, "2019-11-19")                         // a day off: time zones
	m.count("c", ExtractOutput{Published: at("2019-11-25T10:00:00Z")}, "2019-11-19")                         // differs
	m.count("d", ExtractOutput{}, "2019-11-19")                                                              // undated
	m.count("e", ExtractOutput{Published: at("2019-11-25T10:00:00Z"), Byline: "Bo Kim"}, "")                 // no URL date
	m.count("f", ExtractOutput{Published: at("2019-11-19T00:00:00Z"), PublishedSource: "url"}, "2019-11-19") // dated by its URL alone
	want := MetaCoverage{Dated: 5, DatedURL: 1, Bylined: 2, URLDated: 5, URLAgree: 3, URLDiffer: 1, URLMissed: 1, Differ: []string{"c"}}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("count = %+v, want %+v", m, want)
	}
}
