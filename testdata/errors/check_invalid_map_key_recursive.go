package main

type K struct {
	m map[K]int // ERROR "invalid map key type K"
}

func main() {
	type L struct {
		m map[L]bool // ERROR "invalid map key type L"
	}
	var l L
	_ = l
}
