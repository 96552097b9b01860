// Package shapes uses mathx.
package shapes

import "example.com/modpkgs/internal/mathx"

type Rect struct{ W, H int }

var Made = mathx.Square(2) + 1

func init() {
	println("shapes init")
}

func (r Rect) Area() int { return mathx.Mul(r.W, r.H) }
