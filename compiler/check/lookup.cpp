// Field and method lookup through embedded fields (breadth first, as the
// spec's depth rule requires), method sets and interface satisfaction.
#include "compiler/check/checker.h"

namespace goc {

namespace {

struct Entry {
  Type* typ;
  std::vector<int> index;
  bool indirect;
  bool isPtr;  // the value at this step is a pointer
};

}  // namespace

std::vector<FuncObj*> Checker::methodsOf(NamedType* t) {
  for (FuncObj* m : t->methods) resolveObj(m);
  return t->methods;
}

LookupResult Checker::lookupFieldOrMethod(Type* T, bool, const std::string& name, PackageInfo* pkg) {
  LookupResult res;
  if (!T || name == "_") return res;
  Type* typ = T;
  bool isPtr = false;
  if (auto* p = T->as<PointerType>()) {
    typ = p->elem;
    isPtr = true;
    if (isInterface(typ)) return res;  // no methods on pointers to interfaces
  } else if (auto* p2 = T->underlying()->as<PointerType>(); p2 && !T->is<NamedType>()) {
    typ = p2->elem;
    isPtr = true;
  } else if (T->is<NamedType>() && T->underlying()->is<PointerType>()) {
    // A named pointer type has no methods, but its base's fields are reachable.
    typ = T->underlying()->as<PointerType>()->elem;
    isPtr = true;
  }
  std::vector<Entry> current{{typ, {}, isPtr, isPtr}};
  std::vector<NamedType*> seen;
  bool incomplete = false;
  for (int depth = 0; !current.empty() && depth < 32; depth++) {
    std::vector<Entry> next;
    int count = 0;
    for (Entry& e : current) {
      Type* t = e.typ;
      if (auto* n = t->as<NamedType>()) {
        bool dup = false;
        for (NamedType* s : seen) dup |= s == n;
        if (dup) continue;
        seen.push_back(n);
        bool found = false;
        for (FuncObj* m : methodsOf(n)) {
          if (m->name == name && (m->exported() || m->pkg == pkg)) {
            if (count++ == 0) {
              res.obj = m;
              res.path = e.index;
              res.indirect = e.indirect;
              res.recvPtrOnPath = e.isPtr;
            }
            found = true;
            break;
          }
        }
        if (found) continue;
        t = n->under ? n->under : kInvalidType;
      }
      if (t == kInvalidType) incomplete = true;
      if (auto* st = t->as<StructType_>()) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          StructField& f = st->fields[i];
          if (f.var->name == name && (f.var->exported() || f.var->pkg == pkg)) {
            if (count++ == 0) {
              res.obj = f.var;
              res.path = e.index;
              res.path.push_back(static_cast<int>(i));
              res.indirect = e.indirect;
              res.recvPtrOnPath = e.isPtr;
            }
            // A duplicate field of the same struct was reported at its
            // declaration; the first one wins.
            break;
          }
          if (f.embedded && f.var->type) {
            Type* ft = f.var->type;
            bool p = false;
            if (auto* pt = ft->as<PointerType>()) {
              ft = pt->elem;
              p = true;
            }
            Entry ne{ft, e.index, e.indirect || p, p};
            ne.index.push_back(static_cast<int>(i));
            next.push_back(ne);
          }
        }
      } else if (auto* it = t->as<InterfaceType_>()) {
        if (incompleteIfaces.count(it)) incomplete = true;
        for (FuncObj* m : it->allMethods)
          if (m->name == name && (m->exported() || m->pkg == pkg)) {
            if (count++ == 0) {
              res.obj = m;
              res.path = e.index;
              res.indirect = e.indirect;
              res.recvPtrOnPath = false;
            }
          }
      }
    }
    if (count > 1) {
      res = LookupResult{};
      res.ambiguous = true;
      return res;
    }
    if (count == 1) return res;
    current = std::move(next);
  }
  LookupResult none;
  none.incomplete = incomplete;
  return none;
}

FuncObj* Checker::missingMethod(Type* T, InterfaceType_* it, bool* wrongType, bool* ptrRecv, FuncObj** have) {
  *wrongType = false;
  *ptrRecv = false;
  *have = nullptr;
  if (!it || incompleteIfaces.count(it)) return nullptr;
  auto* ti = T->underlying()->as<InterfaceType_>();
  for (FuncObj* m : it->allMethods) {
    FuncObj* f = nullptr;
    bool viaPtr = false;
    if (ti) {
      for (FuncObj* o : ti->allMethods)
        if (o->name == m->name) f = o;
      if (!f && incompleteIfaces.count(ti)) continue;
    } else {
      LookupResult r = lookupFieldOrMethod(T, false, m->name, m->pkg);
      f = r.obj ? r.obj->as<FuncObj>() : nullptr;
      if (!f && r.incomplete) continue;  // errors in T's embedded types were reported
      // A pointer method is in the method set if a pointer leads to its
      // receiver: T itself or an embedded pointer on the path.
      viaPtr = r.indirect;
    }
    if (!f) return m;
    resolveObj(f);
    auto *fs = f->type ? f->type->as<SignatureType>() : nullptr, *ms = m->type->as<SignatureType>();
    bool same = fs && ms && fs->variadic == ms->variadic && fs->params.size() == ms->params.size() &&
                fs->results.size() == ms->results.size();
    for (size_t i = 0; same && i < fs->params.size(); i++) same = identical(fs->params[i]->type, ms->params[i]->type);
    for (size_t i = 0; same && i < fs->results.size(); i++) same = identical(fs->results[i]->type, ms->results[i]->type);
    if (!same) {
      *wrongType = true;
      *have = f;
      return m;
    }
    if (!ti && f->ptrRecv && !viaPtr) {
      *ptrRecv = true;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::missingMethodCause(Type* T, Type* iface) {
  auto* it = iface->underlying()->as<InterfaceType_>();
  if (!it) return "";
  bool wrong, ptr;
  FuncObj* have;
  FuncObj* m = missingMethod(T, it, &wrong, &ptr, &have);
  if (!m) return "";
  if (wrong && have && have->sig() && m->sig())
    return "(wrong type for method " + m->name + ")\n\t\thave " + m->name + signatureString(have->sig()) +
           "\n\t\twant " + m->name + signatureString(m->sig());
  if (ptr) return "(method " + m->name + " has pointer receiver)";
  return "(missing method " + m->name + ")";
}

bool Checker::implements(Type* T, Type* iface, std::string* reason) {
  if (!iface->underlying()->is<InterfaceType_>()) return false;
  std::string cause = missingMethodCause(T, iface);
  if (cause.empty()) return true;
  if (reason) *reason = msgTypeString(T, info) + " does not implement " + msgTypeString(iface, info) + " " + cause;
  return false;
}

}  // namespace goc
