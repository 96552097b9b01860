package main

// One million goroutines park on one channel, then are all released.
func main() {
	const n = 1000000
	gate := make(chan bool)
	done := make(chan bool, 1000)
	for i := 0; i < n; i++ {
		go func() {
			<-gate
			done <- true
		}()
	}
	close(gate)
	for i := 0; i < n; i++ {
		<-done
	}
	println("released", n)
}
