package main

import "os"

func main() {
	defer println("never printed")
	println("exiting")
	os.Exit(3)
}
