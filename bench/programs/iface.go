// micro: interface method dispatch over a slice of four concrete types.
package main

const n = 200000000 // quick: 4000

type shape interface {
	area() int
}

type rect struct{ w, h int }
type square struct{ s int }
type triangle struct{ b, h int }
type circle struct{ r int }

func (r rect) area() int     { return r.w * r.h }
func (s *square) area() int  { return s.s * s.s }
func (t triangle) area() int { return t.b * t.h / 2 }
func (c *circle) area() int  { return 3 * c.r * c.r }

func main() {
	shapes := []shape{rect{2, 3}, &square{4}, triangle{3, 5}, &circle{2}}
	total := 0
	for i := 0; i < n/len(shapes); i++ {
		for _, s := range shapes {
			total += s.area()
		}
	}
	println("calls:", n, "total:", total)
}
