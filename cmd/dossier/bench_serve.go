package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/httpapi"
	"github.com/dossier-osint/dossier/sqlite"
)

// wrkScript asks for random entity profiles with the bench token.
const wrkScript = `-- dossier bench serve: GET /api/entities/{id} for random generated ids
local n = %d
local auth = "Bearer %s"
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
init = function(args)
  math.randomseed(os.time() * 1000 + seed)
end
request = function()
  local id = string.format("E%%07d", math.random(0, n - 1))
  return wrk.format("GET", "/api/entities/" .. id, {["Authorization"] = auth})
end
`

// benchServe generates a store, serves it from a child process on the loopback, and loads it
// with wrk for random entity profiles.
func (m *Main) benchServe(ctx context.Context, args []string) error {
	fs := m.newFlagSet("bench serve", "[options]", `
Generates a store of --entities entities joined by --claims claims (the generator of 'bench
graph'), starts 'dossier serve' on it on 127.0.0.1 as a child process, creates an API token, and
runs wrk (Debian package wrk) for --duration against GET /api/entities/{id} with random ids.
Prints requests per second, the 50th and 99th percentile latencies, the server's resident
memory before and after the load (PSS, and the resident set, which counts each page of the
memory-mapped store once per read connection), and the CPU time the server and wrk took per request. With
--server, another dossier build serves, to compare builds on the same store.`)
	n := fs.Int("entities", 1000000, "entities in the generated store")
	e := fs.Int("claims", 2000000, "claims in the generated store")
	dur := fs.Duration("duration", 60*time.Second, "how long wrk runs")
	conns := fs.Int("connections", 32, "wrk connections")
	threads := fs.Int("threads", 2, "wrk threads")
	dir := fs.String("dir", "", "working folder, kept, whose store is reused when present (default: a temporary one, removed after)")
	wrk := fs.String("wrk", "wrk", "the wrk program")
	server := fs.String("server", "", "the dossier program to serve with, to compare builds on the same store (default: this one)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if _, err := exec.LookPath(*wrk); err != nil {
		return fmt.Errorf("bench serve needs wrk (apt-get install wrk): %w", err)
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "dossier-bench-serve-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	} else if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	dbPath := filepath.Join(*dir, fmt.Sprintf("serve-%d-%d.db", *n, *e))
	if _, err := os.Stat(dbPath); err != nil {
		t0 := time.Now()
		fmt.Fprintf(m.Stderr, "generating %d entities and %d claims in %s\n", *n, *e, dbPath)
		if err := storeGraph(ctx, dbPath, *n, *e); err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "stored in %s\n", time.Since(t0).Round(time.Second))
	}
	token, err := benchToken(ctx, dbPath)
	if err != nil {
		return err
	}
	self := *server
	if self == "" {
		if self, err = os.Executable(); err != nil {
			return err
		}
	}
	cmd := exec.CommandContext(ctx, self, "--db", dbPath, "serve", "--addr", "127.0.0.1:0", "--log-level", "warn")
	cmd.Env = append(os.Environ(), "DOSSIER_TEST_MAIN=1")
	cmd.Stderr = m.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	base, err := serverURL(stdout)
	if err != nil {
		return err
	}
	script := filepath.Join(*dir, "bench-serve.lua")
	if err := os.WriteFile(script, []byte(fmt.Sprintf(wrkScript, *n, token)), 0o600); err != nil {
		return err
	}
	rss0, cpu0 := processMemory(cmd.Process.Pid), processCPU(cmd.Process.Pid)
	wargs := []string{"-t", strconv.Itoa(*threads), "-c", strconv.Itoa(*conns), "-d", fmt.Sprintf("%ds", max(1, int(dur.Seconds()))), "--latency", "-s", script, base}
	fmt.Fprintf(m.Stderr, "running: %s %s\n", *wrk, strings.Join(wargs, " "))
	wcmd := exec.CommandContext(ctx, *wrk, wargs...)
	out, err := wcmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("wrk: %v: %s", err, out)
	}
	rss1, cpu1 := processMemory(cmd.Process.Pid), processCPU(cmd.Process.Pid)
	wrkCPU := wcmd.ProcessState.UserTime() + wcmd.ProcessState.SystemTime()
	text := string(out)
	rps := grab(text, `Requests/sec:\s+([0-9.]+)`)
	p50 := grab(text, `\n\s+50%\s+(\S+)`)
	p99 := grab(text, `\n\s+99%\s+(\S+)`)
	errs := grab(text, `Non-2xx or 3xx responses:\s+(\d+)`)
	if errs == "" {
		errs = "0"
	}
	fmt.Fprintf(m.Stdout, "GET /api/entities/{id}, %d entities, %d claims, %d connections, %s\n", *n, *e, *conns, *dur)
	fmt.Fprintf(m.Stdout, "requests/s %s  p50 %s  p99 %s  non-2xx %s\n", rps, p50, p99, errs)
	fmt.Fprintf(m.Stdout, "server memory (PSS) %s at start, %s at end: anonymous (heap, stacks, SQLite caches) %s -> %s, mapped store file %s -> %s; resident set %s -> %s\n",
		humanBytes(rss0.pss), humanBytes(rss1.pss), humanBytes(rss0.anon), humanBytes(rss1.anon), humanBytes(rss0.file), humanBytes(rss1.file),
		humanBytes(rss0.rss), humanBytes(rss1.rss))
	if reqs, _ := strconv.Atoi(grab(text, `(\d+) requests in`)); reqs > 0 && cpu1 > cpu0 {
		per := (cpu1 - cpu0) / time.Duration(reqs)
		fmt.Fprintf(m.Stdout, "server CPU %s for %d requests: %s per request (at most %.0f requests/s on %d cores the server had to itself)\n",
			(cpu1 - cpu0).Round(time.Millisecond), reqs, per.Round(time.Microsecond), float64(runtime.NumCPU())/per.Seconds(), runtime.NumCPU())
		fmt.Fprintf(m.Stdout, "wrk CPU %s: %s per request\n", wrkCPU.Round(time.Millisecond), (wrkCPU / time.Duration(reqs)).Round(time.Microsecond))
	}
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Fprintf(m.Stdout, "load average at the end: %s", load)
	}
	fmt.Fprintf(m.Stdout, "\nwrk output:\n%s", text)
	return nil
}

// benchToken adds a viewer "bench" (if absent) to the store and returns a new API token for it.
func benchToken(ctx context.Context, path string) (string, error) {
	db, err := sqlite.Open(path)
	if err != nil {
		return "", err
	}
	defer db.Close()
	u, err := db.FindUserByName(ctx, "bench")
	if dossier.ErrorCode(err) == dossier.ENOTFOUND {
		hash, herr := httpapi.HashPassword(httpapi.RandomPassword())
		if herr != nil {
			return "", herr
		}
		u = &dossier.User{Name: "bench", Role: dossier.RoleViewer, PasswordHash: hash}
		err = db.CreateUser(ctx, u)
	}
	if err != nil {
		return "", err
	}
	token, _, err := httpapi.NewToken(ctx, db, u, "bench serve")
	return token, err
}

// serverURL reads the child server's first lines until it says where it listens.
func serverURL(r interface{ Read([]byte) (int, error) }) (string, error) {
	re := regexp.MustCompile(`serving .* on (http://\S+)`)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if mm := re.FindStringSubmatch(sc.Text()); mm != nil {
			go func() { // keep draining so the child never blocks on a full pipe
				for sc.Scan() {
				}
			}()
			return mm[1], nil
		}
	}
	return "", fmt.Errorf("the server did not start")
}

// memory is a process's memory: its resident set, and its proportional set size (PSS, which
// counts a page mapped n times 1/n each) in all, anonymous (heap, stacks, SQLite's page caches)
// and file pages (the memory-mapped store). Each read connection maps the store apart, so the
// resident set counts a page of the store once per connection that touched it; PSS counts it
// once.
type memory struct{ rss, pss, anon, file int64 }

// processMemory returns the memory of a process in bytes, zero where unknown.
func processMemory(pid int) memory {
	var m memory
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return m
	}
	for _, line := range strings.Split(string(b), "\n") {
		name, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			continue
		}
		kb, _ := strconv.ParseInt(f[0], 10, 64)
		switch name {
		case "Rss":
			m.rss = kb << 10
		case "Pss":
			m.pss = kb << 10
		case "Pss_Anon":
			m.anon = kb << 10
		case "Pss_File":
			m.file = kb << 10
		}
	}
	return m
}

// processCPU returns the user and system CPU time a process has used, 0 if unknown.
func processCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which may hold spaces) in parentheses; utime and stime are
	// the 14th and 15th fields, in clock ticks of 1/100 s on Linux.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+st) * 10 * time.Millisecond
}

func grab(s, pattern string) string {
	if mm := regexp.MustCompile(pattern).FindStringSubmatch(s); mm != nil {
		return mm[1]
	}
	return ""
}
