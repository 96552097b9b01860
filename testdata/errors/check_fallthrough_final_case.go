package main

func main() {
	switch {
	case true:
		fallthrough
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
