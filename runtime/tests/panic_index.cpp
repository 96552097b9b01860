// panic_index: runtime.panicIndex prints gc's message and exits 2.
#include "go.h"

GO_EMPTY_INIT

GO_FUNC_DEF(main_main) { panicIndex(g, 5, 3); }
