// binary-trees: allocates, walks and drops many complete binary trees, while
// one long-lived tree stays reachable. Measures allocation and (where there
// is one) the collector.
package main

const maxDepth = 18 // quick: 8

type node struct {
	left, right *node
}

func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	top := maxDepth
	if minDepth+2 > top {
		top = minDepth + 2
	}
	println("stretch tree of depth", top+1, "check:", bottomUp(top+1).check())
	long := bottomUp(top)
	for d := minDepth; d <= top; d += 2 {
		iters := 1 << uint(top-d+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		println(iters, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", top, "check:", long.check())
}
