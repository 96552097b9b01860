package main

func main() {
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = true
	}
	first := map[int]bool{}
	for i := 0; i < 100; i++ {
		for k := range m {
			first[k] = true
			break
		}
	}
	println(len(first) > 1)
}
