// goto jumps forward and backward within a function.
package main

func main() {
	i := 0
again:
	if i < 3 {
		print(i, " ")
		i++
		goto again
	}
	println()
	if i == 3 {
		goto done
	}
	println("skipped")
done:
	println("done", i)
}
