package main // ERROR "function main is undeclared in the main package"

func f() {}
