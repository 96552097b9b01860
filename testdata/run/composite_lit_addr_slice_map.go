package main

// &[]T{...} and &map[K]V{...}, written out or elided in a literal of
// pointers: the literal's value stored in a new object.

type P struct{ x, y int }
type M map[string]int

func main() {
	pm := &map[string]int{"a": 1}
	(*pm)["b"] = 2
	println(len(*pm), (*pm)["a"], (*pm)["b"])
	ps := &[]int{1, 2, 3}
	*ps = append(*ps, 4)
	println(len(*ps), (*ps)[3])
	xs := []*[]int{{4, 5}, {6}}
	println(len(xs), len(*xs[0]), (*xs[1])[0])
	ms := []*map[int]string{{1: "one"}, nil}
	println((*ms[0])[1], ms[1] == nil)
	pp := []*P{{1, 2}}
	println(pp[0].y)
	pmm := &M{"k": 3}
	println((*pmm)["k"])
	byKey := map[string]*M{"x": {"y": 4}}
	println((*byKey["x"])["y"])
	arr := [2]*[]string{{"s"}, {}}
	println(len(*arr[0]), len(*arr[1]), *arr[1] == nil)
}
