// A method value p.M of a value method, bound from a nil pointer, panics
// when it is bound, not when it is called.
package main

import "fmt"

type T struct{ a, b int }

func (t T) N() int { return 7 }

func main() {
	var p *T
	fmt.Println("before")
	f := p.N
	fmt.Println("not reached")
	f()
}
