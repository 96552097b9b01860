// Method values bind their receiver; method expressions take it as an argument.
package main

type T struct{ x int }

func (t T) Val() int     { return t.x }
func (t *T) Add(d int)   { t.x += d }
func (t T) Scale(k int) int { return t.x * k }

func apply(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func main() {
	t := T{1}
	v := t.Val
	t.x = 5
	println(v(), t.Val())
	add := t.Add
	apply(add, 4)
	println(t.x)
	val := T.Val
	scale := T.Scale
	addE := (*T).Add
	addE(&t, 10)
	println(val(t), scale(t, 3))
}
