package main

func main() {
	var m map[string]int
	println(m["a"], len(m))
	v, ok := m["a"]
	println(v, ok)
	delete(m, "a")
	for range m {
		println("never")
	}
	m["a"] = 1
}
