// Division truncates toward zero; % takes the dividend's sign; shifts by
// counts >= the width give 0 (or -1 for negative signed values).
package main

func main() {
	a, b := -7, 2
	println(a/b, a%b, -a/b, -a%b, a/-b, a%-b)
	var u uint8 = 250
	println(u/7, u%7)
	var s uint = 70
	var one int32 = 1
	var neg int32 = -8
	var ones uint16 = 0xffff
	println(one<<s, neg>>s, ones>>s, ones<<s)
	println(neg>>1, neg>>2, uint32(neg)>>1)
	var k uint = 31
	one64 := int64(1)
	println(one<<k, one<<(k+1), one64<<63)
	var x int64 = -9223372036854775808
	m := int64(-1)
	println(x/m, x%m)
	var y int8 = -128
	n := int8(-1)
	println(y/n, y%n)
	var sh int = 3
	println(1<<sh, 1024>>sh, -1024>>sh)
}
