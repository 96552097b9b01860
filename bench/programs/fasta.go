// fasta: generates DNA sequences, one by repeating a fixed string and two by a
// linear congruential generator over weighted alphabets, in 60-column FASTA
// lines. The output (250 MB at n = 25,000,000) goes through a 64 KiB buffer
// into an FNV-1a hash; the program prints its size and hash. Measures byte
// loops and buffering.
package main

const n = 25000000 // quick: 1000

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

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

// out is a buffered sink that hashes what it is given.
type out struct {
	buf   []byte
	hash  uint64
	total int
	lines int
}

func (o *out) flush() {
	h := o.hash
	for _, b := range o.buf {
		h ^= uint64(b)
		h *= 1099511628211
		if b == '\n' {
			o.lines++
		}
	}
	o.hash = h
	o.total += len(o.buf)
	o.buf = o.buf[:0]
}

func (o *out) write(p []byte) {
	if len(o.buf)+len(p) > cap(o.buf) {
		o.flush()
	}
	o.buf = append(o.buf, p...)
}

func (o *out) writeString(s string) {
	if len(o.buf)+len(s) > cap(o.buf) {
		o.flush()
	}
	o.buf = append(o.buf, s...)
}

func repeat(o *out, header, seq string, count int) {
	o.writeString(header)
	doubled := []byte(seq + seq)
	pos := 0
	for count > 0 {
		line := lineWidth
		if count < line {
			line = count
		}
		o.write(doubled[pos : pos+line])
		o.writeString("\n")
		pos = (pos + line) % len(seq)
		count -= line
	}
}

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

func randomSeq(o *out, header string, table []acid, count int) {
	o.writeString(header)
	cumulative := make([]acid, len(table))
	p := 0.0
	for i, a := range table {
		p += a.prob
		cumulative[i] = acid{a.c, p}
	}
	line := make([]byte, lineWidth+1)
	for count > 0 {
		width := lineWidth
		if count < width {
			width = count
		}
		for i := 0; i < width; i++ {
			r := random()
			c := cumulative[len(cumulative)-1].c
			for _, a := range cumulative {
				if r < a.prob {
					c = a.c
					break
				}
			}
			line[i] = c
		}
		line[width] = '\n'
		o.write(line[:width+1])
		count -= width
	}
}

func main() {
	o := &out{buf: make([]byte, 0, 64<<10), hash: 14695981039346656037}
	repeat(o, ">ONE Homo sapiens alu\n", alu, 2*n)
	randomSeq(o, ">TWO IUB ambiguity codes\n", iub, 3*n)
	randomSeq(o, ">THREE Homo sapiens frequency\n", homoSapiens, 5*n)
	o.flush()
	println("bytes:", o.total, "lines:", o.lines)
	println("fnv-1a:", o.hash)
}
