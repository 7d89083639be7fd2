package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsdesk/ruscompare/generator/build"
	"github.com/newsdesk/ruscompare/generator/publish"
)

// snapshot is every file under dir: slash path -> content hash (or "->
// target" for a symlink).
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if e.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(path)
			files[filepath.ToSlash(rel)] = "-> " + target
			return err
		}
		data, err := os.ReadFile(path)
		files[filepath.ToSlash(rel)] = build.Hash(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func sameFiles(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for p, h := range want {
		if got[p] != h {
			t.Errorf("%s: %s changed or missing", what, p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s: %s appeared", what, p)
		}
	}
}

// TestBuildDestinationRefused: every destination that holds the site's own
// files, or someone's, exits 2 with a message naming it and why, before
// anything is read or written; every file of the site is still there.
func TestBuildDestinationRefused(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "site")
	for rel, data := range map[string]string{
		"site.yaml":                    "title: A test site\n",
		"content/en/articles/a.md":     "---\ntitle: An article\nlang: en\n---\nIts text.\n",
		"content/data/providers.yaml":  "[]\n",
		"templates/layout.html":        "<html></html>\n",
		".git/HEAD":                    "ref: refs/heads/main\n",
		"notes/todo.txt":               "An editor's own notes, not a build's.\n",
		"content/en/articles/draft.md": "---\ntitle: A draft\n---\n",
	} {
		p := filepath.Join(src, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("content", filepath.Join(src, "content-link")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, root)
	t.Chdir(src)

	for _, c := range []struct {
		name   string
		args   []string
		stderr string // a regexp
	}{
		{"source as an absolute path", []string{"--destination", src}, `refusing destination ` + regexp.QuoteMeta(src) + `: it is the source folder`},
		{"source as .", []string{"--destination", "."}, `refusing destination \.: it is the source folder`},
		{"source given twice", []string{"--source", src, "--destination", src + "/content/.."}, `it is the source folder`},
		{"a folder holding the source", []string{"--destination", root}, `it contains the source folder`},
		{"the file system root", []string{"--destination", "/"}, `it contains the source folder`},
		{"content", []string{"--destination", "content"}, `refusing destination content: it lies inside .*content, which holds the site's own files`},
		{"inside content", []string{"--destination", "content/en/out"}, `it lies inside .*content`},
		{"content through a symlink", []string{"--destination", "content-link/out"}, `it lies inside .*content`},
		{"templates", []string{"--destination", filepath.Join(src, "templates")}, `it lies inside .*templates`},
		{".git", []string{"--destination", ".git/public"}, `it lies inside .*\.git`},
		{"a file", []string{"--destination", "site.yaml"}, `refusing destination site.yaml: it is an existing file`},
		{"an article", []string{"--destination", "content/en/articles/a.md"}, `refusing destination content/en/articles/a.md`},
		{"a folder no build made", []string{"--destination", "notes"}, `refusing destination notes: it is a folder that is not empty and has no \.generator-output file`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Main(append([]string{"build"}, c.args...), &stdout, &stderr)
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s", code, stderr.String())
			}
			if !regexp.MustCompile(c.stderr).MatchString(stderr.String()) {
				t.Errorf("stderr %q does not match %q", stderr.String(), c.stderr)
			}
			if strings.Contains(stderr.String(), "left as it was") || stdout.Len() > 0 {
				t.Errorf("a refused build says it built or left something:\n%s%s", stdout.String(), stderr.String())
			}
			sameFiles(t, "after "+c.name, snapshot(t, root), before)
		})
	}
}

// testSite makes a site in a new folder: the repository's data, templates
// and configuration and its committed articles.
func newTestSite(t *testing.T) string {
	t.Helper()
	src := t.TempDir()
	for _, p := range []string{"content", "templates", "site.yaml"} {
		if err := copyTree(filepath.Join(repoRoot, p), filepath.Join(src, p)); err != nil {
			t.Fatal(err)
		}
	}
	return src
}

// generatorCmd runs the generator as its own process: the test binary,
// which testscript.Main (TestMain) put on $PATH as `generator`.
func generatorCmd(ctx context.Context, t *testing.T, dir string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := exec.LookPath("generator")
	if err != nil {
		t.Fatalf("generator is not on $PATH (TestMain sets it up): %v", err)
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// retitle changes the title of one article, so that an incremental build
// rewrites its pages and the lists that name it.
func retitle(t *testing.T, src, title string) {
	t.Helper()
	p := filepath.Join(src, "content", "en", "articles", "cloudflare-akamai-why-were-not-pulling-out-of-russia.md")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^title: .*$`)
	if !re.Match(data) {
		t.Fatalf("%s has no title line", p)
	}
	if err := os.WriteFile(p, re.ReplaceAll(data, []byte("title: "+title)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBuildKilledMidWrite kills a real `generator build` process in the
// middle of its writes (the publish test hook pauses it there), full and
// incremental: public/ is entirely the previous build's. While it runs, a
// second build is refused with the first one's pid; the next build
// removes the dead build's tree and publishes the new site whole.
func TestBuildKilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs eight builds of the committed articles; skipped with -short")
	}
	src := newTestSite(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	run := func(env []string, args ...string) (string, error) {
		out, err := generatorCmd(ctx, t, src, env, args...).CombinedOutput()
		return string(out), err
	}
	if out, err := run(nil, "build"); err != nil {
		t.Fatalf("first build: %v\n%s", err, out)
	}
	for i, mode := range []string{"incremental", "full"} {
		t.Run(mode, func(t *testing.T) {
			retitle(t, src, fmt.Sprintf("A new title, %d", i))
			old := snapshot(t, filepath.Join(src, "public"))
			args := []string{"build"}
			if mode == "full" {
				args = append(args, "--full")
			}
			cmd := generatorCmd(ctx, t, src, []string{publish.HookEnv + "=pause-after=1"}, args...)
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := bufio.NewScanner(stderr)
			paused := false
			for !paused && lines.Scan() {
				paused = strings.Contains(lines.Text(), "publish: paused after 1 writes")
			}
			if !paused {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatal("the build ended without reaching its second write")
			}

			out, err := run(nil, "build")
			want := fmt.Sprintf("another build is running (pid %d)", cmd.Process.Pid)
			if err == nil || !strings.Contains(out, want) {
				t.Errorf("a concurrent build: %v\n%s\nwant %q", err, out, want)
			}

			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			sameFiles(t, "public after the kill", snapshot(t, filepath.Join(src, "public")), old)
			if left, _ := filepath.Glob(filepath.Join(src, ".public-build-*")); len(left) != 1 {
				t.Errorf("want the killed build's tree beside public, got %v", left)
			}

			if out, err := run(nil, args...); err != nil {
				t.Fatalf("the build after the kill: %v\n%s", err, out)
			}
			if out, err := run(nil, "build", "--full", "--destination", "want"); err != nil {
				t.Fatalf("reference build: %v\n%s", err, out)
			}
			sameFiles(t, "public after the next build", snapshot(t, filepath.Join(src, "public")), snapshot(t, filepath.Join(src, "want")))
			os.RemoveAll(filepath.Join(src, "want"))
			if left, _ := filepath.Glob(filepath.Join(src, ".public-build-*")); len(left) != 0 {
				t.Errorf("leftovers of the killed build: %v", left)
			}
		})
	}
}

// TestBuildFullDisk fails a write of a build part-way through, as a full
// disk does: the message says why and that public/ was left as it was,
// which is true, and nothing is left beside it.
func TestBuildFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the committed articles five times; skipped with -short")
	}
	src := newTestSite(t)
	t.Chdir(src)
	var stdout, stderr bytes.Buffer
	if code := Main([]string{"build"}, &stdout, &stderr); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr.String())
	}
	for i, args := range [][]string{{"build"}, {"build", "--full"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			retitle(t, src, fmt.Sprintf("Another title, %d", i))
			old := snapshot(t, "public")
			t.Setenv(publish.HookEnv, "fail-after=1")
			stdout.Reset()
			stderr.Reset()
			if code := Main(args, &stdout, &stderr); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			for _, want := range []string{"no space left on device", "build failed; public was left as it was"} {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q lacks %q", stderr.String(), want)
				}
			}
			sameFiles(t, "public after a full disk", snapshot(t, "public"), old)
			if left, _ := filepath.Glob(".public-build-*"); len(left) != 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
	// Nothing to leave as it was: the message does not pretend there was.
	t.Setenv(publish.HookEnv, "fail-after=1")
	stderr.Reset()
	if code := Main([]string{"build", "--destination", "fresh"}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "nothing was written to fresh") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if _, err := os.Stat("fresh"); !os.IsNotExist(err) {
		t.Errorf("fresh exists after a failed build: %v", err)
	}
}
