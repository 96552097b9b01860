package strconv

import "errors"

// ErrRange: a value out of range for its type.
var ErrRange = errors.New("value out of range")

// ErrSyntax: a value without the right syntax for its type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, cloneString(str), ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, cloneString(str), ErrRange} }

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

// cloneString copies s so that an error does not keep a large input alive.
func cloneString(s string) string { return string([]byte(s)) }
