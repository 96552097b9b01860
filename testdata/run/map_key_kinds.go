// Every kind of map key the runtime handles (fast 8-byte, 4-byte and string
// keys, 1/2-byte, float, complex, struct, array, interface, zero-size),
// through insert, update, lookup, comma-ok, delete and range, with enough
// entries to grow the table several times; big elements and big keys;
// +0/-0 and NaN keys; nil maps.
package main

import "math"

type P struct{ a, b int }
type S struct {
	s string
	n int32
}
type Big [200]int
type BigKey [40]int64
type Named int64
type Ch chan int

func checkInt() {
	m := map[int]int{}
	for i := 0; i < 5000; i++ {
		m[i*7919] = i
	}
	for i := 0; i < 5000; i += 3 {
		m[i*7919] += 1000000
	}
	sum, hits := 0, 0
	for i := 0; i < 10000; i++ {
		if v, ok := m[i*7919]; ok {
			hits++
			sum += v
		}
		sum += m[-i-1]
	}
	for i := 0; i < 5000; i += 2 {
		delete(m, i*7919)
	}
	delete(m, -1)
	rs := 0
	for k, v := range m {
		rs += k ^ v
	}
	println("int", len(m), hits, sum, rs)
}

func checkFast64Types() {
	u := map[uint64]string{}
	for i := uint64(0); i < 300; i++ {
		u[i<<40|i] = "v"
	}
	u[math.MaxUint64] = "max"
	println("uint64", len(u), u[math.MaxUint64], u[5<<40|5], u[1])

	n := map[Named]bool{-1: true, 1 << 62: true}
	println("named", len(n), n[-1], n[1<<62], n[0])

	var xs [100]int
	pm := map[*int]int{}
	for i := range xs {
		pm[&xs[i]] = i
	}
	ps := 0
	for i := range xs {
		ps += pm[&xs[i]]
	}
	_, okNil := pm[nil]
	pm[nil] = 7
	println("ptr", len(pm), ps, okNil, pm[nil])

	c1, c2 := make(Ch), make(Ch)
	cm := map[Ch]int{c1: 1, c2: 2}
	var nc Ch
	println("chan", len(cm), cm[c1], cm[c2], cm[nc])

	um := map[uintptr]int{}
	for i := uintptr(0); i < 100; i++ {
		um[i*4096] = int(i)
	}
	delete(um, 4096)
	println("uintptr", len(um), um[8192], um[4096])
}

func checkFast32() {
	m := map[int32]int32{}
	for i := int32(-2000); i < 2000; i++ {
		m[i*65537] = i
	}
	s := int32(0)
	for i := int32(-2000); i < 2000; i += 7 {
		s += m[i*65537]
	}
	for i := int32(0); i < 2000; i++ {
		delete(m, i*65537)
	}
	_, ok := m[5*65537]
	println("int32", len(m), s, ok, m[-5*65537])

	r := map[rune]string{'a': "a", 'é': "e", '世': "world"}
	r['é'] = "e2"
	println("rune", len(r), r['é'], r['世'], r['b'] == "")

	u := map[uint32]bool{}
	for i := uint32(0); i < 1000; i++ {
		u[i*0x9E3779B9] = i%2 == 0
	}
	t := 0
	for k, v := range u {
		if v {
			t += int(k % 1000)
		}
	}
	println("uint32", len(u), t)
}

func checkString() {
	m := map[string]int{}
	keys := []string{"", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi",
		"0123456789abcdef", "0123456789abcdefg", "a longer key that spans several words of memory",
		"a longer key that spans several words of memorz"}
	for i, k := range keys {
		m[k] = i
	}
	for i := 0; i < 3000; i++ {
		m["key"+itoa(i)] = i
	}
	ok := true
	for i, k := range keys {
		// A copy with a different backing array compares equal.
		b := []byte(k)
		if m[string(b)] != i {
			ok = false
		}
	}
	for i := 0; i < 3000; i++ {
		if v, found := m["key"+itoa(i)]; !found || v != i {
			ok = false
		}
		if _, found := m["kez"+itoa(i)]; found {
			ok = false
		}
	}
	for i := 0; i < 3000; i += 2 {
		delete(m, "key"+itoa(i))
	}
	delete(m, "")
	_, e := m[""]
	total := 0
	for k, v := range m {
		total += len(k) + v
	}
	println("string", len(m), ok, e, total)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	return string(b[p:])
}

func checkSmallKeys() {
	b := map[bool]int{true: 1}
	b[false] = 2
	b[true]++
	i8 := map[int8]int{}
	for i := -128; i < 128; i++ {
		i8[int8(i)] = i
	}
	delete(i8, 0)
	i16 := map[uint16]int{}
	for i := 0; i < 70000; i += 3 {
		i16[uint16(i)]++
	}
	println("small", len(b), b[true], b[false], len(i8), i8[-128], i8[127], len(i16), i16[0], i16[3])
}

func checkFloats() {
	m := map[float64]int{}
	m[0.0] = 1
	negz := math.Copysign(0, -1)
	m[negz] = 2
	println("zero", len(m), m[0], m[negz])
	for k := range m {
		println("zero key sign", math.Signbit(k))
	}
	nan := math.NaN()
	for i := 0; i < 20; i++ {
		m[nan] = i
	}
	_, found := m[nan]
	delete(m, nan)
	cnt, sum := 0, 0
	for k, v := range m {
		if k != k {
			cnt++
			sum += v
		}
	}
	println("nan", len(m), found, cnt, sum)
	for i := 0; i < 1000; i++ {
		m[float64(i)/4] = i
	}
	println("float", len(m), m[2.25], m[1000])

	f := map[float32]int{}
	f[float32(negz)] = 3
	f[0] = 4
	f[float32(nan)] = 5
	f[float32(nan)] = 6
	println("f32", len(f), f[0])

	c := map[complex128]int{}
	c[complex(0, negz)] = 1
	c[complex(negz, 0)] = 2
	c[complex(nan, 0)] = 3
	println("complex", len(c), c[0])
}

func checkComposite() {
	m := map[P]int{}
	for i := 0; i < 2000; i++ {
		m[P{i, -i}] = i
	}
	delete(m, P{5, -5})
	_, ok := m[P{5, 5}]
	println("struct", len(m), m[P{1999, -1999}], m[P{5, -5}], ok)

	s := map[S]int{}
	for i := 0; i < 500; i++ {
		s[S{itoa(i % 50), int32(i / 50)}] = i
	}
	println("struct2", len(s), s[S{"7", 3}])

	a := map[[3]string]int{}
	a[[3]string{"a", "b", "c"}] = 1
	a[[3]string{"a", "b", ""}] = 2
	println("array", len(a), a[[3]string{"a", "b", "c"}])

	bk := map[BigKey]int{}
	for i := 0; i < 300; i++ {
		var k BigKey
		k[i%40] = int64(i)
		k[39] = int64(i)
		bk[k] = i
	}
	var q BigKey
	q[7] = 47
	q[39] = 47
	println("bigkey", len(bk), bk[q])

	var z [0]int
	zm := map[struct{}]int{}
	zm[struct{}{}] = 1
	zm[struct{}{}]++
	za := map[[0]int]int{z: 3}
	println("zerokey", len(zm), zm[struct{}{}], za[z])
	set := map[int]struct{}{}
	for i := 0; i < 100; i++ {
		set[i%10] = struct{}{}
	}
	_, has := set[3]
	println("zeroelem", len(set), has)
}

func checkInterface() {
	m := map[interface{}]int{}
	m[1] = 1
	m[int64(1)] = 2
	m["1"] = 3
	m[P{1, 2}] = 4
	m[1.5] = 5
	m[nil] = 6
	m[math.NaN()] = 7
	m[math.NaN()] = 8
	var e error
	m[e] = 9
	println("iface", len(m), m[1], m[int64(1)], m["1"], m[P{1, 2}], m[1.5], m[nil])
	type I interface{ M() }
	n := map[I]int{}
	n[nil] = 1
	println("iface2", len(n), n[nil])
	defer func() { println("recovered:", recover().(error).Error()) }()
	empty := map[interface{}]int{}
	_ = empty[[]int{1}]
}

func checkBig() {
	m := map[int]Big{}
	for i := 0; i < 300; i++ {
		var b Big
		b[0] = i
		b[199] = -i
		m[i] = b
	}
	x := m[1000]
	v := m[150]
	w, ok := m[-1]
	p := map[string]Big{}
	p["a"] = v
	v[0] = 7
	println("big", len(m), x[0], x[199], v[199], w[1], ok, p["a"][0], p["z"][199])
}

func checkNil() {
	var m map[string]int
	var n map[int]int
	var f map[float64]int
	v, ok := m["a"]
	delete(m, "a")
	delete(n, 1)
	c := 0
	for range m {
		c++
	}
	println("nil", len(m), m["x"], v, ok, n[3], f[1], c)
}

func main() {
	checkInt()
	checkFast64Types()
	checkFast32()
	checkString()
	checkSmallKeys()
	checkFloats()
	checkComposite()
	checkBig()
	checkNil()
	checkInterface()
}
