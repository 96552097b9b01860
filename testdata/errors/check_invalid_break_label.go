package main

func main() {
L:
	if true {
		break L // ERROR "invalid break label L"
	}
M:
	switch {
	default:
		continue M // ERROR "invalid continue label M"
	}
}
