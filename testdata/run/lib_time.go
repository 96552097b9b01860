// time: Duration.String/Round/Truncate, ParseDuration, Date normalisation,
// the calendar, Format with every layout element, Unix conversions, Sub/Add/
// Before/After/Equal, Sleep/Since/Until, Timer, AfterFunc, After, Ticker.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute, -3 * time.Hour, 1<<63 - 1, -1 << 63, 2*time.Hour + 3*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Round(time.Hour), d.Truncate(time.Minute), d.Abs())
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, "2006-01-02 15:04:05", time.ANSIC, time.UnixDate,
		time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, time.Layout, "Monday January 2 _2 __2 002 3 03 15 4 04 5 05 PM pm .000 .999 ,000000 Z07 -07:00:00 -0700 MST 06"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t, t.Unix(), t.UnixNano(), t.UnixMilli(), t.Weekday(), t.YearDay(), t.Month(), t.Day(), t.Year())
	fmt.Printf("%v|%s|%#v\n", t, t.Month(), t)
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Weekday())
	u := time.Unix(0, 0).UTC()
	fmt.Println(u, u.IsZero(), u.Format(time.RFC3339))
	u2 := time.Unix(1700000000, 5e8).UTC()
	fmt.Println(u2, u2.Sub(u), u.Sub(u2), u2.After(u), u2.Before(u), u2.Equal(u2), u2.Add(36*time.Hour))
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 61, 0, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Round(7*time.Minute), t.Truncate(24*time.Hour))
	fmt.Println(time.UnixMilli(1234567890123).UTC(), time.Unix(-1, 0).UTC())
	for _, s := range []string{"1h2m3.5s", "-1.5h", "300ms", "1µs", "x", "", "3", "1.h", "9999999999h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	tz := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(tz), t.In(tz).Format(time.RFC3339), time.March, time.Weekday(9), time.Month(13))
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second, time.Until(start) < 0)
	tm := time.NewTimer(10 * time.Millisecond)
	<-tm.C
	fmt.Println(tm.Stop(), tm.Reset(time.Hour), tm.Stop())
	<-time.After(5 * time.Millisecond)
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
	tk := time.NewTicker(3 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticks done", time.Now().Location(), time.Local, time.UTC)
}
