package strings

// A Replacer replaces a list of strings with replacements. At each position
// of the input the old strings are tried in argument order and the first
// that matches is replaced; matching then resumes after it. An empty old
// string matches at every position where no other string matched
// (including the end), and never twice at the same position.
type Replacer struct {
	oldnew []string
	// byFirst[c] lists the indices (into oldnew/2) of the old strings that
	// start with byte c, in argument order.
	byFirst [256][]int
	empty   int // index of the first empty old string, or -1
}

// NewReplacer returns a Replacer for the pairs old, new, ...
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		old := oldnew[i]
		if old == "" {
			if r.empty < 0 {
				r.empty = i / 2
			}
			continue
		}
		r.byFirst[old[0]] = append(r.byFirst[old[0]], i/2)
	}
	return r
}

// match returns the pair index matching s at position i, or -1. An empty
// old string only counts when it comes before every non-empty match in
// argument order.
func (r *Replacer) match(s string, i int, emptyOK bool) int {
	best := -1
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			old := r.oldnew[2*k]
			if len(s)-i >= len(old) && s[i:i+len(old)] == old {
				best = k
				break
			}
		}
	}
	if emptyOK && r.empty >= 0 && (best < 0 || r.empty < best) {
		return r.empty
	}
	return best
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, !prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old, new := r.oldnew[2*k], r.oldnew[2*k+1]
		b = append(b, s[last:i]...)
		b = append(b, new...)
		changed = true
		if old == "" {
			prevEmpty = true
			last = i
			continue
		}
		prevEmpty = false
		i += len(old)
		last = i
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b = append(b, s[last:]...)
	}
	return string(b)
}
