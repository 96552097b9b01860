package main

// io.Pipe, io.SectionReader, sort.Find and Sort/Stable on user types,
// bufio.Scanner with ScanRunes and a custom split, strings.Clone,
// bytes.To*Special, time.Time.ISOWeek.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
)

type byAge []struct {
	name string
	age  int
}

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	// Pipe: a writer goroutine, reads in small pieces.
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			n, err := fmt.Fprintf(w, "line %d of the pipe\n", i)
			if n != 19 || err != nil {
				panic(err)
			}
		}
		w.Close()
	}()
	buf := make([]byte, 5)
	var got []byte
	for {
		n, err := r.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			fmt.Printf("%q %v\n", got, err)
			break
		}
	}
	n, err := w.Write([]byte("x"))
	fmt.Println(n, err)

	// CloseWithError on each side.
	r, w = io.Pipe()
	go func() { w.CloseWithError(errors.New("writer gave up")) }()
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	r, w = io.Pipe()
	r.CloseWithError(errors.New("reader gave up"))
	n, err = w.Write([]byte("abc"))
	fmt.Println(n, err)
	r, w = io.Pipe()
	r.Close()
	n, err = w.Write(nil)
	fmt.Println(n, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)

	// A write larger than the reads, through bufio.Scanner.
	r, w = io.Pipe()
	go func() {
		io.WriteString(w, strings.Repeat("ab cd\n", 1000))
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	lines := 0
	for sc.Scan() {
		if sc.Text() != "ab cd" {
			panic(sc.Text())
		}
		lines++
	}
	fmt.Println(lines, sc.Err())

	// SectionReader.
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println(sr.Size())
	b := make([]byte, 5)
	n, err = sr.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	off, err := sr.Seek(-3, io.SeekEnd)
	fmt.Println(off, err)
	n, err = sr.ReadAt(b, 6)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.ReadAt(b, 1)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	all, _ := io.ReadAll(io.NewSectionReader(strings.NewReader("hello world"), 6, 100))
	fmt.Printf("%q\n", all)

	// sort.
	a := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 3, 4, 9, 10} {
		i, found := sort.Find(len(a), func(i int) int { return x - a[i] })
		fmt.Print(i, found, " ")
	}
	fmt.Println()
	people := byAge{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}, {"e", 20}, {"f", 30}, {"g", 10}}
	sort.Stable(people)
	fmt.Println(people)
	sort.Sort(sort.Reverse(people))
	fmt.Println(sort.IsSorted(sort.Reverse(people)), people[0].age, people[6].age)

	// Scanner split functions.
	sc = bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("one two stop three"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "stop" {
			return 0, nil, errors.New("stopped")
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// strings.Clone, bytes.To*Special.
	s := strings.Clone("clone me")
	fmt.Println(s, strings.Clone("") == "")
	turkish := unicode.SpecialCase{
		unicode.CaseRange{Lo: 0x0049, Hi: 0x0049, Delta: [unicode.MaxCase]rune{0, 0x131 - 0x49, 0}},
		unicode.CaseRange{Lo: 0x0069, Hi: 0x0069, Delta: [unicode.MaxCase]rune{0x130 - 0x69, 0, 0x130 - 0x69}},
		unicode.CaseRange{Lo: 0x0130, Hi: 0x0130, Delta: [unicode.MaxCase]rune{0, 0x69 - 0x130, 0}},
		unicode.CaseRange{Lo: 0x0131, Hi: 0x0131, Delta: [unicode.MaxCase]rune{0x49 - 0x131, 0, 0x49 - 0x131}},
	}
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(turkish, []byte("iıx")),
		bytes.ToLowerSpecial(turkish, []byte("İIX")), bytes.ToTitleSpecial(turkish, []byte("i")))

	// ISOWeek.
	for _, d := range []string{"2020-12-31", "2021-01-01", "2021-01-03", "2021-01-04", "2024-12-30", "2026-12-31", "2027-01-03"} {
		t, _ := time.Parse("2006-01-02", d)
		y, wk := t.ISOWeek()
		fmt.Print(d, " ", y, "-W", wk, "; ")
	}
	fmt.Println()
}
