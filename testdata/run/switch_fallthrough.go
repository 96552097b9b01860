// switch: expression, tagless, init statement, fallthrough, default anywhere.
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			print("zero ")
		case 1, 2:
			print("one-or-two ")
			fallthrough
		case 3:
			print("three-ish ")
		default:
			print("other ")
		case 5:
			print("five ")
		}
	}
	println()
	println(classify(-3), classify(0), classify(4), classify(40))
	switch x := 7; {
	case x > 5:
		println("x > 5")
		fallthrough
	case x > 100:
		println("fell")
	case x > 6:
		println("not reached")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		println("matched")
	}
}
