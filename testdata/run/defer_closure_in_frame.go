// Deferred function literals capturing variables: their closure objects live
// in the deferring frame. The calls see the variables' latest values, run
// only if their defer statement ran, and still run after a recovery resumes
// the frame (the frame's other deferred calls, then the return).
package main

import "fmt"

func conditional(a, b bool) (out string) {
	x := 1
	if a {
		defer func() { out += fmt.Sprint(" a:", x) }()
	}
	if b {
		defer func() { x *= 10; out += fmt.Sprint(" b:", x) }()
	}
	x = 2
	return "start"
}

func resumed(n int) (res []int, err error) {
	total := 0
	defer func() { res = append(res, total, -1) }()
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			total += 100
		}
	}()
	defer func() { total += 10; res = append(res, total) }()
	for i := 1; i <= n; i++ {
		total += 10 / (3 - i)
		res = append(res, total)
	}
	return res, nil
}

type counter struct{ n int }

func nested() (s string) {
	c := &counter{}
	defer func() {
		defer func() { c.n++; s = fmt.Sprint("inner ", c.n, " ", recover()) }()
		c.n += 10
		panic(fmt.Sprint("again ", c.n))
	}()
	panic("first")
}

func main() {
	fmt.Println(conditional(false, false))
	fmt.Println(conditional(true, false))
	fmt.Println(conditional(false, true))
	fmt.Println(conditional(true, true))
	fmt.Println(resumed(2))
	fmt.Println(resumed(4))
	fmt.Println(nested())
}
