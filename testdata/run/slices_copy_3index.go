// copy, slicing of slices, and three-index slices.
package main

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	b := make([]int, 3)
	n := copy(b, a[2:])
	println(n, b[0], b[1], b[2])
	n = copy(a[1:], a)
	println(n, a[0], a[1], a[7])
	s := a[2:4]
	println(len(s), cap(s))
	t := a[2:4:5]
	println(len(t), cap(t))
	t = append(t, 99)
	println(a[4])
	t = append(t, 100)
	t[0] = -1
	println(a[2], t[0], len(t))
	bs := make([]byte, 5)
	println(copy(bs, "héllo"), string(bs))
	var nilS []int
	println(len(nilS[0:0]), copy(nilS, a))
}
