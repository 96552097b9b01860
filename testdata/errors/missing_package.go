package main

import "example.com/nowhere/unused" // ERROR "package example.com/nowhere/unused is not in std"

func main() {
}
