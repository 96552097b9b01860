package time

// Calendar, arithmetic, Format and Parse (gc's layouts); locations are in
// zoneinfo.go. A Time's sec counts seconds since January 1, year 1, 00:00
// UTC (gc's internal epoch, so the zero Time is that instant); mono is the
// runtime's nanotime at Now (0: none).

import "errors"

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	daysPer400Years  = 365*400 + 97
	daysPer100Years  = 365*100 + 24
	daysPer4Years    = 365*4 + 1

	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(v int) string {
	var b [24]byte
	i := len(b)
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if v < 0 {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

var daysBefore = [...]int32{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

// abs is t's local clock in seconds since year 1.
func (t Time) abs() int64 {
	l := t.loc
	if l == nil || l == &utcLoc {
		return t.sec
	}
	_, offset, _, _, _ := l.lookup(t.sec + internalToUnix)
	return t.sec + int64(offset)
}

// civil splits seconds since year 1 into the date.
func civil(abs int64) (year int, month Month, day int, yday int) {
	d := floorDiv(abs, secondsPerDay)
	n := floorDiv(d, daysPer400Years)
	y := 1 + 400*n
	d -= n * daysPer400Years
	n = d / daysPer100Years
	n -= n >> 2
	y += 100 * n
	d -= n * daysPer100Years
	n = d / daysPer4Years
	y += 4 * n
	d -= n * daysPer4Years
	n = d / 365
	n -= n >> 2
	y += n
	d -= 365 * n
	year = int(y)
	yday = int(d)
	day = yday
	if isLeap(year) {
		switch {
		case day > 31+29-1:
			day--
		case day == 31+29-1:
			return year, February, 29, yday
		}
	}
	month = Month(day / 31)
	end := int(daysBefore[month+1])
	var begin int
	if day >= end {
		month++
		begin = end
	} else {
		begin = int(daysBefore[month])
	}
	month++
	day = day - begin + 1
	return
}

// daysSinceEpoch: days from January 1, year 1 to January 1 of year.
func daysSinceEpoch(year int) int64 {
	y := int64(year) - 1
	return 365*y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)
}

func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of yyyy-mm-dd hh:mm:ss + nsec in loc, normalising
// out-of-range fields (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	d := daysSinceEpoch(year) + int64(daysBefore[month-1])
	if isLeap(year) && month >= March {
		d++
	}
	d += int64(day - 1)
	abs := d*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	// The offset in use at abs taken as UTC; if abs minus that offset lies
	// outside that zone's interval, the offset in use at that instant.
	unix := abs + internalToUnix
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
	}
	t := Time{sec: abs - int64(offset), nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// Unix returns the local Time of the Unix time sec + nsec.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time of a Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time of a Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) UnixMilli() int64 { return (t.sec+internalToUnix)*1e3 + int64(t.nsec)/1e6 }

func (t Time) UnixMicro() int64 { return (t.sec+internalToUnix)*1e6 + int64(t.nsec)/1e3 }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Location() *Location { return t.loc.get() }

func (t Time) UTC() Time {
	t.loc = nil
	return t
}

func (t Time) Local() Time {
	t.loc = Local
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Zone returns the zone's abbreviation and offset east of UTC in seconds.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.sec + internalToUnix)
	return
}

func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = civil(t.abs())
	return
}

func (t Time) Year() int {
	y, _, _, _ := civil(t.abs())
	return y
}

func (t Time) Month() Month {
	_, m, _, _ := civil(t.abs())
	return m
}

func (t Time) Day() int {
	_, _, d, _ := civil(t.abs())
	return d
}

func (t Time) YearDay() int {
	_, _, _, yd := civil(t.abs())
	return yd + 1
}

func (t Time) Weekday() Weekday { return weekdayOf(t.abs()) }

func weekdayOf(abs int64) Weekday {
	d := floorDiv(abs, secondsPerDay)
	w := (d + 1) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) Clock() (hour, min, sec int) { return clockOf(t.abs()) }

// ISOWeek returns the ISO 8601 year and week (1 to 53) of t: those of the
// Thursday of t's Monday-to-Sunday week.
func (t Time) ISOWeek() (year, week int) {
	abs := t.abs()
	d := Thursday - weekdayOf(abs)
	if d == 4 { // Sunday: the Thursday before
		d = -3
	}
	year, _, _, yday := civil(abs + int64(d)*secondsPerDay)
	return year, yday/7 + 1
}

func clockOf(abs int64) (hour, min, sec int) {
	s := int(abs - floorDiv(abs, secondsPerDay)*secondsPerDay)
	return s / 3600, s / 60 % 60, s % 60
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// AddDate returns t plus the given years, months and days, normalised.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Truncate rounds t down to a multiple of d since the zero time (d <= 0:
// t without its monotonic reading).
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round rounds t to the nearest multiple of d since the zero time (halves up).
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div returns t mod d for the common cases (d divides a second, or is a
// multiple of one), as gc computes them.
func div(t Time, d Duration) (qmod2 int, r Duration) {
	sec := t.sec
	nsec := t.nsec
	neg := false
	if sec < 0 {
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	switch {
	case d < Second && Second%(d+d) == 0:
		qmod2 = int(nsec/int32(d)) & 1
		r = Duration(nsec % int32(d))
	case d%Second == 0:
		d1 := int64(d / Second)
		qmod2 = int(sec/d1) & 1
		r = Duration(sec%d1)*Second + Duration(nsec)
	default:
		// 128-bit remainder of (sec*1e9 + nsec) by d.
		hi, lo := mul64(uint64(sec), 1e9)
		lo2 := lo + uint64(nsec)
		if lo2 < lo {
			hi++
		}
		var rem uint64
		for i := 127; i >= 0; i-- {
			var bit uint64
			if i >= 64 {
				bit = hi >> uint(i-64) & 1
			} else {
				bit = lo2 >> uint(i) & 1
			}
			rem = rem<<1 | bit
			if rem >= uint64(d) {
				rem -= uint64(d)
			}
		}
		r = Duration(rem)
	}
	if neg && r != 0 {
		qmod2 ^= 1
		r = d - r
	}
	return
}

func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m (halves away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// The layouts of gc's package time.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9
)

func startsWithLowerCase(s string) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return 'a' <= c && c <= 'z'
}

func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// nextStdChunk finds the first layout element in layout: the text before
// it, its code (with the fraction's digit count for stdFracSecond*), and
// the text after it.
func nextStdChunk(layout string) (prefix string, std int, ndig int, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		switch c := int(layout[i]); c {
		case 'J':
			if hasPrefix(rest, "Jan") {
				if hasPrefix(rest, "January") {
					return layout[:i], stdLongMonth, 0, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], stdMonth, 0, layout[i+3:]
				}
			}
		case 'M':
			if hasPrefix(rest, "Mon") {
				if hasPrefix(rest, "Monday") {
					return layout[:i], stdLongWeekDay, 0, layout[i+6:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[:i], stdWeekDay, 0, layout[i+3:]
				}
			}
			if hasPrefix(rest, "MST") {
				return layout[:i], stdTZ, 0, layout[i+3:]
			}
		case '0':
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[:i], [...]int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[layout[i+1]-'1'], 0, layout[i+2:]
			}
			if len(layout) >= i+3 && layout[i+1] == '0' && layout[i+2] == '2' {
				return layout[:i], stdZeroYearDay, 0, layout[i+3:]
			}
		case '1':
			if len(layout) >= i+2 && layout[i+1] == '5' {
				return layout[:i], stdHour, 0, layout[i+2:]
			}
			return layout[:i], stdNumMonth, 0, layout[i+1:]
		case '2':
			if hasPrefix(rest, "2006") {
				return layout[:i], stdLongYear, 0, layout[i+4:]
			}
			return layout[:i], stdDay, 0, layout[i+1:]
		case '_':
			if len(layout) >= i+2 && layout[i+1] == '2' {
				if hasPrefix(layout[i+1:], "2006") {
					return layout[:i+1], stdLongYear, 0, layout[i+5:]
				}
				return layout[:i], stdUnderDay, 0, layout[i+2:]
			}
			if len(layout) >= i+3 && layout[i+1] == '_' && layout[i+2] == '2' {
				return layout[:i], stdUnderYearDay, 0, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, 0, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, 0, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, 0, layout[i+1:]
		case 'P':
			if len(layout) >= i+2 && layout[i+1] == 'M' {
				return layout[:i], stdPM, 0, layout[i+2:]
			}
		case 'p':
			if len(layout) >= i+2 && layout[i+1] == 'm' {
				return layout[:i], stdpm, 0, layout[i+2:]
			}
		case '-':
			switch {
			case hasPrefix(rest, "-070000"):
				return layout[:i], stdNumSecondsTz, 0, layout[i+7:]
			case hasPrefix(rest, "-07:00:00"):
				return layout[:i], stdNumColonSecondsTZ, 0, layout[i+9:]
			case hasPrefix(rest, "-0700"):
				return layout[:i], stdNumTZ, 0, layout[i+5:]
			case hasPrefix(rest, "-07:00"):
				return layout[:i], stdNumColonTZ, 0, layout[i+6:]
			case hasPrefix(rest, "-07"):
				return layout[:i], stdNumShortTZ, 0, layout[i+3:]
			}
		case 'Z':
			switch {
			case hasPrefix(rest, "Z070000"):
				return layout[:i], stdISO8601SecondsTZ, 0, layout[i+7:]
			case hasPrefix(rest, "Z07:00:00"):
				return layout[:i], stdISO8601ColonSecondsTZ, 0, layout[i+9:]
			case hasPrefix(rest, "Z0700"):
				return layout[:i], stdISO8601TZ, 0, layout[i+5:]
			case hasPrefix(rest, "Z07:00"):
				return layout[:i], stdISO8601ColonTZ, 0, layout[i+6:]
			case hasPrefix(rest, "Z07"):
				return layout[:i], stdISO8601ShortTZ, 0, layout[i+3:]
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigit(layout, j) {
					code := stdFracSecond0
					if layout[i+1] == '9' {
						code = stdFracSecond9
					}
					return layout[:i], code, j - (i + 1), layout[j:]
				}
			}
		}
	}
	return layout, stdNone, 0, ""
}

func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func appendFrac(b []byte, nanosec int, std int, n int, sep byte) []byte {
	u := nanosec
	var buf [9]byte
	for start := len(buf); start > 0; {
		start--
		buf[start] = byte(u%10 + '0')
		u /= 10
	}
	if n > 9 {
		n = 9
	}
	if std == stdFracSecond9 {
		for n > 0 && buf[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, buf[:n]...)
}

// String returns the time formatted "2006-01-02 15:04:05.999999999 -0700
// MST", followed by its monotonic reading ("m=±<seconds>") if it has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m2 := uint64(t.mono - startNano)
		sign := byte('+')
		if t.mono < startNano {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// GoString implements fmt.GoStringer.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := make([]byte, 0, 70)
	b = append(b, "time.Date("...)
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month), 0)
	}
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	b = append(b, ')')
	return string(b)
}

// quote quotes s as gc's time package does: bytes of non-ASCII and
// control characters as \x escapes, '"' and '\\' escaped.
func quote(s string) string {
	const lowerhex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			var width int
			if c == '\uFFFD' {
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, '\\', 'x', lowerhex[s[i+j]>>4], lowerhex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(c))
	}
	return string(append(buf, '"'))
}

// Format returns t formatted according to layout.
func (t Time) Format(layout string) string {
	b := make([]byte, 0, len(layout)+10)
	return string(t.AppendFormat(b, layout))
}

// AppendFormat is like Format but appends to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	abs := t.sec + int64(offset)
	year, month, day, yday := civil(abs)
	yday++
	hour, min, sec := clockOf(abs)
	wday := weekdayOf(abs)
	for layout != "" {
		prefix, std, ndig, suffix := nextStdChunk(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if std == stdNone {
			break
		}
		sep := layout[len(prefix)]
		layout = suffix
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, wday.String()[:3]...)
		case stdLongWeekDay:
			b = append(b, wday.String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			if offset == 0 && (std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ || std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ) {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			if std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
				b = append(b, ':')
			}
			if std != stdNumShortTZ && std != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
				if std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, int(t.nsec), std, ndig, sep)
		}
	}
	return b
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// ParseDuration parses a duration string such as "300ms", "-1.5h" or
// "2h45m" (units ns, us, µs, ms, s, m, h).
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var err error
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		var unit uint64
		switch u {
		case "ns":
			unit = uint64(Nanosecond)
		case "us", "µs", "μs":
			unit = uint64(Microsecond)
		case "ms":
			unit = uint64(Millisecond)
		case "s":
			unit = uint64(Second)
		case "m":
			unit = uint64(Minute)
		case "h":
			unit = uint64(Hour)
		default:
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}
