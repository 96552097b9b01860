package main

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	v := struct {
		Point
		Label string
	}{Point{1, 2}, "p"}
	println(v.X, v.Sum(), v.Label)
	var s interface{ Sum() int } = v
	println(s.Sum())
	a := struct{ a, b int }{1, 2}
	b := struct{ a, b int }{1, 2}
	println(a == b)
	type inner struct {
		arr [2]string
		p   *int
	}
	x := 1
	i1 := inner{[2]string{"a", "b"}, &x}
	i2 := inner{[2]string{"a", "b"}, &x}
	println(i1 == i2)
	i2.arr[1] = "c"
	println(i1 == i2)
	var e1, e2 interface{} = i1, inner{[2]string{"a", "b"}, &x}
	println(e1 == e2)
}
