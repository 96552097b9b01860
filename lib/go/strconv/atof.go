package strconv

import "math"

// Float parsing. readFloat checks the syntax (decimal or hexadecimal, with
// underscores as Go literals allow them) and collects up to 19 significant
// digits; when those are exact and the power of ten is small, one correctly
// rounded float operation gives the answer. Otherwise the digits go into an
// exact multiprecision decimal, which is scaled by powers of two into
// [1/2, 1) and rounded once to the float's significand: slow, always right.

const fnParseFloat = "ParseFloat"

// commonPrefixLenIgnoreCase returns the length of the common prefix of s and
// prefix, ignoring ASCII case (prefix is lower case).
func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses a signed "inf"/"infinity" or an unsigned "nan".
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	c := s[0]
	if c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		c = 'i'
	}
	switch c {
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// readFloat scans the longest prefix of s that is a float literal.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, ok bool) {
	underscores := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	maxMantDigits := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawdot, sawdigits := false, false
	nd, ndMant, dp := 0, 0, 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			dp = nd
			continue
		}
		var d uint64
		if '0' <= c && c <= '9' {
			d = uint64(c - '0')
		} else if base == 16 && 'a' <= lower(c) && lower(c) <= 'f' {
			d = uint64(lower(c) - 'a' + 10)
		} else {
			break
		}
		sawdigits = true
		if d == 0 && nd == 0 {
			// Leading zeros only move the decimal point.
			dp--
			continue
		}
		nd++
		if ndMant < maxMantDigits {
			mantissa = mantissa*base + d
			ndMant++
		} else if d != 0 {
			trunc = true
		}
	}
	if !sawdigits {
		return
	}
	if !sawdot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		// A hexadecimal float needs its p exponent.
		return
	}
	if mantissa != 0 {
		exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}

// set stores the digits of a valid decimal literal s in a.
func (a *decimal) set(s string) bool {
	i := 0
	a.neg = false
	a.trunc = false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		a.neg = s[i] == '-'
		i++
	}
	sawdot, sawdigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			if sawdot {
				return false
			}
			sawdot = true
			a.dp = a.nd
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawdigits = true
		if c == '0' && a.nd == 0 {
			a.dp--
			continue
		}
		if a.nd < maxDigits {
			a.ensure(a.nd + 1)
			a.d[a.nd] = c
			a.nd++
		} else if c != '0' {
			a.trunc = true
		}
	}
	if !sawdigits {
		return false
	}
	if !sawdot {
		a.dp = a.nd
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		if i >= len(s) {
			return false
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		a.dp += e * esign
	}
	return i == len(s)
}

// powtab[i] is a shift by which a decimal with i integer digits can be
// divided by a power of two without going below 1 (floor(log2(10**i)) for
// small i); larger decimals shift by 27.
var powtab = [9]int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// floatBits converts a to the bits of the nearest float (half to even),
// reporting overflow (the bits are then ±Inf).
func (a *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	if a.nd == 0 || a.dp < -330 {
		mant, exp = 0, flt.bias
	} else if a.dp > 310 {
		overflow = true
	} else {
		// Scale into [1/2, 1): value = a * 2**exp.
		for a.dp > 0 {
			n := 27
			if a.dp < len(powtab) {
				n = powtab[a.dp]
			}
			a.Shift(-n)
			exp += n
		}
		for a.dp < 0 || a.dp == 0 && a.d[0] < '5' {
			n := 27
			if -a.dp < len(powtab) {
				n = powtab[-a.dp]
			}
			a.Shift(n)
			exp -= n
		}
		// Our range is [0.5,1) but floating point range is [1,2).
		exp--
		// Below the minimum exponent the value is subnormal: shift it down.
		if exp < flt.bias+1 {
			n := flt.bias + 1 - exp
			a.Shift(-n)
			exp += n
		}
		if exp-flt.bias >= 1<<flt.expbits-1 {
			overflow = true
		} else {
			a.Shift(int(1 + flt.mantbits))
			mant = a.RoundedInteger()
			// Rounding up may carry into a new bit.
			if mant == 2<<flt.mantbits {
				mant >>= 1
				exp++
				if exp-flt.bias >= 1<<flt.expbits-1 {
					overflow = true
				}
			}
			if !overflow && mant&(1<<flt.mantbits) == 0 {
				exp = flt.bias
			}
		}
	}
	if overflow {
		mant = 0
		exp = 1<<flt.expbits - 1 + flt.bias
	}
	b = mant & (uint64(1)<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if a.neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b, overflow
}

var float64pow10 = [23]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

var float32pow10 = [11]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// atof64exact: mantissa and 10**|exp| are both exact float64s, so one
// multiplication or division rounds correctly.
func atof64exact(mantissa uint64, exp int, neg bool) (f float64, ok bool) {
	if mantissa>>52 != 0 {
		return
	}
	f = float64(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		// An exponent above 22 is fine while the mantissa absorbs the excess
		// exactly.
		if exp > 22 {
			f *= float64pow10[exp-22]
			exp = 22
		}
		if f > 1e15 || f < -1e15 {
			return
		}
		return f * float64pow10[exp], true
	case exp < 0 && exp >= -22:
		return f / float64pow10[-exp], true
	}
	return
}

func atof32exact(mantissa uint64, exp int, neg bool) (f float32, ok bool) {
	if mantissa>>23 != 0 {
		return
	}
	f = float32(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 7+10:
		if exp > 10 {
			f *= float32pow10[exp-10]
			exp = 10
		}
		if f > 1e7 || f < -1e7 {
			return
		}
		return f * float32pow10[exp], true
	case exp < 0 && exp >= -10:
		return f / float32pow10[-exp], true
	}
	return
}

// atofHex converts a hexadecimal mantissa*2**exp, rounding half to even with
// a guard bit, a round bit and a sticky bit (trunc).
func atofHex(s string, flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (float64, error) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits)
	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+flt.mantbits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+flt.mantbits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		exp = flt.bias
	}
	var err error
	if exp > maxExp {
		mantissa = 1 << flt.mantbits
		exp = maxExp + 1
		err = rangeError(fnParseFloat, s)
	}
	bits := mantissa & (1<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(bits))), err
	}
	return math.Float64frombits(bits), err
}

func atof(s string, flt *floatInfo) (f float64, n int, err error) {
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	if hex {
		f, err := atofHex(s[:n], flt, mantissa, exp, neg, trunc)
		return f, n, err
	}
	if !trunc {
		if flt == &float32info {
			if f, ok := atof32exact(mantissa, exp, neg); ok {
				return float64(f), n, nil
			}
		} else if f, ok := atof64exact(mantissa, exp, neg); ok {
			return f, n, nil
		}
	}
	d := new(decimal)
	if !d.set(s[:n]) {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	b, ovf := d.floatBits(flt)
	if flt == &float32info {
		f = float64(math.Float32frombits(uint32(b)))
	} else {
		f = math.Float64frombits(b)
	}
	if ovf {
		err = rangeError(fnParseFloat, s)
	}
	return f, n, err
}

// ParseFloat converts s to the nearest float64 (bitSize 64) or to the
// nearest float32 returned as a float64 (bitSize 32). Out-of-range values
// give ±Inf with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	f, n, err := atof(s, flt)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}
