// divide_fault: an unchecked integer division by zero in Go code (SIGFPE)
// becomes the divide-by-zero panic on the goroutine, exit status 2.
#include "go.h"

GO_EMPTY_INIT

volatile int64_t zero;

GO_FUNC_DEF(main_main) { printint(g, 10 / zero); }
