// Package utf8 encodes and decodes runes as UTF-8 (gc 1.19's API and results).
//
// Decoding follows the Unicode "maximal subpart" rule as gc does: an invalid
// or truncated sequence decodes as (RuneError, 1), surrogates and values above
// MaxRune are invalid, and overlong encodings are rejected by narrowing the
// accepted range of the second byte for leading bytes E0, ED, F0 and F4.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqInfo describes a leading byte: its sequence length (0: not a valid
// leading byte) and the accepted range of the following byte.
func seqInfo(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// FullRune reports whether p begins with a full encoding of a rune (an
// invalid encoding counts as full: it decodes as a width-1 error).
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	n, lo, hi := seqInfo(p[0])
	if n <= 1 || len(p) >= n {
		return true
	}
	if len(p) > 1 && (p[1] < lo || p[1] > hi) {
		return true
	}
	if len(p) > 2 && !isCont(p[2]) {
		return true
	}
	return false
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := seqInfo(s[0])
	if n <= 1 || len(s) >= n {
		return true
	}
	if len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if len(s) > 2 && !isCont(s[2]) {
		return true
	}
	return false
}

// DecodeRune unpacks the first rune of p and its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n, lo, hi := seqInfo(b0)
	if n == 0 || len(p) < 2 || p[1] < lo || p[1] > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(p[1]&0x3F), 2
	}
	if len(p) < 3 || !isCont(p[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(p[1]&0x3F)<<6 | rune(p[2]&0x3F), 3
	}
	if len(p) < 4 || !isCont(p[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(p[1]&0x3F)<<12 | rune(p[2]&0x3F)<<6 | rune(p[3]&0x3F), 4
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n, lo, hi := seqInfo(b0)
	if n == 0 || len(s) < 2 || s[1] < lo || s[1] > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) < 3 || !isCont(s[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if len(s) < 4 || !isCont(s[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}

// DecodeLastRune unpacks the last rune of p and its width in bytes.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Back up over at most UTFMax-1 continuation bytes to a possible start.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if !isCont(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if !isCont(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen is the number of bytes encoding r, or -1 if r is not encodable.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the encoding of r (RuneError's for an invalid rune) into
// p, which must be large enough, and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < 0x80 {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	if uint32(r) < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < 0x80 {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount is the number of runes in p (each invalid byte counts as one).
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString is Valid for a string.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
