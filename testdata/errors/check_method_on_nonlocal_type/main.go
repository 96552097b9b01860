package main

import "example.com/nonlocal/lib"

func (lib.T) M()  {} // ERROR "cannot define new methods on non-local type lib.T"
func (*lib.T) N() {} // ERROR "cannot define new methods on non-local type lib.T"

func main() {}
