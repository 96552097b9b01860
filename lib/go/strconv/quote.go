package strconv

import (
	"unicode"
	"unicode/utf8"
)

// appendQuotedWith appends s as a Go literal in the given quote: invalid
// bytes as \xNN, and runes that are not printable (or not ASCII, or not
// graphic, as asked) as escapes.
func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4])
			buf = append(buf, lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		buf = append(buf, `\x`...)
		buf = append(buf, lowerhex[byte(r)>>4])
		buf = append(buf, lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		buf = append(buf, `\ufffd`...)
	case r < 0x10000:
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	default:
		buf = append(buf, `\U`...)
		for s := 28; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
	}
	return buf
}

// Quote returns s as a double-quoted Go literal, escaping control and
// non-printable characters.
func Quote(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', false, false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', true, false))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote keeping graphic (not only printable) runes.
func QuoteToGraphic(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', false, true))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go literal.
func QuoteRune(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', true, false)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, true))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be written as a raw string literal.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or escape of s, a literal's body
// quoted with quote; multibyte reports whether value needs UTF-8 to encode.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the
// start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns its value.
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// unquote parses the quoted literal at the start of in; with unescape it
// returns the value, otherwise the literal's text. rem is what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := -1
	for i := 1; i < len(in); i++ {
		c := in[i]
		if c == quote {
			end = i
			break
		}
		if quote != '`' {
			if c == '\n' {
				return "", in, ErrSyntax
			}
			if c == '\\' {
				i++
			}
		}
	}
	if end < 0 {
		return "", in, ErrSyntax
	}
	body, rem := in[1:end], in[end+1:]
	switch quote {
	case '`':
		if !unescape {
			return in[:end+1], rem, nil
		}
		if contains(body, '\r') {
			buf := make([]byte, 0, len(body))
			for i := 0; i < len(body); i++ {
				if body[i] != '\r' {
					buf = append(buf, body[i])
				}
			}
			return string(buf), rem, nil
		}
		return body, rem, nil
	case '"', '\'':
		if contains(body, '\n') {
			return "", in, ErrSyntax
		}
		if !contains(body, '\\') {
			var valid bool
			if quote == '"' {
				valid = utf8.ValidString(body)
			} else {
				r, n := utf8.DecodeRuneInString(body)
				valid = n == len(body) && (r != utf8.RuneError || n != 1)
			}
			if valid {
				if unescape {
					return body, rem, nil
				}
				return in[:end+1], rem, nil
			}
		}
		var buf []byte
		s := body
		n := 0
		for len(s) > 0 {
			r, multibyte, tail, err := UnquoteChar(s, quote)
			if err != nil {
				return "", in, err
			}
			s = tail
			n++
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
		}
		if quote == '\'' && n > 1 {
			return "", in, ErrSyntax
		}
		if !unescape {
			return in[:end+1], rem, nil
		}
		return string(buf), rem, nil
	}
	return "", in, ErrSyntax
}

// IsPrint reports whether r is printable as Go defines it (letters, marks,
// numbers, punctuation, symbols and the ASCII space).
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic is IsPrint plus the other Unicode spaces.
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }
