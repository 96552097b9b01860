package fmt

// Scanning (a subset of gc's): Sscan/Sscanln/Sscanf, Fscan/Fscanln/Fscanf
// and Scan/Scanln/Scanf into pointers to the basic kinds (bool, ints, uints,
// floats, complex excluded, string, []byte) with gc's tokens and error
// texts; verbs %v %d %b %o %x %X %s %q-less strings, %t, %c, %e %f %g; no
// Scanner interface, no named types. A reader that is not an
// io.RuneScanner is read one byte at a time (a rune read past the last
// operand is lost, as in gc).

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

type scanError struct{ err error }

type scanState struct {
	rs        io.RuneScanner
	nlIsSpace bool // Scan, Sscan, Fscan: newlines are spaces
	nlIsEnd   bool // *ln: the input ends at a newline
	atEOF     bool
	count     int
	argLimit  int
	buf       []byte
	peekR     rune // readByteScanner's pending rune
}

const scanEOF = -1
const hugeScanWid = 1 << 30

// byteRuneScanner reads runes one byte read at a time from a plain Reader.
type byteRuneScanner struct {
	r       io.Reader
	pending rune
	havePend bool
	last    rune
	b       [utf8.UTFMax]byte
}

func (b *byteRuneScanner) ReadRune() (r rune, size int, err error) {
	if b.havePend {
		b.havePend = false
		b.last = b.pending
		return b.pending, utf8.RuneLen(b.pending), nil
	}
	n, err := io.ReadFull(b.r, b.b[:1])
	if n == 0 {
		if err == io.ErrUnexpectedEOF {
			err = io.EOF
		}
		return 0, 0, err
	}
	if b.b[0] < utf8.RuneSelf {
		b.last = rune(b.b[0])
		return b.last, 1, nil
	}
	i := 1
	for ; i < utf8.UTFMax && !utf8.FullRune(b.b[:i]); i++ {
		if _, err := io.ReadFull(b.r, b.b[i:i+1]); err != nil {
			break
		}
	}
	r, size = utf8.DecodeRune(b.b[:i])
	b.last = r
	return r, size, nil
}

func (b *byteRuneScanner) UnreadRune() error {
	b.pending = b.last
	b.havePend = true
	return nil
}

type stringScanner struct {
	s    string
	i    int
	prev int
}

func (s *stringScanner) ReadRune() (r rune, size int, err error) {
	if s.i >= len(s.s) {
		s.prev = -1
		return 0, 0, io.EOF
	}
	s.prev = s.i
	r, size = utf8.DecodeRuneInString(s.s[s.i:])
	s.i += size
	return r, size, nil
}

func (s *stringScanner) Read(p []byte) (int, error) {
	if s.i >= len(s.s) {
		return 0, io.EOF
	}
	n := copy(p, s.s[s.i:])
	s.i += n
	return n, nil
}

func (s *stringScanner) UnreadRune() error {
	if s.prev >= 0 {
		s.i = s.prev
		s.prev = -1
	}
	return nil
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *scanState {
	s := &scanState{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeScanWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &byteRuneScanner{r: r}
	}
	return s
}

func (s *scanState) fail(err error)        { panic(scanError{err}) }
func (s *scanState) failString(msg string) { panic(scanError{errors.New(msg)}) }

func (s *scanState) getRune() rune {
	if s.atEOF || s.count >= s.argLimit {
		return scanEOF
	}
	r, size, err := s.rs.ReadRune()
	if err != nil {
		if err == io.EOF {
			s.atEOF = true
			return scanEOF
		}
		s.fail(err)
	}
	s.count += size
	return r
}

func (s *scanState) unread() {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
}

func (s *scanState) mustGetRune() rune {
	r := s.getRune()
	if r == scanEOF {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func isScanSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

func (s *scanState) skipSpace() {
	for {
		r := s.getRune()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peekIs("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
		}
		if !isScanSpace(r) {
			s.unread()
			return
		}
	}
}

func (s *scanState) peekIs(ok string) bool {
	r := s.getRune()
	if r != scanEOF {
		s.unread()
	}
	return indexRune(ok, r)
}

func indexRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// accept appends the next rune to buf if it is in ok.
func (s *scanState) accept(ok string) bool {
	r := s.getRune()
	if r == scanEOF {
		return false
	}
	if indexRune(ok, r) {
		s.buf = utf8.AppendRune(s.buf, r)
		return true
	}
	s.unread()
	return false
}

func (s *scanState) notEOF() {
	if r := s.getRune(); r == scanEOF {
		panic(io.EOF)
	}
	s.unread()
}

func (s *scanState) checkVerb(verb rune, ok, typ string) {
	if !indexRune(ok, verb) {
		s.failString("bad verb '%" + string(verb) + "' for " + typ)
	}
}

func (s *scanState) token() string {
	s.buf = s.buf[:0]
	for {
		r := s.getRune()
		if r == scanEOF {
			break
		}
		if isScanSpace(r) {
			s.unread()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return string(s.buf)
}

func (s *scanState) scanBool(verb rune) bool {
	s.skipSpace()
	s.notEOF()
	s.checkVerb(verb, "tv", "boolean")
	bad := errors.New("syntax error scanning boolean")
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(bad)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(bad)
		}
		return false
	}
	return false
}

const (
	scanBin = "01"
	scanOct = "01234567"
	scanDec = "0123456789"
	scanHex = "0123456789aAbBcCdDeEfF"
)

// intToken reads an integer token; its base (0: from the prefix).
func (s *scanState) intToken(verb rune, signed bool) (string, int) {
	s.skipSpace()
	s.notEOF()
	s.checkVerb(verb, "bdoUxXv", "integer")
	s.buf = s.buf[:0]
	base, digits := 10, scanDec
	switch verb {
	case 'b':
		base, digits = 2, scanBin
	case 'o':
		base, digits = 8, scanOct
	case 'x', 'X', 'U':
		base, digits = 16, scanHex
	}
	have := false
	if verb == 'U' {
		if !s.accept("U") || !s.accept("+") {
			s.failString("bad unicode format ")
		}
		s.buf = s.buf[:0]
	} else {
		if signed {
			s.accept("+-")
		}
		if verb == 'v' {
			base = 0
			digits = scanDec + "_"
			if s.peekIs("0") {
				s.accept("0")
				have = true
				digits = scanOct + "_"
				switch {
				case s.peekIs("bB"):
					s.accept("bB")
					digits = scanBin + "_"
					have = false
				case s.peekIs("oO"):
					s.accept("oO")
					have = false
				case s.peekIs("xX"):
					s.accept("xX")
					digits = scanHex + "_"
					have = false
				}
			}
		}
	}
	if !have {
		s.notEOF()
		if !s.accept(digits) {
			s.failString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf), base
}

func (s *scanState) scanRune() int64 {
	return int64(s.mustGetRune())
}

func (s *scanState) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune()
	}
	tok, base := s.intToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bits)
	if (i<<(64-n))>>(64-n) != i {
		s.failString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune())
	}
	tok, base := s.intToken(verb, false)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bits)
	if (i<<(64-n))>>(64-n) != i {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := scanDec+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = scanHex+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(scanDec + "_") {
		}
	}
	return string(s.buf)
}

func (s *scanState) scanFloat(verb rune, bits int) float64 {
	s.skipSpace()
	s.notEOF()
	s.checkVerb(verb, "beEfFgGxXv", "float")
	tok := s.floatToken()
	f, err := strconv.ParseFloat(tok, bits)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *scanState) scanString(verb rune) string {
	s.checkVerb(verb, "svqxX", "string")
	s.skipSpace()
	s.notEOF()
	return s.token()
}

func (s *scanState) scanOne(verb rune, arg any) {
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32))
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		s.failString("can't scan type: " + Sprintf("%T", arg))
	}
}

func scanRecover(err *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*err = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*err = eof
		} else {
			panic(e)
		}
	}
}

func (s *scanState) doScan(a []any) (n int, err error) {
	defer scanRecover(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == scanEOF {
				break
			}
			if !isScanSpace(r) {
				s.failString("expected newline")
			}
		}
	}
	return
}

// advance matches the literal text and spaces at the start of format
// against the input: the bytes consumed, 0 at a verb, -1 on a mismatch.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isScanSpace(fc) {
			newlines := 0
			trailing := false
			for isScanSpace(fc) && i < len(format) {
				if fc == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				ic := s.getRune()
				for isScanSpace(ic) && ic != '\n' {
					ic = s.getRune()
				}
				if ic != '\n' && ic != scanEOF {
					s.failString("newline in format does not match input")
				}
			}
			if trailing {
				ic := s.getRune()
				if newlines == 0 {
					if !isScanSpace(ic) && ic != scanEOF {
						s.failString("expected space in input to match format")
					}
					if ic == '\n' {
						s.failString("newline in input does not match format")
					}
				}
				for isScanSpace(ic) && ic != '\n' {
					ic = s.getRune()
				}
				if ic != scanEOF {
					s.unread()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.failString("missing verb: % at end of format string")
			}
			next, _ := utf8.DecodeRuneInString(format[i+w:])
			if next != '%' {
				return
			}
			i += w
		}
		ic := s.mustGetRune()
		if fc != ic {
			s.unread()
			return -1
		}
		i += w
	}
	return
}

func (s *scanState) doScanf(format string, a []any) (n int, err error) {
	defer scanRecover(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failString("input does not match format")
			}
			break
		}
		i++
		wid, ok, ni := parsenum(format, i, end)
		i = ni
		if !ok {
			wid = hugeScanWid
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.skipSpace()
		}
		if c == '%' {
			s.skipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.failString("missing literal %")
			}
			continue
		}
		s.argLimit = hugeScanWid
		if f := s.count + wid; f < s.argLimit {
			s.argLimit = f
		}
		if n >= len(a) {
			s.failString("too few operands for format '%" + format[i-cw:] + "'")
		}
		s.scanOne(c, a[n])
		n++
		s.argLimit = hugeScanWid
	}
	if n < len(a) {
		s.failString("too many operands")
	}
	return
}

// Sscan scans space-separated values (newlines count as space) from str.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringScanner{s: str, prev: -1}, a...)
}

// Sscanln is Sscan stopping at a newline; the values must end the line.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringScanner{s: str, prev: -1}, a...)
}

// Sscanf scans str according to format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringScanner{s: str, prev: -1}, format, a...)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
