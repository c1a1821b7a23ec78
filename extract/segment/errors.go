package segment

import "errors"

// ErrBadDict means the embedded dictionary is corrupt or of another version
// (regenerate it with go generate).
var ErrBadDict = errors.New("bad segment dictionary")
