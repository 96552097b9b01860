// math/rand: gc 1.19's sequences for the default source (seed 1), a
// reseeded one and a private Rand.
package main

import "math/rand"

func main() {
	println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31n(1000), rand.Uint32(), rand.Uint64(), rand.Float64(), rand.Float32())
	p := rand.Perm(10)
	for _, v := range p {
		print(v, " ")
	}
	println()
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	println(xs[0], xs[1], xs[2], xs[7])
	rand.Seed(42)
	println(rand.Intn(1000000), rand.Int63n(1<<40+3), rand.Int31())
	r := rand.New(rand.NewSource(-7))
	var h uint64
	for i := 0; i < 100000; i++ {
		h = h*31 + uint64(r.Intn(i+1)) + r.Uint64()
	}
	b := make([]byte, 13)
	r.Read(b)
	println(h, b[0], b[12], r.Float64())
	r.Seed(0)
	println(r.Int63())
}
