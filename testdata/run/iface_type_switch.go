package main

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return "T" }

type E struct{}

func (*E) Error() string { return "E!" }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		_ = x
		return "integer"
	case string:
		return "string of " + string(rune('0'+len(x)))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return "slice"
	case func():
		return "func"
	default:
		return "other"
	}
}

func main() {
	println(kind(nil), kind(1), kind(int64(2)), kind("abc"), kind(T{}), kind(&E{}), kind([]int{}), kind(func() {}), kind(2.5))
	var s Stringer = T{1}
	switch s.(type) {
	case T:
		println("T via Stringer")
	}
	for i := 0; i < 3; i++ {
		switch v := interface{}(i).(type) {
		case int:
			if v == 1 {
				continue
			}
			println("int", v)
		}
	}
	switch y := s.(type) {
	default:
		println(y.String())
	}
}
