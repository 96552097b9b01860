// Local arrays kept in the frame (their slices are consumed at once) behave
// as fresh, zeroed variables on every execution of their declaration, and
// arrays whose slices are kept still outlive the iteration that made them.
package main

func itoa(i int) string {
	var b [20]byte
	p := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

func main() {
	var strs []string
	for i := -3; i < 17; i += 5 {
		strs = append(strs, itoa(i*1001))
	}
	println(strs[0], strs[1], strs[2], strs[3])

	// Re-zeroed per iteration, even though only part is written.
	for i := 0; i < 3; i++ {
		var a [4]byte
		copy(a[i:], "x")
		println(string(a[:]) == string([]byte{0, 0, 0, 0}[:i])+"x"+string(make([]byte, 3-i)), len(a[:i]))
	}

	// A slice that is kept: each iteration's array is distinct.
	var kept [][]byte
	for i := 0; i < 3; i++ {
		var a [2]byte
		a[0] = byte('a' + i)
		s := a[:]
		kept = append(kept, s)
	}
	println(string(kept[0]), string(kept[1]), string(kept[2]))

	// append(x, a[:n]...) copies; later writes to a do not show.
	var a [3]byte
	a[0], a[1] = 'p', 'q'
	out := append([]byte("<"), a[:2]...)
	a[0] = 'z'
	for _, c := range a[:1] {
		out = append(out, c)
	}
	println(string(out), len(a[:]), cap(a[1:]))

	// A goroutine-free defer of a copy still sees a live frame.
	var d [3]byte
	res := make([]byte, 3)
	func() {
		defer copy(res, d[:])
		d[1] = 'k'
	}()
	println(res[1] == 'k', res[0] == 0)
}
