// strings: searching, splitting, case mapping, trimming, replacing,
// Builder, Reader and Replacer.
package main

import (
	"strings"
	"unicode"
)

func show(ss []string) {
	print(len(ss), ":")
	for _, s := range ss {
		print(" [", s, "]")
	}
	println()
}

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	println(t, strings.ToUpper(t), strings.ToLower(t), strings.Title("hello wOrld-x_y"))
	show(strings.Fields(s))
	show(strings.Fields(" a\u00a0b\u2003c\td "))
	show(strings.Split("a,b,,c", ","))
	show(strings.Split("abc", ""))
	show(strings.SplitN("a:b:c:d", ":", 2))
	show(strings.SplitN("a:b:c:d", ":", 0))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Repeat("ab", 3), strings.Repeat("", 5))
	println(strings.Contains(t, "quick"), strings.ContainsAny(t, "xyz"), strings.ContainsRune(t, 'q'), strings.Contains("", ""))
	println(strings.Index(t, "brown"), strings.Index(t, "cat"), strings.Index("chicken", "ken"), strings.Index("x", ""))
	println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go", ""), strings.IndexByte("golang", 'l'), strings.LastIndexByte("golang", 'g'))
	println(strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter))
	println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.HasPrefix("a", "ab"))
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"), strings.Replace("héllo", "", "|", 3))
	println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("  ¡¡¡Hello, Gophers!!!  ", "! ¡"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("a", "b"))
	println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"), strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀÉÎ ΣΑΣ"), strings.ToTitle("ǆ"))
	println(strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	println(before, after, found)

	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('世')
	}
	b.Grow(100)
	println(b.String(), b.Len(), b.Cap() >= 100)

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	println(r.Replace("<a href=\"x&y\">"), strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"), strings.NewReplacer("", "X").Replace("abc"), strings.NewReplacer("aaa", "3", "a", "1").Replace("aaaa"))

	rd := strings.NewReader("héllo")
	println(rd.Len(), rd.Size())
	c, _ := rd.ReadByte()
	ch, size, _ := rd.ReadRune()
	println(c, ch, size, rd.Len())
	rd.UnreadRune()
	buf := make([]byte, 10)
	n, err := rd.Read(buf)
	println(n, err == nil, string(buf[:n]))
	n, err = rd.Read(buf)
	println(n, err.Error())
}
