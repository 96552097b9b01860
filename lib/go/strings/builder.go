package strings

import (
	"unicode/utf8"
	"unsafe"
)

// A Builder builds a string with appends; String does not copy (the bytes
// written so far are never modified afterwards, only appended to).
type Builder struct {
	buf []byte
}

// String returns the accumulated string.
func (b *Builder) String() string { return *(*string)(unsafe.Pointer(&b.buf)) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the builder.
func (b *Builder) Reset() { b.buf = nil }

// Grow makes room for n more bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Write appends p; it never fails.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it never fails.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r.
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
