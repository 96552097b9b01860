package main

func f(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func g(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func h(x int) int {
	for {
	}
}

func main() {}
