package main

type E struct{ code int }

func (e E) Error() string { return "E error" }

type S int

func (s S) String() string { return "S stringer" }

type P struct{ x, y int }

func try(v interface{}) {
	defer func() {
		println("recovered a", typeName(recover()))
	}()
	panic(v)
}

func typeName(v interface{}) string {
	switch v.(type) {
	case E:
		return "E"
	case S:
		return "S"
	case P:
		return "P"
	}
	return "other"
}

func main() {
	try(E{1})
	try(S(2))
	try(P{1, 2})
	panic(E{3})
}
