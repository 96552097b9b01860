package lib

type T struct {
	Pub  int
	priv int
}

func (T) Exported()   {}
func (T) unexported() {}

func New() T { return T{} }

var hidden = 1
