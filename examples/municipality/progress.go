package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// progress tells on stderr what the program is doing, once a run has taken
// more than a second: then it prints the step under way, and every step
// after it, with the time so far. A run that ends within the second prints
// nothing.
type progress struct {
	w     io.Writer
	tag   language.Tag
	start time.Time
	after time.Duration

	mu    sync.Mutex
	step  string
	shown bool
	timer *time.Timer
}

// startProgress starts the clock; steps are shown after the given delay.
func startProgress(w io.Writer, tag language.Tag, after time.Duration) *progress {
	p := &progress{w: w, tag: tag, start: time.Now(), after: after}
	p.timer = time.AfterFunc(after, p.show)
	return p
}

func (p *progress) show() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.shown = true
	if p.step != "" {
		p.print(p.step)
	}
}

// print writes one line; the caller holds the lock.
func (p *progress) print(what string) {
	secs := strconv.FormatFloat(time.Since(p.start).Seconds(), 'f', 1, 64)
	if !gdpr.English(p.tag) {
		secs = strings.Replace(secs, ".", ",", 1)
	}
	fmt.Fprintf(p.w, "[%5s s] %s ...\n", secs, what)
}

// Step says that a new step begins.
func (p *progress) Step(da, en string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.step = gdpr.Text{Da: da, En: en}.In(p.tag)
	if p.shown {
		p.print(p.step)
	}
}

// Done stops the clock and, if progress was shown, says how long it took.
func (p *progress) Done() {
	p.timer.Stop()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		secs := strconv.FormatFloat(time.Since(p.start).Seconds(), 'f', 1, 64)
		if !gdpr.English(p.tag) {
			secs = strings.Replace(secs, ".", ",", 1)
		}
		fmt.Fprintln(p.w, gdpr.Text{Da: "Færdig efter " + secs + " s.", En: "Done in " + secs + " s."}.In(p.tag))
	}
	p.shown = false
}
