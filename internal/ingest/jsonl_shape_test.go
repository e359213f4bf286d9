package ingest

import (
	"strings"
	"testing"
)

// A JSON line of the wrong shape says what it is, and a field of the
// wrong type names the field, in words for the person who wrote the file
// (the decoder's text named Go types: "cannot unmarshal array into Go
// value of type ingest.JSONLArticle"). Broken JSON keeps the decoder's
// syntax error, and a good line still reads.
func TestJSONLLineShapeErrors(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{`[1, 2]`, "not a JSON object but an array"},
		{`"just a string"`, "not a JSON object but a string"},
		{`42`, "not a JSON object but a number"},
		{`true`, "not a JSON object but true or false"},
		{`null`, "not a JSON object but null"},
		{` null `, "not a JSON object but null"},
		{`{"url":"https://a.example/1","text":7}`, `field "text" is a number, want a string`},
		{`{"url":"https://a.example/1","text":"The ferry ran.","title":["a"]}`, `field "title" is an array, want a string`},
		{`{"url":"https://a.example/1","text":"The ferry ran.","published":{"y":2024}}`, `field "published" is an object, want a string`},
		{`{"url":"https://a.example/1","text":"The ferry`, "not a JSON object: unexpected end of JSON input"},
		{`{}`, "no text or html field"},
		{`{"text":null}`, "no text or html field"},
	}
	for _, tt := range tests {
		_, err := JSONLDocument("x.jsonl:1", []byte(tt.line))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.line, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "Go ") {
			t.Errorf("%s: error %q names Go types", tt.line, err)
		}
	}
	// Near misses: good lines read; tags, of any shape, are read as far
	// as they go.
	for _, line := range []string{
		`{"url":"https://a.example/1","text":"The ferry ran again on Monday, the harbour board said."}`,
		`{"text":"The ferry ran again on Monday.","tags":["port","ferry"]}`,
		`{"text":"The ferry ran again on Monday.","tags":"port, ferry","title":null}`,
		`{"text":"The ferry ran again on Monday.","tags":{"a":1}}`,
	} {
		if _, err := JSONLDocument("x.jsonl:1", []byte(line)); err != nil {
			t.Errorf("%s: %v", line, err)
		}
	}
}
