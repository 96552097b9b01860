package util

func F() int { return 1 }
