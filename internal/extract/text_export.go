package extract

import "strings"

// A news database's export (LexisNexis and its like) puts its furniture
// above the article: the title line, the source and date lines, then
// "Label: value" fields ("Section:", "Length:", "Byline:") and a line
// "Body" alone before the text. The header block reader only reads fields
// at the top, so "Byline: Ama Owusu" under the title was no byline.
// rewriteExportFront reads the fields above the marker as a header's:
// the author becomes a "By" line, transport fields go, the rest stays,
// each line a paragraph of its own, and the marker goes.

// maxExportFrontLines bounds the search for the "Body" marker: an
// export's front matter is a dozen lines.
const maxExportFrontLines = 30

func rewriteExportFront(content string) string {
	lines := strings.SplitN(content, "\n", maxExportFrontLines+1)
	if len(lines) > maxExportFrontLines {
		lines = lines[:maxExportFrontLines]
	}
	marker, fields := -1, 0
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if strings.EqualFold(t, "body") {
			marker = i
			break
		}
		if k, _, _ := headerLine(strings.TrimRight(line, "\r")); k != 0 {
			fields++
		}
	}
	// Two fields above the marker make it an export's: a lone "Body"
	// line under a title is a heading of the text's own.
	if marker < 0 || fields < 2 {
		return content
	}
	var b strings.Builder
	for _, line := range lines[:marker] {
		line = strings.TrimRight(line, "\r")
		kind, label, value := headerLine(line)
		switch {
		case strings.TrimSpace(line) == "":
			continue
		case kind == 0:
			b.WriteString(line)
		case kind == fieldDrop || value == "":
			continue
		case kind == fieldAuthor:
			name := headerAuthor(value)
			if len(name) > 3 && strings.EqualFold(name[:3], "by ") {
				name = strings.TrimSpace(name[3:]) // "Byline: By Ama Owusu"
			}
			if name != "" {
				b.WriteString("By " + name)
			}
		case kind == fieldDate:
			b.WriteString("Date: " + value)
		default:
			b.WriteString(label + ": " + value)
		}
		// Each line a unit of its own: without blank lines between them
		// hard-wrap detection glued the title to the source line.
		b.WriteString("\n\n")
	}
	// The body begins after the marker line.
	rest := content
	for range marker + 1 {
		_, rest, _ = strings.Cut(rest, "\n")
	}
	b.WriteString(rest)
	return b.String()
}
