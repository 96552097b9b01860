package strconv

// decimal is an arbitrary-precision decimal number used by the slow, always
// exact paths of float formatting and parsing: the value is
// 0.d[0]d[1]...d[nd-1] * 10**dp. The digit slice grows as needed (the
// exact value of a float64 has at most 767 significant digits); digits
// beyond maxDigits are dropped and recorded in trunc (they only ever matter
// as a sticky bit for rounding).
type decimal struct {
	d     []byte // len(d) >= nd
	nd    int
	dp    int
	neg   bool
	trunc bool
}

const maxDigits = 800

// ensure makes room for n digits.
func (a *decimal) ensure(n int) {
	if n <= len(a.d) {
		return
	}
	if n <= cap(a.d) {
		a.d = a.d[:n]
		return
	}
	c := 2 * cap(a.d)
	if c < n {
		c = n
	}
	if c < 32 {
		c = 32
	}
	d := make([]byte, n, c)
	copy(d, a.d)
	a.d = d
}

func (a *decimal) String() string {
	var buf []byte
	switch {
	case a.nd == 0:
		return "0"
	case a.dp <= 0:
		buf = append(buf, "0."...)
		for i := 0; i < -a.dp; i++ {
			buf = append(buf, '0')
		}
		buf = append(buf, a.d[:a.nd]...)
	case a.dp < a.nd:
		buf = append(buf, a.d[:a.dp]...)
		buf = append(buf, '.')
		buf = append(buf, a.d[a.dp:a.nd]...)
	default:
		buf = append(buf, a.d[:a.nd]...)
		for i := a.nd; i < a.dp; i++ {
			buf = append(buf, '0')
		}
	}
	return string(buf)
}

// trim drops trailing zeros.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// Assign sets a to v.
func (a *decimal) Assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v%10) + '0'
		v /= 10
		n++
	}
	a.ensure(n)
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trim()
}

// maxShift is the largest shift done in one step: a digit times 2**maxShift
// plus a carry must fit in a uint64.
const maxShift = 59

// rightShift divides a by 2**k (k <= maxShift).
func (a *decimal) rightShift(k uint) {
	r, w := 0, 0
	var n uint64
	// Read digits until the accumulated value has a nonzero quotient.
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
	}
	a.dp -= r - 1
	m := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&m)*10 + c
	}
	for n > 0 {
		if w < maxDigits {
			a.ensure(w + 1)
			a.d[w] = byte(n>>k) + '0'
			w++
		} else if n>>k > 0 {
			a.trunc = true
		}
		n = (n & m) * 10
	}
	a.nd = w
	a.trim()
}

// leftShift multiplies a by 2**k (k <= maxShift), in place: the product is
// formed from the last digit up, each digit written g places to the right
// of the one it came from, where g bounds the number of new leading digits;
// the result is then moved down over the unused leading places.
func (a *decimal) leftShift(k uint) {
	g := int(k)*30103/100000 + 1
	a.ensure(a.nd + g)
	var carry uint64
	w := a.nd + g
	for r := a.nd - 1; r >= 0; r-- {
		carry += uint64(a.d[r]-'0') << k
		w--
		a.d[w] = byte(carry%10) + '0'
		carry /= 10
	}
	for carry > 0 {
		w--
		a.d[w] = byte(carry%10) + '0'
		carry /= 10
	}
	n := a.nd + g - w
	copy(a.d, a.d[w:w+n])
	if n > maxDigits {
		for _, c := range a.d[maxDigits:n] {
			if c != '0' {
				a.trunc = true
			}
		}
		n = maxDigits
	}
	a.dp += g - w
	a.nd = n
	a.trim()
}

// Shift multiplies a by 2**k (divides for k < 0).
func (a *decimal) Shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > maxShift {
		a.leftShift(maxShift)
		k -= maxShift
	}
	for k < -maxShift {
		a.rightShift(maxShift)
		k += maxShift
	}
	if k > 0 {
		a.leftShift(uint(k))
	} else if k < 0 {
		a.rightShift(uint(-k))
	}
}

// shouldRoundUp reports whether rounding to nd digits goes up: above half,
// or exactly half and (truncated digits were nonzero or the last kept digit
// is odd).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits, to nearest (half to even).
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown truncates a to nd digits.
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// RoundUp rounds a up to nd digits.
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: the result is 1 followed by zeros.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// RoundedInteger returns the integer part of a rounded to nearest (half to
// even); a must be below 2**64.
func (a *decimal) RoundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}
