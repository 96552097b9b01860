package main

type K struct {
	a int
	b string
}
type I interface{ M() }
type T int

func (T) M() {}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m[int64(1)] = 2
	m["1"] = 3
	m[1.5] = 4
	m[K{1, "x"}] = 5
	m[[2]int{1, 2}] = 6
	m[nil] = 7
	m[true] = 8
	m[complex(1, 2)] = 9
	p := new(int)
	m[p] = 10
	println(len(m), m[1], m[int64(1)], m["1"], m[1.5], m[K{1, "x"}], m[[2]int{1, 2}], m[nil], m[true], m[complex(1, 2)], m[p], m[new(int)])
	delete(m, K{1, "x"})
	_, ok := m[K{1, "x"}]
	println(len(m), ok)
	mi := map[I]string{T(1): "one", T(2): "two"}
	println(mi[T(1)], mi[T(2)], mi[T(3)] == "", len(mi))
	type S struct {
		e interface{}
		n int
	}
	ms := map[S]int{{1, 2}: 3, {"a", 2}: 4}
	println(ms[S{1, 2}], ms[S{"a", 2}], ms[S{2, 2}])
}
