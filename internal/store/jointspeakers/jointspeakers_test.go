package jointspeakers

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

func TestIDs(t *testing.T) {
	for _, c := range []struct {
		name string
		s    *model.Speaker
		want []string
	}{
		{"none", nil, nil},
		{"two, in order", &model.Speaker{Text: "China and the U.S.", ActorIDs: []string{"CHN", "USA"}}, []string{"CHN", "USA"}},
		{"named twice is once", &model.Speaker{ActorIDs: []string{"USA", "CHN", "USA"}}, []string{"USA", "CHN"}},
		{"one actor is no joint speaker", &model.Speaker{ActorIDs: []string{"USA", "USA"}}, nil},
		{"an actor of its own wins", &model.Speaker{ActorID: "USA", ActorIDs: []string{"USA", "CHN"}}, nil},
		{"blank and spaced ids are left out", &model.Speaker{ActorIDs: []string{"", "JPN", "a b", "KOR"}}, []string{"JPN", "KOR"}},
	} {
		got := IDs(c.s)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: IDs = %v, want %v", c.name, got, c.want)
		}
		if col := Column(c.s); !slices.Equal(Split(col), c.want) {
			t.Errorf("%s: Split(Column) = %v, want %v", c.name, Split(col), c.want)
		}
	}
}

func TestMergePages(t *testing.T) {
	day := func(d int) *time.Time { x := time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC); return &x }
	q := func(d *time.Time, article int64, seq int) store.Quote {
		return store.Quote{ReportDate: d, ArticleID: article, Seq: seq}
	}
	keys := func(qs []store.Quote) []string {
		var out []string
		for _, x := range qs {
			out = append(out, fmt.Sprintf("%d/%d", x.ArticleID, x.Seq))
		}
		return out
	}
	alone := []store.Quote{q(day(3), 7, 0), q(day(1), 4, 1), q(nil, 9, 0)}
	joint := []store.Quote{q(day(3), 7, 1), q(day(2), 5, 0), q(day(1), 4, 0), q(nil, 2, 0)}
	for _, c := range []struct {
		limit int
		want  []string
	}{
		{10, []string{"7/0", "7/1", "5/0", "4/0", "4/1", "9/0", "2/0"}},
		{3, []string{"7/0", "7/1", "5/0"}},
		{0, nil},
	} {
		if got := keys(MergePages(alone, joint, c.limit)); !slices.Equal(got, c.want) {
			t.Errorf("limit %d: %v, want %v", c.limit, got, c.want)
		}
	}
	if got := keys(MergePages(alone, nil, 2)); !slices.Equal(got, []string{"7/0", "4/1", "9/0"}) {
		t.Errorf("no joint quotes: %v, want the page as it was", got)
	}
}
