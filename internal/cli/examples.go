package cli

// commandExamples are the command lines a command's help ends with: its
// common uses, written to be pasted (TestHelpExamples checks that each
// runs the command it is listed under and names only flags it has).
// Flags alone say what may be given, not how the pieces go together.
func commandExamples(name string) []string {
	switch name {
	case "analyze":
		return []string{
			"newsgraph analyze article.html",
			"newsgraph analyze --format text https://example.com/news/story",
			"cat story.txt | newsgraph analyze --published 2026-11-03 -",
		}
	case "ingest":
		return []string{
			"newsgraph ingest --db news.db ./articles/ crawl.warc.gz",
			"newsgraph ingest --db news.db --feed https://example.com/rss.xml",
			"newsgraph ingest --db news.db --failures",
		}
	case "search":
		return []string{
			`newsgraph search --db news.db "central bank" OR inflation`,
			"newsgraph search --db news.db --limit 20 --offset 20 ceasefire",
			"newsgraph search --db news.db --since 2026-11 --until 2026-11-15 ceasefire",
			"newsgraph search --db news.db --since 2026-11-20",
		}
	case "events":
		return []string{
			"newsgraph events --db news.db --actor NGA.GOV --since 2026-11",
			"newsgraph events --db news.db --type ASSAULT --country SDN --min-sources 2 --sort sources",
			"newsgraph events --db news.db --id 42",
		}
	case "actors":
		return []string{
			"newsgraph actors --db news.db",
			"newsgraph actors --db news.db --actor Germany --format csv",
		}
	case "quotes":
		return []string{
			`newsgraph quotes --db news.db --speaker "the Chinese president" --since 2026-11-01`,
			"newsgraph quotes --db news.db --article 12 --format json",
		}
	case "export":
		return []string{
			"newsgraph export --db news.db --format gdelt-events --header --out events.tsv",
			"newsgraph export --db news.db --format jsonl --since 2026-11 --actor RUS",
		}
	case "serve":
		return []string{
			"newsgraph serve --db news.db",
			"newsgraph serve --db news.db --addr :8080 --feed https://example.com/rss.xml --poll 10m",
		}
	case "remerge":
		return []string{"newsgraph remerge --db news.db"}
	case "reanalyze":
		return []string{
			"newsgraph reanalyze --db news.db",
			"newsgraph reanalyze --db news.db --since 2026-01-01 --merge-batch 500",
		}
	case "worker":
		return []string{
			"newsgraph worker --queue nats://127.0.0.1:4222 --db postgres://user:password@db:5432/news",
			"newsgraph worker --queue nats://127.0.0.1:4222 --db news.db --until-empty",
		}
	}
	return nil
}
