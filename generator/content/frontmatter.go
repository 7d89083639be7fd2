package content

import "go.yaml.in/yaml/v3"

// frontMatter is the parsed YAML block of an article, kept for a write that
// preserves comments, key order and unknown keys.
type frontMatter struct {
	raw  []byte    // the file's bytes as read
	node yaml.Node // the document node
}
