// micro: three-way select. Three producers send n/3 values each on their own
// buffered channel; the main goroutine receives them all through one select.
package main

const n = 6000000 // quick: 3000

func produce(c chan<- int, count, v int) {
	for i := 0; i < count; i++ {
		c <- v
	}
	close(c)
}

func main() {
	a, b, c := make(chan int, 64), make(chan int, 64), make(chan int, 64)
	go produce(a, n/3, 1)
	go produce(b, n/3, 2)
	go produce(c, n/3, 3)
	sum, received, open := 0, 0, 3
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			sum += v
		}
		received++
	}
	println("received:", received, "sum:", sum)
}
