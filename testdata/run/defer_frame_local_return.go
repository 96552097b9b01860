// Deferred closures read and modify captured locals, parameters and results
// after a normal return; a literal that escapes from a deferred one keeps
// its variable alive after the frame is gone.
package main

import "fmt"

var keep []func() int

func counter(n int) (r int) {
	x := 0
	defer func() { r = x * 10 }()
	defer func() { x += n }()
	for i := 0; i < n; i++ {
		x++
	}
	n = 100
	return -1
}

func withArgs(s string) (out string) {
	acc := "<"
	defer func(tag string) { out = acc + tag + s + ">" }(s)
	s = s + s
	acc += "+"
	return "ignored"
}

func escaping(v int) int {
	x := v
	defer func() {
		keep = append(keep, func() int { x++; return x })
	}()
	x *= 2
	return x
}

type pair struct{ a, b int }

func structs() (p pair) {
	q := pair{1, 2}
	arr := [3]int{4, 5, 6}
	defer func() {
		p.a = q.a + arr[0]
		p.b = q.b + arr[2]
	}()
	q.a = 10
	arr[2] = 60
	return pair{-1, -1}
}

func nestedFrames(depth int) (s string) {
	label := fmt.Sprint("d", depth)
	defer func() { s = label + "(" + s + ")" }()
	if depth == 0 {
		label = "leaf"
		return "x"
	}
	return nestedFrames(depth - 1)
}

// A function literal with its own deferred closure over its own variables.
func literal() int {
	f := func(k int) (r int) {
		m := k
		defer func() { r = m * m }()
		m++
		return 0
	}
	return f(3) + f(4)
}

func main() {
	fmt.Println(counter(5), counter(0))
	fmt.Println(withArgs("ab"))
	fmt.Println(escaping(3), escaping(10))
	for _, f := range keep {
		fmt.Println(f(), f())
	}
	fmt.Println(structs())
	fmt.Println(nestedFrames(3))
	fmt.Println(literal())
}
