// Package unicode tests runes for Unicode properties and maps their case
// (gc 1.19's API and Unicode 13.0.0 data, generated into tables.go).
//
// Latin-1 runes are answered from a 256-entry property table; the rest by
// binary search in the range tables (linear for short ones).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Indices into CaseRange.Delta and arguments of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta marks alternating upper/lower pairs.
const UpperLower = MaxRune + 1

// A RangeTable is a set of runes: ranges of 16-bit and of 32-bit values,
// each sorted; LatinOffset is the number of R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the runes Lo, Lo+Stride, ..., Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for runes that need 32 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// A CaseRange maps the runes Lo..Hi by adding Delta[UpperCase],
// Delta[LowerCase] or Delta[TitleCase] (UpperLower: alternate pairs).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase is a language-specific set of case mappings.
type SpecialCase []CaseRange

type foldPair struct {
	From uint16
	To   uint16
}

// Latin-1 property bits (latin1Props).
const (
	pC     = 1 << iota // control
	pP                 // punctuation
	pN                 // number
	pS                 // symbol
	pZ                 // space
	pLu                // upper-case letter
	pLl                // lower-case letter
	pp                 // printable (IsPrint)
	pg     = pp | pZ   // graphic (IsGraphic)
	pLo    = pLl | pLu // a letter that is neither upper nor lower case
	pLmask = pLo
)

// linearMax: tables up to this size are scanned rather than bisected.
const linearMax = 18

func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

func isExcludingLatin(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if off := rangeTab.LatinOffset; len(r16) > off && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16[off:], uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsGraphic: letters, marks, numbers, punctuation, symbols and spaces (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pg != 0
	}
	return In(r, L, M, N, P, S, Zs)
}

// IsPrint is IsGraphic with U+0020 as the only space.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pp != 0
	}
	return In(r, L, M, N, P, S)
}

// IsControl reports a C0 or C1 control character.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pC != 0
	}
	return false
}

// IsLetter reports category L.
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLmask != 0
	}
	return isExcludingLatin(Letter, r)
}

// IsMark reports category M.
func IsMark(r rune) bool { return isExcludingLatin(Mark, r) }

// IsNumber reports category N.
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pN != 0
	}
	return isExcludingLatin(Number, r)
}

// IsPunct reports category P.
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pP != 0
	}
	return Is(Punct, r)
}

// IsSpace reports white space: '\t', '\n', '\v', '\f', '\r', ' ', U+0085,
// U+00A0 in Latin-1, the White_Space property beyond.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isExcludingLatin(White_Space, r)
}

// IsSymbol reports category S.
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pS != 0
	}
	return isExcludingLatin(Symbol, r)
}

// IsDigit reports category Nd.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isExcludingLatin(Digit, r)
}

// IsUpper reports category Lu.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLmask == pLu
	}
	return isExcludingLatin(Upper, r)
}

// IsLower reports category Ll.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props[uint8(r)]&pLmask == pLl
	}
	return isExcludingLatin(Lower, r)
}

// IsTitle reports category Lt.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isExcludingLatin(Title, r)
}

// to maps r through caseRange; foundMapping reports whether a range held r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating pairs starting at Lo: upper at even offsets,
				// lower at odd; title is upper.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps r to UpperCase, LowerCase or TitleCase.
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
	return r
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps r with special's mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps r with special's mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps r with special's mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// SimpleFold returns the next rune after r in r's case-folding orbit (the
// smallest one if r is the largest); r itself when it has no other case.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= 0xFFFF {
		lo, hi := 0, len(foldExceptions)
		for lo < hi {
			m := lo + (hi-lo)/2
			if rune(foldExceptions[m].From) < r {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(foldExceptions) && rune(foldExceptions[lo].From) == r {
			return rune(foldExceptions[lo].To)
		}
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
