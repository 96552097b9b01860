package main

type I interface{ M(int) }

type T struct{}

func (T) M(string) {}

func use(i I) {}

func main() {
	use(T{}) // ERROR "cannot use T{} \(value of type T\) as I value in argument to use: T does not implement I \(wrong type for method M\)"
}
