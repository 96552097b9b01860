// error.h: the runtime's own error values (after Go's runtime/error.go).
// A runtime error is panicked as an eface whose type is one of the
// descriptors below; printpanicval recognises them and prints their Error()
// text. When methods and itabs exist these become real runtime.Error values.
#pragma once

#include "runtime.h"

namespace goc::rt {

// The codes of boundsError, in gc's order.
enum BoundsCode : uint8_t {
  BoundsIndex, BoundsSliceAlen, BoundsSliceAcap, BoundsSliceB, BoundsSlice3Alen,
  BoundsSlice3Acap, BoundsSlice3B, BoundsSlice3C, BoundsConvert,
};

struct BoundsError {
  int64_t x;
  int64_t y;
  bool signed_;  // whether x is signed (y is always)
  BoundsCode code;
};

// A Go string value, as the runtime stores one.
struct GoString {
  const char* ptr;
  int64_t len;
};

extern const Type boundsErrorType;  // runtime.boundsError
extern const Type errorStringType;  // runtime.errorString: "runtime error: " + s
extern const Type plainErrorType;   // runtime.plainError: s, no prefix

// Prints an error value's Error() text, if t is a runtime error type.
bool printRuntimeError(const Type* t, const void* data);

// Panics with a runtime error (never returns).
[[noreturn]] void panicBounds(BoundsError e);
[[noreturn]] void panicErrorString(const char* s);
[[noreturn]] void panicPlainError(const char* s);

}  // namespace goc::rt
