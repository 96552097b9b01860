// chameneos-redux: creatures of three colours meet pairwise at a meeting
// place (a broker goroutine) and both take the complement of their two
// colours, until n meetings have happened; once with 3 creatures, once with
// 10. Per-creature counts depend on scheduling, so the program prints only
// what is fixed: the complement table, the colours, and the totals, spelled
// out. Measures channel hand-offs between many goroutines.
package main

const meetings = 3000000 // quick: 1000

type color int

const (
	blue color = iota
	red
	yellow
)

var colorNames = []string{"blue", "red", "yellow"}

func complement(a, b color) color {
	if a == b {
		return a
	}
	return 3 - a - b
}

type request struct {
	id    int
	color color
	reply chan reply
}

type reply struct {
	color color
	peer  int
	faded bool
}

type tally struct {
	met, self int
}

// broker pairs up requests until n meetings have happened, then tells each
// of the k creatures that the place has closed.
func broker(n, k int, place <-chan request) {
	for i := 0; i < n; i++ {
		a := <-place
		b := <-place
		c := complement(a.color, b.color)
		a.reply <- reply{color: c, peer: b.id}
		b.reply <- reply{color: c, peer: a.id}
	}
	for i := 0; i < k; i++ {
		r := <-place
		r.reply <- reply{faded: true}
	}
}

func creature(id int, c color, place chan<- request, report chan<- tally) {
	replies := make(chan reply)
	t := tally{}
	for {
		place <- request{id, c, replies}
		r := <-replies
		if r.faded {
			report <- t
			return
		}
		t.met++
		if r.peer == id {
			t.self++
		}
		c = r.color
	}
}

var digits = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func spell(n int) string {
	if n == 0 {
		return " zero"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = " " + digits[n%10] + s
	}
	return s
}

func game(colors []color) {
	for _, c := range colors {
		print(" ", colorNames[c])
	}
	print("\n")
	place := make(chan request)
	report := make(chan tally)
	go broker(meetings, len(colors), place)
	for i, c := range colors {
		go creature(i+1, c, place, report)
	}
	total := tally{}
	for range colors {
		t := <-report
		total.met += t.met
		total.self += t.self
	}
	println("self-meetings:" + spell(total.self))
	println("meetings:" + spell(total.met))
	print("\n")
}

func main() {
	for _, a := range []color{blue, red, yellow} {
		for _, b := range []color{blue, red, yellow} {
			println(colorNames[a], "+", colorNames[b], "->", colorNames[complement(a, b)])
		}
	}
	print("\n")
	game([]color{blue, red, yellow})
	game([]color{blue, red, yellow, red, yellow, blue, red, yellow, red, blue})
}
