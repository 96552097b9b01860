package main

// Zones from the system's time zone database (tzdata), fixed zones, and
// Parse. Nothing here depends on the machine's TZ or /etc/localtime.

import (
	"fmt"
	"time"
)

func load(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

func main() {
	locs := []*time.Location{
		load("America/New_York"), load("Europe/Berlin"), load("Australia/Sydney"),
		load("Asia/Kolkata"), load("Asia/Tokyo"), load("America/Sao_Paulo"),
		load("Europe/London"), load("Pacific/Chatham"), load("UTC"), load("Etc/GMT+5"),
		time.FixedZone("XYZ", -(3*3600 + 30*60)), time.FixedZone("", 5*3600+45*60+15),
		time.UTC,
	}
	// Instants from 1850 to 2100 (after 2037: the files' TZ rules).
	unix := []int64{-3786825600, -1000000000, 0, 86400 * 180, 1000000000, 1234567890,
		1679792400, 1679796000, 1698541200, 1700000000, 2000000000, 2147483647,
		2200000000, 3000000000, 4102444800, 4118000000}
	for _, l := range locs {
		fmt.Printf("== %q\n", l.String())
		for _, u := range unix {
			t := time.Unix(u, 123456789).In(l)
			name, off := t.Zone()
			fmt.Println(t, "|", t.Format(time.RFC1123Z), "|", t.Format("Z07:00 MST Mon"), name, off, t.IsDST(), t.YearDay(), t.Weekday())
		}
		s, e := time.Unix(1700000000, 0).In(l).ZoneBounds()
		fmt.Println("bounds", s, "/", e)
	}

	// Date in a zone: gaps and overlaps.
	ny := load("America/New_York")
	for _, h := range []int{0, 1, 2, 3, 4} {
		fmt.Println(time.Date(2023, time.March, 12, h, 30, 0, 0, ny), time.Date(2023, time.November, 5, h, 30, 0, 0, ny))
	}
	be := load("Europe/Berlin")
	fmt.Println(time.Date(2050, time.March, 27, 2, 30, 0, 0, be), time.Date(2050, time.October, 30, 2, 30, 0, 0, be))
	fmt.Println(time.Date(2023, 12, 31, 23, 59, 59, 0, ny).AddDate(0, 6, 0))
	fmt.Printf("%#v\n", time.Date(2023, 7, 4, 12, 0, 0, 0, ny))
	t1 := time.Date(2023, 7, 4, 12, 0, 0, 0, ny)
	fmt.Println(t1.Equal(t1.In(be)), t1.In(be).Sub(t1.UTC()), t1.Unix(), t1.In(be).Location())

	// LoadLocation errors.
	for _, n := range []string{"", "UTC", "Nowhere/Land", "../../etc/passwd", "/etc/localtime", "Europe"} {
		l, err := time.LoadLocation(n)
		fmt.Printf("%q %v %v\n", n, l, err)
	}
	_, err := time.LoadLocationFromTZData("x", []byte("TZif2 nonsense"))
	fmt.Println(err)

	// Parse.
	parses := [][2]string{
		{time.RFC3339, "2023-06-01T12:34:56Z"},
		{time.RFC3339, "2023-06-01T12:34:56.789+05:30"},
		{time.RFC3339Nano, "2023-06-01T12:34:56.123456789-07:00"},
		{time.RFC1123Z, "Thu, 01 Jun 2023 12:34:56 -0400"},
		{time.RFC822Z, "01 Jun 23 12:34 +0100"},
		{time.ANSIC, "Thu Jun  1 12:34:56 2023"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.StampMicro, "Jun  1 12:34:56.123456"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-02-29"},
		{"2006-002", "2024-060"},
		{"2006-002 01/02", "2024-061 03/01"},
		{"2006-002 01/02", "2024-061 03/02"},
		{"Jan 2 2006", "feb 3 2001"},
		{"January 2, 2006", "Smarch 3, 2001"},
		{"15:04:05", "25:00:00"},
		{"15:04:05", "12:60:00"},
		{"15:04:05", "12:30:00,5"},
		{"15:04:05.000", "12:30:00.12"},
		{"15:04:05.999", "12:30:00"},
		{"06-01-02", "68-01-02"},
		{"06-01-02", "69-01-02"},
		{"2006-01-02 MST", "2023-06-01 GMT+3"},
		{"2006-01-02 MST", "2023-06-01 XYZT"},
		{"2006-01-02 MST", "2023-06-01 xy"},
		{"2006-01-02 -07", "2023-06-01 +05"},
		{"2006-01-02 -07:00:00", "2023-06-01 +05:30:15"},
		{"2006-01-02", "2023-06-01 trailing"},
		{"2006-01-02", "2023/06/01"},
		{"Monday 2006", "Funday 2023"},
		{"2006  01", "2023 01"},
		{"2006 01", "2023\t01"},
		{time.RFC3339, "2023-06-01T12:34:56\xffZ"},
	}
	for _, p := range parses {
		t, err := time.Parse(p[0], p[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		name, off := t.Zone()
		fmt.Println(t, name, off)
	}
	for _, p := range [][2]string{
		{"2006-01-02 15:04", "2023-07-01 10:00"},
		{"2006-01-02 15:04 MST", "2023-07-01 10:00 EDT"},
		{"2006-01-02 15:04 MST", "2023-07-01 10:00 EST"},
		{"2006-01-02 15:04 MST", "2023-01-01 10:00 EDT"},
		{"2006-01-02 15:04 -0700", "2023-07-01 10:00 -0400"},
		{"2006-01-02 15:04 -0700", "2023-07-01 10:00 -0500"},
		{"2006-01-02 15:04 MST", "2023-07-01 10:00 UTC"},
	} {
		t, err := time.ParseInLocation(p[0], p[1], ny)
		fmt.Println(t, err, t.Location())
	}
	d, err := time.ParseDuration("1h\x0130m")
	fmt.Println(d, err)
}
