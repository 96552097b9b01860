// bytes: Buffer and the functions mirroring strings.
package main

import (
	"bytes"
	"io"
)

func show(bs [][]byte) {
	print(len(bs), ":")
	for _, b := range bs {
		print(" [", string(b), "]")
	}
	println()
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('世')
	println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	println(n, string(p[:n]), buf.String())
	line, err := buf.ReadString('!')
	println(line, err == nil, buf.Len())
	r, size, _ := buf.ReadRune()
	println(r, size)
	_, err = buf.ReadByte()
	println(err == io.EOF)
	b2 := bytes.NewBufferString("a\nb\nc")
	for {
		l, err := b2.ReadBytes('\n')
		print("[", string(l), "]")
		if err != nil {
			break
		}
	}
	println()
	var big bytes.Buffer
	for i := 0; i < 1000; i++ {
		big.WriteString("0123456789")
	}
	big.Truncate(15)
	println(big.Len(), big.String(), string(big.Next(3)))

	s := []byte("  The quick brown fox  ")
	println(string(bytes.TrimSpace(s)), string(bytes.ToUpper(s)), bytes.Contains(s, []byte("quick")), bytes.Index(s, []byte("brown")))
	show(bytes.Fields(s))
	show(bytes.Split([]byte("a,b,,c"), []byte(",")))
	show(bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	println(string(bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--"))), string(bytes.Repeat([]byte("ab"), 3)))
	println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(s, []byte("  T")))
	println(string(bytes.Replace([]byte("oink oink"), []byte("k"), []byte("ky"), -1)), string(bytes.Title([]byte("ab cd"))), bytes.EqualFold([]byte("Go"), []byte("GO")))
	println(bytes.Count([]byte("cheese"), []byte("e")), bytes.IndexByte([]byte("abc"), 'c'), bytes.LastIndex([]byte("go gopher"), []byte("go")), bytes.IndexAny([]byte("golang"), "ny"))
	println(string(bytes.Trim([]byte("xxhixx"), "x")), string(bytes.TrimLeft([]byte("xxhi"), "x")), string(bytes.TrimPrefix([]byte("abc"), []byte("ab"))), bytes.TrimSpace([]byte("   ")) == nil)
	rs := bytes.Runes([]byte("héllo"))
	println(len(rs), rs[1])
	rd := bytes.NewReader([]byte("xyz"))
	c, _ := rd.ReadByte()
	println(c, rd.Len())
}
