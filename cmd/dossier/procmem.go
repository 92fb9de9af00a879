package main

import (
	"bytes"
	"os"
	"strconv"
	"time"
)

// anonSampler follows a child process's anonymous resident memory (heap, stacks: /proc's
// RssAnon) and keeps its peak. The kernel's peak resident set also counts the pages of files
// the process maps, such as a store read through mmap, which are cache rather than memory the
// process holds; this is the figure for "constant memory".
type anonSampler struct {
	pid  int
	stop chan struct{}
	done chan int64 // peak in kilobytes, 0 when /proc cannot be read
}

func sampleAnon(pid int) *anonSampler {
	s := &anonSampler{pid: pid, stop: make(chan struct{}), done: make(chan int64, 1)}
	go func() {
		var peak int64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			if kb := rssAnon(pid); kb > peak {
				peak = kb
			}
			select {
			case <-s.stop:
				s.done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// Peak stops sampling and returns the peak in kilobytes.
func (s *anonSampler) Peak() int64 {
	close(s.stop)
	return <-s.done
}

func rssAnon(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	i := bytes.Index(b, []byte("RssAnon:"))
	if i < 0 {
		return 0
	}
	f := bytes.Fields(b[i+len("RssAnon:"):])
	if len(f) == 0 {
		return 0
	}
	kb, _ := strconv.ParseInt(string(f[0]), 10, 64)
	return kb
}
