// Command newsgraph reads the news and turns it into structured, sourced,
// queryable knowledge. All the work is in internal/; see internal/cli.
package main

import (
	"context"
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
	code := cli.Run(ctx, cli.OSEnv(), os.Args)
	stop()
	os.Exit(code)
}
