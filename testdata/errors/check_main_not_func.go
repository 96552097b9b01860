package main

var main = 1 // ERROR "cannot declare main - must be func"
