package main

type T struct{}

func (T) M()  {}
func (*T) M() {} // ERROR "method T.M already declared at .*check_duplicate_method.go:5:10"

func main() {}
