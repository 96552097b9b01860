package main

func main() {
L:
	goto L
L: // ERROR "label L already defined at .*check_label_redefined.go:4:1"
	goto L
}
