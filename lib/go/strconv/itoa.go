// Package strconv converts between strings and numbers, booleans and quoted
// Go literals (gc 1.19's API, results and error messages).
package strconv

const (
	lowerhex   = "0123456789abcdef"
	upperhex   = "0123456789ABCDEF"
	digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// FormatUint returns i in base 2 <= base <= 36 (lower-case letters).
func FormatUint(i uint64, base int) string {
	if i < 10 && base == 10 {
		return digitChars[i : i+1]
	}
	var buf [64]byte
	return string(formatBits(buf[:0], i, base, false))
}

// FormatInt returns i in base 2 <= base <= 36.
func FormatInt(i int64, base int) string {
	if 0 <= i && i < 10 && base == 10 {
		return digitChars[i : i+1]
	}
	var buf [65]byte
	return string(formatBits(buf[:0], uint64(i), base, i < 0))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt's result to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends FormatUint's result to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// formatBits appends u (negated first when neg: u holds an int64's bits).
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		a[i] = digitChars[u-q*b]
		u = q
	}
	i--
	a[i] = digitChars[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}
