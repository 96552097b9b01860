// Local arrays whose parts escape through nested indexing, pointer-receiver
// methods of elements, or that are large, live on the heap (or are at least
// never read after their frame is gone); large zeroed arrays compile quickly.
package main

var saved *cell

type cell int

func (c *cell) save() { saved = c }

type row [4]int

func nestedSlice() ([]int, *int) {
	var a [2][4]int
	a[1][2] = 5
	b := [2]row{}
	b[1][2] = 7
	return a[1][:], &b[1][2]
}

func nestedMethod() {
	var a [2][3]cell
	a[1][2] = 42
	a[1][2].save()
}

func elemMethod() {
	var a [3]cell
	a[2] = 9
	a[2].save()
}

func big(s string) int {
	var a [16384]byte
	n := copy(a[:], s)
	var z [1 << 16]int32
	z[n] = int32(a[1])
	return n + int(a[1]) + int(z[n])
}

func clobber(n int) int {
	var junk [64]int
	for i := range junk {
		junk[i] = n + i
	}
	return junk[n%64]
}

func main() {
	s, p := nestedSlice()
	clobber(3)
	println(s[0], s[1], s[2], s[3], *p)
	nestedMethod()
	clobber(5)
	println(*saved)
	elemMethod()
	clobber(7)
	println(*saved)
	println(big("hello"))
}
