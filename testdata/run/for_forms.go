// All forms of for: three-clause, condition only, infinite with break, range.
package main

func main() {
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
	n := 1
	for n < 100 {
		n *= 3
	}
	println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		print(k, " ")
	}
	println()
	xs := []string{"a", "b", "c"}
	for i, x := range xs {
		print(i, x, " ")
	}
	println()
	for i := range xs {
		print(i)
	}
	println()
	arr := [3]int{7, 8, 9}
	for _, v := range arr {
		arr[2] = 100
		print(v, " ")
	}
	println()
	var i int
	for i = 0; i < 10; i += 4 {
	}
	println(i)
}
