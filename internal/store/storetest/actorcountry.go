package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// testActorsOfCountry: ActorQuery.Country keeps the top actors of one
// country (its code in any case), most mentioned first, paged as the
// whole list is; counterparts ignore it.
func testActorsOfCountry(t *testing.T, s store.Store) {
	ctx := context.Background()
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i, actors := range [][]model.ActorRef{
			{{ID: "FRA.GOV", Name: "French government", Type: "organisation", Country: "FRA"},
				{ID: "person:claire_vautrin", Name: "Claire Vautrin", Type: "person", Country: "FRA"},
				{ID: "DEU.GOV", Name: "German government", Type: "organisation", Country: "DEU"}},
			{{ID: "FRA.GOV", Name: "French government", Type: "organisation", Country: "FRA"}},
		} {
			url := "https://actorcountry.example/" + string(rune('a'+i))
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: url, Title: "t", Text: "t",
				Data: &model.Article{URL: url, Title: "t", Actors: actors}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(q store.ActorQuery) []string {
		t.Helper()
		as, err := s.Actors(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	for _, c := range []struct {
		q    store.ActorQuery
		want []string
	}{
		{store.ActorQuery{Country: "FRA"}, []string{"FRA.GOV", "person:claire_vautrin"}},
		{store.ActorQuery{Country: " fra "}, []string{"FRA.GOV", "person:claire_vautrin"}},
		{store.ActorQuery{Country: "FRA", Limit: 1, Offset: 1}, []string{"person:claire_vautrin"}},
		{store.ActorQuery{Country: "DEU"}, []string{"DEU.GOV"}},
		{store.ActorQuery{Country: "NOR"}, nil},
	} {
		if got := ids(c.q); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.q, got, c.want)
		}
	}
	if got := ids(store.ActorQuery{}); len(got) != 3 {
		t.Errorf("every actor: %v, want 3", got)
	}
}
