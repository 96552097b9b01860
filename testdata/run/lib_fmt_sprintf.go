// fmt: the verbs, flags, widths and precisions of Sprintf, Sprint and
// Sprintln over basic values, structs, slices, maps, pointers and
// Stringers (printed through println until os.Stdout exists).
package main

import "fmt"

type point struct {
	X, Y int
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	println(fmt.Sprintln("hello", 42, 3.5, true, nil, 'x', "s"))
	println(fmt.Sprintf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%U", 7, 7, 7, 7, 255, 255, 8, 5, 'A', 'B', 'C'))
	println(fmt.Sprintf("%s|%10s|%-10s|%q|%x", "go", "go", "go", "a\"b", "hi"))
	println(fmt.Sprintf("%f|%.2f|%8.3f|%e|%g|%g|%g", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012, 1e21, 100.0))
	p := point{1, 2}
	println(fmt.Sprintf("%v|%+v|%T|%v|%T", p, p, p, &p == nil, 1.5))
	println(fmt.Sprintf("%v|%v|%v|%d", []int{1, 2}, [2]string{"a", "b"}, map[string]int{"b": 2, "a": 1}, []int{3}))
	println(fmt.Sprintf("%t|%v|%5.1f%%", false, temp(21.5), 99.5))
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0)
	println(s, len(s))
	err := fmt.Errorf("wrap: %w", fmt.Errorf("inner"))
	println(err.Error())
	var ip *int
	var e error
	println(fmt.Sprintln(ip, e, []string(nil), map[int]int(nil)))
	println(fmt.Sprintf("%v %d", struct {
		A int
		B []string
	}{1, []string{"x"}}, []int8{-1, 2}))
	println(fmt.Sprintf("%6.2f|%-8v|%08.3f|%+d|% d", 2.0/3, "left", -3.14159, 5, 5))
	println(fmt.Sprintf("%!|%z", 1))
	println(fmt.Sprintf("%#v %#v %+q %#x %x % x %#o %O %v %p", p, []string{"a"}, "héllo", "hi", []byte("ab"), []byte("ab"), 8, 8, &p, nil))
	println(fmt.Sprintf("%v %v %.3v %10.4g|%-10.2e|%G", float32(0.1), 1e-7, 3.14159, 123.456, 1234.5, 1e-10))
	println(fmt.Sprintf("%[2]d %[1]d %d %*d %.*f", 1, 2, 3, 4, 2, 3.14159))
	m := map[point]string{{2, 1}: "b", {1, 2}: "a"}
	println(fmt.Sprint(m, map[bool]int{true: 1, false: 0}, map[float64]int{2.5: 1, -1: 2}))
	println(fmt.Sprintf("%v %+v %#v", &p, &p, &p))
	type inner struct {
		a int
		s fmt.Stringer
	}
	println(fmt.Sprintf("%v %+v", inner{1, temp(2)}, inner{}))
	println(fmt.Sprintf("%x %X %08b %3c|%-4q|%#U", -255, 3000000000, 5, 'z', 'y', '⌘'))
	println(fmt.Sprintf("%s %d %v", []string{"a", "b"}, []string{"c"}, [][]int{{1}, {2, 3}}))
	println(fmt.Sprintf("%t %s", 1, 2.5), fmt.Sprintf("%d", "x"), fmt.Sprintf("extra", 1, "a"))
	println(fmt.Sprintf("%v|%6v|%-6v|%06d|%+.2e", true, 42, "ab", -42, 12345.678))
	println(fmt.Sprintf("%v %v", complex(1, -2), complex64(complex(0.5, 3))))
	println(fmt.Sprintf("%#g %#.3x %#v %#v", 1.0, 3.0, 1.0, 1e21))
	println(fmt.Sprint(temp(3), "x", nil, 4, 5))
}
