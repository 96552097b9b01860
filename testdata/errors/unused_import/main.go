package main

import "example.com/unused/util" // ERROR "\"example.com/unused/util\" imported and not used"

func main() {
}
