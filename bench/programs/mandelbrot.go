// mandelbrot: the Mandelbrot set on a size×size bitmap (PBM P4 layout, one bit
// per pixel, 50 iterations). Prints the header and a checksum of the bitmap
// instead of the bitmap itself. Measures floating-point inner loops.
package main

const size = 4000 // quick: 200

func main() {
	rowBytes := (size + 7) / 8
	bits := make([]byte, rowBytes*size)
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		row := bits[y*rowBytes : (y+1)*rowBytes]
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			var zr, zi, tr, ti float64
			for i := 0; i < 50 && tr+ti <= 4; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= 4 {
				row[x>>3] |= 0x80 >> uint(x&7)
			}
		}
	}
	// FNV-1a over the bitmap, and the number of points in the set.
	hash := uint64(14695981039346656037)
	inside := 0
	for _, b := range bits {
		hash ^= uint64(b)
		hash *= 1099511628211
		for ; b != 0; b &= b - 1 {
			inside++
		}
	}
	println("P4", size, size)
	println("points inside:", inside)
	println("fnv-1a:", hash)
}
