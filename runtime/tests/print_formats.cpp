// print_formats: println of ints, floats, bools, strings and pointers gives
// gc's formats. Also checks that main.main receives the main goroutine in g.
#include "go.h"

GO_EMPTY_INIT

static volatile double zero = 0;

GO_FUNC_DEF(main_main) {
  goc::rt::G* tls = goc::rt::getg();
  printlock(g);
  PRINTS("g ok ");
  printbool(g, g == tls && g->goid == 1);
  printnl(g);
  printunlock(g);

  printlock(g);
  printint(g, 1); printsp(g);
  printint(g, -5); printsp(g);
  printint(g, 0); printsp(g);
  printint(g, INT64_MIN); printsp(g);
  printuint(g, UINT64_MAX); printnl(g);
  printunlock(g);

  double nan = zero / zero, inf = 1 / zero;
  double fs[] = {0.0, -zero, 1e100, nan, inf, -inf, 2.5, 1.0 / 3, 123456789.0, 1e-300, 5e-324};
  printlock(g);
  for (unsigned i = 0; i < sizeof fs / sizeof fs[0]; i++) {
    if (i) printsp(g);
    printfloat(g, fs[i]);
  }
  printnl(g);
  printunlock(g);

  printlock(g);
  printbool(g, true); printsp(g);
  printbool(g, false); printsp(g);
  PRINTS("hello"); printsp(g);
  printcomplex(g, 1.5, -2); printnl(g);
  printunlock(g);

  printlock(g);
  printpointer(g, nullptr); printsp(g);
  printslice(g, nullptr, 0, 0); printsp(g);
  printhex(g, 255); printsp(g);
  printeface(g, nullptr, nullptr); printnl(g);
  printunlock(g);
}
