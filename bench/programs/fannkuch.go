// fannkuch-redux: for every permutation of 1..n, counts the prefix reversals
// ("pancake flips") until 1 comes first. Prints the checksum and the maximum.
// Measures tight loops over small slices.
package main

const n = 11 // quick: 7

func fannkuch(n int) (checksum, maxFlips int) {
	perm1 := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	perm := make([]int, n)
	count := make([]int, n)
	permCount := 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Advance to the next permutation: rotate the first r+1 elements
		// left until one of the counters has not run out.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			copy(perm1[:r], perm1[1:r+1])
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	checksum, flips := fannkuch(n)
	println(checksum)
	print("Pfannkuchen(", n, ") = ", flips, "\n")
}
