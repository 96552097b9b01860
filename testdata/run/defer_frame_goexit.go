// runtime.Goexit runs the deferred closures of every frame of the
// goroutine; they read and modify the frames' captured variables.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var mu sync.Mutex
var log []string

func record(s string) {
	mu.Lock()
	log = append(log, s)
	mu.Unlock()
}

func inner(id int) (r int) {
	x := id * 10
	defer func() {
		r = x
		record(fmt.Sprint("inner ", id, " x=", x, " r=", r))
	}()
	x++
	if id%2 == 1 {
		runtime.Goexit()
	}
	return 0
}

func outer(id int, wg *sync.WaitGroup) {
	state := "start"
	defer wg.Done()
	defer func() {
		record(fmt.Sprint("outer ", id, " state=", state, " recover=", recover()))
	}()
	state = "calling"
	v := inner(id)
	state = fmt.Sprint("returned ", v)
}

func main() {
	var wg sync.WaitGroup
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go outer(id, &wg)
		wg.Wait()
	}
	for _, s := range log {
		fmt.Println(s)
	}
}
