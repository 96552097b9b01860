// Pointers, new, and escaping locals.
package main

type node struct {
	val  int
	next *node
}

func counter() *int {
	x := 0
	return &x
}

func inc(p *int) { *p++ }

func main() {
	p := new(int)
	*p = 41
	inc(p)
	println(*p)
	c := counter()
	inc(c)
	inc(c)
	println(*c)
	var head *node
	for i := 0; i < 4; i++ {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
	pp := &p
	**pp = 7
	println(*p, p == *pp)
	var np *int
	println(np == nil)
}
