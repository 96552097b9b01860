package main

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
}
