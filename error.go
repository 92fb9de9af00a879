package dossier

import (
	"errors"
	"fmt"
)

// Error codes. They are few on purpose: each maps to one HTTP status and one CLI exit path.
const (
	ECONFLICT       = "conflict"        // the action conflicts with existing state
	EINTERNAL       = "internal"        // a bug or an unexpected failure
	EINVALID        = "invalid"         // the input is malformed or unsupported
	ENOTFOUND       = "not_found"       // the thing does not exist
	EUNAUTHORIZED   = "unauthorized"    // no valid credentials
	EFORBIDDEN      = "forbidden"       // credentials lack the right
	ETOOLARGE       = "too_large"       // the input exceeds a configured limit
	ENOTIMPLEMENTED = "not_implemented" // the feature is not available in this build or store
)

// Error is dossier's error type. Code classifies it, Message is safe to show to a user, Op names
// the operation that failed and Err keeps the wrapped cause for logs.
type Error struct {
	Code    string
	Message string
	Op      string
	Err     error
}

// Error implements the error interface with the operation, message and cause.
func (e *Error) Error() string {
	s := e.Message
	if s == "" && e.Err != nil {
		s = e.Err.Error()
	} else if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	if e.Op != "" {
		s = e.Op + ": " + s
	}
	return s
}

// Unwrap returns the wrapped cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with code and a formatted user-safe message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other non-nil
// error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's chain, or a generic
// message for internal errors so that no internal detail leaks to a user.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "internal error"
}

// ErrorMessageOrError returns the user-safe message of a dossier *Error, or err's own text for
// other errors. It is for command-line reports, where the operator may see everything.
func ErrorMessageOrError(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return err.Error()
}
