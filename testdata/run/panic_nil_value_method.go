// A value method called through a nil pointer panics at the call, even
// when the method ignores its receiver and is inlined.
package main

import "fmt"

type T struct{ a, b int }

func (t T) N() int { return 7 }

func main() {
	var t *T
	fmt.Println("before")
	t.N()
	fmt.Println("not reached")
}
