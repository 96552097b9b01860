// fmt: a generated table — every format of a list applied to every value of
// a list (verbs, flags, widths, precisions over all kinds, Stringers,
// GoStringers, Formatters, errors, nil values, bad verbs), Sprint and
// Sprintln over pairs of values, and the error forms (EXTRA, MISSING,
// BADWIDTH, BADPREC, BADINDEX, NOVERB, PANIC). Addresses are never printed.
package main

import (
	"errors"
	"fmt"
	"math"
)

type point struct {
	X, Y int
}

type line struct {
	A, B  point
	Name  string
	Tags  []string
	inner *point
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type gostr struct{ n int }

func (g gostr) GoString() string { return fmt.Sprintf("gostr<%d>", g.n) }

type formatter struct{ s string }

func (f formatter) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	if !wok {
		w = -1 // gc leaves a stale value here
	}
	if !pok {
		p = -1
	}
	flags := ""
	for _, c := range "+-# 0" {
		if st.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(st, "F(%c,%q,%d,%v,%d,%v,%s)", verb, flags, w, wok, p, pok, f.s)
}

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprint("ps", p.n) }

type panicky struct{}

func (panicky) String() string { panic("boom") }

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

type named int
type bytesT []byte
type strT string

var formats = []string{
	"%v", "%+v", "%#v", "%T", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d",
	"%x", "%X", "%#x", "% x", "%o", "%#o", "%O", "%b", "%c", "%q",
	"%#q", "%+q", "%U", "%#U", "%e", "%E", "%.3e", "%f", "%.2f", "%8.3f",
	"%-8.2f|", "%+.1f", "%g", "%G", "%.3g", "%#g", "%s", "%10s", "%-10s|", "%.2s",
	"%t", "%p", "%10v", "%-10v|", "%08v", "%6.2v", "%z", "%#X", "%010.3f", "%x|%X",
}

func values() []interface{} {
	var nilp *int
	var nilps *ptrStringer
	var nilerr error
	var nilm map[int]bool
	var nils []string
	var nilf func()
	var nilc chan int
	return []interface{}{
		0, -42, 255, int8(-128), uint8(200), uint16(65535), int32(-7), int64(math.MinInt64),
		uint64(math.MaxUint64), uintptr(10), named(12), 'x', '⌘',
		3.14159, math.Copysign(0, -1), 1e21, 1e-7, float32(2.5), float32(0.1), 123456.789,
		math.Inf(1), math.Inf(-1), math.NaN(),
		complex(1, -2), complex64(complex(0.5, 3)), complex(math.Inf(1), math.NaN()),
		"hello", "", "héllo\n\"q\"", strT("named"), []byte("ab\x01"), bytesT("xyz"),
		true, false, nil, nilp, nilps, nilerr, nilm, nils, nilf, nilc,
		errors.New("boom"), myErr{7}, temp(21.5), gostr{3}, formatter{"f"},
		point{1, -2}, &point{3, 4}, line{point{1, 2}, point{3, 4}, "ln", []string{"a", "b"}, nil},
		[]int{1, 2, 3}, [2]string{"a", "b"}, []float64{0.5, -1}, [][]int{{1}, {2, 3}},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 2: "b"},
		map[point]bool{{2, 1}: true, {1, 2}: false}, []interface{}{1, "a", nil, 2.5},
		struct {
			a int
			s fmt.Stringer
			e error
		}{1, temp(2), myErr{9}},
		[]string{"x y", "z"}, [3]uint8{1, 2, 255}, []error{myErr{1}, nil},
	}
}

func main() {
	n := 0
	for _, f := range formats {
		for _, v := range values() {
			if f == "%p" {
				if t := fmt.Sprintf("%T", v); t == "*main.point" || t == "*errors.errorString" {
					continue
				}
				if _, ok := v.(map[string]int); ok {
					continue
				}
				if _, ok := v.(map[int]string); ok {
					continue
				}
				if _, ok := v.(map[point]bool); ok {
					continue
				}
				switch v.(type) {
				case []int, []float64, [][]int, []interface{}, []string, []error, []byte, bytesT:
					continue
				}
			}
			fmt.Printf("%d %s %T => [%s]\n", n, f, v, fmt.Sprintf(f, v))
			n++
		}
	}
	pair := []interface{}{1, "a", 2.5, nil, "b", true, []int{1}, temp(1), errors.New("e"), 'r'}
	for _, a := range pair {
		for _, b := range pair {
			fmt.Printf("%d [%s] [%s]", n, fmt.Sprint(a, b), fmt.Sprintln(a, b))
			n++
		}
	}
	bad := []struct {
		f    string
		args []interface{}
	}{
		{"%d", []interface{}{"x"}},
		{"%d", []interface{}{1, 2}},
		{"%d %s", []interface{}{1, "a", 3.5, nil}},
		{"%d %v", []interface{}{1}},
		{"%v %v %v", nil},
		{"%*d", []interface{}{"x", 1}},
		{"%*d", []interface{}{10000000, 1}},
		{"%.*d", []interface{}{"x", 1}},
		{"%-*d|", []interface{}{4, 1}},
		{"%*d|", []interface{}{-4, 1}},
		{"%", nil},
		{"abc%", []interface{}{1}},
		{"%!", []interface{}{1}},
		{"%[3]d", []interface{}{1, 2}},
		{"%[0]d", []interface{}{1}},
		{"%[x]d", []interface{}{1}},
		{"%[2]d %[1]d %d", []interface{}{1, 2}},
		{"%[2]*[1]d", []interface{}{12, 5}},
		{"%.[2]d", []interface{}{1, 2}},
		{"%v", []interface{}{panicky{}}},
		{"%s", []interface{}{nilStringer()}},
		{"%d", []interface{}{nilStringer()}},
		{"%s %d", []interface{}{myErr{2}, myErr{3}}},
		{"%w", []interface{}{errors.New("w")}},
		{"%t %t", []interface{}{true, 1}},
		{"%s", []interface{}{[]interface{}{[]byte("x"), "y"}}},
		{"%x", []interface{}{[]string{"ab", "c"}}},
		{"%5.1q|%-5c|%05s", []interface{}{"abc", 'x', "s"}},
		{"%+.3e %+.3g % .3f", []interface{}{-1.5, 2.0, 3.25}},
		{"%#.0f %#.0e %#x %#o", []interface{}{2.0, 3.0, 1.5, 8}},
		{"%6.3v|%-6.3v|%06.3v", []interface{}{math.Pi, math.E, -1.0}},
		{"%08.3f|%-08.3f|%+08d|% 08d", []interface{}{-3.5, 3.5, 7, 7}},
		{"%x %X % X %#x", []interface{}{"héllo", []byte{1, 171}, "ab", []byte("cd")}},
		{"%q %+q %#q %q", []interface{}{'\'', '\u00e9', '`', 0x110000}},
		{"%c|%c|%U", []interface{}{-1, 0xD800, 0x1F600}},
		{"%v %v", []interface{}{int8(-1), uint8(255)}},
		{"%08b %o %O %x", []interface{}{-5, -8, -8, -255}},
		{"%.0d|%.0d|%5.0d|", []interface{}{0, 1, 0}},
		{"%.3d|%8.3d|%-8.3x|", []interface{}{7, -7, 255}},
		{"%10.3e|%-12.4E|%+g", []interface{}{12345.678, 0.000123, 1e100}},
		{"%g %g %g %g", []interface{}{1e6, 1e-4, 1e-5, 100000.0}},
		{"%v %v %v", []interface{}{float32(1e20), float32(3.4e38), float32(1e-45)}},
		{"%.2v %.10v %v", []interface{}{"hello", "hi", "x"}},
		{"%T %T %T %T", []interface{}{nil, struct{}{}, []map[string]*int{}, (func(int) string)(nil)}},
		{"%v %+v %#v", []interface{}{struct{}{}, struct{ A *int }{}, [0]int{}}},
		{"%#v %#v %#v", []interface{}{map[string]int(nil), []int(nil), (*point)(nil)}},
		{"%#v %#v %#v %#v", []interface{}{int8(3), uint(4), 'x', "s"}},
		{"%#v %#v %#v", []interface{}{1e6, 1e21, float32(2)}},
		{"%#v %#v", []interface{}{complex(1, 2), []interface{}{1, nil}}},
		{"%#v", []interface{}{map[string]interface{}{"a": 1, "b": "x"}}},
		{"%v %s", []interface{}{&ptrStringer{4}, ptrStringer{5}}},
		{"%d%%%d", []interface{}{1, 2}},
		{"no verbs", nil},
		{"%v", []interface{}{[]*int{nil}}},
		{"%s", []interface{}{errors.New("plain")}},
	}
	for _, b := range bad {
		fmt.Printf("%d %q => [%s]\n", n, b.f, fmt.Sprintf(b.f, b.args...))
		n++
	}
	fmt.Println(n, "cases")
}

func nilStringer() fmt.Stringer {
	var p *ptrStringer
	return p
}
