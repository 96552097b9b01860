package main

func main() {
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	seen := 0
	for k := range big {
		seen++
		delete(big, k)
		delete(big, k^1)
	}
	println(seen <= 1000, len(big))
}
