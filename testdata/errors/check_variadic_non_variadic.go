package main

func f(a []int) {}

func main() {
	s := []int{1}
	f(s...) // ERROR "have \(\.\.\.int\)|cannot use \.\.\. in call to non-variadic f"
}
