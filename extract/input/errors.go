package input

import (
	"errors"
	"fmt"
)

// ErrEmpty marks a file or record with no text (empty or white space
// only). It is a skip, not a failure: warn and go on (see Item.Skipped).
var ErrEmpty = errors.New("no text (empty or white space only); skipped")

// ErrNotText marks a file that is not text: a PDF, an image, an archive,
// bytes with NULs or control characters, or an encoding that is neither
// Unicode nor GB18030/GBK/Big5 Chinese.
var ErrNotText = errors.New("not a text file")

// ErrSymlinkLoop marks a folder reached again through a symbolic link
// inside itself; the walk does not enter it again.
var ErrSymlinkLoop = errors.New("symbolic link loop")

// ErrTooLarge marks a file larger than the walker's MaxSize.
var ErrTooLarge = errors.New("file too large")

// ErrRecord marks a JSON-lines record that cannot be read: broken JSON, no
// id, no text.
var ErrRecord = errors.New("bad JSON-lines record")

// Error is a failure to read one input: a file (Line 0) or the record on
// line Line of a JSON-lines file.
type Error struct {
	Path string // the file path, "-" for standard input
	Line int    // 1-based line of a JSON-lines record; 0 for a whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
