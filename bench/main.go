// Command bench is `make bench`: it generates the synthetic corpora
// (generator synth), builds each with the generator (front-matter as
// written, then with extraction forced for every article, then a rebuild
// after editing one article) and, when hugo is on the PATH, with the
// minimal Hugo site of bench/hugo, and prints a markdown table of the
// medians: wall time, articles/s, peak RSS (wait4 rusage of the child),
// output files and bytes, and the ratio ours/Hugo from the same run.
//
//	go run ./bench -sizes 1000,10000,100000 -runs 3
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type result struct {
	wall  time.Duration
	cpu   time.Duration // user + system, from the child's rusage
	rssKB int64
	files int
	bytes int64
}

func main() {
	sizes := flag.String("sizes", "1000,10000,100000", "corpus sizes (articles)")
	runs := flag.Int("runs", 3, "runs per measurement (the median is reported); sizes of 50,000 or more run once")
	dir := flag.String("dir", ".cache/bench", "work folder (git-ignored): corpora, outputs, the generator binary")
	useHugo := flag.Bool("hugo", true, "also build with hugo when it is installed")
	forced := flag.Bool("extract", true, "also measure a build with extraction forced for every article")
	rebuild := flag.Bool("rebuild", true, "also measure a rebuild after editing one article")
	serve := flag.Int("saves", 7, "also measure serve's save -> visible over this many saves (0: not)")
	prebuilt := flag.String("generator", "", "use this generator binary instead of building ./generator")
	flag.Parse()
	if err := run(*sizes, *runs, *dir, *prebuilt, *useHugo, *forced, *rebuild, *serve); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(sizeList string, runs int, dir, gen string, useHugo, forced, rebuild bool, saves int) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	dir = abs
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if gen == "" {
		gen = filepath.Join(dir, "generator")
		if out, err := exec.Command("go", "build", "-o", gen, "./generator").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	hugo := ""
	if useHugo {
		if p, err := exec.LookPath("hugo"); err == nil {
			hugo = p
		}
	}
	var rows []string
	for _, f := range strings.Split(sizeList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return fmt.Errorf("bad size %q", f)
		}
		r := runs
		if n >= 50000 {
			r = 1
		}
		row, err := measure(gen, hugo, dir, n, r, forced, rebuild, saves)
		if err != nil {
			return err
		}
		rows = append(rows, row...)
	}
	host, _ := os.Hostname()
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("\nmachine: %s, %d cores (GOMAXPROCS %d), %s; load average at the end %s\n",
		host, runtime.NumCPU(), runtime.GOMAXPROCS(0), memTotal(), strings.Join(strings.Fields(string(load))[:3], " "))
	if hugo != "" {
		v, _ := exec.Command(hugo, "version").Output()
		fmt.Printf("hugo: %s", v)
	}
	fmt.Println()
	fmt.Println("| articles | build | wall (median) | articles/s | peak RSS | files | bytes | ours/Hugo |")
	fmt.Println("|---:|---|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		fmt.Println(r)
	}
	return nil
}

func memTotal() string {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return "? GB"
	}
	f := strings.Fields(string(data))
	if len(f) > 1 {
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		return fmt.Sprintf("%.0f GB RAM", float64(kb)/(1<<20))
	}
	return "? GB"
}

// corpus generates the corpus of n articles once (synth is deterministic,
// so an existing one is the same).
func corpus(gen, dir string, n int, noExtraction bool) (string, error) {
	name := fmt.Sprintf("corpus-%d", n)
	args := []string{"synth", "--n", strconv.Itoa(n)}
	if noExtraction {
		name += "-x"
		args = append(args, "--no-extraction")
	}
	c := filepath.Join(dir, name)
	stamp := filepath.Join(c, ".complete")
	if _, err := os.Stat(stamp); err == nil {
		return c, nil
	}
	_ = os.RemoveAll(c)
	args = append(args, "--out", c)
	if out, err := exec.Command(gen, args...).CombinedOutput(); err != nil {
		return "", fmt.Errorf("synth: %v\n%s", err, out)
	}
	return c, os.WriteFile(stamp, nil, 0o644)
}

var built = regexp.MustCompile(`built (\d+) files \((\d+) bytes\)`)

// once runs a command and returns its wall time and peak RSS; parse reads
// the files and bytes from its output when it can.
func once(name string, args []string, parse func(stdout []byte, r *result) error) (result, error) {
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		tail := errb.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return result{}, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail)
	}
	r := result{wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssKB = ru.Maxrss // kilobytes on Linux
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if parse != nil {
		if err := parse(out.Bytes(), &r); err != nil {
			return r, err
		}
	}
	return r, nil
}

func parseBuilt(stdout []byte, r *result) error {
	m := built.FindSubmatch(stdout)
	if m == nil {
		return fmt.Errorf("no summary in %q", stdout)
	}
	r.files, _ = strconv.Atoi(string(m[1]))
	r.bytes, _ = strconv.ParseInt(string(m[2]), 10, 64)
	return nil
}

func countDir(dest string) func([]byte, *result) error {
	return func(_ []byte, r *result) error {
		return filepath.WalkDir(dest, func(_ string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			r.files++
			r.bytes += info.Size()
			return nil
		})
	}
}

func median(rs []result) result {
	sort.Slice(rs, func(i, j int) bool { return rs[i].wall < rs[j].wall })
	m := rs[len(rs)/2]
	// Peak RSS: the median of the runs too.
	rss := make([]int64, len(rs))
	for i, r := range rs {
		rss[i] = r.rssKB
	}
	sort.Slice(rss, func(i, j int) bool { return rss[i] < rss[j] })
	m.rssKB = rss[len(rss)/2]
	return m
}

func repeat(runs int, label string, f func() (result, error)) (result, error) {
	var rs []result
	for i := range runs {
		r, err := f()
		if err != nil {
			return r, err
		}
		fmt.Fprintf(os.Stderr, "  %s run %d: %s, %d MB peak, %d files\n", label, i+1, r.wall.Round(time.Millisecond), r.rssKB>>10, r.files)
		rs = append(rs, r)
	}
	return median(rs), nil
}

// alternate runs ours and, when given, other in turn, runs times each,
// and returns each one's median.
func alternate(runs int, ours, other func() (result, error)) (result, result, error) {
	if other == nil {
		r, err := repeat(runs, "full build", ours)
		return r, result{}, err
	}
	var a, b []result
	for i := range runs {
		for _, side := range []struct {
			label string
			f     func() (result, error)
			into  *[]result
		}{{"full build", ours, &a}, {"hugo", other, &b}} {
			r, err := side.f()
			if err != nil {
				return result{}, result{}, err
			}
			fmt.Fprintf(os.Stderr, "  %s run %d: %s wall, %s CPU, %d MB peak, %d files (load %s)\n", side.label, i+1, r.wall.Round(time.Millisecond), r.cpu.Round(10*time.Millisecond), r.rssKB>>10, r.files, loadavg())
			*side.into = append(*side.into, r)
		}
	}
	return median(a), median(b), nil
}

func loadavg() string {
	data, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func measure(gen, hugo, dir string, n, runs int, forced, rebuild bool, saves int) ([]string, error) {
	fmt.Fprintf(os.Stderr, "%d articles (load average %s)\n", n, loadavg())
	src, err := corpus(gen, dir, n, false)
	if err != nil {
		return nil, err
	}
	dest := filepath.Join(dir, fmt.Sprintf("out-%d", n))
	// An output of an older generator (without the marker a build now
	// leaves) would be refused as someone's folder; this one is the
	// bench's own, under .cache/bench.
	if err := os.RemoveAll(dest); err != nil {
		return nil, err
	}
	// Full builds ignore the incremental cache (--full): each run renders
	// and writes every page. The rebuild below uses the cache, as an
	// editor's build does.
	buildWith := func(source string, extra ...string) func() (result, error) {
		return func() (result, error) {
			args := append([]string{"build", "--source", source, "--destination", dest}, extra...)
			return once(gen, args, parseBuilt)
		}
	}
	build := func(source string) func() (result, error) { return buildWith(source, "--full") }
	// With Hugo, its runs alternate with ours (ours, Hugo, ours, ...):
	// on a shared machine the load drifts over minutes, and two blocks
	// of runs would each see a different machine.
	ours := build(src)
	var hugoRun func() (result, error)
	if hugo != "" {
		site, err := hugoSite(dir, src, n)
		if err != nil {
			return nil, err
		}
		hdest := filepath.Join(dir, fmt.Sprintf("hugo-out-%d", n))
		hugoRun = func() (result, error) {
			_ = os.RemoveAll(hdest)
			return once(hugo, []string{"--quiet", "--source", site, "--destination", hdest}, countDir(hdest))
		}
	}
	full, h, err := alternate(runs, ours, hugoRun)
	if err != nil {
		return nil, err
	}
	var hugoRes *result
	if hugoRun != nil {
		hugoRes = &h
	}
	var ext *result
	if forced {
		xsrc, err := corpus(gen, dir, n, true)
		if err != nil {
			return nil, err
		}
		x, err := repeat(runs, "extract all", build(xsrc))
		if err != nil {
			return nil, err
		}
		ext = &x
	}
	var inc *result
	if rebuild {
		r, err := rebuildOne(func(s string) func() (result, error) { return buildWith(s) }, src, runs)
		if err != nil {
			return nil, err
		}
		inc = &r
	}
	ratio := func(r result) string {
		if hugoRes == nil {
			return "—"
		}
		return fmt.Sprintf("%.2fx", r.wall.Seconds()/hugoRes.wall.Seconds())
	}
	row := func(label string, r result, ratioCell string) string {
		return fmt.Sprintf("| %d | %s | %.2f s | %.0f | %d MB | %d | %.0f MB | %s |", n, label, r.wall.Seconds(),
			float64(n)/r.wall.Seconds(), r.rssKB>>10, r.files, float64(r.bytes)/(1<<20), ratioCell)
	}
	rows := []string{row("ours, front-matter", full, ratio(full))}
	if ext != nil {
		rows = append(rows, row("ours, extract every article", *ext, ratio(*ext)))
	}
	if inc != nil {
		rows = append(rows, row("ours, rebuild after one edit", *inc, ratio(*inc)))
	}
	if hugoRes != nil {
		rows = append(rows, row("hugo", *hugoRes, "1.00x"))
	}
	if saves > 0 {
		more, err := measureSaves(gen, hugo, dir, src, n, saves)
		if err != nil {
			return nil, err
		}
		rows = append(rows, more...)
	}
	fmt.Fprintf(os.Stderr, "  (load average after %d: %s)\n", n, loadavg())
	return rows, nil
}

// rebuildOne measures a build after editing one article: a first build
// leaves the output (and whatever cache the generator keeps) matching the
// corpus, then one body changes before each measured build.
func rebuildOne(build func(string) func() (result, error), src string, runs int) (result, error) {
	edited := filepath.Join(src, "content", "en", "articles")
	entries, err := os.ReadDir(edited)
	if err != nil || len(entries) == 0 {
		return result{}, fmt.Errorf("no article to edit in %s", edited)
	}
	one := filepath.Join(edited, entries[len(entries)/2].Name())
	orig, err := os.ReadFile(one)
	if err != nil {
		return result{}, err
	}
	if _, err := build(src)(); err != nil { // warm: output and cache match the corpus
		return result{}, err
	}
	var incs []result
	for i := range runs {
		edit := append(bytes.Clone(orig), []byte(fmt.Sprintf("\nAn editor added this sentence, edit %d.\n", i))...)
		if err := os.WriteFile(one, edit, 0o644); err != nil {
			return result{}, err
		}
		r, err := build(src)()
		if err != nil {
			_ = os.WriteFile(one, orig, 0o644)
			return result{}, err
		}
		fmt.Fprintf(os.Stderr, "  rebuild after one edit run %d: %s, %d MB peak\n", i+1, r.wall.Round(time.Millisecond), r.rssKB>>10)
		incs = append(incs, r)
	}
	if err := os.WriteFile(one, orig, 0o644); err != nil {
		return result{}, err
	}
	return median(incs), nil
}

// hugoSite writes bench/hugo with the corpus as the languages' content.
func hugoSite(dir, src string, n int) (string, error) {
	site := filepath.Join(dir, fmt.Sprintf("hugo-site-%d", n))
	_ = os.RemoveAll(site)
	if err := os.CopyFS(site, os.DirFS("bench/hugo")); err != nil {
		return "", err
	}
	cfg, err := os.ReadFile(filepath.Join(site, "hugo.yaml"))
	if err != nil {
		return "", err
	}
	s := strings.ReplaceAll(string(cfg), "CONTENT_EN", filepath.Join(src, "content", "en"))
	s = strings.ReplaceAll(s, "CONTENT_NL", filepath.Join(src, "content", "nl"))
	return site, os.WriteFile(filepath.Join(site, "hugo.yaml"), []byte(s), 0o644)
}
