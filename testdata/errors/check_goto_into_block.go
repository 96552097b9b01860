package main

func main() {
	goto L // ERROR "goto L jumps into block starting at .*check_goto_into_block.go:5:2"
	{
	L:
		println()
	}
	if true {
		goto M // ERROR "goto M jumps into block starting at .*check_goto_into_block.go:12:6"
	}
	for {
	M:
	}
}
