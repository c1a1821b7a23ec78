package config

import (
	"errors"
	"fmt"
)

// ErrUnknownKey is wrapped by the error for a key that zhkg does not know
// (a typo in the config file or a ZHKG_ variable).
var ErrUnknownKey = errors.New("unknown key")

// ErrType is wrapped by the error for a value of the wrong type, such as
// `workers: many`.
var ErrType = errors.New("wrong type")

// ErrInvalid is wrapped by the error for a value of the right type that is
// not acceptable, such as `db: mysql`.
var ErrInvalid = errors.New("invalid value")

// Error is a problem with one key. Source tells where the bad value came
// from (zero for Validate, which does not know).
type Error struct {
	Key    string
	Source Source
	Err    error
}

func (e *Error) Error() string {
	if e.Source.Kind == FromEnv && e.Source.Name == e.Key {
		return fmt.Sprintf("config env %s: %v", e.Key, e.Err)
	}
	if e.Source.Kind == 0 {
		return fmt.Sprintf("config key %s: %v", e.Key, e.Err)
	}
	return fmt.Sprintf("config key %s (%s): %v", e.Key, e.Source, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
