package cli

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The mistakes a newcomer makes on the command line get an error that says
// what is wrong and, where one is likely, what was meant.
func TestNewcomerMistakes(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args   []string
		status int
		want   string
	}{
		{[]string{"analyse", "x.txt"}, 2, `unknown command "analyse" (did you mean "analyze"?)`},
		{[]string{"serv"}, 2, `(did you mean "serve"?)`},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"` + "\n"},
		{[]string{"version", "extra"}, 2, `unexpected arguments ["extra"] (version takes none)`},
		{[]string{"search", "--db", filepath.Join(dir, "f.db")}, 1, `no such file or directory (ingest something first, or pass --db)`},
		{[]string{"quotes", "--db", filepath.Join(dir, "f.db"), "--since", "2026-13-01"}, 2, `--since: "2026-13-01" is not a date (want YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)`},
		{[]string{"quotes", "--db", filepath.Join(dir, "f.db"), "--until", "soon"}, 2, `--until: "soon" is not a date (want YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)`},
		{[]string{"eval", "nerr"}, 2, `unknown eval stage "nerr" (newsgraph eval -h lists them)`},
		{[]string{"remerge", "--db", filepath.Join(dir, "f.db"), "all"}, 2, `(remerge takes flags only: newsgraph remerge -h lists them)`},
		{[]string{"actors", "--db", filepath.Join(dir, "f.db"), "Germany", "France"}, 2, `(actors takes one actor at most: newsgraph actors --actor Germany)`},
		{[]string{"--version", "--short"}, 2, "not defined: -short"},
		{[]string{"analyze", "--fromat", "text", "x.txt"}, 2, "-fromat (did you mean --format?)"},
		{[]string{"search", "--dbb", "x.db", "q"}, 2, "-dbb (did you mean --db?)"},
		{[]string{"events", "--sinse", "2025"}, 2, "(did you mean --since?)"},
		{[]string{"events", "--quad-clas", "2"}, 2, "(did you mean --quad-class?)"},
		{[]string{"events", "--zebra", "2"}, 2, "not defined: -zebra\n"},
		{[]string{"search", "--db", dir, "ferry"}, 1, "is a folder, not a database file"},
		{[]string{"ingest", "--progress", "never", "--db", dir, "x.txt"}, 1, "is a folder, not a database file"},
		{[]string{"ingest", "--progress", "never", "--db", filepath.Join(dir, "no", "ng.db"), "x.txt"}, 1, "folder " + filepath.Join(dir, "no") + " does not exist"},
		{[]string{"serve", "--addr", "8080"}, 2, `--addr "8080": want host:port, such as 127.0.0.1:8080`},
		{[]string{"ingest", "--db", filepath.Join(dir, "f.db"), "--feed", "example.org/rss"}, 2, `--feed: "example.org/rss" is not an http(s) URL (https://example.org/rss?)`},
		{[]string{"serve", "--db", filepath.Join(dir, "f.db"), "--feed", "ftp://example.org/rss"}, 2, `--feed: "ftp://example.org/rss" is not an http(s) URL` + "\n"},
	} {
		_, errOut, status := storeCmd(t, tt.args...)
		if status != tt.status || !strings.Contains(errOut, tt.want) {
			t.Errorf("newsgraph %s: status %d, stderr %q; want %d and %q", strings.Join(tt.args, " "), status, lastLines(errOut, 2), tt.status, tt.want)
		}
	}
	for _, db := range []string{"newsgraph.db", "f.db"} {
		if _, err := os.Stat(filepath.Join(dir, db)); err == nil {
			t.Errorf("%s was created by a command that failed on its arguments", db)
		}
	}
}

// A port already taken is reported before the store is opened (no database
// file is left behind) and says what to do.
func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	db := filepath.Join(t.TempDir(), "ng.db")
	_, errOut, status := storeCmd(t, "serve", "--db", db, "--addr", ln.Addr().String())
	if status != 1 || !strings.Contains(errOut, "address already in use") || !strings.Contains(errOut, "pick another --addr") {
		t.Errorf("status %d, %q", status, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("serve created the database before finding the port taken")
	}
}

// -h shows where --db's default comes from, never the value of
// $NEWSGRAPH_DB, which may hold a PostgreSQL password.
func TestHelpHidesDBPassword(t *testing.T) {
	for _, cmd := range []string{"search", "events", "actors", "export", "ingest", "serve", "worker"} {
		var out, errb bytes.Buffer
		env := Env{Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
			if k == "NEWSGRAPH_DB" {
				return "postgres://news:hunter2-secret@db.example/ng"
			}
			return ""
		}}
		Run(context.Background(), env, []string{"newsgraph", cmd, "-h"})
		help := out.String() + errb.String()
		if strings.Contains(help, "hunter2") || !strings.Contains(help, "(default $NEWSGRAPH_DB, else newsgraph.db)") {
			t.Errorf("%s -h:\n%s", cmd, help)
		}
		if strings.Contains(help, `(default "`) && strings.Contains(help, "-db database\n") && strings.Count(help, "newsgraph.db") > 1 {
			t.Errorf("%s -h names --db's default twice:\n%s", cmd, help)
		}
	}
}

// Every flag line of every command's -h reads "-name" or "-name TYPE": the
// flag package takes a `quoted` word of the usage as the argument's name,
// which once turned "--queue" into "-queue newsgraph worker".
func TestHelpFlagLines(t *testing.T) {
	var cmds [][]string
	for _, c := range commands() {
		cmds = append(cmds, []string{c.name})
	}
	for name := range evalCommands() {
		cmds = append(cmds, []string{"eval", name})
	}
	for _, sub := range []string{"clusters", "pos", "ner"} {
		cmds = append(cmds, []string{"train", sub})
	}
	line := regexp.MustCompile(`^  -[a-z0-9-]+( [A-Za-z|]+)?$`)
	for _, c := range cmds {
		help, _, _ := storeCmd(t, append(c, "-h")...)
		for _, l := range strings.Split(help, "\n") {
			if strings.HasPrefix(l, "  -") && !line.MatchString(l) {
				t.Errorf("newsgraph %s -h: flag line %q", strings.Join(c, " "), l)
			}
		}
	}
}

func lastLines(s string, n int) string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(ls[max(0, len(ls)-n):], "\n")
}

// "eval ner --conll conll2003/eng.testa", as the README writes it, finds the
// file in the shared data folder when it is not beside the working
// directory; a file that is in neither place names both.
func TestOpenDataFileLooksInSharedData(t *testing.T) {
	data := t.TempDir()
	if err := os.MkdirAll(filepath.Join(data, "set"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "set", "dev.txt"), []byte("Lima B-LOC\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEWSGRAPH_SHARED_DATA", data)
	t.Chdir(t.TempDir())
	f, err := openDataFile(filepath.Join("set", "dev.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if f.Name() != filepath.Join(data, "set", "dev.txt") {
		t.Errorf("opened %s", f.Name())
	}
	if _, err := openDataFile(filepath.Join("set", "test.txt")); err == nil || !strings.Contains(err.Error(), "nor in the shared data folder "+data) {
		t.Errorf("missing file: %v", err)
	}
}

// ingest of a folder with nothing to read says so (it stays a success: a
// watched folder may be empty for now) instead of a bare "0 items".
func TestIngestWarnsOfEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "scans")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(empty, "page1.pdf"), []byte("%PDF-1.4\n"), 0o644)
	out, errOut, status := storeCmd(t, "ingest", "--progress", "never", "--db", filepath.Join(dir, "ng.db"), empty)
	if status != 0 || !strings.Contains(errOut, "scans: no article files in this folder") || !strings.Contains(out, "0 items") {
		t.Errorf("status %d\nstdout %q\nstderr %q", status, out, errOut)
	}
}

// actors --actor with a name the store does not know is an error, not an
// empty list that reads as an actor without counterparts; a known actor
// and an unresolved one named in events still list theirs.
func TestActorsUnknownActor(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ng.db")
	seedEvents(t, db)
	_, errOut, status := storeCmd(t, "actors", "--db", db, "--actor", "Moldvoa")
	if status != 1 || !strings.Contains(errOut, `actor "Moldvoa": not found in this store`) {
		t.Errorf("unknown actor: status %d, %q", status, errOut)
	}
	for _, a := range []string{"MDA", "Moldova", "militants"} {
		out, errOut, status := storeCmd(t, "actors", "--db", db, "--format", "csv", "--actor", a)
		if status != 0 || strings.Count(out, "\n") < 2 {
			t.Errorf("actor %s: status %d\n%s%s", a, status, out, errOut)
		}
	}
}

// export --out into a folder that does not exist names the file asked for,
// not the hidden temporary file it writes first.
func TestExportOutMissingFolder(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ng.db")
	seedEvents(t, db)
	out := filepath.Join(dir, "no", "events.tsv")
	_, errOut, status := storeCmd(t, "export", "--db", db, "--format", "gdelt-events", "--out", out)
	if status != 1 || !strings.Contains(errOut, "cannot write "+out+": folder "+filepath.Join(dir, "no")+" does not exist") || strings.Contains(errOut, ".tmp") {
		t.Errorf("status %d, %q", status, errOut)
	}
}

// Help asked for goes to standard output ("newsgraph help | less"); with no
// command at all it is a usage error on standard error.
func TestHelpOnStdout(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		out, _, status := storeCmd(t, arg)
		if status != 0 || !strings.Contains(out, "Commands:") || !strings.Contains(out, "analyze") {
			t.Errorf("newsgraph %s: status %d, stdout %q", arg, status, out)
		}
	}
	out, errOut, status := storeCmd(t)
	if status != 2 || out != "" || !strings.Contains(errOut, "Commands:") {
		t.Errorf("newsgraph: status %d, stdout %q, stderr %q", status, out, errOut)
	}
	// A command's own help too ("newsgraph ingest -h | less"), with the
	// stages of eval and the models of train.
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "-h"}, "-watch duration"},
		{[]string{"events", "--help"}, "-quad-class int"},
		{[]string{"eval", "-h"}, "  merge "},
		{[]string{"eval", "merge", "-h"}, "-split string"},
		{[]string{"train", "-h"}, "  ner "},
		{[]string{"train", "pos", "-h"}, "-data string"},
		{[]string{"version", "-h"}, "Usage: newsgraph version\n"},
	} {
		out, errOut, status := storeCmd(t, tt.args...)
		if status != 0 || !strings.Contains(out, tt.want) || errOut != "" {
			t.Errorf("newsgraph %s: status %d, stdout %q, stderr %q; want %q on stdout", strings.Join(tt.args, " "), status, lastLines(out, 3), errOut, tt.want)
		}
	}
	// version has no flags: no empty "Flags:" heading.
	if out, _, _ := storeCmd(t, "version", "-h"); strings.Contains(out, "Flags:") {
		t.Errorf("version -h: %q", out)
	}
	// A mistake's usage goes to standard error with the error, leaving
	// standard output empty for what a script reads.
	for _, args := range [][]string{{"events", "--zebra", "1"}, {"eval"}, {"train"}} {
		out, errOut, status := storeCmd(t, args...)
		if status != 2 || out != "" || !strings.Contains(errOut, "Usage: newsgraph") {
			t.Errorf("newsgraph %s: status %d, stdout %q, stderr %q", strings.Join(args, " "), status, out, lastLines(errOut, 2))
		}
	}
}

// "newsgraph analyze" alone, on a terminal, says it is reading the terminal
// instead of waiting without a word; from a pipe or /dev/null it says
// nothing. (A character device stands in for the terminal here.)
func TestAnalyzeSaysItReadsTheTerminal(t *testing.T) {
	const hint = "reading an article from standard input; end with Ctrl-D"
	for dev, want := range map[string]bool{os.DevNull: false, "/dev/zero": true} {
		f, err := os.Open(dev)
		if err != nil {
			t.Skipf("no %s here: %v", dev, err)
		}
		var out, errb bytes.Buffer
		Run(context.Background(), Env{Stdin: f, Stdout: &out, Stderr: &errb}, []string{"newsgraph", "analyze", "--max-bytes", "1000"})
		f.Close()
		if got := strings.Contains(errb.String(), hint); got != want {
			t.Errorf("stdin %s: hint %v, want %v; stderr %q", dev, got, want, errb.String())
		}
	}
	_, errOut, _ := analyzeRun(t, strings.NewReader("Officials in Lima said the talks would resume."), "analyze")
	if strings.Contains(errOut, hint) {
		t.Errorf("stdin from a pipe: %q", errOut)
	}
}

// The hint goes by whether standard input is a terminal (injected here):
// on one, analyze says once, on stderr, that it reads it, and still reads
// and analyses what is typed; from a pipe or a file, or when the input is
// a FILE, it says nothing.
func TestAnalyzeStdinHintOnTerminal(t *testing.T) {
	const text = "Officials in Lima said on Tuesday that the talks would resume next week."
	dir := t.TempDir()
	file := analyzeTestFile(t, dir, "talks.txt", []byte(text+"\n"))
	tests := []struct {
		name     string
		terminal bool
		args     []string
		wantHint bool
	}{
		{"no arguments on a terminal", true, nil, true},
		{"- on a terminal", true, []string{"-"}, true},
		{"no arguments from a pipe", false, nil, false},
		{"a file, stdin a terminal", true, []string{file}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			env := Env{Stdin: strings.NewReader(text), Stdout: &out, Stderr: &errb,
				StdinIsTerminal: func() bool { return tc.terminal }}
			status := Run(context.Background(), env, append([]string{"newsgraph", "analyze", "--format", "text"}, tc.args...))
			if status != 0 {
				t.Fatalf("status %d, stderr %q", status, errb.String())
			}
			if n := strings.Count(errb.String(), stdinHint+"\n"); n != map[bool]int{true: 1}[tc.wantHint] {
				t.Errorf("hint %d times, want it %v; stderr %q", n, tc.wantHint, errb.String())
			}
			if !strings.Contains(out.String(), "Lima") {
				t.Errorf("the input was not analysed: stdout %q", out.String())
			}
		})
	}
	// A flag mistake gets its usage error alone.
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(text), Stdout: &out, Stderr: &errb, StdinIsTerminal: func() bool { return true }}
	if status := Run(context.Background(), env, []string{"newsgraph", "analyze", "--format", "yaml"}); status != 2 || strings.Contains(errb.String(), stdinHint) {
		t.Errorf("--format yaml on a terminal: status %d, stderr %q; want 2 and no hint", status, errb.String())
	}
}

// "version" with nothing after it still prints the version (and the
// --version spelling answers the same).
func TestVersionPrints(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, errOut, status := storeCmd(t, args...)
		if status != 0 || !strings.HasPrefix(out, "newsgraph ") || errOut != "" {
			t.Errorf("newsgraph %s: status %d, stdout %q, stderr %q", strings.Join(args, " "), status, out, errOut)
		}
	}
}

// export --format gdelt-events writes the actors' and the place's country
// in FIPS 10-4, as GDELT does, through the knowledge base the command
// loads: Moldova MD, Romania RO.
func TestExportGDELTCountryCodes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ng.db")
	seedEvents(t, db)
	out, errOut, status := storeCmd(t, "export", "--db", db, "--format", "gdelt-events", "--header")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	col := map[string]int{}
	for i, c := range strings.Split(lines[0], "\t") {
		col[c] = i
	}
	found := false
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if f[col["Actor1CountryCode"]] != "MDA" {
			continue
		}
		found = true
		if a1, a2 := f[col["Actor1Geo_CountryCode"]], f[col["Actor2Geo_CountryCode"]]; a1 != "MD" || a2 != "RO" {
			t.Errorf("Moldova-Romania talks: Actor1Geo_CountryCode %q, Actor2Geo_CountryCode %q, want MD, RO", a1, a2)
		}
	}
	if !found {
		t.Errorf("no event with Actor1CountryCode MDA in\n%s", out)
	}
}
