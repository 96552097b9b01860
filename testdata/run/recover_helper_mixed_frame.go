package main

import "fmt"

func helper() interface{} { return recover() }

// One frame, two deferred calls: only the one whose function calls
// recover() itself may stop the panic; helper called by the other gets nil.
func mixed() (s string) {
	defer func() { s += fmt.Sprint(" direct:", recover()) }()
	defer func() { s += fmt.Sprint("helper:", helper()) }()
	panic("mixed")
}

// Same in a loop (records, not open-coded).
func mixedLoop() (s string) {
	for i := 0; i < 2; i++ {
		if i == 0 {
			defer func() { s += fmt.Sprint(" direct:", recover()) }()
		} else {
			defer func() { s += fmt.Sprint("helper:", helper()) }()
		}
	}
	panic("loop")
}

func main() {
	fmt.Println(mixed())
	fmt.Println(mixedLoop())
}
