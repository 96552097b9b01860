// Go source form of syntax trees, for diagnostics ("cannot use x++ as value",
// "x (variable of type int) is not used"): expressions and simple statements
// print as gc's syntax.String does, with function bodies and composite literal
// elements elided as "{…}".
#pragma once

#include <string>

#include "compiler/syntax/ast.h"

namespace goc {

std::string exprString(const Expr* e);
std::string stmtString(const Stmt* s);

}  // namespace goc
