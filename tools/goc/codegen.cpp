// LLVM code generation: optimisation pipeline and machine code for
// x86_64-unknown-linux-gnu.
//
// The target options follow docs/ARCHITECTURE.md: no frame pointers in Go code
// (lowering leaves the "frame-pointer" attribute unset), and
// SwiftAsyncFramePointer = Never so that swiftasync (g in R14) never adds the
// `btsq $60, %rbp` frame marking. Code is static (non-PIC): executables are
// linked statically.
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>

#include "lowering/lower.h"
#include "tools/goc/driver.h"

namespace goc {

static constexpr const char* kTriple = "x86_64-unknown-linux-gnu";

static llvm::TargetMachine& targetMachine(int optLevel) {
  static std::unique_ptr<llvm::TargetMachine> tm;
  if (tm) return *tm;
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  std::string err;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(kTriple, err);
  if (!target) ice("no x86-64 target in LLVM: " + err);
  llvm::TargetOptions opts;
  opts.SwiftAsyncFramePointer = llvm::SwiftAsyncFramePointerMode::Never;
  llvm::CodeGenOptLevel cg = optLevel == 0   ? llvm::CodeGenOptLevel::None
                             : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                                             : llvm::CodeGenOptLevel::Default;
  tm.reset(target->createTargetMachine(kTriple, "x86-64", "", opts, llvm::Reloc::Static,
                                       llvm::CodeModel::Small, cg));
  if (!tm) ice("cannot create the x86-64 target machine");
  return *tm;
}

// What LLVM may assume about the runtime's memory entry points (their
// contracts, runtime/memory.cpp and runtime/malloc.cpp): the allocators return
// fresh memory (noalias: a new slice or object aliases nothing the caller
// holds), and memmove/memclr/memequal touch only the memory their pointer
// arguments point to (so loads and stores elsewhere survive a copy()). The
// declarations come from runtime/abi/runtime_func.def (lowering); these
// attributes are added here, before the pipeline, as optimisation facts.
static void annotateRuntime(llvm::Module& mod) {
  for (const char* name : {"runtime.newobject", "runtime.mallocgc", "runtime.makeslice"})
    if (llvm::Function* f = mod.getFunction(name); f && f->isDeclaration())
      f->addRetAttr(llvm::Attribute::NoAlias);
  struct Mem {
    const char* name;
    llvm::ModRefInfo mr;
  };
  for (Mem m : {Mem{"runtime.memmove", llvm::ModRefInfo::ModRef}, Mem{"runtime.memclr", llvm::ModRefInfo::Mod},
                Mem{"runtime.memequal", llvm::ModRefInfo::Ref}}) {
    llvm::Function* f = mod.getFunction(m.name);
    if (!f || !f->isDeclaration()) continue;
    f->setMemoryEffects(llvm::MemoryEffects::argMemOnly(m.mr));
    f->addFnAttr(llvm::Attribute::NoFree);
    f->addFnAttr(llvm::Attribute::NoSync);
    f->addFnAttr(llvm::Attribute::WillReturn);
    f->addParamAttr(0, llvm::Attribute::ReadNone);  // g: not used
    for (unsigned i = 0; i < f->arg_size(); i++)
      if (f->getArg(i)->getType()->isPointerTy()) f->addParamAttr(i, llvm::Attribute::NoCapture);
  }
  // memmove(dst, src, n) writes only through dst and reads only through src.
  if (llvm::Function* f = mod.getFunction("runtime.memmove"); f && f->isDeclaration() && f->arg_size() == 4) {
    f->addParamAttr(1, llvm::Attribute::WriteOnly);
    f->addParamAttr(2, llvm::Attribute::ReadOnly);
  }
  if (llvm::Function* f = mod.getFunction("runtime.memequal"); f && f->isDeclaration() && f->arg_size() == 4) {
    f->addParamAttr(1, llvm::Attribute::ReadOnly);
    f->addParamAttr(2, llvm::Attribute::ReadOnly);
  }
}

static void optimize(llvm::Module& mod, llvm::TargetMachine& tm, int optLevel) {
  annotateRuntime(mod);
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optLevel == 0   ? llvm::OptimizationLevel::O0
                                  : optLevel == 1 ? llvm::OptimizationLevel::O1
                                                  : llvm::OptimizationLevel::O2;
  llvm::ModulePassManager mpm = pb.buildPerModuleDefaultPipeline(level);
  mpm.run(mod, mam);
}

bool emitModule(llvm::Module& mod, int optLevel, Emit what, const std::string& path) {
  llvm::TargetMachine& tm = targetMachine(optLevel);
  tm.setOptLevel(optLevel == 0   ? llvm::CodeGenOptLevel::None
                 : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                                 : llvm::CodeGenOptLevel::Default);
  if (mod.getTargetTriple().empty()) mod.setTargetTriple(kTriple);
  if (mod.getDataLayout().isDefault()) mod.setDataLayout(tm.createDataLayout());

  // Lowering must hand over well-formed IR: anything else is our bug.
  std::string problems;
  llvm::raw_string_ostream ps(problems);
  if (llvm::verifyModule(mod, &ps)) {
    ps.flush();
    if (problems.size() > 4000) problems.resize(4000);
    ice("lowering produced invalid LLVM IR:\n" + problems);
  }

  optimize(mod, tm, optLevel);

  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, what == Emit::Object ? llvm::sys::fs::OF_None : llvm::sys::fs::OF_Text);
  if (ec) {
    std::fprintf(stderr, "goc: cannot write %s: %s\n", path.c_str(), ec.message().c_str());
    return false;
  }
  if (what == Emit::LLVMIR) {
    mod.print(out, nullptr);
  } else {
    llvm::legacy::PassManager pm;
    auto type = what == Emit::Assembly ? llvm::CodeGenFileType::AssemblyFile
                                       : llvm::CodeGenFileType::ObjectFile;
    if (tm.addPassesToEmitFile(pm, out, nullptr, type)) ice("the target cannot emit this file type");
    pm.run(mod);
  }
  out.flush();
  if (out.has_error()) {
    std::fprintf(stderr, "goc: cannot write %s: %s\n", path.c_str(), out.error().message().c_str());
    out.clear_error();
    return false;
  }
  return true;
}

bool lowerAndEmit(const Program& prog, const SourceManager& sm, int optLevel, Emit what,
                  const std::string& path, const std::set<std::string>& definePackages) {
  llvm::LLVMContext ctx;
  LowerOptions lo;
  lo.optLevel = optLevel;
  lo.definePackages = definePackages;
  std::unique_ptr<llvm::Module> mod = lowerProgram(prog, sm, ctx, lo);
  if (!mod) ice("lowering returned no module");
  return emitModule(*mod, optLevel, what, path);
}

}  // namespace goc
