package main

type P struct{ x, y int }

func main() {
	m := make(map[string][]int, 100)
	m["a"] = append(m["a"], 1, 2)
	m["b"] = nil
	m["a"][0] += 10
	println(len(m), m["a"][0], len(m["b"]))
	cnt := map[P]int{}
	for i := 0; i < 10; i++ {
		cnt[P{i % 3, 0}]++
	}
	println(cnt[P{0, 0}], cnt[P{1, 0}], cnt[P{2, 0}])
	fm := map[string]func(int) int{
		"dbl": func(x int) int { return 2 * x },
		"neg": func(x int) int { return -x },
	}
	println(fm["dbl"](4), fm["neg"](4))
	arr := map[[3]bool]string{{true, false, true}: "tft"}
	println(arr[[3]bool{true, false, true}])
	pm := map[*P]int{}
	p1, p2 := &P{}, &P{}
	pm[p1] = 1
	pm[p2] = 2
	println(pm[p1], pm[p2], len(pm))
	m2 := map[int]string{1: "a"}
	v, ok := m2[1]
	println(v, ok)
	m2[1] += "b"
	println(m2[1])
}
