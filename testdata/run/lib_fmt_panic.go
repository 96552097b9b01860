// fmt: a panic in a String, Error or Format method is printed in place of
// the value; a nil pointer receiver that panics prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type boom struct{}

func (boom) String() string { panic("boom") }

type ptrStringer struct{ name string }

func (p *ptrStringer) String() string { return "ptr:" + p.name }

type errPanic struct{}

func (errPanic) Error() string { panic(errors.New("inner error")) }

type fmtPanic struct{}

func (fmtPanic) Format(f fmt.State, c rune) { panic(42) }

func main() {
	var np *ptrStringer
	fmt.Println(boom{}, np, &ptrStringer{"x"})
	fmt.Printf("%s|%d|%v\n", boom{}, errPanic{}, fmtPanic{})
	fmt.Printf("%+q\n", []fmt.Stringer{boom{}, np})
}
