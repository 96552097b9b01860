package main

func g(xs ...int) {}

func h(a ...int, b int) {} // ERROR "can only use ... with final parameter in list"

func main() {
	g(1, []int{2}...) // ERROR "have \(number, \.\.\.int\)|too many arguments in call to g"
	var a [...]int // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
	_ = a
}
