// k-nucleotide: generates the third sequence of fasta's output in-process (the
// same generator as fasta.go, n = 2,500,000: 12.5 million nucleotides), then
// counts its k-mers for k = 1, 2, 3, 4, 6, 12 and 18 in maps keyed by the
// 2-bit packed k-mer. Prints the frequencies of the 1- and 2-mers and the
// counts of five given sequences. Measures map-heavy code.
package main

const n = 2500000 // quick: 2000

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last uint32 = 42

func random() float64 {
	last = (last*ia + ic) % im
	return float64(last) / im
}

type acid struct {
	c    byte
	prob float64
}

var iub = []acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homoSapiens = []acid{
	{'a', 0.3029549426680}, {'c', 0.1979883004921},
	{'g', 0.1975473066391}, {'t', 0.3015094502008},
}

// generate draws count nucleotides from table, as fasta does.
func generate(table []acid, count int) []byte {
	seq := make([]byte, count)
	for i := range seq {
		r := random()
		p := 0.0
		c := table[len(table)-1].c
		for _, a := range table {
			p += a.prob
			if r < p {
				c = a.c
				break
			}
		}
		seq[i] = c
	}
	return seq
}

const letters = "ACGT"

func code(c byte) uint64 {
	switch c {
	case 'a', 'A':
		return 0
	case 'c', 'C':
		return 1
	case 'g', 'G':
		return 2
	}
	return 3
}

func count(seq []uint64, k int) map[uint64]int {
	counts := make(map[uint64]int)
	mask := uint64(1)<<(2*uint(k)) - 1
	key := uint64(0)
	for i, c := range seq {
		key = (key<<2 | c) & mask
		if i >= k-1 {
			counts[key]++
		}
	}
	return counts
}

func decode(key uint64, k int) string {
	b := make([]byte, k)
	for i := k - 1; i >= 0; i-- {
		b[i] = letters[key&3]
		key >>= 2
	}
	return string(b)
}

func printPercent(x float64) {
	v := int64(x*1000 + 0.5)
	print(v/1000, ".", v/100%10, v/10%10, v%10)
}

func frequencies(seq []uint64, k int) {
	counts := count(seq, k)
	type entry struct {
		key   uint64
		count int
	}
	var list []entry
	for key, c := range counts {
		list = append(list, entry{key, c})
	}
	// Insertion sort: by count, descending, then by key.
	for i := 1; i < len(list); i++ {
		for j := i; j > 0; j-- {
			a, b := list[j-1], list[j]
			if a.count > b.count || a.count == b.count && a.key < b.key {
				break
			}
			list[j-1], list[j] = b, a
		}
	}
	total := len(seq) - k + 1
	for _, e := range list {
		print(decode(e.key, k), " ")
		printPercent(100 * float64(e.count) / float64(total))
		print("\n")
	}
	print("\n")
}

func main() {
	// fasta's first section uses no random numbers; its second draws 3n.
	generate(iub, 3*n)
	raw := generate(homoSapiens, 5*n)
	seq := make([]uint64, len(raw))
	for i, c := range raw {
		seq[i] = code(c)
	}
	frequencies(seq, 1)
	frequencies(seq, 2)
	for _, s := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		key := uint64(0)
		for i := 0; i < len(s); i++ {
			key = key<<2 | code(s[i])
		}
		print(count(seq, len(s))[key], "\t", s, "\n")
	}
}
