// fmt: Print, Println, Printf to standard output, Fprint* to other writers,
// Errorf with %w, Formatter, GoStringer and error operands.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type money int

func (m money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "money(%c,%d,%v,%d,%v,%v)", verb, w, wok, p, pok, f.Flag('+'))
}

type gs struct{ n int }

func (g gs) GoString() string { return "gs!" }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	n, err := fmt.Println("hello", 42, 3.5, true, nil, 'x', "s", celsius(21.5))
	fmt.Println(n, err)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Printf("%5.2f|%-6s|%x|%v|%+v|%#v\n", 3.14159, "go", 255, money(3), money(4), gs{1})
	fmt.Printf("%8v|%-8v|%+.1v\n", money(5), celsius(1), money(6))
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stderr, "%d%%\n", 50)
	var buf bytes.Buffer
	fmt.Fprint(&buf, "x", 1, 2, "y")
	fmt.Fprintf(&buf, "[%q]", "z")
	fmt.Println(buf.String(), buf.Len())
	inner := &myErr{7}
	e1 := fmt.Errorf("wrapped: %w", inner)
	e2 := fmt.Errorf("twice: %w", e1)
	fmt.Println(e1, e2, errors.Unwrap(e2) == e1, errors.Unwrap(e1) == inner, errors.Is(e2, inner))
	fmt.Println(fmt.Errorf("no wrap %d", 1), errors.Unwrap(fmt.Errorf("no wrap")) == nil, fmt.Errorf("bad %w", 5))
	fmt.Printf("%v %s %d\n", inner, error(inner), inner)
	var np *myErr
	var ne error
	fmt.Printf("%v %v %T %T\n", ne, np == nil, ne, inner)
	fmt.Println(fmt.Sprintf("%T %T %T %T %T", 1, "s", []int{}, map[string]bool{}, celsius(0)))
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"a"})
	fmt.Printf("%v\n", [][]string{{"a"}, {}})
	fmt.Printf("%6.3v|%-5t|%05s|%.2s\n", 3.14159, true, "ab", "héllo")
}
