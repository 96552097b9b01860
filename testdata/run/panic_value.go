// panic with a string value.
package main

func main() {
	println("start")
	panic("boom")
}
