// Stress: random inserts, updates, deletes and lookups against a shadow
// array, for fast 8-byte, 4-byte and string keys and a generic struct key,
// with growth from empty and from a size hint, heavy delete churn
// (tombstones, same-size rebuilds) and full checks by lookup and by range.
package main

type K struct {
	a int32
	b string
}

var seed uint64 = 0x2545F4914F6CDD1D

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

const space = 1 << 14

func name(i int) string {
	s := ""
	for j := 0; j < 3+i%13; j++ {
		s += string(rune('a' + (i>>uint(j))%26))
	}
	return s + "#" + string(rune('0'+i%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i/100%10)) + string(rune('0'+i/1000%10)) + string(rune('0'+i/10000%10))
}

type model struct {
	val  [space]int
	here [space]bool
	n    int
}

func (md *model) set(i, v int) {
	if !md.here[i] {
		md.n++
	}
	md.here[i] = true
	md.val[i] = v
}

func (md *model) del(i int) {
	if md.here[i] {
		md.n--
	}
	md.here[i] = false
	md.val[i] = 0
}

func stressInt(hint int) int {
	m := make(map[int]int, hint)
	var md model
	errs := 0
	for step := 0; step < 200000; step++ {
		r := rnd()
		i := int(r>>20) % space
		k := i*0x10001 - 5000000 // negative keys too
		switch r % 8 {
		case 0, 1, 2:
			m[k] = step
			md.set(i, step)
		case 3, 4:
			delete(m, k)
			md.del(i)
		case 5:
			m[k] += 3
			md.set(i, md.val[i]+3)
		default:
			v, ok := m[k]
			if ok != md.here[i] || (ok && v != md.val[i]) || (!ok && v != 0) {
				errs++
			}
		}
		if step%50000 == 49999 {
			errs += checkInt(m, &md)
		}
	}
	return errs + checkInt(m, &md)
}

func checkInt(m map[int]int, md *model) int {
	errs := 0
	if len(m) != md.n {
		errs++
	}
	seen := make([]bool, space)
	for k, v := range m {
		i := (k + 5000000) / 0x10001
		if !md.here[i] || md.val[i] != v || seen[i] {
			errs++
		}
		seen[i] = true
	}
	for i := 0; i < space; i++ {
		if md.here[i] != seen[i] {
			errs++
		}
	}
	return errs
}

func stressInt32() int {
	m := map[uint32]int{}
	var md model
	errs := 0
	for step := 0; step < 100000; step++ {
		r := rnd()
		i := int(r>>20) % space
		k := uint32(i) * 0x9E3779B1
		if r%3 == 0 {
			delete(m, k)
			md.del(i)
		} else if r%3 == 1 {
			m[k] = step
			md.set(i, step)
		} else if v, ok := m[k]; ok != md.here[i] || v != md.val[i]*boolInt(ok) {
			errs++
		}
	}
	if len(m) != md.n {
		errs++
	}
	return errs
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func stressString(names []string) int {
	m := map[string]int{}
	var md model
	errs := 0
	for step := 0; step < 100000; step++ {
		r := rnd()
		i := int(r>>20) % space
		switch r % 4 {
		case 0:
			delete(m, names[i])
			md.del(i)
		case 1, 2:
			m[names[i]] = step
			md.set(i, step)
		default:
			// A fresh copy of the key: equal contents, different pointer.
			v, ok := m[string([]byte(names[i]))]
			if ok != md.here[i] || (ok && v != md.val[i]) {
				errs++
			}
		}
	}
	cnt := 0
	for k, v := range m {
		cnt++
		if m[k] != v {
			errs++
		}
	}
	if cnt != md.n || len(m) != md.n {
		errs++
	}
	return errs
}

func stressStruct(names []string) int {
	m := map[K]int{}
	var md model
	errs := 0
	for step := 0; step < 60000; step++ {
		r := rnd()
		i := int(r>>20) % space
		k := K{int32(i % 7), names[i]}
		switch r % 3 {
		case 0:
			delete(m, k)
			md.del(i)
		case 1:
			m[k] = step
			md.set(i, step)
		default:
			if v, ok := m[k]; ok != md.here[i] || (ok && v != md.val[i]) {
				errs++
			}
		}
	}
	if len(m) != md.n {
		errs++
	}
	return errs
}

// Churn: a small live set with many deletes, so tombstones pile up.
func churn() int {
	m := map[int]int{}
	errs := 0
	for i := 0; i < 300000; i++ {
		m[i] = i
		if i >= 50 {
			delete(m, i-50)
		}
		if len(m) > 50 {
			errs++
		}
	}
	for i := 299950; i < 300000; i++ {
		if m[i] != i {
			errs++
		}
	}
	return errs
}

func main() {
	names := make([]string, space)
	for i := range names {
		names[i] = name(i)
	}
	println("int:", stressInt(0))
	println("int hint:", stressInt(10000))
	println("uint32:", stressInt32())
	println("string:", stressString(names))
	println("struct:", stressStruct(names))
	println("churn:", churn())
}
