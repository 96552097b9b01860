// Conversions between strings, []byte and []rune, with results that stay in
// the function (goc builds them in a stack buffer, as gc) and results that
// escape (heap): copies, capacities, invalid UTF-8, buffer boundaries, empty
// operands, and concatenation chains.
package main

var sink []string
var sinkBytes [][]byte
var sinkRunes [][]rune

//go:noinline
func keep(s string) { sink = append(sink, s) }

//go:noinline
func keepBytes(b []byte) int {
	sinkBytes = append(sinkBytes, b)
	return len(b)
}

//go:noinline
func keepRunes(r []rune) int {
	sinkRunes = append(sinkRunes, r)
	return len(r)
}

func runesLocal(s string) {
	r := []rune(s)
	print(len(r), ":")
	for i := range r {
		print(" ", r[i])
	}
	println()
}

func runesHeap(s string) {
	r := []rune(s)
	keepRunes(r)
	print(len(r), ":")
	for _, c := range r {
		print(" ", c)
	}
	println()
}

func rangeString(s string) {
	print(len(s), ":")
	for i, c := range s {
		print(" ", i, "=", c)
	}
	println()
}

func bytesLocal(s string) {
	b := []byte(s)
	b[0]++
	t := string(b)
	b[0]--
	u := string(b)
	println(len(b), t == s, u == s, t < u, len(t), len(u))
}

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

// Capacities: append into a local []byte(s) (stack: cap 32) and an escaping one.
func capacities() {
	for i := 0; i < 3; i++ {
		s := "item-" + string(rune('0'+i)) + "-é"
		x := []byte(s)
		x = append(x, " done"...)
		y := string(x)
		z := []rune(y)
		n := 0
		for range y {
			n++
		}
		println(y, len(x), cap(x), len(z), cap(z), n)
		w := []byte(s)
		keepBytes(w)
		println(len(w), cap(w))
	}
}

type myByte byte

func (b *myByte) inc() { *b++ }

var ptrSink *byte
var elemSink *myByte

// Taking an element's address lets the slice escape.
//go:noinline
func addrElem(s string) {
	v := []byte(s)
	ptrSink = &v[0]
	w := []myByte(s)
	w[1].inc()
	elemSink = &w[1]
}

//go:noinline
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	return a[n%64]
}

// Concatenations kept in locals: around the 32-byte buffer, with empty and
// single non-empty operands, inside loops.
func concatLocal() {
	parts := []string{"", "a", "0123456789abcdef", "0123456789abcde", "é"}
	for _, p := range parts {
		for _, q := range parts {
			s := p + q + "|"
			t := "<" + p + q + p
			u := p + q
			n := 0
			for range t {
				n++
			}
			print(len(s), " ", len(t), " ", n, " ", s, " ", t, " ", u == p+q, " ")
			if len(u) > 0 {
				print(u[0], u[len(u)-1])
			}
			println()
		}
	}
	var acc []string
	for i := 0; i < 3; i++ {
		w := "w" + string(rune('a'+i))
		x := w + w
		acc = append(acc, w)
		println(x, len(x))
	}
	println(acc[0], acc[1], acc[2])
}

func main() {
	concatLocal()
	addrElem("abc")
	clobber(7)
	println(*ptrSink, *elemSink)
	bad := []string{
		"", "a", "é", "\xff", "a\xffb", "\xc3", "\xc3(", "\xe2\x82", "\xe2\x82\xac",
		"\xed\xa0\x80", "\xf0\x90\x80", "\xf0\x90\x80\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
		"\xe0\x80\xaf", "\xf8\x88\x80\x80\x80", "1234567\xe2\x82\xac", "12345678é",
		"1234567é89", "abcdefgh\x80ijklmnop", "\x80\x80\x80\x80\x80\x80\x80\x80",
	}
	for _, s := range bad {
		runesLocal(s)
		runesHeap(s)
		rangeString(s)
	}
	// Around the 32-byte and 32-rune buffers.
	for _, n := range []int{0, 1, 15, 16, 31, 32, 33, 64} {
		a := repeat("x", n)
		e := repeat("é", n)
		m := repeat("€", n)
		runesLocal(a)
		runesLocal(e)
		runesLocal(m)
		bytesLocal(a + "!")
		bytesLocal(e + "!")
		b := []byte(a)
		c := []byte(e)
		r := []rune(m)
		println(n, len(b), len(c), len(r), keepBytes([]byte(a)), keepRunes([]rune(e)))
	}
	// Conversions copy.
	b := []byte("hello, world")
	t := string(b)
	b[0] = 'j'
	u := string(b)
	println(t, u, string(b))
	r := []rune(t)
	r[0] = 'y'
	println(t, string(r))
	// Empty operands.
	var nb []byte
	e1 := []byte("")
	e2 := []rune("")
	e3 := string(nb)
	e4 := string([]byte{})
	println(len(e1), e1 == nil, len(e2), e2 == nil, len(e3), len(e4), e3 == e4)
	capacities()
	// A variable assigned in a loop but declared outside keeps every value apart.
	var last string
	var all []string
	for i := 0; i < 3; i++ {
		bs := []byte("v0")
		bs[1] += byte(i)
		last = string(bs)
		all = append(all, last)
	}
	println(last, all[0], all[1], all[2])
	// Values kept across iterations through another variable.
	prev := ""
	for _, w := range []string{"one", "two", "three"} {
		cur := string([]byte(w))
		println(prev, cur)
		prev = cur
	}
	// Concatenation chains (one allocation) with empty and non-empty parts.
	x, y, z := "x", "", "zz"
	println(x+y+z, y+y+y, y+x+y, "<"+x+">"+y+"<"+z+">", len(x+y+z+x+y+z))
	c := x + z
	d := c + c + c
	println(c, d)
	for i := 0; i < 2; i++ {
		s := "a" + repeat("b", i) + "c"
		keep(s)
	}
	println(sink[0], sink[1])
	defer func(s string) { println("deferred", s) }(string(b))
	b[0] = 'k'
}
