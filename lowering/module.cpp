// The program as one LLVM module: declarations, bodies, globals, initialisers.
//
// Strategy: all packages of the program go into one module. run() first
// declares every function body of every package (so calls between packages and
// forward references resolve to the same llvm::Function), then lowers each
// FuncInfo body with its own FuncLowerer, then emits one initialiser per
// package. `pkgpath.init` is guarded by a done flag (a package imported twice
// is initialised once), runs the imported packages' initialisers first, then
// the package-level variable initialisations in PackageInfo::varInits order,
// then the user `init` functions (`pkgpath.init.N`) in source order; so the
// runtime calling `main.init` initialises the whole program. Package-level
// variables are zero-initialised globals named `pkgpath.name`.
//
// With LowerOptions::definePackages, the module defines only those packages
// (separate compilation); the others' functions and variables are declared.
//
// Debug info: one DWARF compile unit for the module, a DIFile per source file
// and a DISubprogram per function (function.cpp); FuncLowerer::setLoc gives
// every statement and call its line.
#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

// The x86-64 data layout of LLVM 19 (what clang-19 emits for
// x86_64-unknown-linux-gnu); the driver sets the same from its TargetMachine.
static const char* const kDataLayout =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

ModuleLowerer::ModuleLowerer(const Program& prog, const SourceManager& sm, llvm::LLVMContext& ctx,
                             const LowerOptions& opts)
    : prog(prog), sm(sm), ctx(ctx), opts(opts) {
  std::string name = prog.mainPkg() ? prog.mainPkg()->path : "main";
  mod = std::make_unique<llvm::Module>(name, ctx);
  mod->setTargetTriple("x86_64-unknown-linux-gnu");
  mod->setDataLayout(kDataLayout);
  if (opts.debugInfo) {
    di = std::make_unique<llvm::DIBuilder>(*mod);
    llvm::DIFile* file = di->createFile(name, ".");
    if (prog.mainPkg() && !prog.mainPkg()->files.empty() && prog.mainPkg()->files[0]->src) {
      file = diFile(prog.mainPkg()->files[0]->src->base);
    }
    diCU = di->createCompileUnit(llvm::dwarf::DW_LANG_Go, file, "goc", opts.optLevel > 0, "", 0);
    mod->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
    mod->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  }
}

llvm::DIFile* ModuleLowerer::diFile(Pos p) {
  if (!di) return nullptr;
  LineCol lc = sm.lineCol(p);
  std::string path = lc.file ? lc.file->path : "<unknown>";
  auto it = diFiles_.find(path);
  if (it != diFiles_.end()) return it->second;
  std::string key = path;
  if (lc.file) {
    // Absolute paths, as gc records them: tracebacks and debuggers print
    // them whatever the current directory was at build time.
    llvm::SmallString<256> abs(path);
    if (!llvm::sys::fs::make_absolute(abs)) {
      llvm::sys::path::remove_dots(abs, /*remove_dot_dot=*/true);
      path = std::string(abs);
    }
  }
  std::string dir = ".", base = path;
  if (auto slash = path.rfind('/'); slash != std::string::npos) {
    dir = path.substr(0, slash);
    base = path.substr(slash + 1);
  }
  llvm::DIFile* f = di->createFile(base, dir);
  diFiles_[key] = f;
  return f;
}

// Whether this module defines the package with import path `path`.
static bool defines(const LowerOptions& opts, const std::string& path) {
  return opts.definePackages.empty() || opts.definePackages.count(path) != 0;
}

llvm::GlobalVariable* ModuleLowerer::getGlobal(VarObj* v) {
  if (auto it = globals_.find(v); it != globals_.end()) return it->second;
  std::string name = (v->pkg ? v->pkg->path : std::string("main")) + "." + v->name;
  llvm::Type* t = llvmType(v->type);
  auto* gv = mod->getNamedGlobal(name);
  if (!gv && v->name != "_" && !defines(opts, v->pkg ? v->pkg->path : std::string("main"))) {
    // Another package's variable: its object defines it.
    gv = new llvm::GlobalVariable(*mod, t, false, llvm::GlobalValue::ExternalLinkage, nullptr, name);
    gv->setAlignment(llvm::Align(static_cast<uint64_t>(std::max<int64_t>(alignOf(v->type), 1))));
  } else if (!gv || v->name == "_") {
    gv = new llvm::GlobalVariable(*mod, t, false,
                                  v->name == "_" ? llvm::GlobalValue::InternalLinkage
                                                 : llvm::GlobalValue::ExternalLinkage,
                                  llvm::Constant::getNullValue(t), name);
    gv->setAlignment(llvm::Align(static_cast<uint64_t>(std::max<int64_t>(alignOf(v->type), 1))));
  }
  globals_[v] = gv;
  return gv;
}

// Emits `pkgpath.init` for one package.
static void lowerPackageInit(ModuleLowerer& m, PackageInfo* pkg) {
  auto sig = std::make_unique<SignatureType>();
  auto info = std::make_unique<FuncInfo>();
  info->sig = sig.get();
  info->linkName = pkg->path + ".init";
  FuncInfo* fi = info.get();
  m.ownedTypes.push_back(std::move(sig));
  m.ownedFuncs.push_back(std::move(info));

  FuncLowerer fl(m, fi);
  auto& b = fl.b;
  auto* i8 = llvm::Type::getInt8Ty(m.ctx);
  auto* done = new llvm::GlobalVariable(*m.mod, i8, false, llvm::GlobalValue::InternalLinkage,
                                        llvm::ConstantInt::get(i8, 0), pkg->path + ".init.done");
  llvm::BasicBlock* ret = fl.newBlock("init.ret");
  llvm::BasicBlock* work = fl.newBlock("init.work");
  b.CreateCondBr(fl.i8ToCond(b.CreateLoad(i8, done)), ret, work);
  b.SetInsertPoint(work);
  b.CreateStore(llvm::ConstantInt::get(i8, 1), done);

  auto callInit = [&](llvm::Function* f) {
    auto* ci = b.CreateCall(f, {fl.g, llvm::ConstantPointerNull::get(
                                          llvm::PointerType::get(m.ctx, 0))});
    ci->setCallingConv(llvm::CallingConv::Swift);
  };
  auto* initTy = m.funcType(fi->sig, false);
  for (PackageInfo* imp : pkg->imports) {
    auto* f = m.mod->getFunction(imp->path + ".init");
    if (!f) {
      f = llvm::Function::Create(initTy, llvm::Function::ExternalLinkage, imp->path + ".init",
                                 m.mod.get());
      f->setCallingConv(llvm::CallingConv::Swift);
      f->addParamAttr(0, llvm::Attribute::SwiftAsync);
      f->addParamAttr(1, llvm::Attribute::SwiftSelf);
    }
    callInit(f);
  }
  for (const VarInit& vi : pkg->varInits) {
    if (!vi.rhs) continue;
    fl.setLoc(vi.rhs->pos);
    if (vi.lhs.size() == 1) {
      VarObj* v = vi.lhs[0];
      llvm::Value* val = fl.expr(vi.rhs);
      if (v->name == "_") continue;
      val = fl.assignConv(val, vi.rhs->type, v->type);
      fl.storeValue(v->type, val, m.getGlobal(v));
    } else {
      std::vector<llvm::Value*> vals = fl.exprTuple(vi.rhs);
      auto* tt = vi.rhs->type ? vi.rhs->type->as<TupleType>() : nullptr;
      for (size_t i = 0; i < vi.lhs.size() && i < vals.size(); i++) {
        VarObj* v = vi.lhs[i];
        if (v->name == "_") continue;
        const Type* from = tt ? tt->vars[i]->type : v->type;
        fl.storeValue(v->type, fl.assignConv(vals[i], from, v->type), m.getGlobal(v));
      }
    }
  }
  for (FuncInfo* f : pkg->initFuncs) callInit(m.getFunction(f));
  b.CreateBr(ret);
  b.SetInsertPoint(ret);
  b.CreateRetVoid();
}

std::unique_ptr<llvm::Module> ModuleLowerer::run() {
  // Declare first: bodies refer to functions of any package in any order.
  for (Package* p : prog.packages) {
    if (!p->info) ice("lowering: package " + p->path + " was not checked");
    for (FuncInfo* fn : p->info->funcs) getFunction(fn);
    for (VarObj* v : p->info->globals) getGlobal(v);
  }
  for (Package* p : prog.packages) {
    if (!defines(opts, p->path)) continue;
    for (FuncInfo* fn : p->info->funcs) {
      FuncLowerer fl(*this, fn);
      fl.run();
    }
  }
  for (Package* p : prog.packages)
    if (defines(opts, p->path)) lowerPackageInit(*this, p->info);
  if (di) di->finalize();
  return std::move(mod);
}

}  // namespace goc::lower
