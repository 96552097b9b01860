package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type ValErr struct {
	A, B int
	S    string
}

func (e ValErr) Error() string { return fmt.Sprint("valerr ", e.A, e.B, e.S) }

type Small int

func (s Small) Error() string { return fmt.Sprint("small ", int(s)) }

type Temporary interface {
	error
	Temporary() bool
}

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

// asHook converts itself into any *MyErr target.
type asHook struct{ n int }

func (a asHook) Error() string { return "hook" }
func (a asHook) As(target any) bool {
	if p, ok := target.(**MyErr); ok {
		*p = &MyErr{Code: a.n * 100}
		return true
	}
	return false
}

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

// sliceErr is uncomparable: Is must not panic comparing it.
type sliceErr []int

func (s sliceErr) Error() string { return fmt.Sprint("slice ", []int(s)) }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return target == io.EOF }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	base := &MyErr{Code: 7}
	err := fmt.Errorf("ctx: %w", &wrap{"inner", base})

	var me *MyErr
	fmt.Println(errors.As(err, &me), me == base, me)

	var ve ValErr
	fmt.Println(errors.As(err, &ve), ve)
	err2 := fmt.Errorf("outer: %w", ValErr{1, 2, "x"})
	fmt.Println(errors.As(err2, &ve), ve)

	var sm Small
	fmt.Println(errors.As(fmt.Errorf("w %w", Small(42)), &sm), sm)

	var te Temporary
	fmt.Println(errors.As(err, &te), te == nil)
	fmt.Println(errors.As(fmt.Errorf("t: %w", tempErr{}), &te), te, te.Temporary())

	var anyv any
	fmt.Println(errors.As(err, &anyv), anyv)

	var e2 error
	fmt.Println(errors.As(err2, &e2), e2)

	var ifs interface{ Code2() int }
	fmt.Println(errors.As(err, &ifs), ifs == nil)

	me = nil
	fmt.Println(errors.As(&wrap{"h", asHook{3}}, &me), me)
	fmt.Println(errors.As(asHook{3}, &ve))

	fmt.Println(errors.As(nil, &me))

	var pe *fs.PathError
	_, oerr := os.Open("/nonexistent/file")
	fmt.Println(errors.As(oerr, &pe), pe.Op, pe.Path, pe.Err)
	fmt.Println(errors.Is(oerr, fs.ErrNotExist), errors.Is(oerr, os.ErrExist))

	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { errors.As(err, me) })
	try("nil pointer", func() { errors.As(err, (*error)(nil)) })
	try("int", func() { errors.As(err, 3) })
	try("not error", func() { var i int; errors.As(err, &i) })
	try("struct", func() { var s MyErr; errors.As(err, &s) })
	try("nil err bad target", func() { errors.As(nil, 3) })

	// Is.
	fmt.Println(errors.Is(err, base), errors.Is(err, &MyErr{7}))
	fmt.Println(errors.Is(fmt.Errorf("a: %w", io.EOF), io.EOF))
	fmt.Println(errors.Is(sliceErr{1}, sliceErr{1}))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", sliceErr{1}), io.EOF))
	fmt.Println(errors.Is(&wrap{"w", isAll{}}, io.EOF), errors.Is(isAll{}, io.ErrUnexpectedEOF))
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil), errors.Is(nil, io.EOF))
	fmt.Println(errors.Unwrap(err) != nil, errors.Unwrap(base) == nil)
}
