// unicode: classification and case mapping over the full tables, checked
// by digests over all runes and samples.
package main

import "unicode"

func main() {
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper,
		unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsPrint, unicode.IsGraphic, unicode.IsControl,
		unicode.IsMark, unicode.IsSymbol}
	for i, p := range preds {
		n := 0
		var h uint32
		for r := rune(0); r <= unicode.MaxRune+1; r++ {
			if p(r) {
				n++
				h = h*31 + uint32(r)
			}
		}
		println(i, n, h)
	}
	var h uint64
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		h = h*1000003 + uint64(unicode.ToUpper(r)) ^ uint64(unicode.ToLower(r))<<21 ^ uint64(unicode.ToTitle(r))<<42
		h ^= uint64(unicode.SimpleFold(r)) * 7
	}
	println("case", h)
	for _, r := range []rune{'A', 'a', 'k', 'K', '\u212a', 'ß', 'ǅ', 'Σ', 'σ', 'ς', '1', ' ', '\u00a0', '世', 0x1F600, -1, 0x110000} {
		println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.IsLetter(r), unicode.IsSpace(r), unicode.IsPrint(r))
	}
	println(unicode.Is(unicode.Lo, '世'), unicode.In('x', unicode.Lu, unicode.Ll), unicode.Is(unicode.Nd, '٣'), unicode.Version, len(unicode.Categories))
	println(unicode.To(unicode.UpperCase, 'q'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}
