// micro: memory per parked goroutine. Starts count goroutines that each block
// on one channel; once all have started they are released. The runner reads
// the peak RSS and subtracts that of the same program with count = 0.
package main

const count = 100000 // quick: 1000

func main() {
	release := make(chan bool)
	started := make(chan bool, 1024)
	done := make(chan bool, 1024)
	for i := 0; i < count; i++ {
		go func() {
			started <- true
			<-release
			done <- true
		}()
		// Drain acknowledgements as we go so the buffer never fills up.
		if i >= 1000 {
			<-started
		}
	}
	for i := count - 1000; i < count; i++ {
		if i >= 0 {
			<-started
		}
	}
	close(release)
	for i := 0; i < count; i++ {
		<-done
	}
	println("parked:", count)
}
