// A panic passes through frames whose deferred closures read and modify
// their captured variables; one frame recovers and returns its result; a
// second panic is not recovered and the program dies after running them.
package main

import (
	"fmt"
	"os"
)

func level3(p *int) int {
	msg := "level3"
	defer func() { fmt.Println("defer", msg) }()
	msg = "level3 before deref"
	return *p
}

func level2(p *int) (r int) {
	count := 1
	defer func() {
		count++
		r = count
		fmt.Println("defer level2 count", count, "r", r)
	}()
	count = 5
	return level3(p) + 1
}

func level1(p *int) (r int, err error) {
	tries := 0
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("level1 recovered after %d: %v", tries, e)
			r = -tries
		}
	}()
	tries = 3
	r = level2(p)
	tries = 4
	return r, nil
}

func die(depth int) {
	name := fmt.Sprint("die", depth)
	defer func() { fmt.Println("unwinding", name) }()
	if depth == 0 {
		name = "die0 (panicking)"
		panic("fatal")
	}
	die(depth - 1)
}

func main() {
	x := 41
	fmt.Println(level1(&x))
	fmt.Println(level1(nil))
	os.Stdout.Sync()
	die(2)
}
