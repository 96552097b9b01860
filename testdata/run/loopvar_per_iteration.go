// expectations written by hand
// Each iteration of a for loop has its own loop variable (Go 1.22).
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for _, v := range []int{10, 20, 30} {
		ps = append(ps, &v)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()
}
