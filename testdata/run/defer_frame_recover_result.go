// Named results set by a deferred closure after recover(): the result is
// read back after the frame is resumed, whether it was set before the panic,
// by the recovering closure, or by a closure deferred earlier that runs
// after the recovery.
package main

import (
	"errors"
	"fmt"
)

func idiom(i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if i < 0 {
		panic(fmt.Sprintf("negative %d", i))
	}
	if i == 0 {
		return errors.New("zero")
	}
	return nil
}

func deep(n int) int {
	if n == 0 {
		var m map[string]int
		m["x"] = 1 // runtime error
	}
	return deep(n-1) + 1
}

func throughFrames(n int) (res int, err error) {
	res = -1
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
			res *= 10
		}
	}()
	res = 7
	return deep(n), nil
}

// The closure deferred first runs after the recovering one, at the exit of
// the resumed frame, and sees the values the body and the recovery stored.
func order(p int) (a, b int) {
	local := p
	defer func() {
		a += local
		b = a * 2
	}()
	defer func() {
		if recover() != nil {
			a = 100
			local++
		}
	}()
	local = p * 3
	a = 1
	if p > 0 {
		panic("p")
	}
	return 5, 6
}

// A parameter captured by the recovering closure.
func param(s string, fail bool) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = s + "/" + fmt.Sprint(r)
		}
	}()
	s = s + "!"
	if fail {
		panic(errors.New("failed"))
	}
	return s
}

type big struct {
	a, b, c, d, e int
	s          string
}

func bigResult(fail bool) (r big) {
	defer func() {
		if x := recover(); x != nil {
			r.s = fmt.Sprint(x)
			r.e = r.a + r.b
		}
	}()
	r.a, r.b = 3, 4
	if fail {
		panic("big")
	}
	r.s = "ok"
	return
}

func main() {
	for _, i := range []int{3, 0, -2} {
		fmt.Println(idiom(i))
	}
	fmt.Println(throughFrames(4))
	fmt.Println(order(0))
	fmt.Println(order(2))
	fmt.Println(param("a", false), param("b", true))
	fmt.Println(bigResult(false), bigResult(true))
	// Many calls: the frame-resident variables are fresh in each.
	n := 0
	for i := -1000; i < 1000; i++ {
		if idiom(i) != nil {
			n++
		}
	}
	fmt.Println(n)
}
