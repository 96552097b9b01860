package main

// go panic(v): the value is evaluated at the go statement, and the panic
// in the new goroutine ends the program.

func main() {
	s := "first"
	block := make(chan bool)
	go panic("boom: " + s)
	s = "second"
	<-block
}
