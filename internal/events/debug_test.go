package events

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

func TestDebugText(t *testing.T) {
	p := os.Getenv("EVDEBUG")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2021, 7, 30, 0, 0, 0, 0, time.UTC)
	a := &model.Article{Text: string(b)}
	evs := c.Code(a, ref, segment.Sentences(a.Text))
	for _, e := range evs {
		e2 := e
		for i := range e2.Evidence {
			e2.Evidence[i].Text = ""
		}
		j, _ := json.Marshal(e2)
		fmt.Println(string(j))
	}
}
