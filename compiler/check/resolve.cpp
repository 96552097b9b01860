// Package-level work: collecting declarations into scopes, imports, lazy
// resolution with cycle detection, initialisation order, unused imports.
#include <algorithm>
#include <functional>

#include "compiler/check/checker.h"

namespace goc {

Checker::Checker(Program& p, const SourceManager& s, Diagnostics& d) : prog(p), sm(s), diags(d) {}

void Checker::error(Pos pos, std::string msg) { diags.error(pos, std::move(msg)); }

std::string Checker::posString(Pos p) const { return sm.format(p); }

bool Checker::run() {
  size_t before = diags.errorCount();
  errorsAtStart = static_cast<int>(before);
  universe = makeUniverse();
  unsafePkg = unsafePackage();
  for (Package* p : prog.packages)
    if (p) checkPackage(p);
  return diags.errorCount() == before;
}

bool checkProgram(Program& prog, const SourceManager& sm, Diagnostics& diags) {
  Checker c(prog, sm, diags);
  return c.run();
}

void Checker::declareObj(Scope* s, Object* obj, Pos pos) {
  obj->pos = pos;
  if (obj->name == "_") return;
  if (Object* alt = s->insert(obj)) {
    std::string m = obj->name + " redeclared in this block";
    if (alt->pos != NoPos) m += "\n\t" + posString(alt->pos) + ": other declaration of " + obj->name;
    error(pos, m);
  }
}

// A package-level const, var or type. gc: "A package-scope or file-scope
// identifier with name init may only be declared to be a function", and so
// must main in package main.
void Checker::declarePkgObj(Object* obj, Pos pos) {
  if (obj->name == "init" || (obj->name == "main" && pkg->name == "main")) {
    obj->pos = pos;
    error(pos, "cannot declare " + obj->name + " - must be func");
    return;
  }
  declareObj(info->scope, obj, pos);
}

namespace {

std::string unquotePath(BasicLit* lit) {
  if (!lit) return "";
  std::string_view v = lit->value;
  if (v.size() >= 2) v = v.substr(1, v.size() - 2);
  return std::string(v);
}

// The receiver's base type name: T in `T`, `*T`, `(T)`, `(*T)`.
Ident* recvBaseName(Expr* e) {
  for (int i = 0; e && i < 8; i++) {
    if (auto* p = e->as<ParenExpr>()) e = p->x;
    else if (auto* s = e->as<StarExpr>()) e = s->x;
    else if (auto* id = e->as<Ident>()) return id;
    else return nullptr;
  }
  return nullptr;
}

}  // namespace

void Checker::checkPackage(Package* p) {
  pkg = p;
  info = new PackageInfo;
  info->pkg = p;
  info->path = p->path;
  info->name = p->name;
  info->scope = new Scope(universe);
  p->info = info;
  for (Package* imp : p->imports)
    if (imp && imp->info) info->imports.push_back(imp->info);
  decls.clear();
  declOrder.clear();
  localTypeCount = 0;
  funcDecls.clear();
  curDecl = nullptr;

  collectObjects();
  for (size_t i = 0; i < declOrder.size(); i++) resolveObj(declOrder[i]->obj);
  // In source order, so that a cycle is reported at its first type, as gc does.
  for (DeclInfo* d : declOrder)
    if (auto* tn = d->obj->as<TypeNameObj>(); tn && !tn->isAlias && tn->type && tn->type->is<NamedType>()) {
      validType(tn->type->as<NamedType>());
      checkMethodCollisions(tn->type->as<NamedType>());
    }
  runLaterChecks();
  for (FuncDecl* fd : funcDecls) {
    auto* obj = static_cast<FuncObj*>(fd->obj);
    if (!obj || !fd->info || !fd->body) continue;
    curDecl = decls.count(obj) ? decls[obj] : nullptr;
    fileScope = curDecl ? curDecl->fileScope : info->scope;
    funcBody(fd->info, fd->body, fileScope);
    curDecl = nullptr;
  }
  computeInitOrder();
  checkUnusedImports();
  // Lay structs out now that every type is complete.
  for (NamedType* t : info->namedTypes)
    if (auto* st = t->under ? t->under->as<StructType_>() : nullptr) layoutStruct(st);
  // gc reports a missing main only when linking, i.e. without other errors.
  if (p == prog.mainPkg() && p->name == "main" && diags.errorCount() == static_cast<size_t>(errorsAtStart)) {
    Object* m = info->scope->lookupLocal("main");
    if (!m || !m->is<FuncObj>()) {
      Pos pos = p->files.empty() || !p->files[0] ? NoPos : p->files[0]->pos;
      error(pos, "function main is undeclared in the main package");
    }
  }
}

void Checker::collectObjects() {
  int order = 0;
  int initCount = 0;
  std::vector<FuncObj*> methods;
  std::vector<Scope*> fileScopes;
  for (File* f : pkg->files) {
    if (!f) continue;
    auto* fs = new Scope(info->scope);
    fileScopes.push_back(fs);
    fileScope = fs;
    for (Decl* d : f->decls) {
      if (!d) continue;
      if (auto* gd = d->as<GenDecl>()) {
        if (gd->tok == Tok::Import) {
          for (Spec* sp : gd->specs) {
            auto* is = sp ? sp->as<ImportSpec>() : nullptr;
            if (!is || !is->path) continue;
            std::string path = unquotePath(is->path);
            PackageInfo* imp = nullptr;
            if (path == "unsafe") {
              imp = unsafePkg;
            } else {
              for (Package* ip : pkg->imports)
                if (ip && ip->path == path) imp = ip->info;
            }
            if (!imp) {
              error(is->path->pos, "could not import " + path + " (package not found)");
              // As types2: a fake, empty package, so that uses of its name
              // report nothing more.
              imp = new PackageInfo;
              imp->path = path;
              imp->name = path.substr(path.rfind('/') + 1);
              imp->scope = new Scope(nullptr);
              fakePkgs.insert(imp);
            }
            std::string local = is->name ? std::string(is->name->name) : imp->name;
            if (local == "_") continue;
            if (local == ".") {
              for (Object* o : imp->scope->objects)
                if (o->exported()) fs->insert(o);
              continue;
            }
            auto* pn = make<PkgNameObj>(local);
            pn->imported = imp;
            pn->pkg = info;
            is->pkgName = pn;
            if (is->name) is->name->obj = pn;
            declareObj(fs, pn, is->name ? is->name->pos : is->path->pos);
          }
        } else if (gd->tok == Tok::Const) {
          Expr* lastType = nullptr;
          std::vector<Expr*>* lastValues = nullptr;
          for (Spec* sp : gd->specs) {
            auto* vs = sp ? sp->as<ValueSpec>() : nullptr;
            if (!vs) continue;
            if (vs->typeExpr || !vs->values.empty()) {
              lastType = vs->typeExpr;
              lastValues = &vs->values;
            }
            for (size_t i = 0; i < vs->names.size(); i++) {
              Ident* id = vs->names[i];
              if (!id) continue;
              auto* c = make<ConstObj>(std::string(id->name));
              c->pkg = info;
              id->obj = c;
              auto* di = new DeclInfo;
              di->obj = c;
              di->fileScope = fs;
              di->typeExpr = lastType;
              di->iota = vs->iota;
              di->order = order++;
              if (lastValues && i < lastValues->size()) di->init = (*lastValues)[i];
              else if (i == 0 || !lastValues)
                error(id->pos, "missing init expr for const declaration");
              else if (i == lastValues->size())
                error(id->pos, "missing init expr for const declaration");
              decls[c] = di;
              declOrder.push_back(di);
              declarePkgObj(c, id->pos);
            }
            if (lastValues && lastValues->size() > vs->names.size() && lastValues == &vs->values)
              error((*lastValues)[vs->names.size()]->pos, "extra init expr");
          }
        } else if (gd->tok == Tok::Var) {
          for (Spec* sp : gd->specs) {
            auto* vs = sp ? sp->as<ValueSpec>() : nullptr;
            if (!vs) continue;
            std::vector<VarObj*> vars;
            for (Ident* id : vs->names) {
              if (!id) continue;
              auto* v = make<VarObj>(std::string(id->name));
              v->pkg = info;
              v->isGlobal = true;
              id->obj = v;
              vars.push_back(v);
              info->globals.push_back(v);
              declarePkgObj(v, id->pos);
            }
            bool shared = vs->values.size() == 1 && vars.size() > 1;
            DeclInfo* sharedInfo = nullptr;
            for (size_t i = 0; i < vars.size(); i++) {
              DeclInfo* di = shared ? sharedInfo : nullptr;
              if (!di) {
                di = new DeclInfo;
                di->obj = vars[i];
                di->fileScope = fs;
                di->typeExpr = vs->typeExpr;
                di->order = order++;
                if (shared) {
                  di->init = vs->values[0];
                  di->lhs = vars;
                  sharedInfo = di;
                } else {
                  di->lhs = {vars[i]};
                  if (i < vs->values.size()) di->init = vs->values[i];
                }
                declOrder.push_back(di);
              }
              decls[vars[i]] = di;
            }
            if (!shared && !vs->values.empty() && vs->values.size() != vars.size()) {
              std::string m = "assignment mismatch: " + std::to_string(vars.size()) +
                              (vars.size() == 1 ? " variable" : " variables") + " but " +
                              std::to_string(vs->values.size()) + (vs->values.size() == 1 ? " value" : " values");
              error(vs->names.empty() ? vs->pos : vs->names[0]->pos, m);
              for (VarObj* v : vars) v->type = kInvalidType;
            }
          }
        } else if (gd->tok == Tok::Type) {
          for (Spec* sp : gd->specs) {
            auto* ts = sp ? sp->as<TypeSpec>() : nullptr;
            if (!ts || !ts->name) continue;
            auto* tn = make<TypeNameObj>(std::string(ts->name->name));
            tn->pkg = info;
            tn->isAlias = ts->alias;
            ts->name->obj = tn;
            if (!ts->alias) {
              tn->linkName = info->path + "." + tn->name;
              auto* nt = make<NamedType>();
              nt->obj = tn;
              nt->notInHeap = (gd->pragmas & PragmaNotinheap) != 0;
              tn->type = nt;
            }
            auto* di = new DeclInfo;
            di->obj = tn;
            di->fileScope = fs;
            di->tspec = ts;
            di->order = order++;
            decls[tn] = di;
            declOrder.push_back(di);
            declarePkgObj(tn, ts->name->pos);
          }
        }
        continue;
      }
      auto* fd = d->as<FuncDecl>();
      if (!fd || !fd->name) continue;
      auto* fo = make<FuncObj>(std::string(fd->name->name));
      fo->pkg = info;
      fo->decl = fd;
      fd->obj = fo;
      fd->name->obj = fo;
      auto* di = new DeclInfo;
      di->obj = fo;
      di->fileScope = fs;
      di->fdecl = fd;
      di->order = order++;
      decls[fo] = di;
      declOrder.push_back(di);
      funcDecls.push_back(fd);
      fo->pos = fd->name->pos;
      if (fd->recv) {
        methods.push_back(fo);
      } else if (fo->name == "init") {
        fo->linkName = info->path + ".init." + std::to_string(initCount++);
        if (!fd->body) error(fd->name->pos, "missing function body");
      } else if (fo->name != "_") {
        declareObj(info->scope, fo, fd->name->pos);
      }
      if ((fo->name == "init" || (fo->name == "main" && pkg->name == "main")) && !fd->recv && fd->sig &&
          (!fd->sig->params.empty() || !fd->sig->results.empty()))
        error(fd->name->pos, "func " + fo->name + " must have no arguments and no return values");
    }
  }
  // Attach methods to their receiver base types (declared in this package).
  for (FuncObj* m : methods) {
    FuncDecl* fd = m->decl;
    Ident* base = recvBaseName(fd->recv ? fd->recv->typeExpr : nullptr);
    if (!base) continue;
    Object* o = info->scope->lookupLocal(base->name);
    auto* tn = o ? o->as<TypeNameObj>() : nullptr;
    NamedType* nt = tn && tn->type ? tn->type->as<NamedType>() : nullptr;
    if (!nt || m->name == "_") continue;
    bool dup = false;
    for (FuncObj* other : nt->methods) {
      if (other->name == m->name) {
        error(m->pos, "method " + tn->name + "." + m->name + " already declared at " + posString(other->pos));
        dup = true;
        break;
      }
    }
    if (!dup) nt->methods.push_back(m);
  }
}

void Checker::recordDep(Object* obj) {
  if (!curDecl || !obj) return;
  if (!obj->is<VarObj>() && !obj->is<FuncObj>()) return;
  if (obj->pkg != info) return;
  if (auto* v = obj->as<VarObj>(); v && !v->isGlobal) return;
  if (!decls.count(obj)) return;
  if (curDecl->depSet.insert(obj).second) curDecl->deps.push_back(obj);
}

void Checker::resolveObj(Object* obj) {
  auto it = decls.find(obj);
  if (it == decls.end()) return;
  DeclInfo* d = it->second;
  if (d->color == 2) return;
  if (d->color == 1) {
    // A cycle through declarations. Types referring to themselves through
    // pointers etc. are fine (their NamedType exists already); constants and
    // variables are not.
    if (obj->is<ConstObj>() || (obj->is<VarObj>() && !obj->type)) {
      error(obj->pos, "illegal cycle in declaration of " + obj->name);
      if (!obj->type) obj->type = kInvalidType;
      if (auto* c = obj->as<ConstObj>(); c && !c->value) c->value = makeUnknown();
    } else if (auto* tn = obj->as<TypeNameObj>(); tn && tn->isAlias && !tn->type) {
      error(obj->pos, "invalid recursive type " + obj->name);
      tn->type = kInvalidType;
    }
    return;
  }
  if (++depth > 200) {
    --depth;
    error(obj->pos, "declaration nesting too deep");
    if (!obj->type) obj->type = kInvalidType;
    return;
  }
  d->color = 1;
  // Save the function context: resolution may start from inside a body.
  DeclInfo* savedDecl = curDecl;
  Scope* savedScope = scope;
  Scope* savedFile = fileScope;
  FuncInfo* savedFn = fn;
  int savedIota = iotaVal;
  auto savedBranches = std::move(branchStack);
  branchStack.clear();
  fn = nullptr;
  scope = d->fileScope;
  fileScope = d->fileScope;
  curDecl = d;
  if (auto* c = obj->as<ConstObj>()) {
    constDecl(c, d->typeExpr, d->init, d->iota);
  } else if (obj->is<VarObj>()) {
    if (d->lhs.size() > 1) varDecl(d->lhs, d->typeExpr, d->init, {});
    else varDecl(d->lhs, d->typeExpr, d->init, {});
  } else if (auto* tn = obj->as<TypeNameObj>()) {
    typeDecl(tn, d->tspec);
  } else if (auto* f = obj->as<FuncObj>()) {
    funcDecl(f, d->fdecl);
  }
  curDecl = savedDecl;
  scope = savedScope;
  fileScope = savedFile;
  fn = savedFn;
  iotaVal = savedIota;
  branchStack = std::move(savedBranches);
  d->color = 2;
  --depth;
}

void Checker::computeInitOrder() {
  // Variables each declaration depends on, directly or through functions.
  std::unordered_map<DeclInfo*, std::vector<DeclInfo*>> varDeps;
  std::vector<DeclInfo*> vars;
  for (DeclInfo* d : declOrder)
    if (d->obj->is<VarObj>() && d->init) vars.push_back(d);
  for (DeclInfo* d : vars) {
    std::vector<DeclInfo*> out;
    std::unordered_set<DeclInfo*> seen;
    std::vector<Object*> stack(d->deps.begin(), d->deps.end());
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      auto it = decls.find(o);
      if (it == decls.end() || !seen.insert(it->second).second) continue;
      DeclInfo* od = it->second;
      if (o->is<VarObj>()) {
        out.push_back(od);
      } else {
        stack.insert(stack.end(), od->deps.begin(), od->deps.end());
      }
    }
    varDeps[d] = out;
  }
  // Cycles: a variable that depends on itself (possibly through others).
  std::unordered_set<DeclInfo*> inCycle;
  for (DeclInfo* d : vars) {
    std::unordered_set<DeclInfo*> seen;
    std::vector<DeclInfo*> stack = varDeps[d];
    bool cyc = false;
    while (!stack.empty() && !cyc) {
      DeclInfo* x = stack.back();
      stack.pop_back();
      if (x == d) cyc = true;
      if (!seen.insert(x).second) continue;
      for (DeclInfo* y : varDeps[x]) stack.push_back(y);
    }
    if (cyc) {
      inCycle.insert(d);
      bool reported = false;
      for (DeclInfo* y : varDeps[d])
        if (inCycle.count(y) && y != d) reported = true;
      if (!reported) {
        // gc (types2 with compiler messages) says "initialization loop for x".
        error(d->obj->pos, "initialization loop for " + d->obj->name);
      }
    }
  }
  std::unordered_set<DeclInfo*> done;
  size_t remaining = vars.size();
  while (remaining > 0) {
    DeclInfo* pick = nullptr;
    for (DeclInfo* d : vars) {
      if (done.count(d)) continue;
      bool ready = true;
      for (DeclInfo* y : varDeps[d])
        if (y != d && !done.count(y) && y->init) {
          ready = false;
          break;
        }
      if (ready) {
        pick = d;
        break;
      }
    }
    if (!pick)  // a cycle (reported): fall back to declaration order
      for (DeclInfo* d : vars)
        if (!done.count(d)) {
          pick = d;
          break;
        }
    done.insert(pick);
    remaining--;
    VarInit vi;
    vi.lhs = pick->lhs;
    vi.rhs = pick->init;
    info->varInits.push_back(vi);
  }
}

void Checker::checkUnusedImports() {
  for (File* f : pkg->files) {
    if (!f) continue;
    for (Decl* d : f->decls) {
      auto* gd = d ? d->as<GenDecl>() : nullptr;
      if (!gd || gd->tok != Tok::Import) continue;
      for (Spec* sp : gd->specs) {
        auto* is = sp ? sp->as<ImportSpec>() : nullptr;
        auto* pn = is && is->pkgName ? is->pkgName->as<PkgNameObj>() : nullptr;
        if (!pn || pn->used || fakePkgs.count(pn->imported)) continue;
        std::string path = unquotePath(is->path);
        if (is->name && pn->name != pn->imported->name)
          error(is->path->pos, "\"" + path + "\" imported as " + pn->name + " and not used");
        else
          error(is->path->pos, "\"" + path + "\" imported and not used");
      }
    }
  }
}

}  // namespace goc
