// `_ = *p` evaluates *p: a nil p panics although the value is discarded.
package main

import "fmt"

type T struct{ a, b int }

func main() {
	var p *T
	fmt.Println("before")
	_ = *p
	fmt.Println("not reached")
}
