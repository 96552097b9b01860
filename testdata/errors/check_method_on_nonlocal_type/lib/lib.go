package lib

type T struct{}
