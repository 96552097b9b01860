// Variadic functions: no arguments, several, and a spread slice.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	println(sum(nums...))
	println(join(", ", "a", "b", "c"), join("-"))
	println(count())
	println(count(nums...))
}
