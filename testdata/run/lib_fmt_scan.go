// fmt: Sscan/Sscanln/Sscanf over ints (bases, widths, overflow), floats,
// strings, bools and []byte with gc's error texts; Fscan/Fscanln on a
// bufio.Reader, Fscanf on a strings.Reader.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var f float64
	var f32 float32
	var s string
	var t bool
	var u uint8
	var bs []byte
	p := func(n int, err error) { fmt.Println(n, err, a, b, f, f32, s, t, u, string(bs)) }
	p(fmt.Sscan("12 -34 5.5e3 0.25 hello true 200 bytes", &a, &b, &f, &f32, &s, &t, &u, &bs))
	p(fmt.Sscan("  7\n\n 8", &a, &b))
	p(fmt.Sscan("", &a))
	p(fmt.Sscan("5", &a, &b))
	p(fmt.Sscan("x", &a))
	p(fmt.Sscan("0x1F 0b101", &a, &b))
	p(fmt.Sscan("0755 1_000", &a, &b))
	p(fmt.Sscan("300", &u))
	p(fmt.Sscan("-3", &u))
	p(fmt.Sscan("99999999999999999999", &a))
	p(fmt.Sscan("tru", &t))
	p(fmt.Sscan("F 1", &t, &a))
	p(fmt.Sscan("1e400", &f))
	p(fmt.Sscan("nan inf", &f, &f32))
	p(fmt.Sscanln("1 2", &a, &b))
	p(fmt.Sscanln("1\n2", &a, &b))
	p(fmt.Sscanln("1 2 3", &a, &b))
	p(fmt.Sscanln("4 5  \n6", &a, &b))
	p(fmt.Sscanf("10-20", "%d-%d", &a, &b))
	p(fmt.Sscanf("x=3 y=4.5", "x=%d y=%g", &a, &f))
	p(fmt.Sscanf("ff 11", "%x %b", &a, &b))
	p(fmt.Sscanf("12345", "%2d%3d", &a, &b))
	p(fmt.Sscanf("abc", "%d", &a))
	p(fmt.Sscanf("1 2", "%d", &a, &b))
	p(fmt.Sscanf("1", "%d %d", &a, &b))
	p(fmt.Sscanf("5%", "%d%%", &a))
	p(fmt.Sscanf("name: bob true", "name: %s %t", &s, &t))
	p(fmt.Sscanf("a:1", "b:%d", &a))
	p(fmt.Sscanf("1\n2", "%d %d", &a, &b))
	p(fmt.Sscanf("1\n2", "%d\n%d", &a, &b))
	p(fmt.Sscanf("7", "%s", &a))
	p(fmt.Sscanf("Z", "%c", &a))
	p(fmt.Sscan("1", &f32, &s))
	r := bufio.NewReader(strings.NewReader("3 4\n5 six\n7"))
	for {
		n, err := fmt.Fscan(r, &a)
		fmt.Println(n, err, a)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("1 2\n3 4\n"))
	for {
		n, err := fmt.Fscanln(r, &a, &b)
		fmt.Println(n, err, a, b)
		if err != nil {
			break
		}
	}
	n, err := fmt.Fscanf(strings.NewReader("8:9"), "%d:%d", &a, &b)
	fmt.Println(n, err, a, b)
}
