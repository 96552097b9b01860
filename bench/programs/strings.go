// micro: string building and conversion. Per iteration: an integer formatted
// by hand, two concatenations, string→[]byte, append, []byte→string,
// string→[]rune and a range over the string.
package main

const n = 5000000 // quick: 2000

func itoa(i int) string {
	var b [20]byte
	p := len(b)
	for {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return string(b[p:])
}

func main() {
	total, runes := 0, 0
	for i := 0; i < n; i++ {
		s := "item-" + itoa(i) + "-é"
		b := []byte(s)
		b = append(b, " done"...)
		t := string(b)
		r := []rune(t)
		for range t {
			runes++
		}
		total += len(t) + len(r)
	}
	println("strings:", n, "bytes:", total, "runes:", runes)
}
