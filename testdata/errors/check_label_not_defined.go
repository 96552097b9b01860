package main

func main() {
	goto M // ERROR "label M not defined"
	for {
		break N // ERROR "break label not defined: N"
	}
}
