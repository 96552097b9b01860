// &p.f with a nil p panics (gc nil-checks the address computation), even for
// the first field, whose address would be 0.
package main

import "fmt"

type T struct{ a, b int }

func main() {
	var p *T
	fmt.Println("before")
	x := &p.a
	fmt.Println("not reached", x == nil)
}
