// A nil pointer to an array: len(*p) and ranging with at most the index do
// not evaluate *p; ranging with the element does, and panics.
package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len(*p), cap(*p))
	n := 0
	for range *p {
		n++
	}
	for i := range *p {
		n += i
	}
	for i := range p {
		n += i
	}
	fmt.Println("counted", n)
	for _, v := range *p {
		_ = v
	}
	fmt.Println("not reached")
}
