// Reading a field through a nil pointer panics even when the value is unused.
package main

import "fmt"

type T struct{ a, b int }

func main() {
	var p *T
	fmt.Println("before")
	_ = p.b
	fmt.Println("not reached")
}
