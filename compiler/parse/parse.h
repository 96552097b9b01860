// The Go parser: tokens -> syntax tree (compiler/syntax/ast.h) for one file.
// Syntax errors are reported in gc's wording ("syntax error: unexpected ...");
// the parser recovers at statement and declaration boundaries and always
// returns a File.
#pragma once

#include "compiler/diag/diag.h"
#include "compiler/syntax/ast.h"

namespace goc {

File* parseFile(Arena& arena, const SourceFile& file, Diagnostics& diags);

// Parses only the package clause and imports (for the driver's package loader).
File* parseHeader(Arena& arena, const SourceFile& file, Diagnostics& diags);

// A deterministic text dump of a file's syntax tree (goc build --dump=syntax).
std::string dumpSyntax(const File& file, const SourceManager& sm);

}  // namespace goc
