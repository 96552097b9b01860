package time

// Locations: zones and their transitions, read from TZif files (the
// system's /usr/share/zoneinfo, $ZONEINFO, /etc/localtime), with the POSIX
// TZ rule of a file's footer for instants after its last transition. Local
// is loaded on first use from $TZ or /etc/localtime, as gc does.

import (
	"errors"
	"sync"
	"syscall"
)

// A Location maps instants to the zone in use at that time.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string // POSIX TZ rule for instants after the last transition
}

// A zone is one of a location's time zones (e.g. CET or CEST).
type zone struct {
	name   string // abbreviation
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans is a transition: from when on (Unix seconds), zone index
// is in use.
type zoneTrans struct {
	when  int64
	index uint8
}

const (
	alpha = -1 << 63  // the first instant
	omega = 1<<63 - 1 // the last instant
)

var utcLoc = Location{name: "UTC"}

// localLoc is filled in by initLocal on first use of Local.
var localLoc Location
var localOnce sync.Once

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone: $TZ (a zone name, or a
// file name after ':' or '/'), else /etc/localtime; UTC if neither loads.
var Local *Location = &localLoc

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns the location's name: the name given to LoadLocation or
// FixedZone, "Local" or "UTC".
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given name and offset.
func FixedZone(name string, offset int) *Location {
	return &Location{
		name: name,
		zone: []zone{{name, offset, false}},
		tx:   []zoneTrans{{alpha, 0}},
	}
}

// lookup returns the zone in use at the Unix time sec, and the interval
// [start, end) of Unix times around sec in which it stays in use.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.firstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// The last transition at or before sec.
	lo, hi := 0, len(l.tx)
	end = omega
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if w := l.tx[m].when; sec < w {
			end = w
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[l.tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, l.tx[lo].when, z.isDST
	if lo == len(l.tx)-1 && l.extend != "" {
		if n, o, s, e, d, ok := tzset(l.extend, start, sec); ok {
			return n, o, s, e, d
		}
	}
	return
}

// firstZone picks the zone of instants before the first transition, as gc:
// zone 0 unless a transition uses it; then the last standard-time zone
// before the first transition's (if that one is DST), else the first
// standard-time zone, else zone 0.
func (l *Location) firstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for i := int(l.tx[0].index) - 1; i >= 0; i-- {
			if !l.zone[i].isDST {
				return i
			}
		}
	}
	for i := range l.zone {
		if !l.zone[i].isDST {
			return i
		}
	}
	return 0
}

// lookupName returns the offset of a zone named name in use around the
// Unix time unix (Parse's zone abbreviations).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			nam, off, _, _, _ := l.lookup(unix - int64(z.offset))
			if nam == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			return z.offset, true
		}
	}
	return
}

// The zone sources of Linux systems, in gc's order.
var zoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

func initLocal() {
	tz, ok := syscall.Getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc/"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, zoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

var errLocation = errors.New("time: invalid location name")

var zoneinfo *string
var zoneinfoOnce sync.Once

// LoadLocation returns the Location with the given name: "" or "UTC" is
// UTC, "Local" is Local, any other name is a file of the IANA time zone
// database ($ZONEINFO, then the system's directories).
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	zoneinfoOnce.Do(func() {
		env, _ := syscall.Getenv("ZONEINFO")
		zoneinfo = &env
	})
	var firstErr error
	if *zoneinfo != "" {
		if data, err := readFile(*zoneinfo + "/" + name); err == nil {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			} else {
				firstErr = err
			}
		} else if err != syscall.ENOENT {
			firstErr = err
		}
	}
	z, err := loadLocation(name, zoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadLocation reads name from the first source holding it.
func loadLocation(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, src := range sources {
		data, err := readFile(src + name)
		if err == nil {
			z, err2 := LoadLocationFromTZData(name, data)
			if err2 == nil {
				return z, nil
			}
			err = err2
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

const maxFileSize = 10 << 20

// readFile returns the contents of the named file (at most 10 MB).
func readFile(name string) ([]byte, error) {
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var buf [4096]byte
	var data []byte
	for {
		n, err := syscall.Read(fd, buf[:])
		if n > 0 {
			data = append(data, buf[:n]...)
		}
		if n == 0 || err != nil {
			if err != nil {
				return nil, err
			}
			break
		}
		if len(data) > maxFileSize {
			return nil, errors.New("file " + name + " is too large")
		}
	}
	return data, nil
}

var errBadData = errors.New("malformed time zone information")

// tzReader reads big-endian fields from TZif data.
type tzReader struct {
	b   []byte
	bad bool
}

func (r *tzReader) read(n int) []byte {
	if n < 0 || len(r.b) < n {
		r.bad = true
		r.b = nil
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *tzReader) u32() uint32 {
	p := r.read(4)
	if len(p) < 4 {
		return 0
	}
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
}

func (r *tzReader) u64() uint64 {
	hi := uint64(r.u32())
	return hi<<32 | uint64(r.u32())
}

func (r *tzReader) byte1() byte {
	p := r.read(1)
	if len(p) < 1 {
		return 0
	}
	return p[0]
}

// LoadLocationFromTZData returns a Location with the given name from TZif
// data (versions 1 to 3; the 64-bit part of versions 2 and 3, and their
// footer's TZ rule).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzReader{b: data}
	if magic := r.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	var version int
	switch p := r.read(16); {
	case len(p) != 16:
		return nil, errBadData
	case p[0] == 0:
		version = 1
	case p[0] == '2':
		version = 2
	case p[0] == '3':
		version = 3
	default:
		return nil, errBadData
	}
	// Counts: UT/local indicators, standard/wall indicators, leap seconds,
	// transitions, zone types, abbreviation bytes.
	var n [6]int
	for i := range n {
		c := r.u32()
		if uint32(int(c)) != c || int(c) < 0 {
			return nil, errBadData
		}
		n[i] = int(c)
	}
	if r.bad {
		return nil, errBadData
	}
	const (
		nUTC = iota
		nStd
		nLeap
		nTime
		nZone
		nChar
	)
	wide := false
	if version > 1 {
		// Skip the 32-bit data and read the second header.
		skip := n[nTime]*4 + n[nTime] + n[nZone]*6 + n[nChar] + n[nLeap]*8 + n[nStd] + n[nUTC]
		skip += 4 + 16
		r.read(skip)
		for i := range n {
			c := r.u32()
			if uint32(int(c)) != c || int(c) < 0 {
				return nil, errBadData
			}
			n[i] = int(c)
		}
		if r.bad {
			return nil, errBadData
		}
		wide = true
	}
	size := 4
	if wide {
		size = 8
	}
	txtimes := &tzReader{b: r.read(n[nTime] * size)}
	txzones := r.read(n[nTime])
	zonedata := &tzReader{b: r.read(n[nZone] * 6)}
	abbrev := r.read(n[nChar])
	r.read(n[nLeap] * (size + 4))
	r.read(n[nStd])
	r.read(n[nUTC])
	if r.bad {
		return nil, errBadData
	}
	var extend string
	if len(r.b) > 2 && r.b[0] == '\n' && r.b[len(r.b)-1] == '\n' {
		extend = string(r.b[1 : len(r.b)-1])
	}

	nzone := n[nZone]
	if nzone == 0 {
		// Zone types are required by the format.
		return nil, errBadData
	}
	zones := make([]zone, nzone)
	for i := range zones {
		off := int(int32(zonedata.u32()))
		isDST := zonedata.byte1() != 0
		b := zonedata.byte1()
		if int(b) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i] = zone{name: cstring(abbrev[b:]), offset: off, isDST: isDST}
	}
	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		var w int64
		if wide {
			w = int64(txtimes.u64())
		} else {
			w = int64(int32(txtimes.u32()))
		}
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i] = zoneTrans{when: w, index: txzones[i]}
	}
	if len(tx) == 0 {
		// One transition at the beginning of time.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}

// cstring returns the bytes of b before its first NUL.
func cstring(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// A POSIX TZ rule (the footer of a TZif file), e.g. "CET-1CEST,M3.5.0,M10.5.0/3".

type ruleKind int

const (
	ruleJulian ruleKind = iota // Jn: day n of 1..365, February 29 never counted
	ruleDOY                    // n: day n of 0..365
	ruleMonthWeekDay           // Mm.w.d: weekday d of week w of month m
)

type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int // seconds after local midnight
}

// tzset returns the zone in use at Unix time sec under the rule s (sec is
// after the file's last transition, lastTxSec).
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOffset, dstOffset int
	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	// POSIX offsets are west of UTC.
	stdOffset = -stdOffset
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTxSec, omega, false, true
	}
	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // tzcode's default rules
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	var startRule, endRule rule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	year, _, _, yday := civil(sec + unixToInternal)
	ysec := int64(yday*secondsPerDay) + sec%secondsPerDay
	// The year's first second, as a Unix time.
	ystart := daysSinceEpoch(year)*secondsPerDay + internalToUnix

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	// Southern hemisphere: daylight time spans the turn of the year.
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < startSec:
		return stdName, stdOffset, ystart, startSec + ystart, stdIsDST, true
	case ysec >= endSec:
		return stdName, stdOffset, endSec + ystart, ystart + 365*secondsPerDay, stdIsDST, true
	default:
		return dstName, dstOffset, startSec + ystart, endSec + ystart, dstIsDST, true
	}
}

// tzsetName splits off a zone name: 3 or more letters, or <...>.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9', c == ',', c == '-', c == '+':
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzsetOffset splits off [+-]hh[:mm[:ss]] as seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	var hours, mins, secs int
	hours, s, ok = tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	if len(s) > 0 && s[0] == ':' {
		mins, s, ok = tzsetNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += mins * secondsPerMinute
		if len(s) > 0 && s[0] == ':' {
			secs, s, ok = tzsetNum(s[1:], 0, 59)
			if !ok {
				return 0, "", false
			}
			off += secs
		}
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// tzsetRule splits off a date rule with its optional /time.
func tzsetRule(s string) (rule, string, bool) {
	var r rule
	var ok bool
	if len(s) == 0 {
		return rule{}, "", false
	}
	switch s[0] {
	case 'J':
		r.kind = ruleJulian
		r.day, s, ok = tzsetNum(s[1:], 1, 365)
		if !ok {
			return rule{}, "", false
		}
	case 'M':
		r.kind = ruleMonthWeekDay
		r.mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		r.week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		r.day, s, ok = tzsetNum(s[1:], 0, 6)
		if !ok {
			return rule{}, "", false
		}
	default:
		r.kind = ruleDOY
		r.day, s, ok = tzsetNum(s, 0, 365)
		if !ok {
			return rule{}, "", false
		}
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour
		return r, s, true
	}
	off, s, ok := tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	r.time = off
	return r, s, true
}

// tzsetNum splits off a decimal number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		num = num*10 + int(s[i]-'0')
		if num > max {
			return 0, "", false
		}
	}
	if i == 0 || num < min {
		return 0, "", false
	}
	return num, s[i:], true
}

// tzruleTime returns the second of year at which rule r takes effect, in
// UTC given the offset off in use before it.
func tzruleTime(year int, r rule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// The weekday of the month's first day (Zeller's congruence).
		m1 := (r.mon+9)%12 + 1
		y := year
		if r.mon <= 2 {
			y--
		}
		c, yy := y/100, y%100
		dow := ((26*m1-2)/10 + 1 + yy + yy/4 + c/4 - 2*c) % 7
		if dow < 0 {
			dow += 7
		}
		// The month's first weekday r.day, then week r.week (5: the last).
		d := r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += int(daysBefore[r.mon-1])
		if isLeap(year) && r.mon > 2 {
			d++
		}
		s = d * secondsPerDay
	}
	return s + r.time - off
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// ZoneBounds returns the bounds of the zone in effect at t: [start, end),
// in t's location; a zero Time for a bound at the beginning or end of time.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, s, e, _ := t.loc.lookup(t.sec + internalToUnix)
	if s != alpha {
		start = Time{sec: s + unixToInternal}
		start.setLoc(t.loc)
	}
	if e != omega {
		end = Time{sec: e + unixToInternal}
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether t's location is in daylight saving time at t.
func (t Time) IsDST() bool {
	_, _, _, _, d := t.loc.lookup(t.sec + internalToUnix)
	return d
}
