// expectations written by hand
package main

// Go 1.20's strings.CutPrefix/CutSuffix and bytes.CutPrefix/CutSuffix/Clone.

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutPrefix("prefix-body", "body"))
	fmt.Println(strings.CutPrefix("abc", ""))
	fmt.Println(strings.CutSuffix("body.go", ".go"))
	fmt.Println(strings.CutSuffix("body.go", ".c"))
	fmt.Println(strings.CutSuffix("", ""))
	a, ok := bytes.CutPrefix([]byte("key=value"), []byte("key="))
	fmt.Printf("%q %v\n", a, ok)
	a, ok = bytes.CutSuffix([]byte("key=value"), []byte("=x"))
	fmt.Printf("%q %v\n", a, ok)
	a, ok = bytes.CutSuffix([]byte("key=value"), []byte("value"))
	fmt.Printf("%q %v\n", a, ok)
	src := []byte("copy")
	c := bytes.Clone(src)
	src[0] = 'C'
	fmt.Printf("%s %s %v %v %v\n", src, c, bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil, len(bytes.Clone([]byte{})))
}
