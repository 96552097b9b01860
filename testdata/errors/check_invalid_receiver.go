package main

type P *int
type I interface{}

func (P) m()   {} // ERROR "invalid receiver type P \(pointer or interface type\)"
func (I) n()   {} // ERROR "invalid receiver type I \(pointer or interface type\)"
func (int) o() {} // ERROR "cannot define new methods on non-local type int"
func (**struct{}) q() {} // ERROR "invalid receiver type \*\*struct{}"

func main() {}
