// os: files (Create/Open/OpenFile flags, Read/Write/Close, ReadFile/WriteFile,
// Stat, Mkdir/MkdirAll, Remove/RemoveAll, Rename) with gc's *fs.PathError
// texts and errors.Is/IsNotExist/IsExist, the environment, the standard
// files, FileMode.String and Exit.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir := "/tmp/goc_lib_os_test"
	os.RemoveAll(dir)
	fmt.Println(os.Mkdir(dir, 0755))
	fmt.Println(os.Mkdir(dir, 0755))
	_, err := os.Open("/nope")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist))
	fmt.Printf("%T %v\n", err, err.(*os.PathError).Err)
	f, err := os.Create(dir + "/a.txt")
	fmt.Println(err, f.Name())
	n, err := f.WriteString("hello\nworld\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "x=%d\n", 42)
	fmt.Println(f.Close(), f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	b, err := os.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.WriteFile(dir+"/b.txt", []byte("bee"), 0600))
	st, err := os.Stat(dir + "/b.txt")
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.IsDir(), err)
	st, _ = os.Stat(dir)
	fmt.Println(st.Name(), st.Mode(), st.IsDir())
	_, err = os.Stat(dir + "/zz")
	fmt.Println(err)
	f, _ = os.OpenFile(dir+"/b.txt", os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("s")
	f.Close()
	b, _ = os.ReadFile(dir + "/b.txt")
	fmt.Println(string(b))
	f, _ = os.Open(dir + "/b.txt")
	_, err = f.Write([]byte("no"))
	fmt.Println(err)
	buf := make([]byte, 2)
	for {
		n, err := f.Read(buf)
		fmt.Println(n, err, string(buf[:n]))
		if err != nil {
			break
		}
	}
	f.Close()
	_, err = os.OpenFile(dir+"/b.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, os.IsExist(err))
	fmt.Println(os.MkdirAll(dir+"/x/y/z", 0755), os.MkdirAll(dir+"/x/y", 0755), os.MkdirAll(dir+"/b.txt/q", 0755))
	fmt.Println(os.Remove(dir + "/x"))
	fmt.Println(os.Remove(dir + "/nope"))
	fmt.Println(os.Rename(dir+"/nope", dir+"/n2"))
	d, _ := os.Open(dir)
	_, err = d.Read(buf)
	fmt.Println(err)
	d.Close()
	fmt.Println(os.RemoveAll(dir), os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Getenv("HOME") != "", os.Getenv("GOC_NOPE_X"))
	v, ok := os.LookupEnv("GOC_NOPE_X")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("GOC_NOPE_X", "1")
	v, ok = os.LookupEnv("GOC_NOPE_X")
	fmt.Printf("%q %v %v\n", v, ok, len(os.Environ()) > 0)
	os.Unsetenv("GOC_NOPE_X")
	fmt.Println(os.Getenv("GOC_NOPE_X") == "", len(os.Args))
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	os.Stderr.WriteString("to stderr\n")
	var nf *os.File
	_, err = nf.Write(nil)
	fmt.Println(err, nf.Close())
	_, err = os.ReadFile("")
	fmt.Println(err)
	_, err = os.Open("a\x00b")
	fmt.Println(err)
	fmt.Println(os.ModePerm, os.FileMode(0644), os.ModeDir|0755, os.FileMode(0))
	os.Exit(3)
}
