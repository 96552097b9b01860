// strconv: FormatFloat in every format and precision, ParseFloat and
// ParseInt/ParseUint/Atoi edge cases with their errors, quoting and
// unquoting.
package main

import "strconv"

func main() {
	for _, f := range []float64{0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123456789, 1e-7, 5e-324, 1.7976931348623157e308, 100, 3.14159, 2.5, 0.000012, 1e23, 9007199254740993} {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, p := range []int{-1, 0, 1, 3, 6, 17, 25} {
				print(strconv.FormatFloat(f, fm, p, 64), " ", strconv.FormatFloat(f, fm, p, 32), "|")
			}
			println()
		}
	}
	for _, s := range []string{"1_000", "0x_1p0", "0x1_0p0", "1e1_0", "_1", "1__0", ".5", "5.", ".", "1e", "0x1", "0x1.8p1", "+inf", "-Infinity", "nan", "infin", "1e400", "-1e400", "1e-400", "0x1p-1080", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "0.1", "3.4028235e38", "3.4028236e38", "123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		e1, e2 := "nil", "nil"
		if err != nil {
			e1 = err.Error()
		}
		if err2 != nil {
			e2 = err2.Error()
		}
		println(s, strconv.FormatFloat(f, 'g', -1, 64), e1, strconv.FormatFloat(g, 'g', -1, 32), e2)
	}
	for _, s := range []string{"1_000", "0x_1f", "0b101", "0o17", "017", "-0x10", "9223372036854775808", "-9223372036854775808", "+5", "", "-", "0_1", "12a", "12345"} {
		v, err := strconv.ParseInt(s, 0, 64)
		e := "nil"
		if err != nil {
			e = err.Error()
		}
		u, err := strconv.ParseUint(s, 10, 8)
		e2 := "nil"
		if err != nil {
			e2 = err.Error()
		}
		a, err := strconv.Atoi(s)
		e3 := "nil"
		if err != nil {
			e3 = err.Error()
		}
		println(s, v, e, u, e2, a, e3)
	}
	println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 36), strconv.FormatUint(1<<64-1, 16), strconv.Quote("hi\n\x00\xff☺\u2028\U0001F600\"'\\"), strconv.QuoteToASCII("héllo☺\U0001F600"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0x7f))
	for _, s := range []string{`"abc"`, `"a\nb\x41\101\u263a\U0001F600"`, "`raw\\n`", `'x'`, `'\''`, `''`, `'ab'`, `"unterminated`, `"a"b"`, `"\q"`, `'☺'`} {
		u, err := strconv.Unquote(s)
		e := "nil"
		if err != nil {
			e = err.Error()
		}
		println(s, u, e)
	}
	b, err := strconv.ParseBool("true")
	println(b, err == nil, strconv.FormatBool(false), string(strconv.AppendInt([]byte("x"), -42, 10)), string(strconv.AppendQuote(nil, "q")), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))
}
