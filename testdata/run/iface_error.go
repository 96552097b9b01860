package main

type NotFound struct{ name string }

func (e NotFound) Error() string { return e.name + " not found" }

func lookup(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	return 0, NotFound{k}
}

func main() {
	v, err := lookup("a")
	println(v, err == nil)
	_, err = lookup("b")
	println(err != nil, err.Error())
	if nf, ok := err.(NotFound); ok {
		println("name:", nf.name)
	}
	var e2 error = NotFound{"b"}
	println(err == e2)
	panic(err)
}
