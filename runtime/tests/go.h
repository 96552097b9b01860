// go.h: what the test programs share. They stand in for compiled Go code:
// main.init and main.main are swiftcc functions taking g (R14) and a closure
// context (R13), built with -fsplit-stack like compiled Go.
#pragma once

#include "entry.h"

#define GO_FUNC(name, sym) \
  extern "C" SWIFTCALL void name(goc::rt::G* g GCTX, void* ctx __attribute__((swift_context))) asm(sym)
#define GO_FUNC_DEF(name) \
  extern "C" SWIFTCALL void name(goc::rt::G* g GCTX, [[maybe_unused]] void* ctx __attribute__((swift_context)))

GO_FUNC(main_init, "main.init");
GO_FUNC(main_main, "main.main");

// A default, empty main.init.
#define GO_EMPTY_INIT GO_FUNC_DEF(main_init) { (void)g; }

// print("literal") as the compiler would lower it.
#define PRINTS(lit) printstring(g, (const uint8_t*)(lit), sizeof(lit) - 1)
