// Value and pointer receivers, with automatic & and * at the call.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type List []int

func (l List) Len() int { return len(l) }
func (l *List) Push(x int) { *l = append(*l, x) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	println(c.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	println(Celsius(100).F())
	var l List
	l.Push(1)
	l.Push(2)
	println(l.Len())
}
