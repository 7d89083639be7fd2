package build

import (
	"bytes"
	"debug/elf"
	"slices"
	"strings"
)

// goBuildID is the Go build ID of the ELF executable at path ("" when it
// has none, or when the file is not ELF). `go build` writes it as
// "actionID/contentID" of the main package and of the link; the last
// part is the hash of the linked file's own bytes (cmd/go's
// buildid.FindAndHash), so two executables with the same full ID have the
// same content. Reading it costs a few kilobytes, where hashing the
// generator (over 150 MB) took 0.3 s of CPU on every `build --full`.
// An ID whose last part is empty (`-ldflags=-buildid=`) is no content
// hash: "" then, and the caller hashes the file.
func goBuildID(path string) string {
	f, err := elf.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil || sec.Size > 4096 {
		return ""
	}
	data, err := sec.Data()
	if err != nil {
		return ""
	}
	// An ELF note: name size, description size, type (4 bytes each, in
	// the file's byte order), the name "Go\x00\x00", then the ID.
	if len(data) < 16 {
		return ""
	}
	order := f.ByteOrder
	nameSize, descSize, kind := order.Uint32(data), order.Uint32(data[4:]), order.Uint32(data[8:])
	const goBuildIDNote = 4
	if nameSize != 4 || kind != goBuildIDNote || !bytes.Equal(data[12:16], []byte("Go\x00\x00")) ||
		uint64(descSize) > uint64(len(data)-16) {
		return ""
	}
	id := string(data[16 : 16+descSize])
	parts := strings.Split(id, "/")
	if len(parts) != 4 || slices.Contains(parts, "") {
		return ""
	}
	return id
}
