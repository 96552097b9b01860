package fmt

import (
	"strconv"
	"unicode/utf8"
)

// format holds one verb's flags, width and precision and writes padded
// renderings of primitive values into a buffer.

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	// %+v and %#v are recorded apart: plus and sharp mean other things for
	// the values printed inside.
	plusV  bool
	sharpV bool
}

type format struct {
	buf *buffer
	flags
	wid  int
	prec int
}

func (f *format) clearflags() { f.flags = flags{} }

// writePadding writes n bytes of padding (zeros when the zero flag is set).
func (f *format) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.zero {
		c = '0'
	}
	b := *f.buf
	for i := 0; i < n; i++ {
		b = append(b, c)
	}
	*f.buf = b
}

// pad writes b padded to the width (counted in runes).
func (f *format) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	n := f.wid - utf8.RuneCount(b)
	if f.minus {
		f.buf.write(b)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.write(b)
	}
}

func (f *format) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	n := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		f.buf.writeString(s)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.writeString(s)
	}
}

// padNoZero pads b with spaces even when the zero flag is set.
func (f *format) padNoZero(b []byte) {
	z := f.zero
	f.zero = false
	f.pad(b)
	f.zero = z
}

func (f *format) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode: U+0078, and with # also the quoted character: U+0078 'x'.
func (f *format) fmtUnicode(u uint64) {
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
	}
	b := []byte("U+")
	var hex []byte
	for v := u; ; {
		hex = append(hex, udigits[v&0xF])
		v >>= 4
		if v == 0 {
			break
		}
	}
	for i := len(hex); i < prec; i++ {
		b = append(b, '0')
	}
	for i := len(hex) - 1; i >= 0; i-- {
		b = append(b, hex[i])
	}
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, ' ', '\'')
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	f.padNoZero(b)
}

// fmtInteger formats u (an int64's bits when isSigned) in base with the
// sign, precision, zero-padding and # prefix rules of gc's fmt.
func (f *format) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	prec := 0
	if f.precPresent {
		prec = f.prec
		// %.0d of zero prints no digits.
		if prec == 0 && u == 0 {
			z := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = z
			return
		}
	} else if f.zero && f.widPresent {
		// Zero padding is a precision covering the width, minus the sign.
		prec = f.wid
		if negative || f.plus || f.space {
			prec--
		}
	}
	// Digits, least significant first.
	var rev []byte
	b := uint64(base)
	for {
		rev = append(rev, digits[u%b])
		u /= b
		if u == 0 {
			break
		}
	}
	for len(rev) < prec {
		rev = append(rev, '0')
	}
	if f.sharp {
		switch base {
		case 2:
			rev = append(rev, 'b', '0')
		case 8:
			if rev[len(rev)-1] != '0' {
				rev = append(rev, '0')
			}
		case 16:
			rev = append(rev, digits[16], '0')
		}
	}
	if verb == 'O' {
		rev = append(rev, 'o', '0')
	}
	if negative {
		rev = append(rev, '-')
	} else if f.plus {
		rev = append(rev, '+')
	} else if f.space {
		rev = append(rev, ' ')
	}
	out := make([]byte, len(rev))
	for i, c := range rev {
		out[len(rev)-1-i] = c
	}
	f.padNoZero(out)
}

// truncateString cuts s to the precision, in runes.
func (f *format) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (f *format) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

func (f *format) fmtS(s string) { f.padString(f.truncateString(s)) }

func (f *format) fmtBs(b []byte) { f.pad(f.truncate(b)) }

// fmtSbx writes the bytes of s (or b, when not nil) in hex: with space,
// separated by spaces; with #, each (or the whole) prefixed by 0x.
func (f *format) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	width := 2 * length
	if width == 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += length - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	out := *f.buf
	if f.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			out = append(out, ' ')
			if f.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	*f.buf = out
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

// fmtQ writes a quoted string (backquoted with # when possible, ASCII-only
// with +).
func (f *format) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		f.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtC writes the character c (U+FFFD if it is not a rune).
func (f *format) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.pad(utf8.AppendRune(nil, r))
}

// fmtQc writes the quoted character c.
func (f *format) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		f.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtFloat formats v with strconv's verb and precision (the flag's precision
// wins), then applies sign, # and zero-padding rules.
func (f *format) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num always starts with a sign.
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are padded with spaces, and NaN has no sign unless
	// asked for.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.padNoZero(num)
		return
	}
	// # keeps the decimal point and, for %g/%v/%x, trailing zeros up to the
	// precision.
	if f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte
		hasPoint := false
		sawNonzero := false
	scan:
		for i := 1; i < len(num); i++ {
			switch c := num[i]; {
			case c == '.':
				hasPoint = true
			case c == 'p' || c == 'P':
				tail = append(tail, num[i:]...)
				num = num[:i]
				break scan
			case (c == 'e' || c == 'E') && verb != 'x' && verb != 'X':
				tail = append(tail, num[i:]...)
				num = num[:i]
				break scan
			default:
				if c != '0' {
					sawNonzero = true
				}
				if sawNonzero {
					digits--
				}
			}
		}
		if !hasPoint {
			// A lone 0 counts as a digit.
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for ; digits > 0; digits-- {
			num = append(num, '0')
		}
		num = append(num, tail...)
	}
	if f.plus || num[0] != '+' {
		// The sign goes before zero padding.
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}
