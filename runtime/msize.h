// msize.h: gc's malloc size classes (runtime/sizeclasses.go, Go 1.19) and
// roundupsize, which decide the capacity append gives a slice. The class
// sizes are data gc's output depends on, so they are gc's exactly.
#pragma once

#include <stdint.h>

namespace goc::rt {

constexpr uint16_t classToSize[] = {
    0,    8,    16,   24,   32,    48,    64,    80,    96,    112,   128,   144,
    160,  176,  192,  208,  224,   240,   256,   288,   320,   352,   384,   416,
    448,  480,  512,  576,  640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536, 1792, 2048, 2304, 2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528, 6784, 6912, 8192, 9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint64_t MaxSmallSize = 32768;
constexpr uint64_t HeapPageSize = 8192;

// The size of the memory block mallocgc would use for a size-byte request.
inline uint64_t roundupsize(uint64_t size) {
  if (size < MaxSmallSize) {
    int lo = 0, hi = (int)(sizeof classToSize / sizeof classToSize[0]) - 1;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (classToSize[mid] >= size) hi = mid; else lo = mid + 1;
    }
    return classToSize[lo];
  }
  if (size + HeapPageSize < size) return size;
  return (size + HeapPageSize - 1) & ~(HeapPageSize - 1);
}

}  // namespace goc::rt
