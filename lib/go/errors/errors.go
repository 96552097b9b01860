// Package errors implements functions to manipulate errors: New, Unwrap, Is,
// As and Join (Go 1.20's Join, and Is/As through Unwrap() []error).
package errors

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: err itself,
// then the errors reached through Unwrap() error or Unwrap() []error
// (depth first). An error matches if it equals target or its Is method
// reports true for target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, typeOf(target).comparable())
}

func is(err, target error, comparable bool) bool {
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && is(e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true. An error matches
// if its dynamic type is assignable to the value target points to, or if it
// has a method As(any) bool that returns true for target.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	typ := typeOf(target)
	p := dataOf(target)
	if typ.kind&kindMask != kindPointer || p == nil {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.elem
	if targetType.kind&kindMask != kindInterface && !assignable(errorType(), targetType) {
		panic("errors: *target must be interface or implement error")
	}
	if err == nil {
		return false
	}
	return as(err, target, p, targetType)
}

func as(err error, target any, p unsafePointer, targetType *rtype) bool {
	for {
		var e any = err
		if t := typeOf(e); assignable(targetType, t) {
			store(p, targetType, t, dataOf(e))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && as(e, target, p, targetType) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors, discarding nil ones;
// nil if every one is nil. Its Error method joins the errors' texts with
// newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
