//go:build ignore

// Generates unicode_tables.inc: go run gen_unicode_tables.go > unicode_tables.inc
package main

import (
	"fmt"
	"unicode"
)

func dump(name string, t *unicode.RangeTable) {
	fmt.Printf("// %s\nstatic const CodeRange k%s[] = {\n", name, name)
	n := 0
	emit := func(lo, hi uint32) {
		fmt.Printf("  {0x%X, 0x%X},\n", lo, hi)
		n++
	}
	// Expand strided ranges into contiguous runs so lookups are a plain binary search.
	var curLo, curHi uint32
	have := false
	add := func(r uint32) {
		if have && r == curHi+1 {
			curHi = r
			return
		}
		if have {
			emit(curLo, curHi)
		}
		curLo, curHi, have = r, r, true
	}
	for _, r := range t.R16 {
		for c := uint32(r.Lo); c <= uint32(r.Hi); c += uint32(r.Stride) {
			if c >= 0x80 { add(c) }
		}
	}
	for _, r := range t.R32 {
		for c := r.Lo; c <= r.Hi; c += r.Stride {
			if c >= 0x80 { add(c) }
		}
	}
	if have { emit(curLo, curHi) }
	fmt.Printf("};\n")
}

func main() {
	fmt.Println("// Generated from Go 1.19's unicode tables (unicode.Letter, unicode.Nd), code points >= 0x80 only.")
	fmt.Println("// Regenerate with a Go program printing the ranges; do not edit by hand.")
	dump("Letter", unicode.Letter)
	dump("Digit", unicode.Nd)
}
