// append grows capacity as gc does; appending within capacity shares the array.
package main

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
		println(len(s), cap(s))
	}
	b := make([]byte, 0)
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
	}
	println(len(b), cap(b))
	t := make([]int, 3, 10)
	u := append(t, 7)
	v := append(t, 8)
	println(u[3], v[3], len(t), cap(u))
	w := append([]int{1, 2, 3}, 4, 5, 6, 7)
	println(len(w), cap(w))
	x := append([]string(nil), "a", "b", "c")
	println(len(x), cap(x))
}
