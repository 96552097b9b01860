// Defers in loops: a variable declared in the loop body is a new variable per
// iteration and each deferred closure sees its own; one declared outside the
// loop is shared by all of them. A goto that re-runs a declaration makes a
// new variable too.
package main

import "fmt"

func perIteration(n int) (out []int) {
	for i := 0; i < n; i++ {
		y := i * i
		defer func() { out = append(out, y) }()
		y++
	}
	return nil
}

func shared(n int) (out []int) {
	total := 0
	for i := 0; i < n; i++ {
		defer func() { out = append(out, total) }()
		total += 10
	}
	total = -total
	return nil
}

func mixed(words []string) (out string) {
	count := 0
	for _, w := range words {
		w2 := w + "!"
		defer func() {
			count++
			out += fmt.Sprint(count, w2, " ")
		}()
	}
	count = 100
	return ""
}

func nestedLoops() (out []string) {
	outer := "o"
	for i := 0; i < 2; i++ {
		mid := fmt.Sprint("m", i)
		for j := 0; j < 2; j++ {
			in := fmt.Sprint("i", j)
			defer func() { out = append(out, outer+mid+in) }()
		}
		mid += "'"
	}
	outer = "O"
	return
}

func withGoto(n int) (out []int) {
	i := 0
again:
	y := i
	defer func() { out = append(out, y) }()
	y += 100
	i++
	if i < n {
		goto again
	}
	return
}

func switchInLoop(n int) (s string) {
	for i := 0; i < n; i++ {
		switch k := i % 3; k {
		case 0:
			defer func() { s += fmt.Sprint("a", k) }()
		default:
			v := k * 2
			defer func() { s += fmt.Sprint("b", v) }()
		}
	}
	return ""
}

func main() {
	fmt.Println(perIteration(4))
	fmt.Println(shared(3))
	fmt.Println(mixed([]string{"x", "y", "z"}))
	fmt.Println(nestedLoops())
	fmt.Println(withGoto(3))
	fmt.Println(switchInLoop(5))
}
