// bufio and io: Scanner (lines, words, runes, custom split, long tokens),
// Reader, Writer, and io's helpers, over strings and bytes readers.
package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

type slowReader struct {
	data string
}

// Read returns at most 3 bytes at a time, to exercise buffering.
func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data[:min(3, len(r.data))])
	r.data = r.data[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\r\n\nthree"))
	for n := 1; sc.Scan(); n++ {
		println(n, "["+sc.Text()+"]")
	}
	println(sc.Err() == nil)

	ws := bufio.NewScanner(&slowReader{"  the quick\tbrown\n fox  "})
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		print("<", ws.Text(), ">")
	}
	println()
	rs := bufio.NewScanner(strings.NewReader("h\xffé"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		print(len(rs.Bytes()), " ")
	}
	println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nok"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
		println(long.Text())
	}
	println(long.Err().Error())

	br := bufio.NewReaderSize(&slowReader{"alpha\nbeta\ngamma"}, 16)
	s, err := br.ReadString('\n')
	println(s, err == nil)
	b, _ := br.Peek(2)
	println(string(b), br.Buffered())
	line, prefix, err := br.ReadLine()
	println(string(line), prefix, err == nil)
	c, _ := br.ReadByte()
	br.UnreadByte()
	r, size, _ := br.ReadRune()
	println(c, r, size)
	rest, err := io.ReadAll(br)
	println(string(rest), err == nil)

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	w.WriteString("hello, ")
	println(out.Len(), w.Buffered(), w.Available())
	w.WriteString("buffered world")
	w.WriteByte('!')
	w.WriteRune('世')
	println(out.Len(), w.Buffered())
	w.Flush()
	println(out.String())

	var dst bytes.Buffer
	n, err := io.Copy(&dst, strings.NewReader("copied text"))
	println(n, err == nil, dst.String())
	n, err = io.CopyN(&dst, strings.NewReader("abc"), 5)
	println(n, err == io.EOF)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	println(k, err == io.ErrUnexpectedEOF, err.Error())
	var m1, m2 bytes.Buffer
	mw := io.MultiWriter(&m1, &m2)
	io.WriteString(mw, "twice")
	println(m1.String(), m2.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	println(string(all))
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, _ = io.ReadAll(lr)
	println(string(all))
	var tee bytes.Buffer
	all, _ = io.ReadAll(io.TeeReader(strings.NewReader("tee"), &tee))
	println(string(all), tee.String())
	io.WriteString(io.Discard, "nothing")
	println(io.EOF.Error(), io.ErrShortWrite.Error())
}
