// nil_deref: a nil pointer write in Go code becomes gc's nil-dereference
// panic with the signal line, and exit status 2.
#include "go.h"

GO_EMPTY_INIT

struct T {
  int64_t a, b;
};
T* volatile p;

GO_FUNC_DEF(main_main) {
  (void)g;
  p->b = 1;
}
