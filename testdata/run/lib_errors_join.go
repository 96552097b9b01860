// expectations written by hand
package main

// errors.Join and the Unwrap() []error trees of Go 1.20 (Is and As walk
// them depth first).

import (
	"errors"
	"fmt"
	"io"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type multi []error

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m }

func main() {
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	a := errors.New("a")
	b := &MyErr{2}
	j := errors.Join(a, nil, b)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(j)
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, io.EOF))
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1] == b)
	}
	var me *MyErr
	fmt.Println(errors.As(j, &me), me == b)

	nested := fmt.Errorf("wrapped: %w", errors.Join(io.EOF, multi{nil, fmt.Errorf("deep: %w", &MyErr{9})}))
	me = nil
	fmt.Println(errors.As(nested, &me), me)
	fmt.Println(errors.Is(nested, io.EOF), errors.Is(nested, io.ErrClosedPipe))
	fmt.Printf("%q\n", errors.Join(errors.Join(a, a), io.EOF).Error())
}
