package build

import (
	"reflect"
	"testing"
)

func TestNewWarnings(t *testing.T) {
	tests := []struct {
		name      string
		old, cur  []string
		wantAdded []string
		wantFixed int
	}{
		{"first build prints all", nil, []string{"a", "b"}, []string{"a", "b"}, 0},
		{"unchanged prints nothing", []string{"a", "b"}, []string{"a", "b"}, nil, 0},
		{"one new", []string{"a"}, []string{"a", "c"}, []string{"c"}, 0},
		{"one fixed", []string{"a", "b"}, []string{"b"}, nil, 1},
		{"fixed and new", []string{"a"}, []string{"b"}, []string{"b"}, 1},
		{"a repeated line counts", []string{"a"}, []string{"a", "a"}, []string{"a"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			added, fixed := NewWarnings(tt.old, tt.cur)
			if !reflect.DeepEqual(added, tt.wantAdded) || fixed != tt.wantFixed {
				t.Errorf("NewWarnings(%q, %q) = %q, %d; want %q, %d", tt.old, tt.cur, added, fixed, tt.wantAdded, tt.wantFixed)
			}
		})
	}
}

func TestIsArticlePath(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"src/content/en/articles/a.md", true},
		{"src/content/nl/articles/b.md", true},
		{"src/content/en/articles/.a.md.tmp", false},
		{"src/content/en/articles/a.txt", false},
		{"src/content/data/measures.yaml", false},
		{"src/content/en/articles/sub/a.md", false},
		{"src/templates/article.md", false},
	}
	for _, tt := range tests {
		if got := isArticlePath("src/content", tt.path); got != tt.want {
			t.Errorf("isArticlePath(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}
