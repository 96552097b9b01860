package main

func main() {
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	var x interface{}
	switch x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	default:
	}
}
