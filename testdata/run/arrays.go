// Arrays are values: assignment copies, == compares elements.
package main

func sum(a [4]int) int {
	a[0] = 100
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	var a [4]int
	a[1] = 2
	b := a
	b[2] = 3
	println(a[1], a[2], b[1], b[2], len(a))
	c := [...]string{"x", "y", 4: "z"}
	println(len(c), c[0], c[4], c[3] == "")
	println(sum(b), b[0])
	println(a == b, a == [4]int{0, 2, 0, 0})
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	println(grid[2][2], grid[1][2])
	p := &a
	p[3] = 9
	println(a[3], len(p))
}
