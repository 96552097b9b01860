package main

type Shape interface{ Area() float64 }
type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = Rect{2, 3}
	r := s.(Rect)
	println(r.w, r.h)
	c, ok := s.(*Circle)
	println(c == nil, ok)
	_ = s.(*Circle)
}
