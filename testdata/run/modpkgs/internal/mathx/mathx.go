// Package mathx has no imports.
package mathx

func init() {
	println("mathx init")
}

func Square(x int) int { return Mul(x, x) }

func Mul(a, b int) int { return a * b }
