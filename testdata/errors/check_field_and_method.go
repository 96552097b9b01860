package main

type T struct {
	m int
}

func (T) m() {} // ERROR "field and method with the same name m"

func main() {}
