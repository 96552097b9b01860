// abi_check.cpp: proves at compile time that every runtime entry point's C++
// declaration (entry.h) has the signature of its row in
// abi/runtime_func.def. The file generates no code.
//
// A kind matches these C++ types: Ptr any pointer; I64/I32/I16/I8 a signed or
// unsigned integer of that width; Bool bool; F64 double; F32 float; Void
// void; RetN(...) a struct of exactly N fields matching the kinds in order.
#include <type_traits>

#include "entry.h"

namespace goc::rt::abicheck {

struct Void;
struct Ptr;
struct I64;
struct I32;
struct I16;
struct I8;
struct Bool;
struct F64;
struct F32;
template <class... T> struct List {};
template <class... K> struct RetN;

template <class T, unsigned N>
constexpr bool isInt = std::is_integral_v<T> && !std::is_same_v<T, bool> && sizeof(T) == N;

template <class K, class T> constexpr bool matches = false;
template <class T> constexpr bool matches<Void, T> = std::is_void_v<T>;
template <class T> constexpr bool matches<Ptr, T> = std::is_pointer_v<T>;
template <class T> constexpr bool matches<I64, T> = isInt<T, 8>;
template <class T> constexpr bool matches<I32, T> = isInt<T, 4>;
template <class T> constexpr bool matches<I16, T> = isInt<T, 2>;
template <class T> constexpr bool matches<I8, T> = isInt<T, 1>;
template <class T> constexpr bool matches<Bool, T> = std::is_same_v<T, bool>;
template <class T> constexpr bool matches<F64, T> = std::is_same_v<T, double>;
template <class T> constexpr bool matches<F32, T> = std::is_same_v<T, float>;

template <class Ks, class Ts> constexpr bool matchAll = false;
template <class... K, class... T>
constexpr bool matchAll<List<K...>, List<T...>> = sizeof...(K) == sizeof...(T) &&
                                                  (matches<K, T> && ...);

// The field types of a result struct, through a structured binding.
template <class T> T& lvalue();
template <class T, unsigned N> struct Fields;
template <class T> struct Fields<T, 2> {
  using type = decltype([] {
    auto& [a, b] = lvalue<T>();
    return List<std::remove_reference_t<decltype(a)>, std::remove_reference_t<decltype(b)>>{};
  }());
};
template <class T> struct Fields<T, 3> {
  using type = decltype([] {
    auto& [a, b, c] = lvalue<T>();
    return List<std::remove_reference_t<decltype(a)>, std::remove_reference_t<decltype(b)>,
                std::remove_reference_t<decltype(c)>>{};
  }());
};
template <class... K, class T>
constexpr bool matches<RetN<K...>, T> =
    std::is_class_v<T> && std::is_trivially_copyable_v<T> &&
    matchAll<List<K...>, typename Fields<T, sizeof...(K)>::type>;

// Splits an entry point's function pointer type into result and parameters
// (after the implicit g).
template <class F> struct Sig {
  static constexpr bool isEntry = false;
};
template <class R, class... A>
struct Sig<R(__attribute__((swiftcall)) *)(G* __attribute__((swift_async_context)), A...)> {
  static constexpr bool isEntry = true;
  using Ret = R;
  using Params = List<A...>;
};
template <class R, class... A>
struct Sig<R(__attribute__((swiftcall, noreturn)) *)(G* __attribute__((swift_async_context)), A...)>
    : Sig<R(__attribute__((swiftcall)) *)(G* __attribute__((swift_async_context)), A...)> {};

template <class F, class RetKind, class ParamKinds>
constexpr bool check() {
  using S = Sig<F>;
  static_assert(S::isEntry, "not swiftcall with a swift_async_context G* first");
  if constexpr (S::isEntry) {
    static_assert(matches<RetKind, typename S::Ret>, "result does not match the table");
    static_assert(matchAll<ParamKinds, typename S::Params>, "parameters do not match the table");
  }
  return true;
}

#define Ret2(a, b) RetN<a, b>
#define Ret3(a, b, c) RetN<a, b, c>
#define GO_UNPAREN(...) __VA_ARGS__
#define GO_RUNTIME_FUNC(Id, Sym, Ret, Params) \
  static_assert(check<decltype(&::Id), Ret, List<GO_UNPAREN Params>>());
#include "abi/runtime_func.def"

}  // namespace goc::rt::abicheck
