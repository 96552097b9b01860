package main

// == on structs (field by field, skipping blank fields), arrays (element by
// element, looped when long), strings and floats (NaN).
type P struct {
	X, Y int
	S    string
	_    int
}

func f64(x float64) float64 { return x }

func main() {
	p1, p2 := P{X: 1, Y: 2, S: "a"}, P{X: 1, Y: 2, S: "a"}
	println(p1 == p2, p1 != p2, P{X: 1, Y: 2, S: "b"} == p1)
	a1, a2 := [3]string{"x", "y", "z"}, [3]string{"x", "y", "z"}
	println(a1 == a2, a1 != a2)
	var big1, big2 [20]int
	println(big1 == big2)
	big2[19] = 1
	println(big1 == big2, big1 != big2)
	nan := f64(0) / f64(0)
	println(nan == nan, nan != nan, nan < 1, nan >= 1)
	fa := [2]float64{nan, 1}
	println(fa == fa)
	println("ab" < "abc", "b" > "abc", "x" <= "x", "" == "", "a" != "a")
	var c1, c2 complex128 = complex(1, 2), complex(1, 2)
	println(c1 == c2, c1 != c2)
}
