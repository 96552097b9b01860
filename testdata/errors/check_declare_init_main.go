package main

var init = 1 // ERROR "cannot declare init - must be func"

func main() {}
