package main

// append(bytes, string...), append(s, s...) with aliasing, copy from a
// string, and growth of slices of structs.
type P struct {
	X int
	S string
}

func main() {
	var bs []byte
	bs = append(bs, "hello"...)
	bs = append(bs, ' ', 'w')
	bs = append(bs, []byte("orld")...)
	println(string(bs), len(bs))
	buf := make([]byte, 3)
	println(copy(buf, "abcdef"), string(buf))
	ss := []string{"a"}
	ss = append(ss, ss...)
	ss = append(ss, "b", "c")
	println(len(ss), ss[0], ss[1], ss[3])
	var ps []P
	for i := 0; i < 10; i++ {
		ps = append(ps, P{i, "p"})
	}
	println(len(ps), ps[9].X, ps[0].S)
	s := []int{1, 2, 3, 4, 5}
	println(copy(s, s[2:]), s[0], s[1], s[2], s[4])
	s = append(s[:1], s[3:]...)
	println(len(s), s[0], s[1], s[2])
	println(len(append([]int(nil))), cap(append(s[:0:0], 1)) > 0)
}
