// Slices of slices and slices of structs.
package main

type point struct{ x, y int }

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	for _, row := range grid {
		println(len(row), row[len(row)-1])
	}
	ps := []point{{1, 2}, {3, 4}}
	ps[1].x = 30
	for i := range ps {
		ps[i].y *= 10
	}
	println(ps[0].x, ps[0].y, ps[1].x, ps[1].y)
	words := [][]string{{"a"}, {"b", "c"}}
	words[0] = append(words[0], "d")
	println(len(words[0]), words[0][1], words[1][1])
}
