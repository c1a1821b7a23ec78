//go:build !gojieba

package nereval

import (
	"errors"
	"io"
)

// HaveGojieba reports whether the gojieba baseline is built in (build tag
// gojieba, which needs cgo and a C++ compiler).
const HaveGojieba = false

// ErrNoGojieba is returned by NewGojieba in a build without the gojieba tag.
var ErrNoGojieba = errors.New("gojieba baseline not built in (build with -tags gojieba; needs cgo and a C++ compiler)")

// Gojieba is the gojieba baseline; this build does not have it.
type Gojieba struct{ io.Closer }

// NewGojieba fails with ErrNoGojieba: build with -tags gojieba.
func NewGojieba() (*Gojieba, error) { return nil, ErrNoGojieba }

// Tag implements Tagger; it finds nothing in this build.
func (g *Gojieba) Tag(string) []Mention { return nil }
