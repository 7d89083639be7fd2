package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// saveToVisible measures a preview server: it starts the server, waits
// for the page of one article, then saves that article with a new closing
// sentence saves times and takes, for each, the time from the write to
// the first HTTP response of the page that carries the sentence (polled
// every 5 ms). It returns the median, and restores the article.
func saveToVisible(label string, server []string, file, urlPath string, saves int) (time.Duration, error) {
	port, err := freePort()
	if err != nil {
		return 0, err
	}
	args := make([]string, len(server))
	for i, a := range server {
		args[i] = strings.ReplaceAll(a, "PORT", fmt.Sprint(port))
	}
	orig, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	defer os.WriteFile(file, orig, 0o644)
	// The page of an article that may not be republished shows only the
	// sentences it cites, never the marker: the article is measured as an
	// editor's own text, whose page shows the whole body.
	base := republished(orig)
	if err := os.WriteFile(file, base, 0o644); err != nil {
		return 0, err
	}
	cmd := exec.Command(args[0], args[1:]...)
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() {
		// The server and anything it started.
		syscall.Kill(-cmd.Process.Pid, syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
	}()
	url := fmt.Sprintf("http://127.0.0.1:%d/%s", port, urlPath)
	start := time.Now()
	if _, err := poll(url, "", 20*time.Minute); err != nil {
		return 0, fmt.Errorf("%s: first build: %w\n%s", label, err, tail(logs.String()))
	}
	fmt.Fprintf(os.Stderr, "  %s: first build served after %s\n", label, time.Since(start).Round(time.Millisecond))
	time.Sleep(2 * time.Second) // let the watcher settle
	var took []time.Duration
	for i := range saves {
		marker := fmt.Sprintf("Visible marker %d-%d.", time.Now().UnixNano()%1e6, i)
		edit := append(bytes.Clone(base), []byte("\n"+marker+"\n")...)
		t0 := time.Now()
		if err := os.WriteFile(file, edit, 0o644); err != nil {
			return 0, err
		}
		if _, err := poll(url, marker, time.Minute); err != nil {
			return 0, fmt.Errorf("%s: save %d: %w\n%s", label, i+1, err, tail(logs.String()))
		}
		d := time.Since(t0)
		fmt.Fprintf(os.Stderr, "  %s: save %d visible after %s\n", label, i+1, d.Round(time.Millisecond))
		took = append(took, d)
		time.Sleep(time.Second)
	}
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	return took[len(took)/2], nil
}

// republished is an article file with `republish: true` added to its
// front-matter (when it has none).
func republished(article []byte) []byte {
	if !bytes.HasPrefix(article, []byte("---\n")) || bytes.Contains(article, []byte("\nrepublish:")) {
		return article
	}
	return append([]byte("---\nrepublish: true\n"), article[len("---\n"):]...)
}

// poll GETs url until it answers 200 with a body containing want.
func poll(url, want string, limit time.Duration) ([]byte, error) {
	client := &http.Client{Timeout: 5 * time.Second}
	deadline := time.Now().Add(limit)
	last := ""
	for time.Now().Before(deadline) {
		resp, err := client.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && bytes.Contains(body, []byte(want)) {
				return body, nil
			}
			last = resp.Status
		} else {
			last = err.Error()
		}
		time.Sleep(5 * time.Millisecond)
	}
	return nil, fmt.Errorf("%s: gave up after %s (last: %s)", url, limit, last)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func tail(s string) string {
	if len(s) > 2000 {
		return s[len(s)-2000:]
	}
	return s
}

// editedArticle is the article the rebuild and save measurements edit:
// the middle English one.
func editedArticle(src string) (file, slug string, err error) {
	dir := filepath.Join(src, "content", "en", "articles")
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		return "", "", fmt.Errorf("no article to edit in %s", dir)
	}
	name := entries[len(entries)/2].Name()
	return filepath.Join(dir, name), strings.TrimSuffix(name, ".md"), nil
}

// measureSaves measures save -> visible with our serve and, when hugo is
// installed, with hugo server over the same corpus and the same article,
// one after the other in the same run.
func measureSaves(gen, hugo, dir, src string, n, saves int) ([]string, error) {
	file, slug, err := editedArticle(src)
	if err != nil {
		return nil, err
	}
	page := "en/articles/" + slug + "/"
	ours, err := saveToVisible("ours serve", []string{gen, "serve", "--source", src, "--port", "PORT"}, file, page, saves)
	if err != nil {
		return nil, err
	}
	row := func(label string, d time.Duration, ratio string) string {
		return fmt.Sprintf("| %d | %s | %.0f ms | — | — | — | — | %s |", n, label, float64(d)/float64(time.Millisecond), ratio)
	}
	if hugo == "" {
		return []string{row("ours, serve save → visible", ours, "—")}, nil
	}
	site, err := hugoSite(dir, src, n)
	if err != nil {
		return nil, err
	}
	h, err := saveToVisible("hugo server", []string{hugo, "server", "--source", site, "--port", "PORT", "--bind", "127.0.0.1", "--disableLiveReload"}, file, page, saves)
	if err != nil {
		return nil, err
	}
	return []string{
		row("ours, serve save → visible", ours, fmt.Sprintf("%.2fx", ours.Seconds()/h.Seconds())),
		row("hugo server save → visible", h, "1.00x"),
	}, nil
}
