// Command newsgraph reads the news and turns it into structured, sourced,
// queryable knowledge. All the work is in internal/; see internal/cli.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/newsgraph/newsgraph/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C or SIGTERM asks the command to stop cleanly; a
	// second one takes the default action and ends the process, should
	// the clean stop wait on something that never ends. Caught for the
	// whole run, a second signal was swallowed too and only SIGKILL
	// could end such a wait.
	go func() {
		<-ctx.Done()
		stop()
	}()
	env := cli.OSEnv()
	routeStdLog(env.Log)
	code := cli.Run(ctx, env, os.Args)
	stop()
	os.Exit(code)
}

// routeStdLog sends what the standard library writes through package log
// to l at warn level. net/http's transport logs there, outside slog, when
// a server sends more than its Content-Length ("Unsolicited response
// received on idle HTTP channel"): a bare line among the structured ones
// that no level or handler governed. It warns of a misbehaving server,
// which is what warn means here; the page itself was read to its length.
func routeStdLog(l *slog.Logger) {
	slog.SetDefault(l)
	slog.SetLogLoggerLevel(slog.LevelWarn)
}
