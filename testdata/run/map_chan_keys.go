package main

func main() {
	c1 := make(chan int)
	c2 := make(chan int)
	m := map[chan int]string{c1: "one", c2: "two"}
	println(m[c1], m[c2], len(m))
	var ic interface{} = c1
	mi := map[interface{}]bool{ic: true}
	println(mi[c1], mi[c2])
}
